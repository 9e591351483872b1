#pragma once
/// Money as NATO's tables give it: an amount in millions, a currency, and a price basis.

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

/// An amount in millions of a currency at a price basis.
struct Money {
    double millions = 0;
    Currency currency = Currency::Usd;
    PriceBasis basis = PriceBasis::Current;
};

} // namespace hague
