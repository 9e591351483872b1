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
/// Defence expenditure, million USD at current prices and exchange rates, NATO Table 2.
inline constexpr std::string_view exp_usd_current_m = "exp_usd_current_m";
/// Defence expenditure, million national currency at current prices, NATO Table 1.
inline constexpr std::string_view exp_nc_current_m = "exp_nc_current_m";
/// GDP, billion USD at current prices and exchange rates, NATO Table 5.
inline constexpr std::string_view gdp_usd_current_bn = "gdp_usd_current_bn";

/// Defence expenditure, million USD at the edition's constant prices (Table 2): exp_usd_constB_m.
[[nodiscard]] std::string exp_usd_constant_m(int base_year);
/// Defence expenditure, million national currency at constant prices (Table 1): exp_nc_constB_m.
[[nodiscard]] std::string exp_nc_constant_m(int base_year);
/// GDP, billion USD at the edition's constant prices (Table 5): gdp_usd_constB_bn.
[[nodiscard]] std::string gdp_usd_constant_bn(int base_year);
/// GDP per capita, thousand USD at constant prices (Table 6): gdp_per_capita_usd_constB_k.
[[nodiscard]] std::string gdp_per_capita_constant_k(int base_year);

/// The decimals NATO publishes an indicator with, from its unit suffix: shares (_pct) 2,
/// thousands (_k) and billions (_bn) 1, millions and counts 0. A revision smaller than that is
/// not one a reader of the tables can see.
[[nodiscard]] int published_decimals(std::string_view indicator);
} // namespace indicators

} // namespace hague
