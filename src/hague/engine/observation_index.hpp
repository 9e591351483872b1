#pragma once
/// Fast lookup of one edition's observations by entity, year and indicator.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "hague/core/observation.hpp"

namespace hague::engine {

/// A published value with its estimate flag and source.
struct Figure {
    double value = 0;
    bool estimate = false;
    std::string source;
};

/// Index over observations of a single edition: pointers to them, ordered by entity, indicator
/// and year, searched by bisection. It views the observations it is given, which must outlive it
/// (a snapshot owns both). Building it from rows already in that order (as a store returns them)
/// costs one pass; a lookup allocates nothing but the Figure it returns.
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
    [[nodiscard]] const Observation* locate(const EntityCode& entity, Year year,
                                            std::string_view indicator) const;
    std::vector<const Observation*> entries_;
};

} // namespace hague::engine
