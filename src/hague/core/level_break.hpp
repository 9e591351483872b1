#pragma once
/// A level break in one of NATO's own series: the series changes definition or base between two
/// years, so the change across them is not growth (data/nato/breaks.csv).

#include <string>

#include "hague/core/entity_code.hpp"
#include "hague/core/year.hpp"

namespace hague {

struct LevelBreak {
    EntityCode ally;
    Year year{2014};    ///< the first year on the new level: the change from year - 1 is the break
    std::string series; ///< "gdp": Table 5's GDP (current and constant prices)
    std::string editions; ///< the editions that show it, as the file lists them
    std::string source;   ///< where it is documented
    std::string note;     ///< what the tables show, in English
};

} // namespace hague
