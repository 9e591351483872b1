#include "hague/report/format.hpp"

#include <cmath>

#include <fmt/format.h>

namespace hague::report {

std::string format_number(double value, int decimals) {
    auto text = fmt::format("{:.{}f}", std::fabs(value), decimals);
    const auto dot = text.find('.');
    auto int_end = dot == std::string::npos ? text.size() : dot;
    for (auto i = int_end; i > 3; i -= 3)
        text.insert(i - 3, ",");
    const bool negative = value < 0 && text.find_first_not_of("0.,") != std::string::npos;
    return negative ? "-" + text : text;
}

std::string format_exact(double value) { return fmt::format("{}", value); }

std::string marked(double value, int decimals, bool estimate) {
    auto s = format_number(value, decimals);
    if (estimate)
        s += estimate_mark;
    return s;
}

std::string number_or_dash(const std::optional<double>& value, int decimals) {
    return value ? format_number(*value, decimals) : std::string(no_data);
}

std::string exact_or_empty(const std::optional<double>& value) {
    return value ? format_exact(*value) : std::string{};
}

std::string signed_number(double value, int decimals) {
    const auto s = format_number(value, decimals);
    return value > 0 && s.find_first_not_of("0.,") != std::string::npos ? "+" + s : s;
}

} // namespace hague::report
