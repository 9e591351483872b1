#include "hague/engine/compare.hpp"

#include "hague/core/indicator.hpp"

namespace hague::engine {

std::vector<ComparisonRow> compare_year(const ObservationIndex& nato, Year year,
                                        std::span<const SipriObservation> sipri) {
    std::vector<ComparisonRow> rows;
    for (auto name : {EntityCode::nato_total, EntityCode::nato_europe_canada}) {
        const auto code = *EntityCode::parse(name);
        const auto share = nato.find(code, year, indicators::share_gdp_pct);
        const auto spending = nato.find(code, year, indicators::exp_usd_current_m);
        if (!share && !spending)
            continue;
        rows.push_back({code, false, spending ? std::optional(spending->value) : std::nullopt,
                        share ? std::optional(share->value) : std::nullopt,
                        (share && share->estimate) || (spending && spending->estimate)});
    }
    for (const auto& s : sipri)
        if (s.year == year)
            rows.push_back({s.country, true, s.milex_usd_current_m, s.share_gdp_pct, s.estimate});
    return rows;
}

} // namespace hague::engine
