#include "hague/core/decimal.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <string>

#include "hague/core/error.hpp"

namespace hague {

double round_decimal(double value, int decimals) {
    HAGUE_REQUIRE(decimals >= 0 && decimals <= 15, ErrorKind::Internal,
                  "round_decimal: decimals {} outside 0..15", decimals);
    if (!std::isfinite(value) || value == 0.0)
        return value;
    // Shortest round-trip digits in fixed notation: exactly the decimal the data file holds.
    std::array<char, 400> buf{};
    auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), std::fabs(value),
                                   std::chars_format::fixed);
    HAGUE_REQUIRE(ec == std::errc{}, ErrorKind::Internal, "round_decimal: cannot format {}", value);
    const std::string text(buf.data(), end);
    const auto dot = text.find('.');
    const std::string int_part = dot == std::string::npos ? text : text.substr(0, dot);
    const std::string frac = dot == std::string::npos ? std::string{} : text.substr(dot + 1);
    if (frac.size() <= static_cast<std::size_t>(decimals))
        return value;

    // Digits of the magnitude scaled by 10^decimals, truncated; then add one if the next digit
    // >= 5.
    std::string digits = int_part + frac.substr(0, static_cast<std::size_t>(decimals));
    if (frac[static_cast<std::size_t>(decimals)] >= '5') {
        auto i = digits.size();
        while (i > 0) {
            --i;
            if (digits[i] == '9') {
                digits[i] = '0';
            } else {
                ++digits[i];
                break;
            }
            if (i == 0)
                digits.insert(digits.begin(), '1');
        }
    }
    const auto int_len = digits.size() - static_cast<std::size_t>(decimals);
    const std::string rounded = digits.substr(0, int_len) + "." + digits.substr(int_len);
    double magnitude = 0.0;
    std::from_chars(rounded.data(), rounded.data() + rounded.size(), magnitude);
    return value < 0 ? -magnitude : magnitude;
}

} // namespace hague
