#include "hague/report/words.hpp"

#include <cmath>

#include "hague/i18n/numbers.hpp"
#include "hague/report/format.hpp"

namespace hague::report {

std::string reason_text(const Reason& r, const i18n::Catalog& catalog) {
    using K = Reason::Kind;
    const std::int64_t year = r.year.value();
    const bool current = r.prices == PriceBasis::Current;
    switch (r.kind) {
    case K::Data:
        // English keeps the data's text whole (with any pointer to SOURCES.md); another language
        // has the reason's translation, where the data names one.
        return catalog.language() == i18n::Language::En || r.key.empty() ? r.text
                                                                         : catalog.text(r.key);
    case K::NoShare: return catalog.format("reason_no_share_year", {year});
    case K::NoGdp: return catalog.format("reason_no_gdp_year", {year});
    case K::NoRate: return catalog.format("reason_no_rate_year", {year});
    case K::FewGrowthYears: return catalog.text("reason_few_growth_years");
    case K::EditionNoShare:
        return catalog.format("reason_edition_no_share", {r.edition, r.ally, year});
    case K::EditionNoGdp:
        return catalog.format(current ? "reason_edition_no_gdp_current"
                                      : "reason_edition_no_gdp_constant",
                              {r.edition, r.ally, year});
    case K::EditionNoRate:
        return catalog.format(current ? "reason_edition_no_rate_current"
                                      : "reason_edition_no_rate_constant",
                              {r.edition, r.ally, year});
    case K::EditionNoEuroRate:
        return catalog.format(current ? "reason_edition_no_euro_rate_current"
                                      : "reason_edition_no_euro_rate_constant",
                              {r.edition, r.ally, year});
    }
    return r.text;
}

std::string reason_in_english(const Reason& r) {
    return reason_text(r, i18n::Catalog(i18n::Language::En));
}

std::string Words::num(double value, int decimals) const {
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0)
        value = 0; // no "-0.00"
    return i18n::format_number(value, decimals, language());
}

std::string Words::marked(double value, int decimals, bool estimate) const {
    return num(value, decimals) + (estimate ? std::string(estimate_mark) : "");
}

std::string Words::num_or_dash(const std::optional<double>& value, int decimals) const {
    return value ? num(*value, decimals) : std::string(no_data);
}

std::string Words::signed_num(double value, int decimals) const {
    const auto s = num(value, decimals);
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) > 0 ? "+" + s : s;
}

std::string Words::pct(double percent) const {
    return i18n::format_percent(percent, 2, language());
}

std::string Words::pct_compact(double percent) const {
    return i18n::format_percent_compact(percent, language());
}

std::string Words::yes_no(bool value) const {
    return t(value ? "yes" : "no");
}

std::string Words::date(std::string_view iso) const {
    return i18n::format_date(iso, language());
}

std::string money_words(double amount, std::string_view currency, const i18n::Catalog& catalog) {
    const auto l = catalog.language();
    if (std::abs(amount) < 1e6 || (currency != "USD" && currency != "EUR"))
        return std::abs(amount) < 1e6 ? i18n::format_money(amount, currency, 0, l)
                                      : i18n::format_money_compact(amount, currency, l);
    auto number = i18n::format_number_compact_long(amount, l);
    // French typography keeps a number with its word: "44,2 milliards" never breaks at the space.
    if (const auto space = number.find(' '); l == i18n::Language::Fr && space != std::string::npos)
        number.replace(space, 1, "\u00a0");
    return catalog.format(currency == "USD" ? "money_words_usd" : "money_words_eur", {number});
}

std::string code_list(const std::vector<std::string>& codes) {
    std::string out;
    for (const auto& c : codes)
        out += (out.empty() ? "" : ", ") + c;
    return out;
}

} // namespace hague::report
