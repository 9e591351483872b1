#include "hague/core/money.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace hague {

std::string_view to_string(Currency c) {
    switch (c) {
    case Currency::Usd: return "USD";
    case Currency::Eur: return "EUR";
    case Currency::Nc: return "NC";
    }
    return "USD";
}

std::optional<Currency> parse_currency(std::string_view text) {
    std::string upper(text);
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    for (auto c : {Currency::Usd, Currency::Eur, Currency::Nc})
        if (upper == to_string(c))
            return c;
    return std::nullopt;
}

std::string_view to_string(PriceBasis p) {
    return p == PriceBasis::Current ? "current" : "constant";
}

std::optional<PriceBasis> parse_price_basis(std::string_view text) {
    for (auto p : {PriceBasis::Current, PriceBasis::Constant})
        if (text == to_string(p))
            return p;
    return std::nullopt;
}

} // namespace hague
