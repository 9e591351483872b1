#include "hague/report/format.hpp"

#include <fmt/format.h>

namespace hague::report {

std::string format_exact(double value) {
    return fmt::format("{}", value);
}

std::string exact_or_empty(const std::optional<double>& value) {
    return value ? format_exact(*value) : std::string{};
}

} // namespace hague::report
