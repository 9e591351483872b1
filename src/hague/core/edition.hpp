#pragma once
/// A NATO edition: one annual publication of the defence expenditure tables.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hague/core/year.hpp"

namespace hague {

/// Where a stored edition (or SIPRI row) came from: the data bundled in the binary, or an import.
enum class Origin { Bundled, Imported };
/// "bundled" or "imported": as the database and the JSON write it.
[[nodiscard]] constexpr std::string_view to_string(Origin o) {
    return o == Origin::Imported ? "imported" : "bundled";
}
/// The origin called `text`, or nullopt.
[[nodiscard]] constexpr std::optional<Origin> parse_origin(std::string_view text) {
    if (text == "bundled")
        return Origin::Bundled;
    if (text == "imported")
        return Origin::Imported;
    return std::nullopt;
}

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
    /// Shipped with hague, or imported (`hague import`; only these may be removed).
    Origin origin = Origin::Bundled;
    /// What the import noted: consistency warnings it was told to accept, one per line.
    std::string notes;

    /// True if year is in [first_year, last_year].
    [[nodiscard]] bool covers(Year year) const noexcept;
    /// True if NATO marks year as an estimate in this edition.
    [[nodiscard]] bool is_estimate_year(Year year) const noexcept;
};

} // namespace hague
