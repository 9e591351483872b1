#pragma once
/// The consistency of an edition's figures with each other, checked before an import stores it:
/// Table 3's shares against Tables 2 and 5, NATO's totals against the sum of the allies, and
/// estimate years at the end. Each breach is a finding; the import refuses an edition with any,
/// or stores it with the findings as its notes when told to accept them.

#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/dataset.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/indicator.hpp"
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

/// The values an indicator can take, from its unit: a share of GDP or of defence expenditure
/// 0-100; a real change ("%") -100 to 1,000; money, GDP, people and per-capita figures 0 or more.
struct Domain {
    double low = 0, high = 0;
};
/// The largest amount any figure may be (money in millions, GDP in billions, people, ...).
inline constexpr double max_amount = 1e12;
[[nodiscard]] Domain indicator_domain(const Indicator& indicator);

/// What is impossible in an edition as stored, one English line each, at most `limit` lines
/// (then a count): a year outside its range or the edition's own years, an estimate year outside
/// them, an indicator the reference data does not know, a value that is not finite or outside its
/// indicator's domain. A database is read through this before any figure is used.
[[nodiscard]] std::vector<std::string> impossible_values(const Edition& e,
                                                         std::span<const Observation> observations,
                                                         std::span<const Indicator> indicators,
                                                         std::size_t limit = 20);

/// What is impossible in the reference data as stored, one English line each, at most `limit`:
/// an edition whose publication date is not a date or whose constant-price base is not a year; a
/// commitment outside 0-100%; a SIPRI figure that is not finite, negative, or a share above 100%;
/// an ally without a currency code. Read through this before any figure is used.
[[nodiscard]] std::vector<std::string> impossible_reference(const ReferenceData& reference,
                                                            std::size_t limit = 20);

} // namespace hague::engine
