#pragma once
/// Requests and responses of the charts: `hague chart KIND`.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "hague/app/projections.hpp"
#include "hague/app/requests.hpp"
#include "hague/core/error.hpp"
#include "hague/core/plan.hpp"
#include "hague/i18n/language.hpp"

namespace hague::app {

/// Most simulated paths a fan chart draws (a few seconds on two cores).
inline constexpr std::uint64_t max_chart_paths = 2'000'000;
/// Most allies one trend chart shows (one colour each from the palette).
inline constexpr std::size_t max_trend_allies = 7;

/// `hague chart KIND [ALLY...] [--year Y] [--lang L] [--paths N] [--seed S] [--scenario S]`
struct ChartRequest {
    Common common;
    std::string kind;                ///< one of report::chart_kinds
    std::vector<std::string> allies; ///< trend: the allies to draw (1 to max_trend_allies)
    std::optional<int> year;         ///< shares, map, gap, burden: the edition's last by default
    i18n::Language language = i18n::Language::En;
    std::uint64_t paths = 20'000;        ///< fan
    std::uint32_t seed = default_seed;   ///< fan
    std::string scenario = "status-quo"; ///< fan: as `hague simulate --scenario`
    std::optional<Plan> plan;            ///< fan: a plan as the scenario instead
    void validate() const;
};

/// A chart, or why it cannot be drawn: absence is a value, not an exception.
struct ChartResponse {
    std::string kind;
    std::string svg; ///< a complete SVG document; empty when `unavailable` is set
    /// Why the edition cannot give this chart (its figures are not published), with the message
    /// key and arguments to say it in any language; a front end that must draw it raises it.
    std::optional<Error> unavailable;
};

} // namespace hague::app

namespace hague::app {

/// `hague report [--year Y] [--lang L] [--trend ALLY,...] [--paths N] -o FILE.html`
struct ReportRequest {
    Common common;
    std::optional<int> year; ///< the edition's last year by default
    i18n::Language language = i18n::Language::En;
    /// The allies of the trend chart; by default the five with the largest GDP in the year.
    std::vector<std::string> trend;
    std::uint64_t paths = 20'000; ///< the fan chart's simulated paths; 0 leaves the fan out
    std::uint32_t seed = default_seed;
    void validate() const;
};

struct ReportResponse {
    std::string html; ///< a complete, self-contained HTML document
};

/// One chart of the edition `e`.
[[nodiscard]] ChartResponse answer(const engine::EditionSnapshot& e, const ChartRequest& r);
/// The report of the edition `e`; `previous` (the edition before, or nullptr) for its revisions.
[[nodiscard]] ReportResponse answer(const engine::EditionSnapshot& e,
                                    const engine::EditionSnapshot* previous,
                                    const ReportRequest& r);

} // namespace hague::app
