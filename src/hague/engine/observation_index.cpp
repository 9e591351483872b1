#include "hague/engine/observation_index.hpp"

namespace hague::engine {

ObservationIndex::ObservationIndex(std::span<const Observation> observations) {
    for (const auto& o : observations)
        figures_[{o.entity.str(), o.year.value(), o.indicator}] =
            Figure{o.value, o.estimate, o.source};
}

std::optional<Figure> ObservationIndex::find(const EntityCode& entity, Year year,
                                             std::string_view indicator) const {
    // A key of views: the lookup allocates nothing (std::less<> compares it with the stored keys).
    auto it = figures_.find(
        std::tuple<std::string_view, int, std::string_view>(entity.str(), year.value(), indicator));
    if (it == figures_.end())
        return std::nullopt;
    return it->second;
}

std::optional<double> ObservationIndex::value(const EntityCode& entity, Year year,
                                              std::string_view indicator) const {
    auto f = find(entity, year, indicator);
    return f ? std::optional<double>(f->value) : std::nullopt;
}

} // namespace hague::engine
