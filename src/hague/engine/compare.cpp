#include "hague/engine/compare.hpp"

#include <algorithm>

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
                        (share && share->estimate) || (spending && spending->estimate),
                        std::nullopt});
    }
    std::vector<std::pair<EntityCode, Year>> last; // each country, in the data's order
    for (const auto& s : sipri) {
        auto it = std::find_if(last.begin(), last.end(),
                               [&](const auto& x) { return x.first == s.country; });
        if (it == last.end())
            last.emplace_back(s.country, s.year);
        else
            it->second = std::max(it->second, s.year);
    }
    for (const auto& [country, latest] : last) {
        const auto s = std::find_if(sipri.begin(), sipri.end(), [&](const SipriObservation& o) {
            return o.country == country && o.year == year;
        });
        if (s != sipri.end())
            rows.push_back({country, true, s->milex_usd_current_m, s->share_gdp_pct, s->estimate,
                            std::nullopt});
        else
            rows.push_back({country, true, std::nullopt, std::nullopt, false, latest});
    }
    return rows;
}

} // namespace hague::engine
