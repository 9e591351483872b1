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
