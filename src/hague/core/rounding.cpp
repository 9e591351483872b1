#include "hague/core/rounding.hpp"

#include <cmath>
#include <limits>

#include "hague/core/decimal.hpp"

namespace hague {

std::string_view to_string(Rounding rounding) {
    switch (rounding) {
    case Rounding::Raw: return "raw";
    case Rounding::TwoDp: return "2dp";
    case Rounding::OneDp: return "1dp";
    }
    return "2dp";
}

std::optional<Rounding> parse_rounding(std::string_view text) {
    for (auto r : {Rounding::Raw, Rounding::TwoDp, Rounding::OneDp})
        if (text == to_string(r))
            return r;
    return std::nullopt;
}

double apply(Rounding rounding, double value) {
    switch (rounding) {
    case Rounding::Raw: return value;
    case Rounding::TwoDp: return round_decimal(value, 2);
    case Rounding::OneDp: return round_decimal(value, 1);
    }
    return value;
}

double rounding_cutoff(Rounding rounding, double threshold) {
    if (rounding == Rounding::Raw || !std::isfinite(threshold))
        return threshold;
    const double half = rounding == Rounding::TwoDp ? 0.005 : 0.05;
    constexpr double up = std::numeric_limits<double>::infinity();
    double x = threshold - half; // within a few ulps of the answer: rounding is monotonic
    while (apply(rounding, x) < threshold)
        x = std::nextafter(x, up);
    while (apply(rounding, std::nextafter(x, -up)) >= threshold)
        x = std::nextafter(x, -up);
    return x;
}

} // namespace hague
