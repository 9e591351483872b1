#include <gtest/gtest.h>

#include <vector>

#include "hague/core/missing_reason.hpp"

namespace hague {

TEST(missing_reason, the_first_matching_row_wins) {
    const std::vector<MissingReason> reasons = {
        {"NLD", "2026-07", "personnel_share_pct", "2026", "k1", "specific"},
        {"*", "2026-07", "*", "*", "k2", "general"},
    };
    const auto nld = *EntityCode::parse("NLD");
    EXPECT_EQ(find_missing_reason(reasons, nld, "2026-07", "personnel_share_pct", Year(2026)),
              "specific");
    EXPECT_EQ(find_missing_reason(reasons, nld, "2026-07", "personnel_share_pct", Year(2025)),
              "general");
    EXPECT_FALSE(
        find_missing_reason(reasons, nld, "2024-06", "share_gdp_pct", Year(2024)).has_value());
}

} // namespace hague
