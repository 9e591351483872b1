#pragma once
/// Fast lookup of one edition's observations by entity, year and indicator.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <tuple>

#include "hague/core/observation.hpp"

namespace hague::engine {

/// A published value with its estimate flag and source.
struct Figure {
    double value = 0;
    bool estimate = false;
    std::string source;
};

/// Index over observations of a single edition. Holds copies; cheap for the few thousand rows
/// an edition has.
class ObservationIndex {
  public:
    explicit ObservationIndex(std::span<const Observation> observations);

    /// The value of indicator for entity in year, if the edition published one.
    [[nodiscard]] std::optional<Figure> find(const EntityCode& entity, Year year,
                                             std::string_view indicator) const;
    /// The value only, for arithmetic.
    [[nodiscard]] std::optional<double> value(const EntityCode& entity, Year year,
                                              std::string_view indicator) const;

  private:
    std::map<std::tuple<std::string, int, std::string>, Figure, std::less<>> figures_;
};

} // namespace hague::engine
