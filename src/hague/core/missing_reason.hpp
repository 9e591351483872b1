#pragma once
/// Why a value is missing, where the reason is known.

#include <optional>
#include <span>
#include <string>

#include "hague/core/entity_code.hpp"
#include "hague/core/year.hpp"

namespace hague {

/// One row of missing.csv; "*" in entity, edition, indicator or year matches anything.
struct MissingReason {
    std::string entity;
    std::string edition;
    std::string indicator;
    std::string year;
    std::string key;    ///< message key of the reason in the catalogs (data/i18n), e.g.
                        ///< missing_no_armed_forces
    std::string reason; ///< the reason in English, as the data states it

    [[nodiscard]] bool matches(const EntityCode& e, std::string_view edition_id,
                               std::string_view indicator_name, Year y) const;
};

/// The first reason in `reasons` (ordered most specific first) that matches; nullptr if none.
[[nodiscard]] const MissingReason* match_missing_reason(std::span<const MissingReason> reasons,
                                                        const EntityCode& entity,
                                                        std::string_view edition,
                                                        std::string_view indicator, Year year);

/// The text of match_missing_reason; nullopt if none matches.
[[nodiscard]] std::optional<std::string> find_missing_reason(std::span<const MissingReason> reasons,
                                                             const EntityCode& entity,
                                                             std::string_view edition,
                                                             std::string_view indicator, Year year);

} // namespace hague
