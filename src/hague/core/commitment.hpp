#pragma once
/// A spending commitment: Alliance pledges (Wales, The Hague) and national targets.

#include <optional>
#include <string>

#include "hague/core/year.hpp"

namespace hague {

/// One row of commitments.csv or pledges.csv.
struct Commitment {
    std::string entity;      ///< "NATO" for Alliance pledges, else an ally's ISO3 code
    std::string kind;        ///< wales_spending, wales_equipment, hague_core, national_target, ...
    double target_pct = 0.0; ///< % of GDP (wales_equipment: % of defence expenditure)
    std::optional<Year> by_year; ///< year the target is due, if one was stated
    std::string announced;       ///< ISO date, or year-month
    std::string source;          ///< URL
    std::string note;            ///< what was said
};

/// Alliance pledge kinds the status table compares against.
namespace pledges {
inline constexpr std::string_view wales_spending = "wales_spending";
inline constexpr std::string_view wales_equipment = "wales_equipment";
inline constexpr std::string_view hague_core = "hague_core";
inline constexpr std::string_view hague_related = "hague_related";
inline constexpr std::string_view hague_total = "hague_total";
inline constexpr std::string_view hague_review = "hague_review";
} // namespace pledges

} // namespace hague
