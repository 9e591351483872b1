#pragma once
/// Charts as SVG (docs/charts.md): every word from the catalog, every number formatted for the
/// language, a source line (edition and table) under each chart, a colour-blind-safe palette
/// (Okabe and Ito), estimates marked.

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/geo.hpp"
#include "hague/engine/burden.hpp"
#include "hague/engine/gap.hpp"
#include "hague/engine/monte_carlo.hpp"
#include "hague/engine/path.hpp"
#include "hague/engine/projection.hpp"
#include "hague/engine/series.hpp"
#include "hague/engine/status.hpp"
#include "hague/i18n/catalog.hpp"
#include "hague/report/chart_data.hpp"

namespace hague::report {

/// The chart kinds of `hague chart`: parsed once at the edge, compared as values.
enum class ChartKind { Shares, Trend, Gap, Burden, Fan, Map };
/// Every kind, in the order the help lists them.
inline constexpr ChartKind all_chart_kinds[] = {ChartKind::Shares, ChartKind::Trend,
                                                ChartKind::Gap,    ChartKind::Burden,
                                                ChartKind::Fan,    ChartKind::Map};
/// "shares", "trend", "gap", "burden", "fan" or "map": the kind's name in commands and URLs.
[[nodiscard]] constexpr std::string_view to_string(ChartKind k) {
    switch (k) {
    case ChartKind::Shares: return "shares";
    case ChartKind::Trend: return "trend";
    case ChartKind::Gap: return "gap";
    case ChartKind::Burden: return "burden";
    case ChartKind::Fan: return "fan";
    case ChartKind::Map: return "map";
    }
    return "shares";
}
/// The kind called `name`, or nullopt.
[[nodiscard]] constexpr std::optional<ChartKind> parse_chart_kind(std::string_view name) {
    for (const auto k : all_chart_kinds)
        if (to_string(k) == name)
            return k;
    return std::nullopt;
}

/// Text a reader sets instead of the chart's own (--title, --subtitle), or adds (--note, --byline).
struct ChartText {
    std::optional<std::string> title, subtitle, note, byline;
};

/// The width of a chart in pixels: an article's column by default, a phone's screen (narrow), and
/// the bounds a reader may ask for (--width).
inline constexpr double default_chart_width = 720;
inline constexpr double narrow_chart_width = 340;
inline constexpr double min_chart_width = 300;
inline constexpr double max_chart_width = 1200;

/// What every chart needs besides its figures.
struct ChartContext {
    const Edition* edition = nullptr;
    std::span<const Ally> allies;
    const i18n::Catalog* catalog = nullptr;
    ChartText text;
    /// Allies drawn with emphasis (--highlight); the others are drawn lighter. Empty: none.
    std::vector<std::string> highlight;
    /// The drawing's width in pixels (min_chart_width-max_chart_width); text keeps its size, so a
    /// narrow chart shown at its width keeps every word at 11 px or more.
    double width = default_chart_width;
};

/// "17 of 31 allies spend 2% or more; 1 reaches the Hague core target of 3.5%." (of the allies
/// that publish a share, as in the status table); the allies without a figure are listed by
/// their names in `names` ("no figure for Iceland").
[[nodiscard]] std::string
shares_summary(const engine::Status& s, const i18n::Catalog& cat,
               const std::map<std::string, std::string, std::less<>>& names);

/// One bar per ally: the share of GDP in the status's year, lines at the Wales and Hague targets.
/// `total_pct` is the Hague total (5%), drawn with the status's two thresholds.
[[nodiscard]] std::string shares_chart(const engine::Status& s, double total_pct,
                                       const ChartContext& c);

/// Allies coloured by the same classes as shares_chart, on outlines of North America and Europe.
[[nodiscard]] std::string map_chart(const engine::Status& s, std::span<const MapPanel> panels,
                                    std::span<const MapOutline> outlines, const ChartContext& c);

/// The money gap to the target per ally, largest first.
[[nodiscard]] std::string gap_chart(const engine::GapResult& g, const ChartContext& c);

/// Each group's share of the alliance's GDP beside its share of the alliance's spending.
[[nodiscard]] std::string burden_chart(const engine::BurdenResult& b, const ChartContext& c);

/// Shares of GDP over time: history, the linear path to the target year, national commitments.
[[nodiscard]] std::string trend_chart(std::span<const TrendLine> lines, Year first, Year last,
                                      const engine::Thresholds& t, double total_pct,
                                      const ChartContext& c);

/// Monte Carlo bands of the share of GDP in the last projected year, one row per ally.
/// `paths` and `scenario_text` (already in the catalog's language) go into the subtitle.
[[nodiscard]] std::string fan_chart(const engine::McResult& r, double threshold_pct, Year last_year,
                                    const std::string& scenario_text, const ChartContext& c);

} // namespace hague::report
