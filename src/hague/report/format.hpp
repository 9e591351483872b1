#pragma once
/// How numbers read: in tables for people, and exactly in CSV and JSON.

#include <optional>
#include <string>
#include <string_view>

namespace hague::report {

/// Marks an estimate in a table cell: "2.22 e".
inline constexpr std::string_view estimate_mark = " e";
/// A missing value in a table cell.
inline constexpr std::string_view no_data = "-";

/// A value as fixed-point text with `decimals` places and ',' between thousands ("12,345.6").
[[nodiscard]] std::string format_number(double value, int decimals);
/// Shortest text that reads back as value (machine formats; '.' decimals always).
[[nodiscard]] std::string format_exact(double value);
/// format_number, with the estimate mark when estimate.
[[nodiscard]] std::string marked(double value, int decimals, bool estimate);
/// format_number, or no_data when absent.
[[nodiscard]] std::string number_or_dash(const std::optional<double>& value, int decimals);
/// format_exact, or "" when absent (CSV).
[[nodiscard]] std::string exact_or_empty(const std::optional<double>& value);
/// Points with a sign: "+0.12", "-0.35".
[[nodiscard]] std::string signed_number(double value, int decimals);

} // namespace hague::report
