#include "hague/core/indicator.hpp"

#include <fmt/format.h>

namespace hague::indicators {

std::string exp_usd_constant_m(int base_year) {
    return fmt::format("exp_usd_const{}_m", base_year);
}
std::string exp_nc_constant_m(int base_year) {
    return fmt::format("exp_nc_const{}_m", base_year);
}
std::string gdp_usd_constant_bn(int base_year) {
    return fmt::format("gdp_usd_const{}_bn", base_year);
}
std::string gdp_per_capita_constant_k(int base_year) {
    return fmt::format("gdp_per_capita_usd_const{}_k", base_year);
}

} // namespace hague::indicators

namespace hague::indicators {

int published_decimals(std::string_view indicator) {
    if (indicator.ends_with("_pct"))
        return 2;
    if (indicator.ends_with("_k") || indicator.ends_with("_bn"))
        return 1;
    return 0;
}

} // namespace hague::indicators
