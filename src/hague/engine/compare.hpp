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
    /// SIPRI rows without a figure for the year: the last year SIPRI gives for the country.
    std::optional<Year> sipri_last_year;
};

/// NATO Total and NATO Europe and Canada from the edition, then each SIPRI country, for `year`. A
/// country SIPRI has no figure for in `year` still has its row, empty, with the last year it has:
/// it is missing, not left out.
[[nodiscard]] std::vector<ComparisonRow> compare_year(const ObservationIndex& nato, Year year,
                                                      std::span<const SipriObservation> sipri);

} // namespace hague::engine
