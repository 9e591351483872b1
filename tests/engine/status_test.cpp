#include <gtest/gtest.h>

#include <vector>

#include "hague/engine/status.hpp"

namespace hague::engine {

namespace {

EntityCode code(const char* c) {
    return *EntityCode::parse(c);
}

Ally ally(const char* c, int joined) {
    return Ally{code(c), c, Year(joined), std::nullopt, std::nullopt, "EUR"};
}

Observation share(const char* entity, int year, double value, bool estimate = false) {
    return Observation{"2024-06", code(entity), Year(year), "share_gdp_pct", value, estimate, "T3"};
}

Observation equipment(const char* entity, int year, double value) {
    return Observation{"2024-06", code(entity), Year(year), "equipment_share_pct",
                       value,     false,        "T8a"};
}

// Real 2024-06 values for 2016 (observations.csv), for four allies and NATO; Iceland has none,
// and POL's equipment share is left out to test a missing value. USA 2015 checks the year filter.
struct Fixture {
    Edition edition{"2024-06",
                    "Defence Expenditure of NATO Countries (2014-2024)",
                    "2024-06-17",
                    Year(2014),
                    Year(2024),
                    {Year(2023), Year(2024)},
                    2015,
                    "workbook",
                    "complete",
                    Origin::Bundled,
                    ""};
    std::vector<Ally> allies{ally("DEU", 1955), ally("FIN", 2023), ally("ISL", 1949),
                             ally("POL", 1999), ally("USA", 1949)};
    std::vector<Observation> observations{
        share("USA", 2016, 3.49608027384535),       share("POL", 2016, 2.0004550856909797),
        share("DEU", 2016, 1.2014670543613513),     share("FIN", 2016, 1.4198880092681978),
        equipment("USA", 2016, 25.050948161674484), equipment("DEU", 2016, 12.209594798882591),
        share("NATO", 2016, 2.4789265762768897),    share("USA", 2015, 3.5050687840225803)};
    std::vector<MissingReason> reasons{
        {"ISL", "*", "*", "*", "missing_no_armed_forces", "Iceland has no armed forces"}};

    Status run(Rounding rounding) const {
        return compute_status(StatusInput{
            &edition, Year(2016), rounding, {2.0, 3.5, 20.0}, allies, observations, reasons});
    }
};

} // namespace

TEST(status, counts_members_only) {
    const auto s = Fixture{}.run(Rounding::TwoDp);
    // Members in 2016: DEU, ISL, POL, USA (FIN joined in 2023). ISL has no share.
    EXPECT_EQ(s.summary.members, 4);
    EXPECT_EQ(s.summary.reporting, 3);
    ASSERT_EQ(s.allies.size(), 4u);
}

TEST(status, sorts_by_share_with_no_data_last) {
    const auto s = Fixture{}.run(Rounding::TwoDp);
    EXPECT_EQ(s.allies[0].ally.str(), "USA");
    EXPECT_EQ(s.allies[1].ally.str(), "POL");
    EXPECT_EQ(s.allies[2].ally.str(), "DEU");
    EXPECT_EQ(s.allies[3].ally.str(), "ISL");
}

// USA 3.49608... is 3.50 at two decimals: it meets 3.5% as published, not at full precision.
TEST(status, two_decimal_rule_counts_the_published_value) {
    const auto two = Fixture{}.run(Rounding::TwoDp);
    EXPECT_EQ(two.allies[0].meets_core, Compliance::Met);
    EXPECT_EQ(two.summary.at_or_above_core, 1);
    const auto raw = Fixture{}.run(Rounding::Raw);
    EXPECT_EQ(raw.allies[0].meets_core, Compliance::NotMet);
    EXPECT_EQ(raw.summary.at_or_above_core, 0);
}

TEST(status, counts_allies_at_two_percent) {
    const auto s = Fixture{}.run(Rounding::TwoDp);
    // USA 3.50 and POL 2.00 meet 2%; DEU 1.20 does not.
    EXPECT_EQ(s.summary.at_or_above_spending, 2);
    EXPECT_EQ(s.allies[2].meets_spending, Compliance::NotMet);
}

TEST(status, missing_share_is_no_data_with_its_reason) {
    const auto s = Fixture{}.run(Rounding::TwoDp);
    const auto& iceland = s.allies[3];
    EXPECT_FALSE(iceland.share_gdp_pct.has_value());
    EXPECT_EQ(iceland.meets_spending, Compliance::NoData);
    EXPECT_EQ(iceland.meets_core, Compliance::NoData);
    EXPECT_EQ(iceland.missing_reason, "Iceland has no armed forces");
}

TEST(status, equipment_share_against_twenty_percent) {
    const auto s = Fixture{}.run(Rounding::TwoDp);
    EXPECT_EQ(s.allies[0].meets_equipment, Compliance::Met);    // USA 25.05
    EXPECT_EQ(s.allies[1].meets_equipment, Compliance::NoData); // POL: none in the fixture
    EXPECT_EQ(s.allies[2].meets_equipment, Compliance::NotMet); // DEU 12.21
    EXPECT_EQ(s.summary.equipment_reporting, 2);
    EXPECT_EQ(s.summary.at_or_above_equipment, 1);
}

TEST(status, ignores_other_years_and_reports_aggregates) {
    const auto s = Fixture{}.run(Rounding::TwoDp);
    EXPECT_DOUBLE_EQ(s.allies[0].share_gdp_pct->value, 3.49608027384535); // not 2015: 3.5051
    ASSERT_EQ(s.aggregates.size(), 1u);
    EXPECT_EQ(s.aggregates[0].entity.str(), "NATO");
    EXPECT_DOUBLE_EQ(s.aggregates[0].share_gdp_pct->value, 2.4789265762768897);
}

TEST(status, compare_is_no_data_without_a_value) {
    EXPECT_EQ(compare(std::nullopt, 2.0, Rounding::Raw), Compliance::NoData);
    EXPECT_EQ(compare(Figure{2.0, false, ""}, 2.0, Rounding::Raw), Compliance::Met);
    EXPECT_EQ(compare(Figure{1.9999, false, ""}, 2.0, Rounding::Raw), Compliance::NotMet);
}

} // namespace hague::engine
