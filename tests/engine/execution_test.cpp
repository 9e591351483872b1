// The execution rule's shortcut: the kernel draws one normal per stream and segment (baseline to
// checkpoint, checkpoint to target) where the model is stated year by year. A sum of k independent
// normal shocks with the same loadings is sqrt(k) times one such shock, so the two give the same
// distribution; this test simulates the model as stated, year by year, with another generator
// (std::mt19937_64), and compares probabilities and percentiles within their sampling error.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

#include "hague/engine/monte_carlo.hpp"

namespace hague::engine {

namespace {

struct Spec {
    double sigma, rho, tau, rho_e, bias, share_pct;
};

/// The frame both test models share: 9 years, the checkpoint after 3, threshold 3.5%, rule
/// execution.
McModel nine_years(bool walk) {
    McModel m;
    m.years = 9;
    m.check = 3;
    m.threshold_pct = 3.5;
    m.rule = SpendingRule::Execution;
    m.walk = walk;
    return m;
}

/// Three allies with different scales, planned spending at share_pct of a GDP growing 3% a year
/// over 9 years, the checkpoint after 3; one group of all three.
McModel model(bool walk) {
    const std::vector<Spec> specs = {{0.02, 0.3, 0.10, 0.2, -0.04, 3.4},
                                     {0.05, 0.3, 0.05, 0.2, 0.00, 3.6},
                                     {0.01, 0.3, 0.15, 0.2, 0.02, 3.0}};
    McModel m = nine_years(walk);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const auto& s = specs[i];
        McAlly a;
        a.id = "A" + std::to_string(i);
        a.factor_loading = s.sigma * std::sqrt(s.rho);
        a.own_loading = s.sigma * std::sqrt(1 - s.rho);
        a.spend_factor_loading = s.tau * std::sqrt(s.rho_e);
        a.spend_own_loading = s.tau * std::sqrt(1 - s.rho_e);
        a.bias = s.bias;
        double gdp = 1000.0 * static_cast<double>(i + 1);
        for (int t = 0; t <= m.years; ++t) {
            a.gdp_usd_m.push_back(gdp);
            a.share_fraction.push_back(s.share_pct / 100);
            a.spending_usd_m.push_back(s.share_pct / 100 * gdp);
            gdp *= 1.03;
        }
        m.allies.push_back(std::move(a));
    }
    m.groups = {{"all", {0, 1, 2}}};
    return m;
}

/// The model as docs/methodology.md states it, year by year: share in the checkpoint and the
/// last year of every path, allies then the group.
struct Reference {
    std::vector<std::vector<double>> check, last; ///< [entity][path]
};

Reference year_by_year(const McModel& m, std::size_t paths) {
    std::mt19937_64 rng(7);
    std::normal_distribution<double> z;
    const std::size_t na = m.allies.size();
    Reference r;
    r.check.assign(na + 1, {});
    r.last.assign(na + 1, {});
    std::vector<double> c(na), e(na);
    for (std::size_t p = 0; p < paths; ++p) {
        std::fill(c.begin(), c.end(), 0.0);
        std::fill(e.begin(), e.end(), 0.0);
        for (int t = 1; t <= m.years; ++t) {
            const double f = z(rng), h = z(rng);
            for (std::size_t i = 0; i < na; ++i) {
                const auto& a = m.allies[i];
                c[i] += a.factor_loading * f + a.own_loading * z(rng);
                const double shock = a.spend_factor_loading * h + a.spend_own_loading * z(rng);
                e[i] = m.walk ? e[i] + shock : shock;
            }
            if (t != m.check && t != m.years)
                continue;
            double gdp_sum = 0, spend_sum = 0;
            auto& out = t == m.check ? r.check : r.last;
            for (std::size_t i = 0; i < na; ++i) {
                const auto& a = m.allies[i];
                const auto k = static_cast<std::size_t>(t);
                const double gdp = a.gdp_usd_m[k] * std::exp(c[i]);
                const double spend = a.spending_usd_m[k] * std::exp(a.bias + e[i]);
                out[i].push_back(100 * spend / gdp);
                gdp_sum += gdp;
                spend_sum += spend;
            }
            out[na].push_back(100 * spend_sum / gdp_sum);
        }
    }
    return r;
}

double share_at_or_above(const std::vector<double>& x, double v) {
    return static_cast<double>(
               std::count_if(x.begin(), x.end(), [&](double y) { return y >= v; })) /
           static_cast<double>(x.size());
}

/// |p - q| in standard errors of the difference of two independent proportions.
double z_of(double p, double q, double n1, double n2) {
    const double pooled = (p * n1 + q * n2) / (n1 + n2);
    const double se = std::sqrt(std::max(pooled * (1 - pooled), 1e-12) * (1 / n1 + 1 / n2));
    return std::fabs(p - q) / se;
}

void compare(bool walk) {
    const auto m = model(walk);
    constexpr std::size_t n = 200'000;
    const auto kernel = run_monte_carlo(m, {.paths = n, .seed = 11, .threads = 2, .progress = {}});
    const auto ref = year_by_year(m, n);
    const double dn = static_cast<double>(n);
    for (std::size_t e = 0; e < kernel.entities.size(); ++e) {
        const auto& k = kernel.entities[e];
        SCOPED_TRACE(k.id + (walk ? " walk" : " level"));
        // P(>= 3.5%) in the checkpoint year and in the last year.
        EXPECT_LT(z_of(k.check_probability, share_at_or_above(ref.check[e], 3.5), dn, dn), 4.5);
        EXPECT_LT(z_of(k.probability_at_or_above, share_at_or_above(ref.last[e], 3.5), dn, dn),
                  4.5);
        // The kernel's percentiles cut the reference's paths in the same proportions: the share
        // of reference paths at or above the kernel's p95, p50 and p5 is 5%, 50% and 95%, within
        // sampling error (and the histogram's bin, which moves a quantile by far less).
        struct Cut {
            double value, above;
            bool check;
        };
        for (const auto& [value, above, check] :
             {Cut{k.share_pct.p95, 0.05, false}, Cut{k.share_pct.p50, 0.50, false},
              Cut{k.share_pct.p5, 0.95, false}, Cut{k.check_share_pct.p50, 0.50, true}}) {
            const auto& sample = check ? ref.check[e] : ref.last[e];
            EXPECT_LT(z_of(share_at_or_above(sample, value), above, dn, dn), 4.5)
                << value << " " << above << " " << share_at_or_above(sample, value);
        }
    }
}

} // namespace

