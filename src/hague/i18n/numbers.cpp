#include "hague/i18n/numbers.hpp"

#include <unicode/numberformatter.h>

#include "hague/core/error.hpp"

namespace hague::i18n {

namespace {

icu::Locale locale_of(Language l) { return icu::Locale(icu_locale(l)); }

std::string finish(const icu::number::LocalizedNumberFormatter& f, double value) {
    UErrorCode status = U_ZERO_ERROR;
    const auto formatted = f.formatDouble(value, status);
    std::string out;
    if (U_SUCCESS(status))
        formatted.toString(status).toUTF8String(out);
    HAGUE_REQUIRE(U_SUCCESS(status), ErrorKind::Internal, "cannot format {}: {}", value,
                  u_errorName(status));
    return out;
}

} // namespace

std::string format_number(double value, int decimals, Language l) {
    using namespace icu::number;
    return finish(NumberFormatter::withLocale(locale_of(l))
                      .precision(Precision::fixedFraction(decimals)),
                  value);
}

std::string format_percent(double percent, int decimals, Language l) {
    using namespace icu::number;
    return finish(NumberFormatter::withLocale(locale_of(l))
                      .unit(icu::NoUnit::percent())
                      .precision(Precision::fixedFraction(decimals)),
                  percent);
}

std::string format_percent_compact(double percent, Language l) {
    using namespace icu::number;
    return finish(NumberFormatter::withLocale(locale_of(l))
                      .unit(icu::NoUnit::percent())
                      .precision(Precision::maxFraction(2)),
                  percent);
}

namespace {

icu::CurrencyUnit currency_unit(std::string_view currency) {
    UErrorCode status = U_ZERO_ERROR;
    icu::CurrencyUnit unit(icu::StringPiece(currency.data(), static_cast<int32_t>(currency.size())),
                           status);
    HAGUE_REQUIRE(U_SUCCESS(status), ErrorKind::InvalidInput,
                  "'{}' is not an ISO 4217 currency code", currency);
    return unit;
}

} // namespace

std::string format_money(double amount, std::string_view currency, int decimals, Language l) {
    using namespace icu::number;
    return finish(NumberFormatter::withLocale(locale_of(l))
                      .unit(currency_unit(currency))
                      .precision(Precision::fixedFraction(decimals)),
                  amount);
}

std::string format_money_compact(double amount, std::string_view currency, Language l) {
    using namespace icu::number;
    return finish(NumberFormatter::withLocale(locale_of(l))
                      .notation(Notation::compactShort())
                      .unit(currency_unit(currency))
                      .precision(Precision::maxSignificantDigits(3)),
                  amount);
}

} // namespace hague::i18n
