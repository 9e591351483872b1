#include <gtest/gtest.h>

#include <limits>

#include <cmath>
#include <cstdio>

#include <Random123/philox.h>

#include "hague/core/error.hpp"
#include "hague/engine/fast_math.hpp"
#include "hague/engine/monte_carlo.hpp"
#include "hague/engine/philox.hpp"

namespace hague::engine {

namespace {

/// One ally, `years` years, GDP 1000 growing 10% a year, share 2% rising by 0.5 points a year.
McModel small_model(int years, double factor, double own, SpendingRule rule) {
    McAlly a;
    a.id = "AAA";
    a.factor_loading = factor;
    a.own_loading = own;
    double gdp = 1000;
    for (int t = 0; t <= years; ++t) {
        const double fraction = 0.02 + 0.005 * t;
        a.gdp_usd_m.push_back(gdp);
        a.share_fraction.push_back(fraction);
        a.spending_usd_m.push_back(fraction * gdp);
        gdp *= 1.1;
    }
    McModel m;
    m.allies = {a};
    m.groups = {{"all", {0}}};
    m.years = years;
    m.threshold_pct = 3.5;
    m.rule = rule;
    return m;
}

} // namespace

// The AVX2 batch must give exactly Random123's Philox4x32-10 words.
TEST(philox, matches_random123_word_for_word) {
    r123::Philox4x32 reference;
    for (std::uint32_t key : {0u, 1u, 20250625u, 0xFFFFFFFFu}) {
        PhiloxBlock a, b;
        philox4x32_batch(1000, 7, 3, 9, key, 31, a);
        philox4x32_batch2(1000, 7, 3, 4, 9, key, 31, 5, a, b);
        for (std::size_t l = 0; l < philox_lanes; ++l) {
            const auto ra =
                reference({{1000 + static_cast<std::uint32_t>(l), 7, 3, 9}}, {{key, 31}});
            const auto rb =
                reference({{1000 + static_cast<std::uint32_t>(l), 7, 4, 9}}, {{key, 5}});
            for (std::size_t w = 0; w < 4; ++w) {
                EXPECT_EQ(a[w][l], ra.v[w]) << "key " << key << " lane " << l << " word " << w;
                EXPECT_EQ(b[w][l], rb.v[w]) << "key " << key << " lane " << l << " word " << w;
            }
        }
    }
}

// The AVX2 kernel gives the words of the plain one (and so of Random123) for every key.
TEST(philox, the_avx2_kernel_matches_the_plain_one_word_for_word) {
    if (!kernel_available(Kernel::Avx2))
        GTEST_SKIP() << "this CPU has no AVX2";
    for (std::uint32_t key : {0u, 1u, 20250625u, 0xFFFFFFFFu}) {
        PhiloxBlock a, b, va, vb, single, vsingle;
        philox4x32_batch2(77, 0, 2, 3, 0, key, 9, 10, a, b);
        philox4x32_batch2_avx2(77, 0, 2, 3, 0, key, 9, 10, va, vb);
        philox4x32_batch(0xFFFFFFFCu, 1, 2, 3, key, 4, single); // lanes wrap around 2^32
        philox4x32_batch_avx2(0xFFFFFFFCu, 1, 2, 3, key, 4, vsingle);
        EXPECT_EQ(a, va);
        EXPECT_EQ(b, vb);
        EXPECT_EQ(single, vsingle);
    }
}

TEST(fast_math, log_exp_and_sincos_within_2e_7_relative) {
    double worst_log = 0, worst_exp = 0, worst_trig = 0;
    for (int i = 1; i <= 100000; ++i) {
        const double u = i / 100000.0;
        const auto x = static_cast<float>(u * 0.999 + 1e-7);
        worst_log = std::max(worst_log, std::fabs(fast::log(x) - std::log(double(x))) /
                                            std::max(1e-3, std::fabs(std::log(double(x)))));
        const auto y = static_cast<float>(-3 + 6 * u);
        worst_exp = std::max(worst_exp,
                             std::fabs(fast::exp(y) - std::exp(double(y))) / std::exp(double(y)));
        float s, c;
        fast::sincos_2pi(static_cast<float>(u), s, c);
        const double a = 2 * M_PI * static_cast<float>(u);
        worst_trig = std::max({worst_trig, std::fabs(s - std::sin(a)), std::fabs(c - std::cos(a))});
    }
    EXPECT_LT(worst_log, 2e-7);
    EXPECT_LT(worst_exp, 2e-7);
    EXPECT_LT(worst_trig, 2e-7);
    EXPECT_EQ(fast::exp(0.0f), 1.0f); // zero volatility relies on it
}

// With zero volatility every path is the projection: cost = sum of the projected spending and the
// share is the projected share, to the last bit.
TEST(monte_carlo, a_rule_name_reads_back_as_its_rule) {
    for (auto r : {SpendingRule::Execution, SpendingRule::Share, SpendingRule::Budget})
        EXPECT_EQ(parse_spending_rule(to_string(r)), r);
    EXPECT_EQ(to_string(SpendingRule::Execution), "execution");
    EXPECT_EQ(to_string(SpendingRule::Share), "share");
    EXPECT_EQ(to_string(SpendingRule::Budget), "budget");
    EXPECT_FALSE(parse_spending_rule("Share").has_value()); // names are lower case, as written
    EXPECT_FALSE(parse_spending_rule("").has_value());
}

TEST(monte_carlo, zero_volatility_reproduces_the_projection_exactly) {
    const auto m = small_model(3, 0.0, 0.0, SpendingRule::Share);
    const auto block = evaluate_block(m, 42, 0);
    const auto& a = m.allies[0];
    const double cost = a.spending_usd_m[1] + a.spending_usd_m[2] + a.spending_usd_m[3];
    const double share = 100.0 * a.spending_usd_m[3] / a.gdp_usd_m[3];
    for (std::size_t l = 0; l < philox_lanes; ++l) {
        EXPECT_EQ(block.cost_usd_m[0][l], cost);
        EXPECT_EQ(block.share_pct[0][l], share);
    }
    const auto r = run_monte_carlo(m, {.paths = 1000, .seed = 1, .threads = 2, .progress = {}});
    EXPECT_EQ(r.entities[0].cost_usd_m.p50, cost);
    EXPECT_EQ(r.entities[0].share_pct.p95, share);
}

// One year, GDP 1000 x e^(0.1 z) x 1.1 and a 2.5% share: cost = 27.5 e^(0.1 z), a log-normal with
// mean 27.5 e^(0.1^2 / 2) = 27.5 x 1.0050125 = 27.637844.
TEST(monte_carlo, mean_within_three_standard_errors_of_the_log_normal_mean) {
    const auto m = small_model(1, 0.0, 0.1, SpendingRule::Share);
    const auto r = run_monte_carlo(m, {.paths = 200000, .seed = 7, .threads = 2, .progress = {}});
    const double analytic = 27.5 * std::exp(0.01 / 2);
    const auto& cost = r.entities[0].cost_usd_m;
    EXPECT_LT(std::fabs(cost.mean - analytic), 3 * cost.standard_error)
        << cost.mean << " vs " << analytic << " (se " << cost.standard_error << ")";
    EXPECT_GT(cost.standard_error, 0.0);
}

// Budget rule, one year: share = 100 x 27.5 / (1100 e^(0.1 z)) = 2.5 e^(-0.1 z); P(share >= 3.5)
// = P(z <= -ln(1.4) / 0.1) = Phi(-3.3647) = 0.000383.
TEST(monte_carlo, probability_matches_the_normal_tail) {
    const auto m = small_model(1, 0.0, 0.1, SpendingRule::Budget);
    const auto r = run_monte_carlo(m, {.paths = 500000, .seed = 11, .threads = 2, .progress = {}});
    const double p = 0.5 * std::erfc(std::log(1.4) / 0.1 / std::sqrt(2.0));
    const auto& e = r.entities[0];
    EXPECT_LT(std::fabs(e.probability_at_or_above - p), 4 * std::sqrt(p * (1 - p) / 5e5));
    // Median of 2.5 e^(-0.1 z) is 2.5, within one histogram bin.
    EXPECT_NEAR(e.share_pct.p50, 2.5, e.share_pct.bin_width);
}

TEST(monte_carlo, one_and_two_threads_give_identical_output) {
    const auto m = small_model(9, 0.02, 0.03, SpendingRule::Budget);
    const auto one = run_monte_carlo(m, {.paths = 100003, .seed = 5, .threads = 1, .progress = {}});
    const auto two = run_monte_carlo(m, {.paths = 100003, .seed = 5, .threads = 2, .progress = {}});
    for (std::size_t e = 0; e < one.entities.size(); ++e) {
        EXPECT_EQ(one.entities[e].probability_at_or_above, two.entities[e].probability_at_or_above);
        EXPECT_EQ(one.entities[e].share_pct.mean, two.entities[e].share_pct.mean);
        EXPECT_EQ(one.entities[e].share_pct.standard_error,
                  two.entities[e].share_pct.standard_error);
        EXPECT_EQ(one.entities[e].share_pct.p5, two.entities[e].share_pct.p5);
        EXPECT_EQ(one.entities[e].cost_usd_m.p95, two.entities[e].cost_usd_m.p95);
    }
}

// The portable build chooses its kernel at run time; the plain, AVX2 and AVX-512 kernels must give
// the same bits, so that a result never depends on the machine (no FMA contraction in any).
TEST(monte_carlo, every_kernel_gives_the_plain_kernels_bits) {
    for (const auto kernel : {Kernel::Avx2, Kernel::Avx512, Kernel::Auto}) {
        if (!kernel_available(kernel)) {
            std::printf("this CPU lacks kernel %d: not compared\n", static_cast<int>(kernel));
            continue;
        }
        for (const auto rule :
             {SpendingRule::Share, SpendingRule::Budget, SpendingRule::Execution}) {
            auto m = small_model(11, 0.02, 0.04, rule);
            m.check = 4;
            m.allies[0].spend_factor_loading = 0.03;
            m.allies[0].spend_own_loading = 0.05;
            m.allies[0].bias = -0.04;
            // Rule execution sums the paths after the percentiles' without keeping their
            // metrics: enough paths to run that code too.
            const std::uint64_t paths =
                rule == SpendingRule::Execution ? percentile_paths + 40001 : 50001;
            McConfig c{
                .paths = paths, .seed = 7, .threads = 2, .progress = {}, .kernel = Kernel::Plain};
            const auto plain = run_monte_carlo(m, c);
            c.kernel = kernel;
            const auto fast = run_monte_carlo(m, c);
            ASSERT_EQ(plain.entities.size(), fast.entities.size());
            for (std::size_t e = 0; e < plain.entities.size(); ++e) {
                const auto& p = plain.entities[e];
                const auto& v = fast.entities[e];
                EXPECT_EQ(p.probability_at_or_above, v.probability_at_or_above);
                EXPECT_EQ(p.check_probability, v.check_probability);
                for (const auto& [x, y] : {std::pair{&p.share_pct, &v.share_pct},
                                           std::pair{&p.cost_usd_m, &v.cost_usd_m},
                                           std::pair{&p.check_share_pct, &v.check_share_pct}}) {
                    EXPECT_EQ(x->mean, y->mean);
                    EXPECT_EQ(x->standard_error, y->standard_error);
                    EXPECT_EQ(x->p5, y->p5);
                    EXPECT_EQ(x->p50, y->p50);
                    EXPECT_EQ(x->p95, y->p95);
                    EXPECT_EQ(x->clamped, y->clamped);
                }
            }
        }
    }
}

// The AVX-512 Philox puts the two batches side by side in one register: the same words.
TEST(philox, the_avx512_kernel_matches_the_plain_one_word_for_word) {
    if (!cpu_has_avx512())
        GTEST_SKIP() << "this CPU has no AVX-512";
    for (std::uint32_t key : {0u, 1u, 20250625u, 0xFFFFFFFFu}) {
        PhiloxBlock a, b, va, vb;
        philox4x32_batch2(0xFFFFFFFCu, 5, 2, 3, 0, key, 9, 0xFFFFFFFFu, a, b); // lanes wrap
        philox4x32_batch2_avx512(0xFFFFFFFCu, 5, 2, 3, 0, key, 9, 0xFFFFFFFFu, va, vb);
        EXPECT_EQ(a, va);
        EXPECT_EQ(b, vb);
    }
}

// A NaN or an infinity in the model is refused before any path runs: nothing non-finite reaches
// a histogram index.
TEST(monte_carlo, a_non_finite_model_is_refused) {
    auto m = small_model(3, 0.02, 0.04, SpendingRule::Budget);
    m.allies[0].share_fraction[2] = std::nan("");
    EXPECT_THROW((void)run_monte_carlo(m, {.paths = 64, .seed = 1, .threads = 1, .progress = {}}),
                 Error);
    m = small_model(3, 0.02, 0.04, SpendingRule::Budget);
    m.allies[0].gdp_usd_m[1] = std::numeric_limits<double>::infinity();
    EXPECT_THROW((void)run_monte_carlo(m, {.paths = 64, .seed = 1, .threads = 1, .progress = {}}),
                 Error);
}

// Stored values, computed here independently: Random123's Philox4x32 words for path 0, seed 3,
// and Box-Muller in double precision. Stream 0 is the common factor, stream 1 the ally; year 1
// uses words 0 and 1 of counter (0, 0, 0, 0). Tolerance 1e-5 relative (single-precision math).
TEST(monte_carlo, fixed_seed_reproduces_stored_values) {
    const auto m = small_model(1, 0.05, 0.1, SpendingRule::Share);
    const auto block = evaluate_block(m, 3, 0);
    r123::Philox4x32 philox;
    auto normal = [&](std::uint32_t stream) {
        const auto w = philox({{0, 0, 0, 0}}, {{3, stream}});
        const double u1 = (double(w.v[0] >> 8) + 0.5) * std::ldexp(1.0, -24);
        const double u2 = double(w.v[1] >> 8) * std::ldexp(1.0, -24);
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    };
    const double c = 0.05 * normal(0) + 0.1 * normal(1);
    const double expected = 0.025 * 1100 * std::exp(c);
    EXPECT_NEAR(block.cost_usd_m[0][0], expected, 1e-5 * expected);
}

} // namespace hague::engine
