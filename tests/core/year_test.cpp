#include <gtest/gtest.h>

#include "hague/core/year.hpp"

namespace hague {

TEST(year, parses_four_digit_years_in_range) {
    EXPECT_EQ(Year::parse("2024"), Year(2024));
    EXPECT_EQ(Year::parse("1949"), Year(1949));
}

TEST(year, rejects_anything_else) {
    EXPECT_FALSE(Year::parse("1948").has_value());
    EXPECT_FALSE(Year::parse("2101").has_value());
    EXPECT_FALSE(Year::parse("20x4").has_value());
    EXPECT_FALSE(Year::parse("2024 ").has_value());
    EXPECT_FALSE(Year::parse("").has_value());
}

} // namespace hague
