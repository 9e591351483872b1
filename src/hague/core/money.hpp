#pragma once
/// The currency and the price basis of money in NATO's tables.

#include <optional>
#include <string_view>

namespace hague {

/// Currency of an amount: US dollars, euros, or the ally's national currency (allies.csv).
enum class Currency { Usd, Eur, Nc };

/// Current prices and exchange rates, or the edition's constant prices (2015 or 2021).
enum class PriceBasis { Current, Constant };

/// "USD", "EUR", "NC"; parse accepts any case.
[[nodiscard]] std::string_view to_string(Currency c);
[[nodiscard]] std::optional<Currency> parse_currency(std::string_view text);
/// "current", "constant".
[[nodiscard]] std::string_view to_string(PriceBasis p);
[[nodiscard]] std::optional<PriceBasis> parse_price_basis(std::string_view text);

} // namespace hague
