#pragma once
/// Which value is compared with a threshold such as 2% of GDP.

#include <optional>
#include <string_view>

namespace hague {

/// Rule for comparing a published share with a threshold. NATO publishes shares to two decimals,
/// and a share printed as 2.00 is counted as meeting 2%; TwoDp reproduces that count.
enum class Rounding {
    Raw,   ///< the value as stored, at full precision
    TwoDp, ///< the value rounded half away from zero to 2 decimals (the published figure; default)
    OneDp, ///< the value rounded half away from zero to 1 decimal (as news reports often print it)
};

/// Name used on the command line and in JSON: "raw", "2dp", "1dp".
[[nodiscard]] std::string_view to_string(Rounding rounding);
/// Parses "raw", "2dp" or "1dp"; nullopt for anything else.
[[nodiscard]] std::optional<Rounding> parse_rounding(std::string_view text);
/// The value the rule compares: value itself, or value rounded by round_decimal.
[[nodiscard]] double apply(Rounding rounding, double value);
/// The least double x with apply(rounding, x) >= threshold: comparing x >= cutoff is comparing
/// the rounded value, at the cost of one comparison (the Monte Carlo's hot loop). For 3.5 at two
/// decimals it is 3.495, which rounds to 3.50; for a raw comparison, the threshold itself.
[[nodiscard]] double rounding_cutoff(Rounding rounding, double threshold);

} // namespace hague
