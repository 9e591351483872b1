// What a newer edition revised: which pairs are listed, and in what order.
#include <gtest/gtest.h>

#include "hague/engine/diff.hpp"

namespace hague::engine {

namespace {
Observation obs(const char* edition, const char* entity, const char* indicator, double value) {
    return {edition, *EntityCode::parse(entity), Year(2024), indicator, value, false, "t"};
}
} // namespace

// By default a pair is listed when its two figures differ at the precision NATO publishes:
// shares to 2 decimals (2.004 and 2.001 are both 2.00: not listed; 2.00 -> 2.10 is), millions to
// none (1,000.2 and 1,000.4 are both 1,000; 1,000.4 -> 1,000.6 is 1,000 -> 1,001). Revisions are
// grouped by indicator, share of GDP first: DEU's +80,000 million lira-like change is never ranked
// above POL's +0.10 points.
TEST(diff, lists_what_changed_at_the_published_precision_by_indicator) {
    const std::vector<Observation> old_obs{obs("old", "ALB", "share_gdp_pct", 2.004),
                                           obs("old", "POL", "share_gdp_pct", 2.00),
                                           obs("old", "DEU", "exp_nc_current_m", 1000.4),
                                           obs("old", "FRA", "exp_nc_current_m", 1000.2),
                                           obs("old", "TUR", "exp_nc_current_m", 840'000)};
    const std::vector<Observation> new_obs{obs("new", "ALB", "share_gdp_pct", 2.001),
                                           obs("new", "POL", "share_gdp_pct", 2.10),
                                           obs("new", "DEU", "exp_nc_current_m", 1000.6),
                                           obs("new", "FRA", "exp_nc_current_m", 1000.4),
                                           obs("new", "TUR", "exp_nc_current_m", 920'000)};
    const auto set = find_revisions(old_obs, new_obs, std::nullopt, std::nullopt);
    EXPECT_EQ(set.compared, 5);
    EXPECT_EQ(set.unchanged, 2); // ALB, FRA
    ASSERT_EQ(set.revisions.size(), 3u);
    EXPECT_EQ(set.revisions[0].entity.str(), "POL"); // share of GDP first
    EXPECT_EQ(set.revisions[1].entity.str(), "TUR"); // then millions, largest first
    EXPECT_EQ(set.revisions[2].entity.str(), "DEU");

    // --min-change 0 lists every pair, the unchanged ones too.
    const auto all = find_revisions(old_obs, new_obs, 0.0, std::nullopt);
    EXPECT_EQ(all.revisions.size(), 5u);
    EXPECT_EQ(all.unchanged, 0);
    // --min-change 0.05: |change| >= 0.05: POL 0.10, TUR 80,000, DEU 0.2, FRA 0.2 (not ALB 0.003).
    EXPECT_EQ(find_revisions(old_obs, new_obs, 0.05, std::nullopt).revisions.size(), 4u);
}

} // namespace hague::engine
