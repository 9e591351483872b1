#pragma once
/// Reads a growth outlook (--outlook FILE.csv): iso3,year,real_growth_pct,inflation_pct.

#include <map>
#include <optional>
#include <string>
#include <utility>

namespace hague::io {

/// One ally-year of the outlook; an empty cell leaves the default in place.
struct OutlookRow {
    std::optional<double> real_growth_pct;
    std::optional<double> inflation_pct;
    std::size_t line = 0; ///< line in the file, for messages
};

/// Maximum size of an outlook file, in bytes.
inline constexpr std::size_t max_outlook_bytes = 1024 * 1024;

/// Parses the text; the growth column may also be named real_gdp_growth_pct (the form of
/// data/nato/gdp_outlook.csv), and other columns are ignored. InvalidInput names line and value.
[[nodiscard]] std::map<std::pair<std::string, int>, OutlookRow>
parse_outlook(std::string_view text, const std::string& name);

/// Reads and parses the file; Io if it cannot be read.
[[nodiscard]] std::map<std::pair<std::string, int>, OutlookRow>
read_outlook_file(const std::string& path);

} // namespace hague::io
