#include "hague/engine/exchange.hpp"

#include "hague/core/indicator.hpp"

namespace hague::engine {

std::optional<double> gdp_usd_m(const ObservationIndex& index, const Edition& edition,
                                const EntityCode& entity, Year year, PriceBasis basis) {
    const auto name = basis == PriceBasis::Current
                          ? std::string(indicators::gdp_usd_current_bn)
                          : indicators::gdp_usd_constant_bn(edition.constant_price_base);
    auto bn = index.value(entity, year, name);
    if (!bn)
        return std::nullopt;
    return *bn * 1000.0; // billion to million
}

std::optional<double> nc_per_usd(const ObservationIndex& index, const Edition& edition,
                                 const EntityCode& entity, Year year, PriceBasis basis) {
    const bool current = basis == PriceBasis::Current;
    const auto nc_name = current ? std::string(indicators::exp_nc_current_m)
                                 : indicators::exp_nc_constant_m(edition.constant_price_base);
    const auto usd_name = current ? std::string(indicators::exp_usd_current_m)
                                  : indicators::exp_usd_constant_m(edition.constant_price_base);
    auto nc = index.value(entity, year, nc_name);
    auto usd = index.value(entity, year, usd_name);
    if (!nc || !usd || *usd == 0.0)
        return std::nullopt;
    return *nc / *usd;
}

} // namespace hague::engine
