#include "hague/engine/observation_index.hpp"

#include <algorithm>
#include <tuple>

namespace hague::engine {

namespace {

/// The index's order: entity, indicator, year (the order of a snapshot and of a store's reads).
bool before(const Observation* a, const Observation* b) {
    return std::forward_as_tuple(a->entity.str(), a->indicator, a->year.value()) <
           std::forward_as_tuple(b->entity.str(), b->indicator, b->year.value());
}

} // namespace

ObservationIndex::ObservationIndex(std::span<const Observation> observations) {
    entries_.reserve(observations.size());
    for (const auto& o : observations)
        entries_.push_back(&o);
    if (!std::is_sorted(entries_.begin(), entries_.end(), before))
        std::stable_sort(entries_.begin(), entries_.end(), before);
    // A key published twice keeps its last row, as a map assignment would: unique over the
    // reversed range leaves the kept rows at the back, in order.
    const auto kept = std::unique(
        entries_.rbegin(), entries_.rend(),
        [](const Observation* a, const Observation* b) { return !before(a, b) && !before(b, a); });
    entries_.erase(entries_.begin(), kept.base());
}

const Observation* ObservationIndex::locate(const EntityCode& entity, Year year,
                                            std::string_view indicator) const {
    const auto key = std::make_tuple(std::string_view(entity.str()), indicator, year.value());
    const auto it = std::lower_bound(
        entries_.begin(), entries_.end(), key, [](const Observation* o, const auto& k) {
            return std::make_tuple(std::string_view(o->entity.str()),
                                   std::string_view(o->indicator), o->year.value()) < k;
        });
    if (it == entries_.end() || (*it)->entity != entity || (*it)->indicator != indicator ||
        (*it)->year != year)
        return nullptr;
    return *it;
}

std::optional<Figure> ObservationIndex::find(const EntityCode& entity, Year year,
                                             std::string_view indicator) const {
    const auto* o = locate(entity, year, indicator);
    if (!o)
        return std::nullopt;
    return Figure{o->value, o->estimate, o->source};
}

std::optional<double> ObservationIndex::value(const EntityCode& entity, Year year,
                                              std::string_view indicator) const {
    const auto* o = locate(entity, year, indicator);
    return o ? std::optional<double>(o->value) : std::nullopt;
}

} // namespace hague::engine
