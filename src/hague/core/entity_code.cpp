#include "hague/core/entity_code.hpp"

#include <algorithm>
#include <cctype>

namespace hague {

std::optional<EntityCode> EntityCode::parse(std::string_view text) {
    std::string upper(text);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (upper == nato_total || upper == nato_europe_canada)
        return EntityCode(std::move(upper));
    const bool iso3 = upper.size() == 3 && std::all_of(upper.begin(), upper.end(),
                                                       [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!iso3)
        return std::nullopt;
    return EntityCode(std::move(upper));
}

bool EntityCode::is_aggregate() const noexcept {
    return code_ == nato_total || code_ == nato_europe_canada;
}

} // namespace hague
