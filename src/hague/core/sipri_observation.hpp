#pragma once
/// SIPRI's figures for non-NATO comparators (Russia, China): SIPRI's definition, not NATO's.

#include <string>

#include "hague/core/edition.hpp"
#include "hague/core/entity_code.hpp"
#include "hague/core/year.hpp"

namespace hague {

/// One row of sipri.csv.
struct SipriObservation {
    EntityCode country; ///< ISO3 (RUS, CHN)
    Year year;
    double milex_usd_current_m = 0;   ///< million USD, current prices and market exchange rates
    double share_gdp_pct = 0;         ///< % of GDP
    double milex_usd_const2023_m = 0; ///< million USD, constant 2023 prices
    bool estimate = false;            ///< SIPRI estimate (blue cell)
    std::string source;
    Origin origin = Origin::Bundled; ///< bundled, or imported from SIPRI's workbook
};

} // namespace hague
