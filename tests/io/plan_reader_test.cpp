#include <gtest/gtest.h>

#include "hague/core/error.hpp"
#include "hague/io/plan_reader.hpp"

namespace hague::io {

namespace {
std::string error_of(const std::string& text) {
    try {
        (void)parse_plan(text, "p.toml");
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        return e.what();
    }
    return "no error";
}
} // namespace

TEST(plan_reader, reads_entries_in_year_order) {
    const auto p = parse_plan("ally = \"deu\"\ntitle = \"t\"\n"
                              "[[core]]\nyear = 2029\nshare_gdp_pct = 3.5\nsource = \"a\"\n"
                              "[[core]]\nyear = 2027\nspending_nc_m = 100000\nsource = \"b\"\n",
                              "p.toml");
    EXPECT_EQ(p.ally.str(), "DEU");
    ASSERT_EQ(p.core.size(), 2u);
    EXPECT_EQ(p.core[0].year, Year(2027));
    EXPECT_EQ(p.core[0].spending_nc_m, 100000.0);
    EXPECT_EQ(p.core[0].line, 7u);
    EXPECT_EQ(p.core[1].share_gdp_pct, 3.5);
}

TEST(plan_reader, names_the_line_of_an_unknown_field) {
    EXPECT_EQ(error_of("ally = \"DEU\"\n[[core]]\nyear = 2029\nshare = 3.5\nsource = \"x\"\n"),
              "p.toml:4: [[core]] entry has unknown field 'share' (fields: year, share_gdp_pct, "
              "spending_nc_m, gdp_nc_m, source)");
}

TEST(plan_reader, needs_exactly_one_amount) {
    EXPECT_EQ(error_of("ally = \"DEU\"\n[[core]]\nyear = 2029\nsource = \"x\"\n"),
              "p.toml:2: [[core]] entry for 2029 needs exactly one of 'share_gdp_pct' and "
              "'spending_nc_m'");
}

TEST(plan_reader, needs_a_source) {
    EXPECT_EQ(error_of("ally = \"DEU\"\n[[core]]\nyear = 2029\nshare_gdp_pct = 3.5\n"),
              "p.toml:2: [[core]] entry for 2029 needs 'source': where the figure comes from");
}

TEST(plan_reader, rejects_a_share_outside_0_100_and_a_repeated_year) {
    EXPECT_EQ(
        error_of("ally = \"DEU\"\n[[core]]\nyear = 2029\nshare_gdp_pct = 135\nsource = \"x\"\n"),
        "p.toml:2: [[core]] entry for 2029: share_gdp_pct 135 is outside 0-100");
    EXPECT_EQ(error_of("ally = \"DEU\"\n[[core]]\nyear = 2029\nshare_gdp_pct = 3\nsource = \"x\"\n"
                       "[[core]]\nyear = 2029\nshare_gdp_pct = 3\nsource = \"x\"\n"),
              "p.toml:7: [[core]] entry year 2029 appears twice");
}

TEST(plan_reader, needs_an_ally_and_a_core_entry) {
    EXPECT_EQ(error_of("title = \"x\"\n"),
              "p.toml:1: the plan needs 'ally', the ISO3 code of the ally (such as DEU)");
    EXPECT_EQ(error_of("ally = \"DEU\"\n"),
              "p.toml:1: the plan needs at least one [[core]] entry (year and share_gdp_pct or "
              "spending_nc_m)");
    EXPECT_EQ(error_of("ally = \"Germany\"\n"),
              "p.toml:1: 'ally' 'Germany' is not an ISO3 code such as DEU");
}

TEST(plan_reader, reports_toml_syntax_errors_with_their_line) {
    const auto e = error_of("ally = \"DEU\"\n[[core]\n");
    EXPECT_EQ(e.rfind("p.toml:2: ", 0), 0u) << e;
}

TEST(plan_reader, a_missing_file_is_an_io_error) {
    try {
        (void)read_plan_file("/nonexistent/plan.toml");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Io);
        EXPECT_STREQ(e.what(),
                     "cannot read plan '/nonexistent/plan.toml': No such file or directory");
    }
}

} // namespace hague::io
