#pragma once
/// An ally: code, name, and the years it belonged to NATO and to the EU.

#include <optional>
#include <string>

#include "hague/core/entity_code.hpp"
#include "hague/core/year.hpp"

namespace hague {

/// One of the 32 allies (allies.csv).
struct Ally {
    EntityCode code;               ///< ISO3 code
    std::string name_en;           ///< NATO's English name (Czechia, Türkiye, ...)
    Year nato_joined;              ///< year of NATO accession; a member from that year on
    std::optional<Year> eu_joined; ///< year of EU accession, if ever
    std::optional<Year> eu_left;   ///< year it left the EU (GBR: 2020), if it did
    std::string currency;          ///< ISO 4217 code of its national currency (2025)

    /// Member of NATO in `year`: nato_joined <= year (NATO's aggregates count an ally from its
    /// accession year: Finland from 2023, Sweden from 2024).
    [[nodiscard]] bool nato_member_in(Year year) const noexcept;
    /// Member of the EU in `year`: eu_joined <= year < eu_left (the UK until 2019).
    [[nodiscard]] bool eu_member_in(Year year) const noexcept;
};

} // namespace hague
