#include <gtest/gtest.h>

#include "hague/report/table.hpp"
#include "hague/report/views.hpp"
#include "hague/report/words.hpp"

namespace hague::report {

TEST(table, aligns_columns_by_display_width_not_bytes) {
    Table t;
    t.columns = {{"Ally"}, {"Share", "%", Align::Right}};
    t.rows = {{"Türkiye", "2.85"}, {"Spain", "2.00"}};
    // "Türkiye" is 8 bytes but 7 columns wide; "Share" sets the second column's width.
    EXPECT_EQ(render_text(t), "Ally     Share\n"
                              "             %\n"
                              "--------------\n"
                              "Türkiye   2.85\n"
                              "Spain     2.00\n");
}

TEST(table, csv_quotes_only_what_needs_it_and_skips_separators) {
    Table t;
    t.columns = {{"a"}, {"b"}};
    t.rows = {{"x", "1, 2"}, {}, {"say \"hi\"", "3"}};
    EXPECT_EQ(render_csv(t), "a,b\nx,\"1, 2\"\n\"say \"\"hi\"\"\",3\n");
}

// Table numbers come from Words (ICU); in English they read as before.
TEST(table, formats_numbers_with_thousands_separators) {
    const i18n::Catalog english(i18n::Language::En);
    const Words w(english);
    EXPECT_EQ(w.num(1484129, 0), "1,484,129");
    EXPECT_EQ(w.num(633917.4, 1), "633,917.4");
    EXPECT_EQ(w.num(2.049, 2), "2.05");
    EXPECT_EQ(w.num(-1234.5, 1), "-1,234.5");
    EXPECT_EQ(w.num(999, 0), "999");
    EXPECT_EQ(w.num(-0.001, 2), "0.00"); // never "-0.00"
    EXPECT_EQ(w.signed_num(0.12, 2), "+0.12");
    EXPECT_EQ(w.marked(2.22, 2, true), "2.22 e");
    EXPECT_EQ(w.num_or_dash(std::nullopt, 2), "-");
}

TEST(table, exact_format_round_trips) {
    EXPECT_EQ(format_exact(3.49608027384535), "3.49608027384535");
    EXPECT_EQ(format_exact(2.0), "2");
}

TEST(table, parses_formats) {
    EXPECT_EQ(parse_format("json"), Format::Json);
    EXPECT_FALSE(parse_format("xml").has_value());
}

} // namespace hague::report

namespace hague::report {

// An edition that covers a year but publishes no share for it says so instead of "0 of 0".
TEST(status_view, a_year_with_no_data_says_so) {
    const Edition e{"2025-08",
                    "Defence Expenditure of NATO Countries (2014-2025)",
                    "2025-08-28",
                    Year(2014),
                    Year(2025),
                    {Year(2024), Year(2025)},
                    2021,
                    "pdf",
                    "partial",
                    Origin::Bundled,
                    ""};
    engine::Status s;
    s.edition = e.id;
    s.year = Year(2025);
    s.thresholds = {2.0, 3.5, 20.0};
    const auto text = render_text(status_view(s, e, {}, i18n::Catalog(i18n::Language::En)).table);
    EXPECT_NE(text.find("Edition 2025-08 has no share of GDP for any ally in 2025."),
              std::string::npos)
        << text;
}

} // namespace hague::report

