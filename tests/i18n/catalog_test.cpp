#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "hague/core/error.hpp"
#include "hague/i18n/catalog.hpp"
#include "hague/i18n/language.hpp"
#include "hague/i18n/names.hpp"
#include "hague/i18n/numbers.hpp"

namespace hague::i18n {

namespace {
std::set<std::string> keys_of(std::string_view locale) {
    const auto v = catalog_keys(locale);
    return {v.begin(), v.end()};
}

// Messages that are rightly the same as in English, by language: proper names and words the
// languages share. Anything else equal to English is an untranslated message.
const std::map<std::string, std::set<std::string>> same_as_english = {
    {"nl",
     {"col_at_least", "missing_line", "commitment_cell_standing", "col_indicator", "col_eu_in",
      "col_extra_in", "unit_in_year", "constant_prices_of", "err_file_line", "web_scenario",
      "trend_plan_point", "diff_in_unit"}},
    {"de",
     {"col_at_least", "missing_line", "alliance_name", "col_name", "commitment_cell_standing",
      "col_problem", "nato_edition", "err_file_line", "diff_in_unit"}},
    {"fr",
     {"col_at_least", "col_probability", "col_source", "currency_eur", "ind_personnel_share_pct",
      "web_currency_eur", "web_nav_pages"}},
    {"es",
     {"col_at_least", "missing_line", "no", "commitment_cell_standing", "currency_eur",
      "err_file_line", "web_currency_eur"}},
    {"pt",
     {"col_at_least", "missing_line", "commitment_cell_standing", "currency_eur", "err_file_line",
      "web_currency_eur"}},
};
} // namespace

// English is the root; every other language defines every key of the root, and no other.
TEST(catalog, every_language_has_exactly_the_english_keys) {
    const auto english = keys_of("root");
    ASSERT_GE(english.size(), 10u);
    EXPECT_TRUE(keys_of("en").empty()); // en inherits the root
    for (const char* lang : {"nl", "de", "fr", "es", "pt"}) {
        const auto own = keys_of(lang);
        for (const auto& k : english)
            EXPECT_TRUE(own.count(k)) << lang << " lacks '" << k << "'";
        for (const auto& k : own)
            EXPECT_TRUE(english.count(k)) << lang << " has '" << k << "', which English lacks";
    }
}

TEST(catalog, no_translation_is_left_in_english) {
    for (const auto& [lang, allowed] : same_as_english) {
        for (const auto& k : keys_of("root")) {
            if (allowed.count(k))
                continue;
            EXPECT_NE(own_text(lang, k), own_text("root", k))
                << lang << " '" << k << "' is still English";
        }
    }
}

// French sets a no-break space before : ; ? ! and inside guillemets, so that a line never breaks
// between a word and its mark; an ordinary space there is a typo a French reader sees at once.
TEST(catalog, french_marks_follow_a_no_break_space) {
    for (const auto& k : keys_of("fr")) {
        const auto text = own_text("fr", k);
        for (std::string_view mark : {" :", " ;", " ?", " !", " \u00bb", "\u00ab "})
            EXPECT_EQ(text.find(mark), std::string::npos)
                << "fr '" << k << "' has an ordinary space at '" << mark << "': " << text;
    }
}

TEST(catalog, formats_numbers_and_years_inside_messages) {
    const Catalog de(Language::De);
    EXPECT_EQ(
        de.format("summary_at_or_above",
                  {std::int64_t{17}, std::int64_t{31}, format_percent(2, 0, Language::De),
                   std::int64_t{2024}, std::string("2026-07")}),
        "17 von 31 Verbündeten mit mindestens 2\u00a0% des BIP im Jahr 2024 (Ausgabe 2026-07).");
    EXPECT_EQ(Catalog(Language::En).text("alliance_name"), "NATO");
    EXPECT_EQ(Catalog(Language::Fr).text("alliance_name"), "OTAN");
    EXPECT_EQ(Catalog(Language::Nl).text("alliance_name"), "NAVO");
}

TEST(numbers, percent_follows_the_language) {
    EXPECT_EQ(format_percent(2.05, 2, Language::En), "2.05%");
    EXPECT_EQ(format_percent(2.05, 2, Language::De), "2,05\u00a0%");
    EXPECT_EQ(format_percent(2.05, 2, Language::Fr), "2,05\u00a0%");
    EXPECT_EQ(format_percent(2.05, 2, Language::Nl), "2,05%");
}

TEST(numbers, grouping_and_currency_follow_the_language) {
    EXPECT_EQ(format_number(1484129, 0, Language::En), "1,484,129");
    EXPECT_EQ(format_number(1484129, 0, Language::De), "1.484.129");
    EXPECT_EQ(format_number(1484129, 0, Language::Fr), "1\u202f484\u202f129");
    EXPECT_EQ(format_money(44193.438, "EUR", 0, Language::De), "44.193\u00a0€");
    // British English marks the US dollar as US$ (hague writes en_GB).
    EXPECT_EQ(format_money(44193.438, "USD", 0, Language::En), "US$44,193");
    EXPECT_EQ(format_money(29739.47, "GBP", 0, Language::En), "£29,739");
}

// Chart labels: three significant digits at most, in the language's short compact form.
// DEU 2026 gap to 3.5% = 0.81 x 5,455,980 m = 44,193.438 m USD (tests/engine/gap_test.cpp).
TEST(numbers, compact_money_for_chart_labels) {
    EXPECT_EQ(format_money_compact(44193.438e6, "USD", Language::En), "US$44.2B");
    EXPECT_EQ(format_money_compact(44193.438e6, "USD", Language::De), "44,2 Mrd. $");
    EXPECT_EQ(format_money_compact(305e6, "USD", Language::En), "US$305M");
}

// Dates as each language writes them; anything that is not an ISO date comes back unchanged.
TEST(dates, iso_dates_in_each_language) {
    EXPECT_EQ(format_date("2026-07-10", Language::En), "10 July 2026");
    EXPECT_EQ(format_date("2026-07-10", Language::De), "10. Juli 2026");
    EXPECT_EQ(format_date("2026-07-10", Language::Fr), "10 juillet 2026");
    EXPECT_EQ(format_date("2026-07-10", Language::Nl), "10 juli 2026");
    EXPECT_EQ(format_date("2026-07-10", Language::Es), "10 de julio de 2026");
    EXPECT_EQ(format_date("2026-07-10", Language::Pt), "10 de julho de 2026");
    EXPECT_EQ(format_date("2025-06", Language::De), "Juni 2025");
    EXPECT_EQ(format_date("2025-13-01", Language::En), "2025-13-01");
    EXPECT_EQ(format_date("soon", Language::En), "soon");
}

TEST(names, allies_in_each_language_from_icu) {
    EXPECT_EQ(ally_name("DEU", Language::De), "Deutschland");
    EXPECT_EQ(ally_name("DEU", Language::Fr), "Allemagne");
    EXPECT_EQ(ally_name("DEU", Language::Nl), "Duitsland");
    EXPECT_EQ(ally_name("DEU", Language::Es), "Alemania");
    EXPECT_EQ(ally_name("DEU", Language::Pt), "Alemanha");
    EXPECT_EQ(ally_name("MKD", Language::De), "Nordmazedonien");
    EXPECT_EQ(ally_name("XKX", Language::En), "XKX"); // unknown to ICU: the code itself
}

// English names every ally as NATO does (data/nato/allies.csv): "Slovak Republic" and "Türkiye",
// not ICU's "Slovakia" and "Turkey", in every note, chart and report.
TEST(names, english_names_are_natos_for_every_ally) {
    std::ifstream in(HAGUE_DATA "/nato/allies.csv");
    ASSERT_TRUE(in) << HAGUE_DATA "/nato/allies.csv";
    std::string line;
    std::getline(in, line); // iso3,name_en,...
    int allies = 0;
    while (std::getline(in, line)) {
        const auto comma = line.find(',');
        const auto code = line.substr(0, comma);
        const auto name = line.substr(comma + 1, line.find(',', comma + 1) - comma - 1);
        EXPECT_EQ(ally_name(code, Language::En), name) << code;
        ++allies;
    }
    EXPECT_EQ(allies, 32);
    EXPECT_EQ(ally_name("SVK", Language::De), "Slowakei"); // other languages keep ICU's names
}

TEST(language, from_option_and_environment) {
    EXPECT_EQ(language_option("de"), Language::De);
    EXPECT_EQ(language_option("pt-BR"), Language::Pt);
    try {
        (void)language_option("it");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_STREQ(e.what(), "lang 'it' is not one of en, nl, de, fr, es, pt");
        EXPECT_EQ(e.field(), "lang");
    }
    EXPECT_EQ(language_from_environment({}, {}, "nl_NL.UTF-8"), Language::Nl);
    EXPECT_EQ(language_from_environment("fr_FR.UTF-8", "de_DE", "nl_NL"), Language::Fr);
    EXPECT_EQ(language_from_environment("", "es_ES", {}), Language::Es);
    EXPECT_EQ(language_from_environment({}, {}, "C.UTF-8"), Language::En);
    EXPECT_EQ(language_from_environment({}, {}, {}), Language::En);
}

} // namespace hague::i18n

