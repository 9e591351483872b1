#include <gtest/gtest.h>

#include "hague/core/error.hpp"
#include "hague/engine/path.hpp"

namespace hague::engine {

// Germany, edition 2026-07: 2.69% in 2026 (estimate). Step = (3.5 - 2.69) / (2035 - 2026)
// = 0.81 / 9 = 0.09 points a year; 2029 = 2.69 + 3 x 0.09 = 2.96.
TEST(path, germany_from_2026_to_3_5_by_2035) {
    const auto p = linear_path({Year(2026), 2.69, 3.5, Year(2035), Year(2029)});
    EXPECT_NEAR(p.required_pp_per_year, 0.09, 1e-12);
    EXPECT_NEAR(p.review_pct, 2.96, 1e-12);
    ASSERT_EQ(p.points.size(), 10u); // 2026..2035
    EXPECT_NEAR(p.points.back().share_pct, 3.5, 1e-12);
    EXPECT_FALSE(p.at(Year(2025)).has_value());
    EXPECT_FALSE(p.already_at_target);
}

// Poland, 2026-07: 4.68% in 2026 is above 3.5%: the path keeps 4.68.
TEST(path, an_ally_above_the_target_keeps_its_share) {
    const auto p = linear_path({Year(2026), 4.68, 3.5, Year(2035), Year(2029)});
    EXPECT_TRUE(p.already_at_target);
    EXPECT_EQ(p.required_pp_per_year, 0.0);
    EXPECT_DOUBLE_EQ(p.review_pct, 4.68);
}

TEST(path, baseline_must_precede_the_target_year) {
    try {
        (void)linear_path({Year(2036), 2.0, 3.5, Year(2035), Year(2029)});
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_STREQ(e.what(), "from 2036 is not before the target year 2035");
        EXPECT_EQ(e.field(), "from");
    }
}

// commitments.csv: DEU national_target 3.5 by 2029 against the path's 2.96: ahead by 0.54;
// BEL national_target 2.5 by 2034 against Belgium's path from 2.00 (2026-07, 2026):
// step (3.5 - 2.0) / 9 = 0.1667, 2034 = 2.0 + 8 x 0.1667 = 3.333: behind by 0.833.
TEST(path, national_commitments_ahead_of_and_behind_the_path) {
    const auto deu = linear_path({Year(2026), 2.69, 3.5, Year(2035), Year(2029)});
    const Commitment target{"DEU", "national_target", 3.5, Year(2029), "2025-06-24", "s", "n"};
    const auto c = check_commitments(deu, std::vector<Commitment>{target});
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0].standing, Standing::Ahead);
    EXPECT_NEAR(c[0].difference_pp, 0.54, 1e-12);

    const auto bel = linear_path({Year(2026), 2.0, 3.5, Year(2035), Year(2029)});
    const Commitment bel_target{"BEL", "national_target", 2.5, Year(2034), "2025-06-24", "s", "n"};
    const auto b = check_commitments(bel, std::vector<Commitment>{bel_target});
    EXPECT_EQ(b[0].standing, Standing::Behind);
    EXPECT_NEAR(b[0].difference_pp, 2.5 - (2.0 + 8 * 1.5 / 9), 1e-12);
}

// Spain's 2.1% position names no year: it is compared with the path in 2035 (3.5): behind.
TEST(path, a_commitment_without_a_year_is_compared_in_the_target_year) {
    const auto esp = linear_path({Year(2026), 2.0, 3.5, Year(2035), Year(2029)});
    const Commitment position{"ESP", "national_position", 2.1, std::nullopt, "2025-06-22", "s",
                              "n"};
    const auto c = check_commitments(esp, std::vector<Commitment>{position});
    EXPECT_EQ(c[0].compared_year, Year(2035));
    EXPECT_EQ(c[0].standing, Standing::Behind);
    EXPECT_NEAR(c[0].difference_pp, -1.4, 1e-12);
}

// A commitment for the baseline year or before is judged by the ally's own figure, never by the
// path (whose baseline point is that figure anyway). commitments.csv, 2026-07 edition: Czechia's
// 2.2% for 2026 against its 2.01% estimate: not met, 2.01 - 2.2 = -0.19 (the path said "ahead");
// Estonia's "at least 5%" for 2026 against 5.10%: met, +0.10 (the path said "behind").
TEST(path, a_commitment_up_to_the_baseline_is_judged_by_the_allys_own_figure) {
    const auto cze = linear_path({Year(2026), 2.01, 3.5, Year(2035), Year(2029)});
    const Commitment cze_target{"CZE", "national_target", 2.2, Year(2026), "2025-04", "s", "n"};
    const std::vector<OwnShare> cze_own{{Year(2025), 2.0, false}, {Year(2026), 2.01, true}};
    const auto c = check_commitments(cze, std::vector<Commitment>{cze_target}, cze_own);
    EXPECT_FALSE(c[0].standing.has_value());
    EXPECT_FALSE(c[0].path_pct.has_value());
    ASSERT_TRUE(c[0].met.has_value());
    EXPECT_FALSE(*c[0].met);
    EXPECT_TRUE(c[0].own->estimate);
    EXPECT_NEAR(c[0].own_difference_pp, -0.19, 1e-12);

    const auto est = linear_path({Year(2026), 5.10, 3.5, Year(2035), Year(2029)});
    const Commitment est_target{"EST", "national_target", 5.0, Year(2026), "2025-03", "s", "n"};
    const std::vector<OwnShare> est_own{{Year(2026), 5.10, true}};
    const auto e = check_commitments(est, std::vector<Commitment>{est_target}, est_own);
    EXPECT_TRUE(*e[0].met);
    EXPECT_NEAR(e[0].own_difference_pp, 0.10, 1e-12);

    // As published: 1.996 is 2.00, which meets a 2% pledge.
    const std::vector<OwnShare> rounded{{Year(2025), 1.996, false}};
    const Commitment two{"BEL", "national_target", 2.0, Year(2025), "2025-04", "s", "n"};
    EXPECT_TRUE(*check_commitments(cze, std::vector<Commitment>{two}, rounded)[0].met);
}

TEST(path, a_commitment_for_a_year_without_a_figure_is_not_compared) {
    const auto deu = linear_path({Year(2026), 2.69, 3.5, Year(2035), Year(2029)});
    const Commitment estimate{"DEU", "national_estimate", 2.4, Year(2025), "2025-06-24", "s", "n"};
    const auto c = check_commitments(deu, std::vector<Commitment>{estimate});
    EXPECT_FALSE(c[0].standing.has_value());
    EXPECT_FALSE(c[0].met.has_value());
}

} // namespace hague::engine
