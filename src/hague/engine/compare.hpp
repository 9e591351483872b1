#pragma once
/// Russia and China (SIPRI) beside NATO's own totals, for one year.

#include <optional>
#include <span>
#include <vector>

#include "hague/core/sipri_observation.hpp"
#include "hague/engine/observation_index.hpp"

namespace hague::engine {

/// One row of the comparison. NATO rows carry NATO's figures (NATO's definition, Table 2 and 3);
/// SIPRI rows carry SIPRI's (a broader definition), both at market exchange rates.
struct ComparisonRow {
    EntityCode entity;
    bool sipri = false;                           ///< source: SIPRI (true) or NATO (false)
    std::optional<double> spending_usd_current_m; ///< million USD, current prices
    std::optional<double> share_gdp_pct;
    bool estimate = false;
};

/// NATO Total and NATO Europe and Canada from the edition, then each SIPRI country, for `year`.
[[nodiscard]] std::vector<ComparisonRow> compare_year(const ObservationIndex& nato, Year year,
                                                      std::span<const SipriObservation> sipri);

} // namespace hague::engine
