#pragma once
/// Views of the projections: `hague project` and `hague simulate`.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/rounding.hpp"
#include "hague/engine/execution.hpp"
#include "hague/engine/growth.hpp"
#include "hague/engine/monte_carlo.hpp"
#include "hague/engine/projection.hpp"
#include "hague/report/views.hpp"

namespace hague::report {

// One renderer per format (views.hpp): X_json and X_csv from the result alone, X_table in the
// catalog's language, X_view all three.
[[nodiscard]] Table projection_table(const engine::Projection& p, const engine::GrowthModel& growth,
                                     const Edition& e, std::span<const Ally> allies,
                                     const std::optional<std::string>& plan_file,
                                     const std::optional<std::string>& outlook_file,
                                     const i18n::Catalog& catalog);
[[nodiscard]] Table projection_csv(const engine::Projection& p, const Edition& e,
                                   std::span<const Ally> allies,
                                   const std::optional<std::string>& plan_file);
[[nodiscard]] Json projection_json(const engine::Projection& p, const Edition& e,
                                   std::span<const Ally> allies,
                                   const std::optional<std::string>& plan_file,
                                   const std::optional<std::string>& outlook_file);
[[nodiscard]] View projection_view(const engine::Projection& p, const engine::GrowthModel& growth,
                                   const Edition& e, std::span<const Ally> allies,
                                   const std::optional<std::string>& plan_file,
                                   const std::optional<std::string>& outlook_file,
                                   const i18n::Catalog& catalog);

/// Growth parameters used for one ally in a simulation.
struct SimulationParameter {
    EntityCode ally;
    double mu = 0, sigma = 0;
    bool mu_overridden = false, sigma_overridden = false;
    double tau = 0, bias = 0; ///< the execution error's scale and b (rule execution)
};

/// The settings a simulation ran with.
struct SimulationSettings {
    std::string rule; ///< "execution", "share" or "budget"
    unsigned threads = 1;
    double rho = 0;
    bool rho_overridden = false;
    double threshold_pct = 0;
    std::vector<SimulationParameter> parameters;
    double growth_shift_pct = 0; ///< points a year added to every ally's growth (GDP only)
    double volatility_scale = 1; ///< every ally's volatility multiplied by it
    /// Rule execution: the execution error as estimated (else nullptr).
    const engine::ExecutionRecord* execution = nullptr;
    std::string persistence = "walk"; ///< "walk" or "level"
    double spending_rho = 0;          ///< correlation of the execution errors, as used
    std::optional<Year> check_year;   ///< the Hague review year, when reported
    Rounding rounding = Rounding::TwoDp;
    Year target_year{2035};
    std::optional<std::string> outlook_file; ///< --outlook, named as `project` names it
};

[[nodiscard]] Table simulation_table(const engine::McResult& r, const SimulationSettings& s,
                                     const engine::Projection& p, const Edition& e,
                                     std::span<const Ally> allies, const i18n::Catalog& catalog);
[[nodiscard]] Table simulation_csv(const engine::McResult& r, const SimulationSettings& s,
                                   const engine::Projection& p, const Edition& e,
                                   std::span<const Ally> allies);
[[nodiscard]] Json simulation_json(const engine::McResult& r, const SimulationSettings& s,
                                   const engine::Projection& p, const Edition& e,
                                   std::span<const Ally> allies);
[[nodiscard]] View simulation_view(const engine::McResult& r, const SimulationSettings& s,
                                   const engine::Projection& p, const Edition& e,
                                   std::span<const Ally> allies, const i18n::Catalog& catalog);

} // namespace hague::report
