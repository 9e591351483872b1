#pragma once
/// One published value: an edition's figure for an entity, a year and an indicator.

#include <string>

#include "hague/core/entity_code.hpp"
#include "hague/core/shared_text.hpp"
#include "hague/core/year.hpp"

namespace hague {

/// A value as an edition published it, in the indicator's unit (percent stays percent, so that
/// the published decimals can be compared exactly).
struct Observation {
    std::string edition;   ///< edition id
    EntityCode entity;     ///< ally or aggregate
    Year year;             ///< calendar year (NATO's convention)
    std::string indicator; ///< indicator name
    double value = 0.0;    ///< in the indicator's unit
    bool estimate = false; ///< NATO marks it "e"
    SharedText source;     ///< where it was read, including the NATO table (rows share it)
};

} // namespace hague
