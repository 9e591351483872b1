#pragma once
/// Numbers as a reader of each language expects them (ICU): 2,05 % in German, 2.05% in English.

#include <string>

#include "hague/i18n/language.hpp"

namespace hague::i18n {

/// value with exactly `decimals` decimals and the language's grouping ("1.484.129" in German).
[[nodiscard]] std::string format_number(double value, int decimals, Language l);
/// A percentage given in percent (2.05 for 2.05%), with the language's sign and spacing.
[[nodiscard]] std::string format_percent(double percent, int decimals, Language l);
/// A percentage with as few decimals as it needs, at most two: "2%", "3.5%", "2 %" in German.
[[nodiscard]] std::string format_percent_compact(double percent, Language l);
/// An amount in a currency (ISO 4217 code), with the language's symbol and placement.
[[nodiscard]] std::string format_money(double amount, std::string_view currency, int decimals,
                                       Language l);

/// An amount in a currency in the language's short compact form, three significant digits at
/// most: "$44.2B" in English, "44,2 Mrd. $" in German. For chart labels.
[[nodiscard]] std::string format_money_compact(double amount, std::string_view currency,
                                               Language l);

/// A number in the language's long compact form, three significant digits at most: "44.2
/// billion", "44,2 Milliarden", "44,2 mil millones". For money in prose (money_words).
[[nodiscard]] std::string format_number_compact_long(double value, Language l);

/// An ISO 8601 date ("2026-07-10") or month ("2025-06") as the language writes it: "10 July 2026",
/// "10. Juli 2026", "juin 2025". Text that is neither is returned unchanged.
[[nodiscard]] std::string format_date(std::string_view iso, Language l);

} // namespace hague::i18n
