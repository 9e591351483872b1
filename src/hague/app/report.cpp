// The report of the facade: the facts, paths, revisions and charts of one edition and year, in
// one HTML document.
#include <algorithm>

#include "hague/app/common.hpp"
#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/io/geo_reader.hpp"
#include "hague/report/charts.hpp"
#include "hague/report/html_report.hpp"

namespace hague::app {

namespace {

/// Allies the trend chart shows when the request names none.
constexpr std::size_t default_trend_allies = 5;

} // namespace

void ReportRequest::validate() const {
    validate_year_field(year, "year");
    HAGUE_CHECK_FIELD(trend.size() <= max_trend_allies, ErrorKind::InvalidInput, "trend",
                      "err_trend_names_allies_trend",
                      "{} names {} allies; the trend chart draws at most {}", trend.size(),
                      max_trend_allies);
    HAGUE_CHECK_FIELD(paths <= max_chart_paths, ErrorKind::InvalidInput, "paths",
                      "err_paths_outside_leaves_fan",
                      "{} {} is outside 0-{} (0 leaves the fan chart out)", paths, max_chart_paths);
}

ReportResponse answer(const engine::EditionSnapshot& e, const engine::EditionSnapshot* previous,
                      const ReportRequest& r) {
    const auto& edition = e.edition();
    const auto year = resolve_year(edition, r.year);
    const Common common{edition.id};

    FactsRequest fr;
    fr.common = common;
    fr.year = year.value();
    const auto facts = answer(e, previous, fr);
    const auto path_response = compute_paths(e, "all", engine::PathTarget::Core, year);

    std::optional<DiffResponse> changes;
    if (previous) {
        DiffRequest dr;
        dr.old_edition = previous->id();
        dr.new_edition = edition.id;
        dr.indicator = std::string(indicators::share_gdp_pct);
        changes = answer(*previous, e, dr);
    }

    // The trend chart's allies: as asked, else the largest economies in the year.
    auto trend = r.trend;
    if (trend.empty()) {
        std::vector<const engine::AllyGap*> by_gdp;
        for (const auto& a : facts.gap.allies)
            if (a.gdp_m)
                by_gdp.push_back(&a);
        std::stable_sort(by_gdp.begin(), by_gdp.end(),
                         [](const auto* a, const auto* b) { return *a->gdp_m > *b->gdp_m; });
        for (std::size_t i = 0; i < by_gdp.size() && i < default_trend_allies; ++i)
            trend.push_back(by_gdp[i]->ally.str());
    }

    report::ReportInput in;
    in.edition = &facts.edition;
    in.allies = facts.allies;
    in.status = &facts.status;
    in.burden = &facts.burden;
    in.gap = &facts.gap;
    in.paths = path_response.paths;
    const auto& core = e.pledge(pledges::hague_core);
    in.path_target_year = core.by_year.value_or(edition.last_year);
    const auto& review = e.pledge(pledges::hague_review);
    HAGUE_REQUIRE(review.by_year.has_value(), ErrorKind::DataIntegrity,
                  "the Hague review (pledges.csv) has no year");
    in.review_year = *review.by_year;
    in.total_pct = e.pledge(pledges::hague_total).target_pct;
    in.previous = facts.previous ? &*facts.previous : nullptr;
    if (changes) {
        in.revisions = changes->revisions;
        in.counts = changes->counts;
    }
    in.fan_paths = r.paths;
    in.version = version_string();
    // Shares, map, gap and burden draw the facts computed above; trend and fan need their own
    // results. A chart whose figures the edition lacks (2025-08 has shares of GDP only) is
    // replaced by the reason, in the reader's language.
    const i18n::Catalog catalog(r.language);
    const report::ChartContext context{&facts.edition, facts.allies, &catalog};
    in.charts.emplace("shares", report::shares_chart(facts.status, in.total_pct, context));
    const auto map = io::bundled_map();
    in.charts.emplace("map", report::map_chart(facts.status, map.panels, map.outlines, context));
    in.charts.emplace("gap", report::gap_chart(facts.gap, context));
    auto add = [&](std::string_view kind, ChartResponse chart) {
        if (chart.unavailable)
            in.unavailable.emplace(kind, i18n::error_message(*chart.unavailable, r.language));
        else
            in.charts.emplace(kind, std::move(chart.svg));
    };
    if (auto why = burden_unavailable(facts.burden, facts.edition, year))
        add("burden", {"burden", {}, std::move(why)});
    else
        add("burden", {"burden", report::burden_chart(facts.burden, context), {}});
    ChartRequest cr;
    cr.common = common;
    cr.language = r.language;
    cr.seed = r.seed;
    if (!trend.empty()) {
        cr.kind = "trend";
        cr.allies = trend;
        add("trend", answer(e, cr));
    }
    if (r.paths > 0) {
        cr.kind = "fan";
        cr.allies.clear();
        cr.paths = r.paths;
        add("fan", answer(e, cr));
    }
    return {report::html_report(in, catalog)};
}

} // namespace hague::app
