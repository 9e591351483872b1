#pragma once
/// A NATO edition: one annual publication of the defence expenditure tables.

#include <string>
#include <vector>

#include "hague/core/year.hpp"

namespace hague {

/// One edition (editions.csv). Every edition revises earlier years, so values are kept per edition.
struct Edition {
    std::string id;                   ///< "2026-07": year and month of publication
    std::string title;                ///< "Defence Expenditure of NATO Countries (2014-2026)"
    std::string published;            ///< publication date, ISO 8601
    Year first_year{2014};            ///< first year covered
    Year last_year{2014};             ///< last year covered
    std::vector<Year> estimate_years; ///< years NATO marks "e" (estimates) in this edition
    int constant_price_base = 0;      ///< base year of the constant-price tables
    std::string source;               ///< where the edition was read from
    std::string coverage;             ///< what of it is held
    /// "bundled" (shipped with hague) or "imported" (`hague import`; only these may be removed).
    std::string origin = "bundled";
    /// What the import noted: consistency warnings it was told to accept, one per line.
    std::string notes;

    /// True if year is in [first_year, last_year].
    [[nodiscard]] bool covers(Year year) const noexcept;
    /// True if NATO marks year as an estimate in this edition.
    [[nodiscard]] bool is_estimate_year(Year year) const noexcept;
};

} // namespace hague