TEST(execution_shortcut, a_walk_drawn_per_segment_is_the_yearly_walk) {
    compare(true);
}

TEST(execution_shortcut, a_level_error_drawn_per_segment_is_the_yearly_error) {
    compare(false);
}

// With no volatility the execution rule is the plan times e^b: ally 0 plans 3.4% with b = -4%,
// so every path has 3.4 x e^-0.04 = 3.2667% in every year (P = 0); ally 2 plans 3.0% with b = +2%,
// 3.0 x e^0.02 = 3.0606%.
TEST(execution_shortcut, without_volatility_every_path_is_the_plan_times_e_to_the_b) {
    auto m = model(true);
    for (auto& a : m.allies)
        a.factor_loading = a.own_loading = a.spend_factor_loading = a.spend_own_loading = 0;
    const auto r = run_monte_carlo(m, {.paths = 64, .seed = 1, .threads = 1, .progress = {}});
    EXPECT_NEAR(r.entities[0].share_pct.p50, 3.4 * std::exp(-0.04), 1e-5);
    EXPECT_NEAR(r.entities[0].check_share_pct.p50, 3.4 * std::exp(-0.04), 1e-5);
    EXPECT_NEAR(r.entities[2].share_pct.p50, 3.0 * std::exp(0.02), 1e-5);
    EXPECT_EQ(r.entities[0].probability_at_or_above, 0.0);
    // Ally 1: 3.6% with b = 0, above 3.5% on every path.
    EXPECT_EQ(r.entities[1].probability_at_or_above, 1.0);
    EXPECT_EQ(r.entities[1].check_probability, 1.0);
}

