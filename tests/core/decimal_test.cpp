#include <gtest/gtest.h>

#include "hague/core/decimal.hpp"
#include "hague/core/rounding.hpp"

namespace hague {

// The double nearest 1.995 is 1.99499999999999988..., so std::round(1.995 * 100) / 100 gives
// 1.99; the published decimal "1.995" rounds half away from zero to 2.00.
TEST(decimal, rounds_the_published_decimal_not_its_binary_approximation) {
    EXPECT_EQ(round_decimal(1.995, 2), 2.0);
    EXPECT_EQ(round_decimal(1.2345, 3), 1.235); // 1.2345 is stored as 1.23449999...
    EXPECT_EQ(round_decimal(-1.995, 2), -2.0);  // away from zero
}

TEST(decimal, rounds_down_below_the_half) {
    EXPECT_EQ(round_decimal(1.994999, 2), 1.99);
    EXPECT_EQ(round_decimal(3.4949, 2), 3.49);
}

TEST(decimal, carries_into_the_integer_part) {
    EXPECT_EQ(round_decimal(9.995, 2), 10.0);
    EXPECT_EQ(round_decimal(99.96, 1), 100.0);
}

TEST(decimal, leaves_values_with_fewer_decimals_alone) {
    EXPECT_EQ(round_decimal(2.0, 2), 2.0);
    EXPECT_EQ(round_decimal(3.5, 2), 3.5);
    EXPECT_EQ(round_decimal(0.0, 2), 0.0);
}

// Real values from the bundled data: 2024-06 USA 2016 = 3.49608027384535 (3.50 at 2 dp) and
// 2025-08 POL 2018 = 1.995933772 (2.00 at 2 dp, 2.0 at 1 dp).
TEST(rounding, applies_each_rule_to_real_nato_values) {
    EXPECT_EQ(apply(Rounding::Raw, 3.49608027384535), 3.49608027384535);
    EXPECT_EQ(apply(Rounding::TwoDp, 3.49608027384535), 3.5);
    EXPECT_EQ(apply(Rounding::OneDp, 1.995933772), 2.0);
    EXPECT_EQ(apply(Rounding::OneDp, 1.9469), 1.9); // 2025-08 LTU 2018, 1.9469...
}

TEST(rounding, parses_the_three_rules_and_nothing_else) {
    EXPECT_EQ(parse_rounding("raw"), Rounding::Raw);
    EXPECT_EQ(parse_rounding("2dp"), Rounding::TwoDp);
    EXPECT_EQ(parse_rounding("1dp"), Rounding::OneDp);
    EXPECT_FALSE(parse_rounding("3dp").has_value());
    EXPECT_FALSE(parse_rounding("").has_value());
}

} // namespace hague
