// The charts of the facade: each kind gathers its results from the other use cases and hands them
// to report/charts.
#include "hague/app/charts.hpp"

#include <algorithm>

#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/io/geo_reader.hpp"
#include "hague/report/charts.hpp"

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
    validate_year_option(year, "--year");
    if (kind == "trend") {
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
    HAGUE_CHECK(paths >= 1 && paths <= max_chart_paths, ErrorKind::InvalidInput,
                "err_paths_outside", "--paths {} is outside 1-{}", paths, max_chart_paths);
}

ChartResponse Service::chart(const ChartRequest& r) const {
    r.validate();
    const i18n::Catalog catalog(r.language);
    ChartResponse out{r.kind, {}};
    const double total_pct = pledge(pledges::hague_total).target_pct;

    if (r.kind == "shares" || r.kind == "map") {
        const auto s = status(StatusRequest{r.common, r.year, Rounding::TwoDp});
        const report::ChartContext c{&s.edition, s.allies, &catalog};
        if (r.kind == "shares") {
            out.svg = report::shares_chart(s.status, total_pct, c);
        } else {
            const auto map = io::bundled_map();
            out.svg = report::map_chart(s.status, map.panels, map.outlines, c);
        }
    } else if (r.kind == "gap") {
        GapRequest g;
        g.common = r.common;
        g.year = r.year;
        const auto gaps = gap(g);
        out.svg = report::gap_chart(gaps.gaps, {&gaps.edition, gaps.allies, &catalog});
    } else if (r.kind == "burden") {
        ShareRequest sr;
        sr.common = r.common;
        sr.year = r.year;
        const auto b = share(sr);
        out.svg = report::burden_chart(b.burden, {&b.edition, b.allies, &catalog});
    } else if (r.kind == "trend") {
        const auto e = resolve_edition(r.common);
        const auto core = pledge(pledges::hague_core);
        const Year last = core.by_year.value_or(e.last_year);
        std::vector<report::TrendLine> lines;
        for (const auto& ally : r.allies) {
            ShowRequest sr{r.common, ally, {std::string(indicators::share_gdp_pct)}};
            report::TrendLine line{show(sr).series, std::nullopt};
            HAGUE_CHECK(!line.history.entity.is_aggregate(), ErrorKind::InvalidInput,
                        "err_chart_trend_draws_allies",
                        "'chart trend' draws allies, not the aggregate '{}'", ally);
            const auto p = paths(e, ally, engine::PathTarget::Core, e.last_year);
            if (!p.paths.empty())
                line.path = p.paths.front();
            lines.push_back(std::move(line));
        }
        const auto allies = store_->allies();
        out.svg = report::trend_chart(lines, e.first_year, last, thresholds(), total_pct,
                                      {&e, allies, &catalog});
    } else { // fan
        SimulateRequest sr;
        sr.projection.common = r.common;
        sr.projection.scenario = r.scenario;
        sr.paths = r.paths;
        sr.seed = r.seed;
        sr.rule = engine::SpendingRule::Budget;
        const auto sim = simulate(sr);
        const auto& p = sim.projection;
        std::string scenario;
        switch (p.projection.scenario) {
        case engine::Scenario::StatusQuo: scenario = catalog.text("scenario_status_quo"); break;
        case engine::Scenario::Linear: scenario = catalog.text("scenario_linear"); break;
        case engine::Scenario::Commitments: scenario = catalog.text("scenario_commitments"); break;
        case engine::Scenario::Plan:
            scenario = catalog.format("scenario_plan", {p.plan_file.value_or(r.scenario)});
            break;
        }
        out.svg =
            report::fan_chart(sim.result, sim.threshold_pct, p.projection.assumptions.target_year,
                              scenario, {&p.edition, p.allies, &catalog});
    }
    return out;
}

} // namespace hague::app