// Past the percentiles' first paths, rule execution adds each path's metrics to the groups' sums
// as it evaluates them and keeps nothing (monte_carlo.cpp, ToSums): those paths must count
// exactly as evaluate_block evaluates them. Two groups: one formed from the total (all three
// allies), one from its members (ally 0 alone); three allies leave the last pair half empty.
// The allies' own figures are exact (execution_marginals), not counted: the paths agree with
// them within sampling error.
TEST(execution_shortcut, paths_summed_as_they_are_evaluated_count_as_evaluate_block_says) {
    auto m = model(true);
    m.groups.push_back({"first", {0}});
    constexpr std::uint64_t n = percentile_paths + 20'005;
    const auto r = run_monte_carlo(m, {.paths = n, .seed = 5, .threads = 2, .progress = {}});
    const std::size_t entities = m.allies.size() + m.groups.size();
    std::vector<std::uint64_t> hits(entities), check_hits(entities);
    std::vector<double> share(entities), cost(entities);
    for (std::uint64_t p = 0; p < n; p += philox_lanes) {
        const auto b = evaluate_block(m, 5, p);
        for (std::size_t e = 0; e < entities; ++e)
            for (std::size_t l = 0; l < philox_lanes && p + l < n; ++l) {
                hits[e] += b.share_pct[e][l] >= 3.5 ? 1 : 0;
                check_hits[e] += b.check_share_pct[e][l] >= 3.5 ? 1 : 0;
                share[e] += b.share_pct[e][l];
                cost[e] += b.cost_usd_m[e][l];
            }
    }
    const double dn = static_cast<double>(n);
    for (std::size_t e = 0; e < entities; ++e) {
        SCOPED_TRACE(r.entities[e].id);
        // The allies, and the group of ally 0 alone (entity 4), which is ally 0.
        const bool ally = e < m.allies.size() || e == 4;
        EXPECT_EQ(r.entities[e].exact, ally);
        const double p = static_cast<double>(hits[e]) / dn;
        const double q = static_cast<double>(check_hits[e]) / dn;
        if (ally) {
            EXPECT_LT(z_of(r.entities[e].probability_at_or_above, p, 1e12, dn), 4.5);
            EXPECT_LT(z_of(r.entities[e].check_probability, q, 1e12, dn), 4.5);
            EXPECT_EQ(r.entities[e].probability_standard_error, 0.0);
            continue;
        }
        EXPECT_EQ(r.entities[e].probability_at_or_above, p);
        EXPECT_EQ(r.entities[e].check_probability, q);
        // The sums are added in another order: equal to a double's rounding.
        EXPECT_NEAR(r.entities[e].share_pct.mean, share[e] / dn, 1e-12 * share[e] / dn);
        EXPECT_NEAR(r.entities[e].cost_usd_m.mean, cost[e] / dn, 1e-12 * cost[e] / dn);
    }
    // The group of ally 0 alone is ally 0: its exact figures, not an estimate that would differ
    // from them in a table by a sampling error.
    EXPECT_EQ(r.entities[4].probability_at_or_above, r.entities[0].probability_at_or_above);
    EXPECT_EQ(r.entities[4].check_probability, r.entities[0].check_probability);
    EXPECT_EQ(r.entities[4].share_pct.p95, r.entities[0].share_pct.p95);
    EXPECT_EQ(r.entities[4].id, "first");
    EXPECT_TRUE(r.entities[4].group);
}

/// One ally: GDP 1,000 and spending 30 (3%) in every year, 9 years, the checkpoint after 3; GDP's
/// loadings 0.03 and 0.04 (sigma^2 = 0.0009 + 0.0016 = 0.0025), the execution error's 0.06 and
/// 0.08 (tau^2 = 0.0036 + 0.0064 = 0.01), b = -0.05.
McModel one_ally(bool walk) {
    McModel m = nine_years(walk);
    McAlly a;
    a.id = "A";
    a.factor_loading = 0.03;
    a.own_loading = 0.04;
    a.spend_factor_loading = 0.06;
    a.spend_own_loading = 0.08;
    a.bias = -0.05;
    a.gdp_usd_m.assign(10, 1000.0);
    a.share_fraction.assign(10, 0.03);
    a.spending_usd_m.assign(10, 30.0);
    m.allies.push_back(a);
    m.groups = {{"all", {0}}};
    return m;
}

