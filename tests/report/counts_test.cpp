// A count over exactly one ally with a figure (an imported edition can have one) names that ally
// with its share instead of "1 of the 1 allies" (issue 10: counts over an empty or one-ally
// denominator). The status is built by hand: Germany 2.69% e (as 2026-07, Table 3), France and
// Iceland without a figure.
#include <gtest/gtest.h>

#include <algorithm>

#include "hague/i18n/catalog.hpp"
#include "hague/report/analytics_views.hpp"
#include "hague/report/charts.hpp"
#include "hague/report/views.hpp"

namespace hague::report {

namespace {

engine::Status one_reporting_ally() {
    engine::Status s;
    s.edition = "2026-07";
    s.year = Year(2026);
    s.thresholds = {2.0, 3.5, 20.0};
    engine::AllyStatus deu{*EntityCode::parse("DEU"),
                           engine::Figure{2.69, true, "Table 3"},
                           std::nullopt,
                           engine::Compliance::Met,
                           engine::Compliance::NotMet,
                           engine::Compliance::NoData,
                           std::nullopt,
                           std::nullopt};
    auto fra = deu;
    fra.ally = *EntityCode::parse("FRA");
    fra.share_gdp_pct.reset();
    fra.meets_spending = fra.meets_core = engine::Compliance::NoData;
    auto isl = fra;
    isl.ally = *EntityCode::parse("ISL");
    s.allies = {deu, fra, isl};
    s.summary.members = 3;
    s.summary.reporting = 1;
    s.summary.at_or_above_spending = 1;
    s.summary.estimates = 1;
    s.summary.without_share = {"FRA", "ISL"};
    s.summary.without_equipment = {"DEU", "FRA", "ISL"};
    return s;
}

Ally ally(const char* code, const char* name) {
    return Ally{*EntityCode::parse(code), name, Year(1949), std::nullopt, std::nullopt, "EUR"};
}

bool has_note(const Table& t, const std::string& text) {
    return std::find(t.notes.begin(), t.notes.end(), text) != t.notes.end();
}

} // namespace

TEST(counts, one_reporting_ally_is_named_not_counted) {
    const auto s = one_reporting_ally();
    Edition e;
    e.id = "2026-07";
    e.title = "Defence Expenditure of NATO Countries (2014-2026)";
    e.published = "2026-07-10";
    e.first_year = Year(2014);
    e.last_year = Year(2026);
    const std::vector<Ally> allies{ally("DEU", "Germany"), ally("FRA", "France"),
                                   ally("ISL", "Iceland")};
    const auto en = status_table(s, e, allies, i18n::Catalog(i18n::Language::En));
    EXPECT_TRUE(has_note(en, "Only one ally has a share of GDP in 2026 (2026-07 edition): Germany, "
                             "2.69% e; no figure for the others (France and Iceland)."))
        << en.notes.front();
    for (const auto& n : en.notes)
        EXPECT_EQ(n.find("of the 1 "), std::string::npos) << n;
    const auto de = status_table(s, e, allies, i18n::Catalog(i18n::Language::De));
    EXPECT_TRUE(has_note(de, "Nur ein Verbündeter hat einen Anteil am BIP für 2026 (Ausgabe "
                             "2026-07): Deutschland, 2,69\u00a0% e; keine Angabe für die übrigen "
                             "(Frankreich und Island)."))
        << de.notes.front();
    // The shares chart's subtitle.
    const std::map<std::string, std::string, std::less<>> names{
        {"DEU", "Germany"}, {"FRA", "France"}, {"ISL", "Iceland"}};
    EXPECT_EQ(shares_summary(s, i18n::Catalog(i18n::Language::En), names),
              "Only one ally has a figure: Germany, 2.69%; no figure for the others (France and "
              "Iceland).");
    // The fact sheet's threshold rows (no burden or gap figures: their rows are left out).
    engine::BurdenResult burden;
    engine::GapResult gap;
    const FactsInput in{&e, allies, &s, &burden, &gap, nullptr, nullptr};
    const auto facts = facts_table(in, i18n::Catalog(i18n::Language::En));
    ASSERT_GE(facts.rows.size(), 2u);
    EXPECT_EQ(facts.rows[0][0],
              "Allies at or above 2% of GDP (only one has a figure: Germany; none "
              "for the others: France and Iceland)");
    EXPECT_EQ(facts.rows[0][1], "DEU");
    EXPECT_EQ(facts.rows[1][0], "Allies at or above 3.5% (only one has a figure: Germany; none for "
                                "the others: France and Iceland)");
}

} // namespace hague::report
