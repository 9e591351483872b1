#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "hague/core/error.hpp"
#include "hague/io/bundled.hpp"
#include "hague/io/dataset_reader.hpp"

namespace hague::io {

// `wc -l` of the bundled files, less one header line each.
TEST(bundled, holds_every_row_of_the_data_files) {
    const auto d = bundled_dataset();
    EXPECT_EQ(d.editions.size(), 3u);         // editions.csv: 2024-06, 2025-08, 2026-07
    EXPECT_EQ(d.allies.size(), 32u);          // allies.csv
    EXPECT_EQ(d.indicators.size(), 19u);      // indicators.csv
    EXPECT_EQ(d.observations.size(), 11691u); // observations.csv: 5005 + 413 + 6273
    EXPECT_EQ(d.commitments.size(), 30u);     // pledges.csv 3 + commitments.csv 27
    EXPECT_EQ(d.sipri.size(), 22u);           // sipri.csv: RUS and CHN, 2014-2024
    EXPECT_EQ(d.missing_reasons.size(), 16u); // missing.csv
    EXPECT_EQ(d.missing_reasons.front().key, "missing_no_armed_forces");
}

TEST(bundled, reads_an_edition_with_its_estimate_years) {
    const auto d = bundled_dataset();
    const auto& e = d.editions.back(); // editions.csv row 3
    EXPECT_EQ(e.id, "2026-07");
    EXPECT_EQ(e.first_year, Year(2014));
    EXPECT_EQ(e.last_year, Year(2026));
    EXPECT_EQ(e.estimate_years, (std::vector<Year>{Year(2025), Year(2026)}));
    EXPECT_EQ(e.constant_price_base, 2021);
}

TEST(bundled, reads_the_uk_eu_exit) {
    const auto d = bundled_dataset();
    auto uk = std::find_if(d.allies.begin(), d.allies.end(),
                           [](const Ally& a) { return a.code.str() == "GBR"; });
    ASSERT_NE(uk, d.allies.end());
    EXPECT_EQ(uk->eu_left, Year(2020));
    EXPECT_EQ(uk->name_en, "United Kingdom");
}

namespace {
const char* editions = "edition,title,published,years,estimate_years,constant_price_base,source,"
                       "coverage\nE1,T,2024-06-17,2014-2024,2023;2024,2015,s,c\n";
const char* allies =
    "iso3,name_en,nato_joined,eu_joined,eu_left,currency\nDEU,Germany,1955,1958,,EUR\n";
const char* indicators = "indicator,unit,nato_table,description\nshare_gdp_pct,%,Table 3,d\n";
const char* commitments = "iso3,kind,target_pct,by_year,announced,source,note\n";
const char* sipri = "iso3,year,milex_usd_current_m,share_gdp_pct,milex_usd_const2023_m,"
                    "sipri_estimate,source\n";
const char* missing = "entity,edition,indicator,year,key,reason\n";

std::string error_for(const std::string& observations) {
    const std::string text = "edition,entity,year,indicator,value,estimate,source\n" + observations;
    try {
        (void)read_dataset(
            {editions, allies, indicators, text, commitments, commitments, sipri, missing});
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::DataIntegrity);
        return e.what();
    }
    return "no error";
}
} // namespace

TEST(dataset_reader, accepts_a_valid_row) {
    EXPECT_EQ(error_for("E1,DEU,2024,share_gdp_pct,2.1,true,s\n"), "no error");
}

TEST(dataset_reader, rejects_an_unknown_edition) {
    EXPECT_EQ(error_for("E9,DEU,2024,share_gdp_pct,2.1,true,s\n"),
              "observations.csv:2: unknown edition 'E9'");
}

TEST(dataset_reader, rejects_an_unknown_entity) {
    EXPECT_EQ(error_for("E1,FRA,2024,share_gdp_pct,2.1,true,s\n"),
              "observations.csv:2: unknown entity 'FRA'");
}

TEST(dataset_reader, rejects_a_value_that_is_not_a_number) {
    EXPECT_EQ(error_for("E1,DEU,2024,share_gdp_pct,2,1,true,s\n"),
              "observations.csv:2: 8 fields, expected 7 as in the header");
    EXPECT_EQ(error_for("E1,DEU,2024,share_gdp_pct,n/a,true,s\n"),
              "observations.csv:2: value 'n/a' is not a number");
}

TEST(dataset_reader, rejects_a_second_value_for_the_same_cell) {
    EXPECT_EQ(
        error_for("E1,DEU,2024,share_gdp_pct,2.1,true,s\nE1,DEU,2024,share_gdp_pct,2.2,true,s\n"),
        "observations.csv:3: second value for DEU 2024 share_gdp_pct in edition E1");
}

TEST(dataset_reader, rejects_a_year_outside_the_edition) {
    EXPECT_EQ(error_for("E1,DEU,2025,share_gdp_pct,2.1,true,s\n"),
              "observations.csv:2: DEU 2025 share_gdp_pct lies outside edition E1 (2014-2024)");
}

TEST(dataset_reader, rejects_a_bad_estimate_flag) {
    EXPECT_EQ(error_for("E1,DEU,2024,share_gdp_pct,2.1,yes,s\n"),
              "observations.csv:2: estimate 'yes' is not true or false");
}

} // namespace hague::io
