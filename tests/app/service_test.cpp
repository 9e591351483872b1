// The facade on the real bundled data. Expected values are read off data/nato/observations.csv
// by hand; each test lists the values it counts.
#include <gtest/gtest.h>

#include <algorithm>

#include "hague/app/render.hpp"
#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "support/service_fixture.hpp"

namespace hague::app {

namespace {

class ServiceTest : public hague::testing::ServiceFixture {
  protected:
    engine::Status status(std::optional<std::string> edition, std::optional<int> year,
                          Rounding rounding = Rounding::TwoDp) {
        StatusRequest r;
        r.common.edition = std::move(edition);
        r.year = year;
        r.rounding = rounding;
        return service_.status(r).status;
    }

    static const engine::AllyStatus& row(const engine::Status& s, const char* code) {
        auto it = std::find_if(s.allies.begin(), s.allies.end(),
                               [&](const engine::AllyStatus& a) { return a.ally.str() == code; });
        EXPECT_NE(it, s.allies.end()) << code;
        return *it;
    }
};

} // namespace

// 2026-07, 2024, share_gdp_pct at or above 2.00: DNK 2.29, EST 3.31, FIN 2.11, FRA 2.04, DEU 2,
// GRC 2.77, HUN 2.21, LVA 3.28, LTU 3.07, NLD 2.02, NOR 2.16, POL 3.75, ROU 2.17, SWE 2.2,
// TUR 2.08, GBR 2.28, USA 3.3 = 17; 31 allies report (all but ISL); at 3.5: POL only.
TEST_F(ServiceTest, seventeen_of_31_at_two_percent_in_2024_by_the_2026_edition) {
    const auto s = status("2026-07", 2024);
    EXPECT_EQ(s.summary.reporting, 31);
    EXPECT_EQ(s.summary.members, 32); // Sweden joined in 2024, so it counts
    EXPECT_EQ(s.summary.at_or_above_spending, 17);
    EXPECT_EQ(s.summary.at_or_above_core, 1);
    EXPECT_EQ(s.allies.front().ally.str(), "POL");
}

// 2024-06, 2024 at two decimals: ALB 2.03, BGR 2.18, CZE 2.10, DNK 2.37, EST 3.43, FIN 2.41,
// FRA 2.06, DEU 2.12, GRC 3.08, HUN 2.11, LVA 3.15, LTU 2.85, MNE 2.02, NLD 2.05, MKD 2.22,
// NOR 2.20, POL 4.12, ROU 2.25, SVK 2.00, SWE 2.14, TUR 2.09, GBR 2.33, USA 3.38 = 23 of 31.
// The 2026 edition's revisions bring the same year down to 17.
TEST_F(ServiceTest, twenty_three_of_31_in_2024_by_the_2024_edition) {
    const auto s = status("2024-06", 2024);
    EXPECT_EQ(s.summary.reporting, 31);
    EXPECT_EQ(s.summary.at_or_above_spending, 23);
    EXPECT_EQ(s.summary.at_or_above_core, 1); // POL 4.12
}

// Defaults: the newest edition (2026-07, published 2026-07-10) and its last year, 2026.
// 2026e: every reporting ally but SVN 1.61 is at 2%; at 3.5: LTU 5.33, EST 5.10, LVA 4.92,
// POL 4.68, GRC 3.65 = 5 (DNK 3.49 is not).
TEST_F(ServiceTest, defaults_to_the_newest_edition_and_its_last_year) {
    const auto s = status({}, {});
    EXPECT_EQ(s.edition, "2026-07");
    EXPECT_EQ(s.year, Year(2026));
    EXPECT_EQ(s.summary.at_or_above_spending, 30);
    EXPECT_EQ(s.summary.at_or_above_core, 5);
    EXPECT_EQ(row(s, "DNK").meets_core, engine::Compliance::NotMet);
    EXPECT_EQ(row(s, "SVN").meets_spending, engine::Compliance::NotMet);
}

// editions.csv: 2026-07 marks 2025 and 2026 as estimates; 2024 is no longer one.
TEST_F(ServiceTest, marks_the_estimate_years_of_the_newest_edition) {
    EXPECT_EQ(status("2026-07", 2026).summary.estimates, 31);
    EXPECT_EQ(status("2026-07", 2025).summary.estimates, 31);
    EXPECT_EQ(status("2026-07", 2024).summary.estimates, 0);
    const auto s2025 = status("2026-07", 2025);
    EXPECT_TRUE(row(s2025, "DEU").share_gdp_pct->estimate);
}

// observations.csv: 2026-07 DEU 2024 = 2 (false); 2024-06 DEU 2024 = 2.118977088667619 (true).
TEST_F(ServiceTest, one_allys_share_in_two_editions) {
    const auto new_status = status("2026-07", 2024);
    const auto& new_deu = row(new_status, "DEU");
    EXPECT_DOUBLE_EQ(new_deu.share_gdp_pct->value, 2.0);
    EXPECT_FALSE(new_deu.share_gdp_pct->estimate);
    EXPECT_EQ(new_deu.meets_spending, engine::Compliance::Met);
    const auto old_status = status("2024-06", 2024);
    const auto& old_deu = row(old_status, "DEU");
    EXPECT_DOUBLE_EQ(old_deu.share_gdp_pct->value, 2.118977088667619);
    EXPECT_TRUE(old_deu.share_gdp_pct->estimate);
}

TEST_F(ServiceTest, iceland_has_no_armed_forces_not_zero_percent) {
    const auto s = status("2026-07", 2024);
    const auto& isl = row(s, "ISL");
    EXPECT_FALSE(isl.share_gdp_pct.has_value());
    EXPECT_EQ(isl.meets_spending, engine::Compliance::NoData);
    EXPECT_EQ(isl.missing_reason,
              "Iceland has no armed forces; NATO publishes no defence expenditure for it");
    EXPECT_EQ(s.allies.back().ally.str(), "ISL"); // no data sorts last
}

// 2024-06, 2016: USA 3.49608027384535 is 3.50 as published but below 3.5 at full precision.
// Members in 2016: 32 less MNE (2017), MKD (2020), FIN (2023), SWE (2024) = 28.
TEST_F(ServiceTest, rounding_rule_decides_a_borderline_case) {
    const auto published = status("2024-06", 2016, Rounding::TwoDp);
    EXPECT_EQ(published.summary.members, 28);
    EXPECT_EQ(published.summary.at_or_above_core, 1);
    EXPECT_EQ(status("2024-06", 2016, Rounding::Raw).summary.at_or_above_core, 0);
}

// 2025-08, 2018 at 2%: LVA 2.1333, GRC 2.5249, GBR 2.1002, USA 3.2544 at any rule;
// POL 1.995933772 is 2.00 at 2 dp; EST 1.9726 is 2.0 at 1 dp (LTU 1.9469 is 1.9).
TEST_F(ServiceTest, each_rounding_rule_counts_differently_in_2018) {
    EXPECT_EQ(status("2025-08", 2018, Rounding::Raw).summary.at_or_above_spending, 4);
    EXPECT_EQ(status("2025-08", 2018, Rounding::TwoDp).summary.at_or_above_spending, 5);
    EXPECT_EQ(status("2025-08", 2018, Rounding::OneDp).summary.at_or_above_spending, 6);
}

// The 2025 edition holds only shares of GDP: no equipment share for 2024 (one for SWE 2025).
TEST_F(ServiceTest, an_edition_without_equipment_shares_says_no_data) {
    const auto s = status("2025-08", 2024);
    EXPECT_EQ(s.summary.equipment_reporting, 0);
    EXPECT_EQ(row(s, "DEU").meets_equipment, engine::Compliance::NoData);
}

TEST_F(ServiceTest, unknown_edition_lists_the_editions) {
    EXPECT_EQ(error_of([&] { (void)status("2023-01", {}); }),
              "not_found: unknown edition '2023-01' (editions: 2024-06, 2025-08, 2026-07)");
}

TEST_F(ServiceTest, year_outside_the_edition_gives_its_years) {
    EXPECT_EQ(error_of([&] { (void)status("2026-07", 1990); }),
              "invalid_input: year 1990 is not in edition 2026-07, which covers 2014-2026");
    EXPECT_EQ(error_of([&] { (void)status({}, 3000); }),
              "invalid_input: year 3000 is outside 1949-2100");
}

TEST_F(ServiceTest, show_returns_every_indicator_of_an_ally) {
    ShowRequest r;
    r.ally = "deu";
    const auto s = service_.show(r).series;
    EXPECT_EQ(s.entity.str(), "DEU");
    EXPECT_EQ(s.name, "Germany");
    // 2026-07 publishes 15 indicators for an ally (SOURCES.md, "Coverage").
    EXPECT_EQ(s.series.size(), 15u);
    EXPECT_EQ(s.years.front(), Year(2014));
    EXPECT_EQ(s.years.back(), Year(2026));
    const auto& share = s.series.front(); // indicators.csv order: share_gdp_pct first
    EXPECT_EQ(share.indicator.name, "share_gdp_pct");
    EXPECT_EQ(share.values.size(), 13u);            // 2014-2026
    EXPECT_DOUBLE_EQ(share.values[11].value, 2.22); // 2025e
    EXPECT_TRUE(share.values[11].estimate);
}

TEST_F(ServiceTest, show_filters_indicators) {
    ShowRequest r;
    r.ally = "NATO";
    r.indicators = {"share_gdp_pct", "exp_usd_const2021_m"};
    const auto s = service_.show(r).series;
    ASSERT_EQ(s.series.size(), 2u);
    // SOURCES.md (b): NATO 1,484,129 m USD at 2021 prices in 2026e.
    EXPECT_DOUBLE_EQ(s.series[1].values.back().value, 1484129);
}

TEST_F(ServiceTest, show_iceland_explains_why_there_is_nothing) {
    ShowRequest r;
    r.ally = "ISL";
    const auto s = service_.show(r).series;
    EXPECT_TRUE(s.series.empty());
    EXPECT_EQ(s.missing_reason,
              "Iceland has no armed forces; NATO publishes no defence expenditure for it");
}

// Luxembourg's GDP breaks in 2023 (data/breaks.csv): constant-2021 GDP 85.331 bn (2022) to 58.042
// bn (2023), -32%, in a year its neighbours grew. show notes it beside GDP and the share of GDP,
// in the reader's language, and not beside spending alone; Germany has no break.
TEST_F(ServiceTest, show_notes_a_level_break_in_the_gdp_series) {
    ShowRequest r;
    r.ally = "LUX";
    r.indicators = {"share_gdp_pct"};
    const auto lux = service_.show(r);
    ASSERT_EQ(lux.breaks.size(), 1u);
    EXPECT_EQ(lux.breaks[0].year, Year(2023));
    const auto text = render(lux, report::Format::Table, i18n::Language::De);
    EXPECT_NE(
        text.find("Luxemburg: Das BIP der NATO (Tabelle 5) weist im Jahr 2023 einen Niveaubruch"),
        std::string::npos)
        << text;
    r.indicators = {"exp_usd_current_m"};
    EXPECT_TRUE(service_.show(r).breaks.empty());
    r.ally = "DEU";
    r.indicators = {};
    EXPECT_TRUE(service_.show(r).breaks.empty());
}

TEST_F(ServiceTest, show_rejects_an_unknown_ally_and_indicator) {
    ShowRequest r;
    r.ally = "XYZ";
    EXPECT_EQ(error_of([&] { (void)service_.show(r); }),
              "not_found: unknown ally 'XYZ' (expected an ISO3 code such as DEU, or NATO or "
              "NATO_EUROPE_CAN)");
    r.ally = "DEU";
    r.indicators = {"gdp"};
    EXPECT_EQ(error_of([&] {
                  (void)service_.show(r);
              }).rfind("not_found: unknown indicator 'gdp' (indicators: share_gdp_pct, ", 0),
              0u);
}

TEST_F(ServiceTest, editions_are_listed_oldest_first) {
    const auto e = service_.editions({}).editions;
    ASSERT_EQ(e.size(), 3u);
    EXPECT_EQ(e[0].id, "2024-06");
    EXPECT_EQ(e[2].id, "2026-07");
}

TEST_F(ServiceTest, db_check_passes_on_the_seeded_database) {
    EXPECT_TRUE(service_.db_check().problems.empty());
}

} // namespace hague::app
