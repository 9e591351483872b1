#include "hague/core/missing_reason.hpp"

namespace hague {

namespace {
bool matches_field(const std::string& pattern, std::string_view value) {
    return pattern == "*" || pattern == value;
}
} // namespace

bool MissingReason::matches(const EntityCode& e, std::string_view edition_id,
                            std::string_view indicator_name, Year y) const {
    return matches_field(entity, e.str()) && matches_field(edition, edition_id) &&
           matches_field(indicator, indicator_name) &&
           matches_field(year, fmt::format("{}", y.value()));
}

const MissingReason* match_missing_reason(std::span<const MissingReason> reasons,
                                          const EntityCode& entity, std::string_view edition,
                                          std::string_view indicator, Year year) {
    for (const auto& r : reasons)
        if (r.matches(entity, edition, indicator, year))
            return &r;
    return nullptr;
}

std::optional<std::string> find_missing_reason(std::span<const MissingReason> reasons,
                                               const EntityCode& entity, std::string_view edition,
                                               std::string_view indicator, Year year) {
    const auto* r = match_missing_reason(reasons, entity, edition, indicator, year);
    return r ? std::optional<std::string>(r->reason) : std::nullopt;
}

} // namespace hague