// An ally's share and spending under rule execution are log-normal, so its figures are exact:
// the median 3 x e^-0.05 = 3 x 0.9512294245 = 2.8536882735% (spending 30 x 0.9512294245 =
// 28.536882735), and log variances from the shocks' sums:
// - walk, 2035: 9 x 0.0025 + 9 x 0.01 = 0.1125 (sd 0.3354101966); p5 = 2.8536882735 x
//   e^(-1.6448536270 x 0.3354101966) = 2.8536882735 x e^-0.5517066 = 1.6436372316, p95 =
//   4.9545828032, mean = 2.8536882735 x e^(0.1125 / 2) = 3.0188087160; P(>= 3.5%) = 1 -
//   Phi(ln(3.5 / 2.8536882735) / 0.3354101966) = 1 - Phi(0.6086597) = 0.2713750022.
// - walk, 2029: 3 x 0.0025 + 3 x 0.01 = 0.0375; P = 1 - Phi(1.0542296) = 0.1458889108.
// - walk, spending: 9 x 0.01 = 0.09 (sd 0.3); p5 = 28.536882735 x e^(-1.6448536 x 0.3) =
//   17.4221309822, mean = 28.536882735 x e^0.045 = 29.8503743758.
// - level (one year's error): 2035 0.0225 + 0.01 = 0.0325, P = 1 - Phi(1.1324242) =
//   0.1287280632; 2029 0.0075 + 0.01 = 0.0175, P = 1 - Phi(1.5432341) = 0.0613869953.
TEST(execution_exact, an_allys_figures_are_its_log_normal_distributions) {
    const auto r =
        run_monte_carlo(one_ally(true), {.paths = 64, .seed = 1, .threads = 1, .progress = {}});
    const auto& a = r.entities[0];
    EXPECT_TRUE(a.exact);
    EXPECT_NEAR(a.share_pct.p50, 2.8536882735, 1e-9);
    EXPECT_NEAR(a.share_pct.p5, 1.6436372316, 1e-9);
    EXPECT_NEAR(a.share_pct.p95, 4.9545828032, 1e-9);
    EXPECT_NEAR(a.share_pct.mean, 3.0188087160, 1e-9);
    EXPECT_EQ(a.share_pct.standard_error, 0.0);
    EXPECT_EQ(a.share_pct.method, PercentileMethod::LogNormal);
    EXPECT_NEAR(a.probability_at_or_above, 0.2713750022, 1e-9);
    EXPECT_EQ(a.probability_standard_error, 0.0);
    EXPECT_NEAR(a.check_probability, 0.1458889108, 1e-9);
    EXPECT_NEAR(a.cost_usd_m.p5, 17.4221309822, 1e-8);
    EXPECT_NEAR(a.cost_usd_m.mean, 29.8503743758, 1e-8);
    // The group of this one ally is the ally: the same exact figures.
    EXPECT_TRUE(r.entities[1].exact);
    EXPECT_EQ(r.entities[1].probability_at_or_above, a.probability_at_or_above);
    EXPECT_EQ(r.entities[1].share_pct.method, PercentileMethod::LogNormal);
    const auto level =
        run_monte_carlo(one_ally(false), {.paths = 64, .seed = 1, .threads = 1, .progress = {}});
    EXPECT_NEAR(level.entities[0].probability_at_or_above, 0.1287280632, 1e-9);
    EXPECT_NEAR(level.entities[0].check_probability, 0.0613869953, 1e-9);
}

// The rounding rule's cutoff is the boundary: under 2dp, 3.495% counts as 3.50%. With the
// median at the cutoff itself the probability is one half, exactly.
TEST(execution_exact, the_probability_is_taken_at_the_rounding_cutoff) {
    auto m = one_ally(true);
    m.cutoff_pct = 2.8536882735021422; // 3 x e^-0.05, the median
    const auto r = run_monte_carlo(m, {.paths = 8, .seed = 1, .threads = 1, .progress = {}});
    EXPECT_NEAR(r.entities[0].probability_at_or_above, 0.5, 1e-15);
}

// The normals the execution rule draws a path: (2 common + 2 an ally) streams x 2 segments, here
// (2 + 6) x 2 = 16, where the yearly model would need (2 + 6) x 9 = 72.
TEST(execution_shortcut, draws_two_normals_a_stream) {
    const auto shape = normals_shape(model(true));
    EXPECT_EQ(shape.streams, 8u);
    EXPECT_EQ(shape.years, 2);
}

} // namespace hague::engine
