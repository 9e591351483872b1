#include <gtest/gtest.h>

#include "hague/core/ally.hpp"

namespace hague {

// allies.csv: FIN,Finland,2023,1995,,EUR and GBR,United Kingdom,1949,1973,2020,GBP.
const Ally finland{*EntityCode::parse("FIN"), "Finland", Year(2023), Year(1995), {}, "EUR"};
const Ally uk{
    *EntityCode::parse("GBR"), "United Kingdom", Year(1949), Year(1973), Year(2020), "GBP"};

TEST(ally, is_a_member_from_its_accession_year) {
    EXPECT_FALSE(finland.nato_member_in(Year(2022)));
    EXPECT_TRUE(finland.nato_member_in(Year(2023)));
}

TEST(ally, leaves_the_eu_in_the_year_it_left) {
    EXPECT_FALSE(uk.eu_member_in(Year(1972)));
    EXPECT_TRUE(uk.eu_member_in(Year(1973)));
    EXPECT_TRUE(uk.eu_member_in(Year(2019)));
    EXPECT_FALSE(uk.eu_member_in(Year(2020)));
}

TEST(ally, never_in_the_eu_without_an_accession_year) {
    const Ally norway{*EntityCode::parse("NOR"), "Norway", Year(1949), {}, {}, "NOK"};
    EXPECT_FALSE(norway.eu_member_in(Year(2024)));
}

} // namespace hague
