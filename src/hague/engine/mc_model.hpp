#pragma once
/// The Monte Carlo model of a projection: each ally's drift is its deterministic projection, its
/// shocks' loadings come from the growth model (docs/methodology.md, "Monte Carlo").

#include <limits>
#include <optional>
#include <utility>
#include <vector>

#include "hague/core/entity_code.hpp"
#include "hague/engine/execution.hpp"
#include "hague/engine/growth.hpp"
#include "hague/engine/monte_carlo.hpp"
#include "hague/engine/projection.hpp"

namespace hague::engine {

/// Overrides of the growth model, as fractions (0.012 is 1.2% a year).
struct McOverrides {
    std::optional<double> rho;                        ///< mean correlation, in [0, 1]
    std::vector<std::pair<EntityCode, double>> mu;    ///< mean log growth a year
    std::vector<std::pair<EntityCode, double>> sigma; ///< volatility of log growth, >= 0
    /// Added to every ally's mean log growth (after its own override), a fraction a year; it
    /// moves GDP only: the scenario's budgets in money stay as planned, so weaker growth makes
    /// them a larger share of GDP (a "what if growth disappoints" question).
    double growth_shift = 0;
    /// Multiplies every ally's volatility (after its own override), of growth and of spending's
    /// execution, >= 0: 0 makes every path the projection.
    double volatility_scale = 1;
};

/// What the model reports besides the target year, and how spending misses its plan.
struct McOptions {
    /// The checkpoint year (the Hague review, 2029): reported when it falls after the baseline
    /// and before the target year.
    std::optional<Year> check_year;
    /// The least share counted as reaching the threshold (rounding_cutoff); NaN: the threshold.
    double cutoff_pct = std::numeric_limits<double>::quiet_NaN();
    /// The execution error (SpendingRule::Execution only; required by it).
    const ExecutionRecord* execution = nullptr;
    Persistence persistence = Persistence::Walk;
};

/// The parameters the model uses for one ally.
struct McParameters {
    EntityCode ally;
    double mu = 0;
    double sigma = 0;
    bool mu_overridden = false;
    bool sigma_overridden = false;
    double tau = 0;  ///< Execution: scale of a year's execution error (after the volatility scale)
    double bias = 0; ///< Execution: b
};

/// A model ready for run_monte_carlo, with the parameters it was built from.
struct McSetup {
    McModel model;
    double rho = 0;
    bool rho_overridden = false;
    double spending_rho = 0;              ///< Execution: correlation of the execution errors
    std::optional<Year> check_year;       ///< the checkpoint reported, if any
    std::vector<McParameters> parameters; ///< one per model ally, same order
};

/// Builds the model of `projection`: one McAlly per projected ally, one McGroup per projected
/// group, years from the baseline to the target year. Loadings: sigma sqrt(rho) on the common
/// factor, sigma sqrt(1 - rho) on the ally's own shock. A mu override mu' scales the projected
/// GDP path by exp(k (mu' - mu)) in year k; under it, the projected spending scales the same
/// way. InvalidInput if an override names an ally the projection lacks, or is out of range;
/// Internal if a projected ally has no growth estimate.
[[nodiscard]] McSetup build_mc_model(const Projection& projection, const GrowthModel& growth,
                                     double threshold_pct, SpendingRule rule,
                                     const McOverrides& overrides, const McOptions& options = {});

} // namespace hague::engine
