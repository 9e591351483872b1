#include "hague/engine/series.hpp"

#include <algorithm>
#include <set>

namespace hague::engine {

EntitySeries group_series(std::string edition, EntityCode entity, std::string name,
                          std::span<const Indicator> indicators,
                          std::span<const Observation> observations,
                          std::span<const MissingReason> reasons) {
    EntitySeries out{.edition = std::move(edition),
                     .entity = std::move(entity),
                     .name = std::move(name),
                     .series = {},
                     .years = {},
                     .missing_reason = {},
                     .missing_key = {}};
    std::set<Year> years;
    for (const auto& ind : indicators) {
        IndicatorSeries s{ind, {}};
        for (const auto& o : observations)
            if (o.indicator == ind.name && o.entity == out.entity && o.edition == out.edition)
                s.values.push_back(o);
        if (s.values.empty())
            continue;
        std::sort(s.values.begin(), s.values.end(),
                  [](const Observation& a, const Observation& b) { return a.year < b.year; });
        for (const auto& o : s.values)
            years.insert(o.year);
        out.series.push_back(std::move(s));
    }
    out.years.assign(years.begin(), years.end());
    if (out.series.empty()) {
        const auto& first = indicators.empty() ? std::string("*") : indicators.front().name;
        for (const auto& r : reasons)
            if ((r.entity == "*" || r.entity == out.entity.str()) &&
                (r.edition == "*" || r.edition == out.edition) &&
                (r.indicator == "*" || r.indicator == first) && r.year == "*") {
                out.missing_reason = r.reason;
                if (!r.key.empty())
                    out.missing_key = r.key;
                break;
            }
    }
    return out;
}

} // namespace hague::engine
