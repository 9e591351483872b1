#pragma once
/// GDP and exchange rates as one edition's own tables imply them.

#include <optional>

#include "hague/core/edition.hpp"
#include "hague/core/entity_code.hpp"
#include "hague/core/money.hpp"
#include "hague/engine/observation_index.hpp"

namespace hague::engine {

/// GDP in million USD: Table 5 (billion USD) x 1000, at current prices or the edition's constant
/// prices. nullopt when the edition does not publish it.
[[nodiscard]] std::optional<double> gdp_usd_m(const ObservationIndex& index, const Edition& edition,
                                              const EntityCode& entity, Year year,
                                              PriceBasis basis);

/// Units of the entity's national currency per US dollar implied by the edition: defence
/// expenditure in national currency (Table 1) / the same in US dollars (Table 2), at the same price
/// basis. nullopt when either is missing or zero.
[[nodiscard]] std::optional<double> nc_per_usd(const ObservationIndex& index,
                                               const Edition& edition, const EntityCode& entity,
                                               Year year, PriceBasis basis);

} // namespace hague::engine
