#pragma once
/// What each chart draws, in the order it draws it. The SVG (charts.hpp) is drawn from these
/// selections and the CSV export (`hague chart --format csv`, /chart/KIND.csv) lists them, so a
/// chart and its data cannot disagree. CSV cells are exact (format_exact), names NATO's English.

#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/engine/burden.hpp"
#include "hague/engine/gap.hpp"
#include "hague/engine/monte_carlo.hpp"
#include "hague/engine/path.hpp"
#include "hague/engine/series.hpp"
#include "hague/engine/status.hpp"
#include "hague/report/table.hpp"

namespace hague::report {

/// The status classes of the shares chart and the map (its colours).
enum class Band { Core, Spending, Below, NoData };
[[nodiscard]] Band band_of(const engine::AllyStatus& a);
/// "core", "spending", "below", "no_data": the band as the CSV names it.
[[nodiscard]] std::string_view to_string(Band b);

/// The gap chart's allies: a bar for each ally short of the target whose gap in money is known
/// (largest first); the allies that meet it and those without a figure are named in its notes.
struct GapBars {
    std::vector<const engine::AllyGap*> short_of;
    std::vector<const engine::AllyGap*> met;
    std::vector<const engine::AllyGap*> unknown;
    std::string currency; ///< the currency of the bars (USD or EUR)
};
[[nodiscard]] GapBars gap_bars(const engine::GapResult& g);

/// The burden chart's groups: every group but the alliance itself, in the result's order.
[[nodiscard]] std::vector<const engine::GroupBurden*> burden_groups(const engine::BurdenResult& b);

/// The fan chart's rows: the allies (not the groups), highest median first.
[[nodiscard]] std::vector<const engine::McEntityResult*> fan_rows(const engine::McResult& r);

/// One ally of a trend chart: its published shares and its path with commitments.
/// A year of a national plan drawn on the trend chart (its core leg, as `plan check` reads it).
struct TrendPlanPoint {
    Year year;
    double share_pct = 0;
    bool from_money = false; ///< converted from money in national currency
};

struct TrendLine {
    engine::EntitySeries history;         ///< share_gdp_pct of the edition
    std::optional<engine::AllyPath> path; ///< absent when the ally has no baseline
    std::vector<TrendPlanPoint> plan;     ///< a plan to draw against the path (plan page)
    std::string plan_title;
};

/// shares: one row per bar (allies, then NATO's aggregates), then the three reference lines.
/// map: the same rows without aggregates and lines (`with_aggregates` false).
[[nodiscard]] Table shares_chart_csv(const engine::Status& s, double total_pct,
                                     std::span<const Ally> allies, bool with_aggregates);
/// gap: the bars (largest first), then the allies at or above the target, then those without a
/// figure, as the chart's notes list them.
[[nodiscard]] Table gap_chart_csv(const engine::GapResult& g, std::span<const Ally> allies);
/// burden: one row per group drawn.
[[nodiscard]] Table burden_chart_csv(const engine::BurdenResult& b);
/// trend: long form, one row per point drawn: published shares, the path to the target year,
/// national commitments, within [first, last].
[[nodiscard]] Table trend_chart_csv(std::string_view edition, std::span<const TrendLine> lines,
                                    Year first, Year last, std::span<const Ally> allies);
/// fan: one row per band drawn (highest median first).
[[nodiscard]] Table fan_chart_csv(std::string_view edition, const engine::McResult& r,
                                  double threshold_pct, Year last_year, std::string_view scenario,
                                  std::span<const Ally> allies);

} // namespace hague::report