namespace hague::report {

// Money in prose: three significant digits in words a reader of each language expects (DEU's gap
// to 3.5% in 2026, 44,193.438 m USD; the same amount in euros). Never "44,2 Mrd. $" or "44,2 mM
// US$".
TEST(words, money_reads_as_each_language_writes_it) {
    const double amount = 44'193.438e6;
    const std::pair<i18n::Language, const char*> usd[] = {
        {i18n::Language::En, "US$44.2 billion"},
        {i18n::Language::De, "44,2 Milliarden US-Dollar"},
        {i18n::Language::Nl, "44,2 miljard dollar"},
        {i18n::Language::Fr, "44,2\u00a0milliards de dollars"},
        {i18n::Language::Es, "44,2 mil millones de dólares"},
        {i18n::Language::Pt, "44,2 mil milhões de dólares"},
    };
    for (const auto& [l, expected] : usd)
        EXPECT_EQ(money_words(amount, "USD", i18n::Catalog(l)), expected) << i18n::code(l);
    EXPECT_EQ(money_words(amount, "EUR", i18n::Catalog(i18n::Language::Fr)),
              "44,2\u00a0milliards d’euros");
    EXPECT_EQ(money_words(amount, "EUR", i18n::Catalog(i18n::Language::En)), "€44.2 billion");
    // Under a billion the scale changes with the amount, in words: DNK's 50.4 m.
    EXPECT_EQ(money_words(50.4e6, "USD", i18n::Catalog(i18n::Language::De)),
              "50,4 Millionen US-Dollar");
}

// A list of allies is in the language's alphabetical order and joined as it writes a list.
TEST(words, allies_are_listed_by_name_in_the_language) {
    const std::map<std::string, std::string, std::less<>> de{
        {"ISL", "Island"}, {"DNK", "Dänemark"}, {"DEU", "Deutschland"}};
    EXPECT_EQ(name_list({"DNK", "DEU", "ISL"}, de, i18n::Catalog(i18n::Language::De)),
              "Dänemark, Deutschland und Island");
    const std::map<std::string, std::string, std::less<>> fr{
        {"USA", "États-Unis"}, {"EST", "Estonie"}, {"FIN", "Finlande"}};
    // É sorts with E (ICU collation), not after Z as its bytes would.
    EXPECT_EQ(name_list({"USA", "FIN", "EST"}, fr, i18n::Catalog(i18n::Language::Fr)),
              "Estonie, États-Unis et Finlande");
    EXPECT_EQ(name_list({"ISL"}, de, i18n::Catalog(i18n::Language::De)), "Island");
}

} // namespace hague::report

namespace hague::report {

// Every text table fits 100 columns: a column of words wraps at spaces (its header and unit too),
// and a table of many numbers is printed in blocks of columns, each repeating the first.
TEST(table, a_wide_table_wraps_its_words_to_fit_100_columns) {
    Table t;
    t.columns = {{"Ally"}, {"Note"}};
    t.rows = {{"DEU", std::string(60, 'x') + " " + std::string(30, 'y') + " zzzz"}};
    const auto out = render_text(t);
    EXPECT_EQ(out, "Ally  Note\n"
                   "----------------------------------------------------------------------------"
                   "------------------------\n"
                   "DEU   " +
                       std::string(60, 'x') + " " + std::string(30, 'y') + "\n      zzzz\n");
}

TEST(table, many_numeric_columns_are_printed_in_blocks_that_repeat_the_first) {
    Table t;
    t.columns.push_back({"Year"});
    for (int i = 0; i < 12; ++i)
        t.columns.push_back({"Column " + std::to_string(i), "unit", Align::Right});
    t.rows.push_back({"2026"});
    for (int i = 0; i < 12; ++i)
        t.rows.back().push_back("123,456.78");
    const auto out = render_text(t);
    // Each column is 10 wide (its values; "Column 11" wraps to two lines at most): 4 + 8 x 12 =
    // 100 fits the year and 8 columns, so two blocks: 8 columns and 4.
    std::size_t blocks = 0, pos = 0;
    while ((pos = out.find("\n2026 ", pos)) != std::string::npos) {
        ++blocks;
        ++pos;
    }
    EXPECT_EQ(blocks + (out.rfind("2026 ", 0) == 0 ? 1 : 0), 2u) << out;
    std::size_t start = 0;
    while (start < out.size()) {
        const auto end = out.find('\n', start);
        EXPECT_LE(display_width(out.substr(start, end - start)), max_table_width) << out;
        start = end + 1;
    }
}

} // namespace hague::report