namespace hague::i18n {

// The library names the field; each front end spells it: the command line as its flag, a query
// string as the parameter. args()[0] is the field, then the message's own arguments.
TEST(errors, name_the_field_and_each_front_end_spells_it) {
    const auto e =
        detail::field_error(ErrorKind::InvalidInput, "min_change", "err_min_change_negative_more",
                            "{} {} is negative (expected 0 or more, in the indicator's "
                            "unit)",
                            -1.5);
    EXPECT_EQ(e.field(), "min_change");
    EXPECT_EQ(e.args(), (std::vector<std::string>{"min_change", "-1.5"}));
    EXPECT_STREQ(e.what(),
                 "min_change -1.5 is negative (expected 0 or more, in the indicator's unit)");
    const FieldSpelling cli = [](std::string_view f) {
        return f == "min_change" ? std::string("--min-change") : std::string(f);
    };
    const FieldSpelling query = [](std::string_view f) { return std::string(f); };
    EXPECT_EQ(error_message(e, Language::En, cli),
              "--min-change -1.5 is negative (expected 0 or more, in the indicator's unit)");
    EXPECT_EQ(error_message(e, Language::De, query).rfind("min_change -1.5 ", 0), 0u)
        << error_message(e, Language::De, query);
    EXPECT_EQ(error_message(e, Language::Fr, cli).rfind("--min-change -1.5 ", 0), 0u)
        << error_message(e, Language::Fr, cli);
}

} // namespace hague::i18n
