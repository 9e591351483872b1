#pragma once
/// Requests and responses of the charts: `hague chart KIND`.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "hague/app/analytics.hpp"
#include "hague/app/projections.hpp"
#include "hague/app/requests.hpp"
#include "hague/core/error.hpp"
#include "hague/core/plan.hpp"
#include "hague/report/charts.hpp"

namespace hague::app {

/// Most simulated paths a fan chart draws (a few seconds on two cores).
inline constexpr std::uint64_t max_chart_paths = 2'000'000;
/// Most allies one trend chart shows (one colour each from the palette).
inline constexpr std::size_t max_trend_allies = 7;

/// `hague chart KIND [ALLY...] [--year Y] [--paths N] [--seed S] [--scenario S]`. The language
/// is the renderer's (render_svg), not the request's.
/// The charts that compare shares with a threshold, so that --rounding applies: shares, map, gap.
[[nodiscard]] bool chart_compares_shares(report::ChartKind kind);
/// `kind` of a chart: shares, trend, gap, burden, fan or map (InvalidInput listing them).
[[nodiscard]] report::ChartKind parse_chart_kind_field(std::string_view text);

struct ChartRequest {
    Common common;
    report::ChartKind kind = report::ChartKind::Shares;
    std::vector<std::string> allies; ///< trend: the allies to draw (1 to max_trend_allies)
    std::optional<int> year;         ///< shares, map, gap, burden: the edition's last by default
    /// shares, map, gap: how a share is compared with a threshold (as in status and gap)
    Rounding rounding = Rounding::TwoDp;
    std::uint64_t paths = 20'000;        ///< fan
    std::uint32_t seed = default_seed;   ///< fan
    std::string scenario = "status-quo"; ///< fan: as `hague simulate --scenario`
    std::optional<Plan> plan;            ///< fan: a plan as the scenario instead
    double growth_shift_pct = 0;         ///< fan: as `simulate --growth-shift`
    double volatility_scale = 1;         ///< fan: as `simulate --volatility-scale`
    unsigned threads = 0;                ///< fan: 0 every core (a server runs one per request)
    /// fan: polled while simulating; when it turns true the chart fails with ErrorKind::Timeout.
    std::function<bool()> cancelled;
    /// shares, map, gap, fan: only these (--allies: codes or names, NATO, NATO_EUROPE_CAN, or EU
    /// for the EU allies of the year); empty: every ally.
    std::vector<std::string> only;
    /// Every chart that draws allies: these with emphasis, the others lighter (--highlight).
    std::vector<std::string> highlight;
    report::ChartText text; ///< --title, --subtitle, --note, --byline
    /// The drawing's width in pixels (--width): report::min_chart_width-max_chart_width; the
    /// article's 720 by default, report::narrow_chart_width for a phone.
    int width = static_cast<int>(report::default_chart_width);
    void validate() const;
};

/// The trend chart's figures: each ally's history and path, the years and thresholds.
struct TrendFigures {
    std::vector<report::TrendLine> lines;
    Year first{2014};
    Year last{2035};
    engine::Thresholds thresholds;
};

/// The fan chart's figures: the simulation under the budget rule and what it assumed.
struct FanFigures {
    engine::McResult result;
    double threshold_pct = 0;
    Year target_year{2035};
    engine::Scenario scenario = engine::Scenario::StatusQuo;
    std::optional<std::string> plan_file; ///< the plan used as the scenario, if one was
};

/// A chart's figures, or why it cannot be drawn: absence is a value, not an exception. The
/// document is rendered after the facade (render_svg), in the reader's language.
struct ChartResponse {
    report::ChartKind kind = report::ChartKind::Shares;
    Edition edition;
    std::vector<Ally> allies;
    double total_pct = 0; ///< the Hague total (5%), drawn as a reference line
    /// shares and map: Status; gap: GapResult; burden: BurdenResult; trend; fan.
    std::variant<std::monostate, engine::Status, engine::GapResult, engine::BurdenResult,
                 TrendFigures, FanFigures>
        figures;
    /// Why the edition cannot give this chart (its figures are not published), with the message
    /// key and arguments to say it in any language; a front end that must draw it raises it.
    std::optional<Error> unavailable;
    report::ChartText text;                                    ///< as asked
    std::vector<std::string> highlight;                        ///< the highlighted allies' codes
    int width = static_cast<int>(report::default_chart_width); ///< as asked
};

} // namespace hague::app

namespace hague::app {

/// `hague report [--year Y] [--trend ALLY,...] [--paths N] -o FILE.html`; the language is the
/// renderer's (render_html).
struct ReportRequest {
    Common common;
    std::optional<int> year; ///< the edition's last year by default
    /// The allies of the trend chart; by default the five with the largest GDP in the year.
    std::vector<std::string> trend;
    std::uint64_t paths = 20'000; ///< the fan chart's simulated paths; 0 leaves the fan out
    std::uint32_t seed = default_seed;
    void validate() const;
};

/// Everything the report shows, computed; render_html makes the document.
struct ReportResponse {
    FactsResponse facts;
    std::vector<engine::AllyPath> paths; ///< every ally with a baseline in the year
    std::optional<DiffResponse> changes; ///< share of GDP, previous edition -> this one
    std::optional<ChartResponse> trend;
    std::optional<ChartResponse> fan;
    Year path_target_year{2035};
    Year review_year{2029};
    double total_pct = 0;
    std::uint64_t fan_paths = 0;
    std::string version;
};

/// One chart of the edition `e`; `older` (the editions before it) calibrates the fan chart's
/// spending model.
[[nodiscard]] ChartResponse answer(const engine::EditionSnapshot& e, const ChartRequest& r,
                                   const History& older = {});
/// The report of the edition `e`; `older` (the editions before it, newest first) for its
/// revisions and its fan chart.
[[nodiscard]] ReportResponse answer(const engine::EditionSnapshot& e, const History& older,
                                    const ReportRequest& r);

} // namespace hague::app
