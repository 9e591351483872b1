#include "hague/engine/diff.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "hague/core/indicator.hpp"

namespace hague::engine {

RevisionSet find_revisions(std::span<const Observation> old_edition,
                           std::span<const Observation> new_edition,
                           std::optional<double> min_change,
                           const std::optional<std::string>& indicator) {
    std::map<std::tuple<std::string, int, std::string>, const Observation*> old_by_key;
    for (const auto& o : old_edition)
        if (!indicator || o.indicator == *indicator)
            old_by_key[{o.entity.str(), o.year.value(), o.indicator}] = &o;
    RevisionSet set;
    auto& out = set.revisions;
    for (const auto& n : new_edition) {
        if (indicator && n.indicator != *indicator)
            continue;
        auto it = old_by_key.find({n.entity.str(), n.year.value(), n.indicator});
        if (it == old_by_key.end())
            continue;
        const auto& o = *it->second;
        ++set.compared;
        const double change = n.value - o.value;
        bool listed = false;
        if (min_change) {
            listed = std::fabs(change) >= *min_change;
        } else {
            // Figures that agree to 12 significant digits are the same figure written with more
            // or fewer digits (a transcription that kept 15), not a revision; nor is a change
            // that disappears at the published precision.
            const double noise =
                same_value_relative * std::max(std::fabs(o.value), std::fabs(n.value));
            const double unit = std::pow(10.0, -indicators::published_decimals(n.indicator));
            const auto published = [&](double v) { return std::round(v / unit); };
            listed = std::fabs(change) > noise && published(o.value) != published(n.value);
        }
        if (!listed) {
            ++set.unchanged;
            continue;
        }
        out.push_back(
            {n.entity, n.year, n.indicator, o.value, n.value, change, o.estimate, n.estimate});
    }
    const auto rank = [](const std::string& name) {
        return std::make_pair(name != indicators::share_gdp_pct, name);
    };
    std::sort(out.begin(), out.end(), [&](const Revision& a, const Revision& b) {
        if (a.indicator != b.indicator)
            return rank(a.indicator) < rank(b.indicator);
        const double x = std::fabs(a.change), y = std::fabs(b.change);
        if (x != y)
            return x > y;
        return std::tie(a.entity, a.year) < std::tie(b.entity, b.year);
    });
    return set;
}

namespace {
std::optional<StatusSummary> counts(const Edition& e, std::span<const Observation> obs, Year year,
                                    std::span<const Ally> allies, const Thresholds& t,
                                    Rounding rounding) {
    if (!e.covers(year))
        return std::nullopt;
    const auto status = compute_status(StatusInput{&e, year, rounding, t, allies, obs, {}});
    if (status.summary.reporting == 0)
        return std::nullopt;
    return status.summary;
}
} // namespace

std::vector<CountChange>
count_changes(const Edition& old_edition, std::span<const Observation> old_obs,
              const Edition& new_edition, std::span<const Observation> new_obs,
              std::span<const Ally> allies, const Thresholds& thresholds, Rounding rounding) {
    std::vector<CountChange> out;
    const auto first = std::min(old_edition.first_year, new_edition.first_year);
    const auto last = std::max(old_edition.last_year, new_edition.last_year);
    for (int y = first.value(); y <= last.value(); ++y) {
        const Year year(y);
        out.push_back({year, counts(old_edition, old_obs, year, allies, thresholds, rounding),
                       counts(new_edition, new_obs, year, allies, thresholds, rounding)});
    }
    return out;
}

} // namespace hague::engine
