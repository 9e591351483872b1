// The report: the facts, paths, revisions and chart figures of one edition and year; render_html
// makes the document.
#include <algorithm>

#include "hague/app/common.hpp"
#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"

namespace hague::app {

namespace {

/// Allies the trend chart shows when the request names none.
constexpr std::size_t default_trend_allies = 5;

} // namespace

void ReportRequest::validate() const {
    validate_year_field(year, "year");
    validate_ally_list(trend, "trend");
    HAGUE_CHECK_FIELD(trend.size() <= max_trend_allies, ErrorKind::InvalidInput, "trend",
                      "err_trend_names_allies_trend",
                      "{} names {} allies; the trend chart draws at most {}", trend.size(),
                      max_trend_allies);
    HAGUE_CHECK_FIELD(paths <= max_chart_paths, ErrorKind::InvalidInput, "paths",
                      "err_paths_outside_leaves_fan",
                      "{} {} is outside 0-{} (0 leaves the fan chart out)", paths, max_chart_paths);
}

ReportResponse answer(const engine::EditionSnapshot& e, const History& older,
                      const ReportRequest& r) {
    const engine::EditionSnapshot* previous = older.empty() ? nullptr : older.front().get();
    const auto& edition = e.edition();
    const auto year = resolve_year(edition, r.year);
    const Common common{edition.id};

    ReportResponse out;
    FactsRequest fr;
    fr.common = common;
    fr.year = year.value();
    out.facts = answer(e, previous, fr);
    out.paths = compute_paths(e, "all", engine::PathTarget::Core, year).paths;
    if (previous) {
        DiffRequest dr;
        dr.old_edition = previous->id();
        dr.new_edition = edition.id;
        dr.indicator = std::string(indicators::share_gdp_pct);
        out.changes = answer(*previous, e, dr);
    }
    out.path_target_year = e.pledge(pledges::hague_core).by_year.value_or(edition.last_year);
    const auto& review = e.pledge(pledges::hague_review);
    HAGUE_REQUIRE(review.by_year.has_value(), ErrorKind::DataIntegrity,
                  "the Hague review (pledges.csv) has no year");
    out.review_year = *review.by_year;
    out.total_pct = e.pledge(pledges::hague_total).target_pct;
    out.fan_paths = r.paths;
    out.version = version_string();

    // The trend chart's allies: as asked, else the largest economies in the year.
    auto trend = r.trend;
    if (trend.empty()) {
        std::vector<const engine::AllyGap*> by_gdp;
        for (const auto& a : out.facts.gap.allies)
            if (a.gdp_m)
                by_gdp.push_back(&a);
        std::stable_sort(by_gdp.begin(), by_gdp.end(),
                         [](const auto* a, const auto* b) { return *a->gdp_m > *b->gdp_m; });
        for (std::size_t i = 0; i < by_gdp.size() && i < default_trend_allies; ++i)
            trend.push_back(by_gdp[i]->ally.str());
    }
    // Shares, map, gap and burden draw the facts; trend and fan need figures of their own.
    ChartRequest cr;
    cr.common = common;
    cr.seed = r.seed;
    if (!trend.empty()) {
        cr.kind = report::ChartKind::Trend;
        cr.allies = trend;
        out.trend = answer(e, cr);
    }
    if (r.paths > 0) {
        cr.kind = report::ChartKind::Fan;
        cr.allies.clear();
        cr.paths = r.paths;
        out.fan = answer(e, cr, older);
    }
    return out;
}

} // namespace hague::app
