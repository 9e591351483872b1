#pragma once
/// Requests and responses of the projections: `hague project` and `hague simulate`.

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "hague/app/requests.hpp"
#include "hague/core/plan.hpp"
#include "hague/core/rounding.hpp"
#include "hague/engine/mc_model.hpp"
#include "hague/engine/monte_carlo.hpp"
#include "hague/engine/projection.hpp"
#include "hague/io/outlook_reader.hpp"

namespace hague::app {

/// A growth outlook as read by read_outlook: its name (shown with the result) and its rows by
/// (ISO3, year).
struct Outlook {
    std::string name;
    std::map<std::pair<std::string, int>, io::OutlookRow> rows;
};

/// `hague project [--scenario status-quo|linear|commitments|PLAN.toml] [--target core|total]
/// [--outlook FILE.csv] [--from YEAR] [--inflation PCT]`. Requests carry contents: a front end
/// reads a plan or an outlook (read_plan, read_outlook) and puts it here.
struct ProjectRequest {
    Common common;
    std::string scenario = "status-quo"; ///< status-quo, linear or commitments, unless plan is set
    std::optional<Plan> plan;            ///< a plan used as the scenario (its shares of GDP)
    engine::PathTarget target = engine::PathTarget::Core;
    std::optional<Outlook> outlook;
    std::optional<int> from;
    std::optional<double> inflation_pct; ///< default inflation; 2% when absent
    /// Growth years of the growth model, "FIRST-LAST" (--growth-years; default: the edition's
    /// actual years).
    std::optional<std::string> growth_years;
    /// Growth years left out, "2020,2021" or "none" (--growth-exclude; default 2020 and 2021).
    std::optional<std::string> growth_exclude;
    void validate() const;
};

/// The growth window the request asks for; InvalidInput naming the field on a bad value.
[[nodiscard]] engine::GrowthWindow growth_window(const ProjectRequest& r);

struct ProjectResponse {
    Edition edition;
    std::vector<Ally> allies;
    engine::GrowthModel growth;
    engine::Projection projection;
    std::optional<std::string> plan_file;
    std::optional<std::string> outlook_file;
};

/// Largest --paths accepted: the engine's bound (about a minute on two cores).
inline constexpr std::uint64_t max_paths = engine::max_mc_paths;
/// The default seed, printed with every result (the date of The Hague summit).
inline constexpr std::uint32_t default_seed = 20250625;

/// `hague simulate --paths N [--seed S] [--threads T] [--rule execution|share|budget]` plus the
/// projection's options, the spending model's, and overrides of the growth model.
struct SimulateRequest {
    ProjectRequest projection;
    std::uint64_t paths = 100'000;
    std::uint32_t seed = default_seed;
    unsigned threads = 0; ///< 0: every core
    engine::SpendingRule rule = engine::SpendingRule::Execution;
    /// What measures the execution error (--calibration): revisions (unset), revisions-all,
    /// changes-2014, changes-2022. Only rule execution has one: set under another rule, it is
    /// refused rather than ignored.
    std::optional<std::string> calibration;
    /// How a miss carries over (--execution-error): walk (unset) or level; rule execution only.
    std::optional<std::string> persistence;
    /// Which share counts as reaching 3.5% (--rounding): the published figure by default.
    Rounding rounding = Rounding::TwoDp;
    std::optional<double> rho;                             ///< override of the mean correlation
    std::vector<std::pair<std::string, double>> mu_pct;    ///< ISO3 -> mean log growth, percent
    std::vector<std::pair<std::string, double>> sigma_pct; ///< ISO3 -> volatility, percent
    /// Points a year added to every ally's mean real growth (-5 to 5): GDP only, the scenario's
    /// budgets in money stay as planned (--growth-shift).
    double growth_shift_pct = 0;
    /// Multiplies every ally's volatility (0 to 3; --volatility-scale).
    double volatility_scale = 1;
    std::function<void(std::uint64_t, std::uint64_t)> progress;
    /// True stops the simulation (Timeout): a server's per-request deadline.
    std::function<bool()> cancelled;
    void validate() const;
};

/// The parameters the simulation used for one ally.
using SimulatedAlly = engine::McParameters;

struct SimulateResponse {
    ProjectResponse projection;
    engine::SpendingRule rule = engine::SpendingRule::Execution;
    engine::ExecutionRecord execution; ///< the execution error's estimate (Execution)
    engine::Persistence persistence = engine::Persistence::Walk;
    double spending_rho = 0;        ///< correlation of the execution errors, as used
    std::optional<Year> check_year; ///< the Hague review year, when reported
    Rounding rounding = Rounding::TwoDp;
    unsigned threads = 1;
    double rho = 0;
    bool rho_overridden = false;
    double growth_shift_pct = 0; ///< as asked
    double volatility_scale = 1; ///< as asked
    double threshold_pct = 0;    ///< the core target: P(share in the last year >= it) is reported
    std::vector<SimulatedAlly> parameters;
    engine::McResult result;
};

/// Reads and parses a plan file (docs/plans.md); Io or InvalidInput naming the file and line.
[[nodiscard]] Plan read_plan(const std::string& path);
/// Parses a plan's text (a request body); `name` stands for the file in messages.
[[nodiscard]] Plan parse_plan(std::string_view text, const std::string& name);
/// Reads and parses an outlook file (--outlook); Io or InvalidInput naming the file and line.
[[nodiscard]] Outlook read_outlook(const std::string& path);

/// Every ally projected to the target year under the scenario.
[[nodiscard]] ProjectResponse answer(const engine::EditionSnapshot& e, const ProjectRequest& r);
/// The Monte Carlo of the projection; `older`, the editions published before `e`, calibrate the
/// execution error (without them, the changes since 2014 do, and the response says so).
[[nodiscard]] SimulateResponse answer(const engine::EditionSnapshot& e, const History& older,
                                      const SimulateRequest& r);

} // namespace hague::app
