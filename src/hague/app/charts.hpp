#pragma once
/// Requests and responses of the charts: `hague chart KIND`.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "hague/app/projections.hpp"
#include "hague/app/requests.hpp"
#include "hague/i18n/language.hpp"

namespace hague::app {

/// Most simulated paths a fan chart draws (a few seconds on two cores).
inline constexpr std::uint64_t max_chart_paths = 2'000'000;
/// Most allies one trend chart shows (one colour each from the palette).
inline constexpr std::size_t max_trend_allies = 7;

/// `hague chart KIND [ALLY...] [--year Y] [--lang L] [--paths N] [--seed S] [--scenario S]`
struct ChartRequest {
    Common common;
    std::string kind;                 ///< one of report::chart_kinds
    std::vector<std::string> allies;  ///< trend: the allies to draw (1 to max_trend_allies)
    std::optional<int> year;          ///< shares, map, gap, burden: the edition's last by default
    i18n::Language language = i18n::Language::En;
    std::uint64_t paths = 20'000;     ///< fan
    std::uint32_t seed = default_seed; ///< fan
    std::string scenario = "status-quo"; ///< fan: as `hague simulate --scenario`
    void validate() const;
};

struct ChartResponse {
    std::string kind;
    std::string svg; ///< a complete SVG document
};

} // namespace hague::app
