#include "hague/core/year.hpp"

#include <charconv>

namespace hague {

std::optional<Year> Year::parse(std::string_view text) {
    int value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || text.size() != 4 || value < min_value ||
        value > max_value)
        return std::nullopt;
    return Year(value);
}

} // namespace hague
