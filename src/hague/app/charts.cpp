// The charts: each kind gathers its figures from one snapshot and hands them to report/charts.
#include "hague/app/charts.hpp"

#include <algorithm>
#include <variant>

#include "hague/app/common.hpp"
#include "hague/app/projections.hpp"
#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"

namespace hague::app {

namespace {

std::string kinds_list() {
    std::string out;
    for (const auto k : report::chart_kinds)
        out += (out.empty() ? "" : ", ") + std::string(k);
    return out;
}

} // namespace

void ChartRequest::validate() const {
    const bool known = std::find(std::begin(report::chart_kinds), std::end(report::chart_kinds),
                                 kind) != std::end(report::chart_kinds);
    HAGUE_CHECK(known, ErrorKind::InvalidInput, "err_chart_kind_one",
                "chart kind '{}' is not one of {}", kind, kinds_list());
    validate_year_field(year, "year");
    if (kind == "trend") {
        validate_ally_list(allies, "allies");
        HAGUE_CHECK(!allies.empty(), ErrorKind::InvalidInput, "err_chart_trend_needs_at",
                    "'chart trend' needs at least one ally (ISO3 codes such as DEU POL)");
        HAGUE_CHECK(allies.size() <= max_trend_allies, ErrorKind::InvalidInput,
                    "err_chart_trend_draws_at", "'chart trend' draws at most {} allies, not {}",
                    max_trend_allies, allies.size());
    } else {
        HAGUE_CHECK(allies.empty(), ErrorKind::InvalidInput, "err_chart_takes_allies_given",
                    "'chart {}' takes no allies ('{}' given); only 'chart trend' does", kind,
                    allies.front());
    }
    HAGUE_CHECK_FIELD(paths >= 1 && paths <= max_chart_paths, ErrorKind::InvalidInput, "paths",
                      "err_paths_outside", "{} {} is outside 1-{}", paths, max_chart_paths);
}

namespace {

/// The fan chart's simulation: the scenario's projection under the budget rule, or why the
/// edition cannot give one (no ally has a baseline GDP).
std::variant<SimulateResponse, Error> fan_simulation(const engine::EditionSnapshot& e,
                                                     const ChartRequest& r) {
    SimulateRequest sr;
    sr.projection.common = r.common;
    sr.projection.scenario = r.scenario;
    sr.projection.plan = r.plan;
    sr.paths = r.paths;
    sr.seed = r.seed;
    sr.rule = engine::SpendingRule::Budget;
    sr.threads = r.threads;
    sr.cancelled = r.cancelled;
    sr.validate(); // the fan chart takes simulate's options: the same checks
    auto projection = answer(e, sr.projection); // computed once, simulated below
    if (auto why = nothing_to_simulate(projection))
        return std::move(*why);
    return simulate_projection(e, sr, std::move(projection));
}

} // namespace

bool chart_compares_shares(std::string_view kind) {
    return kind == "shares" || kind == "map" || kind == "gap";
}

ChartResponse answer(const engine::EditionSnapshot& e, const ChartRequest& r) {
    ChartResponse out{r.kind,
                      e.edition(),
                      {e.allies().begin(), e.allies().end()},
                      e.pledge(pledges::hague_total).target_pct,
                      {},
                      {}};
    if (r.kind == "shares" || r.kind == "map") {
        out.figures = answer(e, StatusRequest{r.common, r.year, r.rounding}).status;
    } else if (r.kind == "gap") {
        GapRequest g;
        g.common = r.common;
        g.year = r.year;
        g.rounding = r.rounding;
        out.figures = answer(e, g).gaps;
    } else if (r.kind == "burden") {
        const auto year = resolve_year(e.edition(), r.year);
        auto b = compute_burden(e, year, PriceBasis::Current, {});
        out.unavailable = burden_unavailable(b, e.edition(), year);
        if (!out.unavailable)
            out.figures = std::move(b);
    } else if (r.kind == "trend") {
        const auto& core = e.pledge(pledges::hague_core);
        TrendFigures t{{},
                       e.edition().first_year,
                       core.by_year.value_or(e.edition().last_year),
                       e.thresholds()};
        for (const auto& ally : r.allies) {
            ShowRequest sr{r.common, ally, {std::string(indicators::share_gdp_pct)}};
            report::TrendLine line{answer(e, sr).series, std::nullopt};
            HAGUE_CHECK(!line.history.entity.is_aggregate(), ErrorKind::InvalidInput,
                        "err_chart_trend_draws_allies",
                        "'chart trend' draws allies, not the aggregate '{}'", ally);
            const auto p = compute_paths(e, ally, engine::PathTarget::Core, e.edition().last_year);
            if (!p.paths.empty())
                line.path = p.paths.front();
            t.lines.push_back(std::move(line));
        }
        out.figures = std::move(t);
    } else { // fan
        auto simulation = fan_simulation(e, r);
        if (auto* why = std::get_if<Error>(&simulation)) {
            out.unavailable = std::move(*why);
            return out;
        }
        auto& sim = std::get<SimulateResponse>(simulation);
        const auto& p = sim.projection;
        out.figures =
            FanFigures{std::move(sim.result), sim.threshold_pct,
                       p.projection.assumptions.target_year, p.projection.scenario, p.plan_file};
    }
    return out;
}

} // namespace hague::app
