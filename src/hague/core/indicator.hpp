#pragma once
/// What a value measures: name, unit and NATO table.

#include <string>
#include <string_view>

namespace hague {

/// One indicator (indicators.csv). The unit is in the name: _pct, _m (million), _bn, _k (thousand).
struct Indicator {
    std::string name;        ///< share_gdp_pct, exp_usd_current_m, ...
    std::string unit;        ///< "% of GDP", "million USD", ...
    std::string nato_table;  ///< "Table 3"
    std::string description; ///< what NATO's table calls it
};

/// Names of the indicators the engine reads.
namespace indicators {
/// Defence expenditure as a share of GDP, NATO Table 3, in percent.
inline constexpr std::string_view share_gdp_pct = "share_gdp_pct";
/// Major equipment and related R&D as a share of defence expenditure, NATO Table 8a, in percent.
inline constexpr std::string_view equipment_share_pct = "equipment_share_pct";
} // namespace indicators

} // namespace hague
