#pragma once
/// How numbers read exactly in CSV and JSON (tables for people use Words, words.hpp).

#include <optional>
#include <string>
#include <string_view>

namespace hague::report {

/// Marks an estimate in a table cell: "2.22 e".
inline constexpr std::string_view estimate_mark = " e";
/// A missing value in a table cell.
inline constexpr std::string_view no_data = "-";

/// Shortest text that reads back as value (machine formats; '.' decimals always).
[[nodiscard]] std::string format_exact(double value);
/// format_exact, or "" when absent (CSV).
[[nodiscard]] std::string exact_or_empty(const std::optional<double>& value);

} // namespace hague::report
