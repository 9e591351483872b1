#include <gtest/gtest.h>

#include "hague/core/entity_code.hpp"

namespace hague {

TEST(entity_code, upper_cases_iso3_codes) {
    auto code = EntityCode::parse("deu");
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(code->str(), "DEU");
    EXPECT_FALSE(code->is_aggregate());
}

TEST(entity_code, accepts_the_two_nato_aggregates) {
    EXPECT_TRUE(EntityCode::parse("NATO")->is_aggregate());
    EXPECT_TRUE(EntityCode::parse("nato_europe_can")->is_aggregate());
}

TEST(entity_code, rejects_malformed_codes) {
    EXPECT_FALSE(EntityCode::parse("DE").has_value());
    EXPECT_FALSE(EntityCode::parse("DEUT").has_value());
    EXPECT_FALSE(EntityCode::parse("D3U").has_value());
    EXPECT_FALSE(EntityCode::parse("").has_value());
    EXPECT_FALSE(EntityCode::parse("NATO_EUROPE").has_value());
}

} // namespace hague
