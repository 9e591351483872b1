#include "hague/app/fields.hpp"

#include <string>

#include "hague/core/error.hpp"

namespace hague::app {

report::Format parse_format_field(std::string_view text) {
    const auto f = report::parse_format(text);
    HAGUE_CHECK_FIELD(f.has_value(), ErrorKind::InvalidInput, "format", "err_format_one_table_csv",
                      "{} '{}' is not one of table, csv, json", std::string(text));
    return *f;
}

ChartFormat parse_chart_format_field(std::string_view text) {
    for (const auto f : {ChartFormat::Svg, ChartFormat::Png, ChartFormat::Csv})
        if (text == to_string(f))
            return f;
    throw detail::field_error(ErrorKind::InvalidInput, "format", "err_chart_format",
                              "{} '{}' is not one of svg, png, csv", std::string(text));
}

Rounding parse_rounding_field(std::string_view text) {
    const auto r = parse_rounding(text);
    HAGUE_CHECK_FIELD(r.has_value(), ErrorKind::InvalidInput, "rounding", "err_rounding_one_raw_dp",
                      "{} '{}' is not one of raw, 2dp, 1dp", std::string(text));
    return *r;
}

Currency parse_currency_field(std::string_view text) {
    const auto c = parse_currency(text);
    HAGUE_CHECK_FIELD(c.has_value(), ErrorKind::InvalidInput, "currency",
                      "err_currency_one_usd_eur", "{} '{}' is not one of USD, EUR, NC",
                      std::string(text));
    return *c;
}

PriceBasis parse_prices_field(std::string_view text) {
    const auto p = parse_price_basis(text);
    HAGUE_CHECK_FIELD(p.has_value(), ErrorKind::InvalidInput, "prices",
                      "err_prices_one_current_constant", "{} '{}' is not one of current, constant",
                      std::string(text));
    return *p;
}

engine::PathTarget parse_target_field(std::string_view text) {
    HAGUE_CHECK_FIELD(text == "core" || text == "total", ErrorKind::InvalidInput, "target",
                      "err_target_one_core_total", "{} '{}' is not one of core (3.5%), total (5%)",
                      std::string(text));
    return text == "core" ? engine::PathTarget::Core : engine::PathTarget::Total;
}

engine::SpendingRule parse_rule_field(std::string_view text) {
    const auto rule = engine::parse_spending_rule(text);
    HAGUE_CHECK_FIELD(rule.has_value(), ErrorKind::InvalidInput, "rule",
                      "err_rule_one_share_budget", "{} '{}' is not one of execution, share, budget",
                      std::string(text));
    return *rule;
}

i18n::Language parse_lang_field(std::string_view text) {
    return i18n::language_option(text);
}

} // namespace hague::app
