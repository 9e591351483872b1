#pragma once
/// The consistency of an edition's figures with each other, checked before an import stores it:
/// Table 3's shares against Tables 2 and 5, NATO's totals against the sum of the allies, and
/// estimate years at the end. Each breach is a finding; the import refuses an edition with any,
/// or stores it with the findings as its notes when told to accept them.

#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/observation.hpp"

namespace hague::engine {

/// One breach, with the figures that disagree.
struct CheckFinding {
    std::string check;   ///< "share_vs_tables_2_and_5", "total_vs_allies", "estimate_years"
    std::string entity;  ///< ISO3 or aggregate code; empty for the edition as a whole
    int year = 0;        ///< 0 for the edition as a whole
    std::string message; ///< one English sentence, with both figures
};

/// Half of NATO's published precision of Table 3 (2 decimals): a share further than this from
/// 100 x Table 2 / Table 5 at constant prices is a breach.
inline constexpr double share_tolerance_pp = 0.005;

/// The findings for `e`, its `observations` (any order) and `allies` (accession years: NATO's
/// totals count an ally from the year it joined).
[[nodiscard]] std::vector<CheckFinding> check_edition(const Edition& e,
                                                      std::span<const Observation> observations,
                                                      std::span<const Ally> allies);

} // namespace hague::engine
