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

/// Three allies with different scales, planned spending at share_pct of a GDP growing 3% a year
/// over 9 years, the checkpoint after 3; one group of all three.
McModel model(bool walk) {
    const std::vector<Spec> specs = {{0.02, 0.3, 0.10, 0.2, -0.04, 3.4},
                                     {0.05, 0.3, 0.05, 0.2, 0.00, 3.6},
                                     {0.01, 0.3, 0.15, 0.2, 0.02, 3.0}};
    McModel m;
    m.years = 9;
    m.check = 3;
    m.threshold_pct = 3.5;
    m.rule = SpendingRule::Execution;
    m.walk = walk;
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

// Past the percentiles' first paths, rule execution adds each path's metrics to the sums as it
// evaluates them and keeps nothing (monte_carlo.cpp, ToSums): those paths must count exactly as
// evaluate_block evaluates them. Two groups: one formed from the total (all three allies), one
// from its members (ally 0 alone); three allies leave the last pair half empty.
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
        EXPECT_EQ(r.entities[e].probability_at_or_above, static_cast<double>(hits[e]) / dn);
        EXPECT_EQ(r.entities[e].check_probability, static_cast<double>(check_hits[e]) / dn);
        // The sums are added in another order: equal to a double's rounding.
        EXPECT_NEAR(r.entities[e].share_pct.mean, share[e] / dn, 1e-12 * share[e] / dn);
        EXPECT_NEAR(r.entities[e].cost_usd_m.mean, cost[e] / dn, 1e-12 * cost[e] / dn);
    }
    // The group of ally 0 alone is ally 0.
    EXPECT_EQ(r.entities[4].probability_at_or_above, r.entities[0].probability_at_or_above);
}

// The normals the execution rule draws a path: (2 common + 2 an ally) streams x 2 segments, here
// (2 + 6) x 2 = 16, where the yearly model would need (2 + 6) x 9 = 72.
TEST(execution_shortcut, draws_two_normals_a_stream) {
    const auto shape = normals_shape(model(true));
    EXPECT_EQ(shape.streams, 8u);
    EXPECT_EQ(shape.years, 2);
}

} // namespace hague::engine
