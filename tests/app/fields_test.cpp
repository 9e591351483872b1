// The fields every front end parses from text: each bad value names its field and the valid ones.
#include <gtest/gtest.h>

#include "hague/app/fields.hpp"
#include "hague/core/error.hpp"

namespace hague::app {

namespace {

/// "field: message" of the Error f throws.
template <typename F> std::string field_error(F&& f) {
    try {
        (void)f();
    } catch (const Error& e) {
        return e.field() + ": " + e.what();
    }
    return "no error";
}

} // namespace

TEST(fields, parse_the_valid_spellings) {
    EXPECT_EQ(parse_format_field("json"), report::Format::Json);
    EXPECT_EQ(parse_rounding_field("raw"), Rounding::Raw);
    EXPECT_EQ(parse_currency_field("EUR"), Currency::Eur);
    EXPECT_EQ(parse_prices_field("constant"), PriceBasis::Constant);
    EXPECT_EQ(parse_target_field("total"), engine::PathTarget::Total);
    EXPECT_EQ(parse_rule_field("budget"), engine::SpendingRule::Budget);
    EXPECT_EQ(parse_lang_field("pt-BR"), i18n::Language::Pt);
}

TEST(fields, a_bad_value_names_its_field_and_the_valid_ones) {
    EXPECT_EQ(field_error([] { return parse_format_field("xml"); }),
              "format: format 'xml' is not one of table, csv, json");
    EXPECT_EQ(field_error([] { return parse_rounding_field("3dp"); }),
              "rounding: rounding '3dp' is not one of raw, 2dp, 1dp");
    EXPECT_EQ(field_error([] { return parse_currency_field("GBP"); }),
              "currency: currency 'GBP' is not one of USD, EUR, NC");
    EXPECT_EQ(field_error([] { return parse_prices_field("real"); }),
              "prices: prices 'real' is not one of current, constant");
    EXPECT_EQ(field_error([] { return parse_target_field("3.5"); }),
              "target: target '3.5' is not one of core (3.5%), total (5%)");
    EXPECT_EQ(field_error([] { return parse_rule_field("fixed"); }),
              "rule: rule 'fixed' is not one of execution, share, budget");
    EXPECT_EQ(field_error([] { return parse_lang_field("it"); }),
              "lang: lang 'it' is not one of en, nl, de, fr, es, pt");
}

} // namespace hague::app
