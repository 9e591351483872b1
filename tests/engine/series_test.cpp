#include <gtest/gtest.h>

#include <vector>

#include "hague/engine/series.hpp"

namespace hague::engine {

TEST(series, groups_by_indicator_in_the_requested_order_and_sorts_years) {
    const auto deu = *EntityCode::parse("DEU");
    const std::vector<Indicator> indicators{{"share_gdp_pct", "% of GDP", "Table 3", ""},
                                            {"exp_usd_current_m", "million USD", "Table 2", ""},
                                            {"military_personnel_k", "thousand", "Table 7", ""}};
    const std::vector<Observation> obs{
        {"2026-07", deu, Year(2025), "share_gdp_pct", 2.22, true, "s"},
        {"2026-07", deu, Year(2024), "share_gdp_pct", 2.0, false, "s"},
        {"2026-07", deu, Year(2024), "exp_usd_current_m", 93000, false, "s"}};
    const auto s = group_series("2026-07", deu, "Germany", indicators, obs, {});
    ASSERT_EQ(s.series.size(), 2u); // no personnel values: that series is left out
    EXPECT_EQ(s.series[0].indicator.name, "share_gdp_pct");
    EXPECT_EQ(s.series[0].values[0].year, Year(2024));
    EXPECT_EQ(s.series[0].values[1].year, Year(2025));
    EXPECT_EQ(s.years, (std::vector<Year>{Year(2024), Year(2025)}));
    EXPECT_FALSE(s.missing_reason.has_value());
}

TEST(series, explains_an_entity_with_no_values) {
    const auto isl = *EntityCode::parse("ISL");
    const std::vector<Indicator> indicators{{"share_gdp_pct", "% of GDP", "Table 3", ""}};
    const std::vector<MissingReason> reasons{
        {"ISL", "*", "*", "*", "missing_no_armed_forces", "no armed forces"}};
    const auto s = group_series("2026-07", isl, "Iceland", indicators, {}, reasons);
    EXPECT_TRUE(s.series.empty());
    EXPECT_EQ(s.missing_reason, "no armed forces");
}

} // namespace hague::engine
