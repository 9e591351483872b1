#include "hague/engine/monte_carlo.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

#include "hague/core/error.hpp"
#include "hague/engine/fast_math.hpp"

namespace hague::engine {

namespace {

constexpr std::size_t lanes = philox_lanes;

/// The instruction set a kernel is compiled for. Every kernel gives the same bits: the same IEEE
/// operations lane by lane, no FMA contraction (-ffp-contract=off), no approximate instructions.
enum class Isa { Plain, Avx2, Avx512 };
#define HAGUE_TARGET_AVX2 __attribute__((target("avx2")))
#if defined(__clang__) // clang has no prefer-vector-width in a target attribute
#define HAGUE_TARGET_AVX512 __attribute__((target("avx2,avx512f,avx512vl,avx512dq,avx512bw")))
#else
#define HAGUE_TARGET_AVX512                                                                        \
    __attribute__((target("avx2,avx512f,avx512vl,avx512dq,avx512bw,prefer-vector-width=512")))
#endif
constexpr std::uint64_t chunk_paths = 4096; ///< fixed chunk boundaries: results ignore threads
constexpr std::size_t bins = 1024;   ///< 1,024 uint32 bins: 4 KiB a histogram, all of them in L2
constexpr double range_sigmas = 7.0; ///< histogram range: deterministic value x e^(+-7 sd)

/// Normals of one block of paths: [stream][year][lane]; stream 0 is the common factor. Under rule
/// execution (`paired`) the allies' streams are laid out for ExecutionPair instead: streams 0 and
/// 1 (the common factors) first, then for each pair of allies and each segment the GDP shocks of
/// both allies (16 floats), then their spending shocks, so that one 16-float load takes a pair's
/// draw with no copying. The layout moves memory only: every stream keeps its Philox key.
struct Normals {
    std::size_t streams = 0;
    int years = 0;
    bool paired = false;
    /// The floats, in cache lines (a pair's 16 floats are one line: no load straddles two).
    struct alignas(64) Line {
        float v[2 * lanes];
    };
    std::vector<Line> lines;
    void resize(std::size_t floats) { lines.assign((floats + 2 * lanes - 1) / (2 * lanes), {}); }
    [[nodiscard]] const float* data() const { return lines.front().v; }
    [[nodiscard]] std::size_t index(std::size_t stream, int year) const {
        const auto y = static_cast<std::size_t>(year);
        const auto n = static_cast<std::size_t>(years);
        if (!paired || stream < 2)
            return (stream * n + y) * lanes;
        const std::size_t ally = (stream - 2) / 2, kind = (stream - 2) % 2;
        return (2 * n + (((ally / 2) * n + y) * 2 + kind) * 2 + ally % 2) * lanes;
    }
    /// Floats the layout needs: an odd count of allies leaves the last pair's second half unused.
    [[nodiscard]] std::size_t size() const {
        if (!paired)
            return streams * static_cast<std::size_t>(years) * lanes;
        const std::size_t pairs = (streams - 2 + 3) / 4;
        return (2 + 4 * pairs) * static_cast<std::size_t>(years) * lanes;
    }
    float* at(std::size_t stream, int year) { return lines.front().v + index(stream, year); }
};

/// Box-Muller of one Philox block into years 4j .. 4j+3 of stream s.
[[gnu::always_inline]] inline void to_normals(const PhiloxBlock& words, std::size_t s, int j,
                                              Normals& n) {
    alignas(32) float z[4][lanes];
    for (std::size_t l = 0; l < lanes; ++l)
        fast::box_muller(words[0][l], words[1][l], z[0][l], z[1][l]);
    if (4 * j + 2 < n.years) // the last block of a stream may need only its first two normals
        for (std::size_t l = 0; l < lanes; ++l)
            fast::box_muller(words[2][l], words[3][l], z[2][l], z[3][l]);
    for (int k = 0; k < 4 && 4 * j + k < n.years; ++k)
        for (std::size_t l = 0; l < lanes; ++l)
            n.at(s, 4 * j + k)[l] = z[k][l];
}

/// Normals of paths first_path .. +7: stream s, year block j has counter (path, 0, j, 0) under
/// key (seed, s). Blocks are generated two at a time, interleaved.
template <Isa I>
[[gnu::always_inline]] inline void draw_normals(std::uint32_t seed, std::uint64_t first_path,
                                                Normals& n) {
    const auto c0 = static_cast<std::uint32_t>(first_path);
    const int blocks = (n.years + 3) / 4;
    const std::size_t total = n.streams * static_cast<std::size_t>(blocks);
    PhiloxBlock a, b;
    std::size_t k = 0;
    for (; k + 1 < total; k += 2) {
        const std::size_t sa = k / static_cast<std::size_t>(blocks);
        const int ja = static_cast<int>(k % static_cast<std::size_t>(blocks));
        const std::size_t sb = (k + 1) / static_cast<std::size_t>(blocks);
        const int jb = static_cast<int>((k + 1) % static_cast<std::size_t>(blocks));
        const auto batch2 = I == Isa::Avx512 ? philox4x32_batch2_avx512
                            : I == Isa::Avx2 ? philox4x32_batch2_avx2
                                             : philox4x32_batch2;
        batch2(c0, 0, static_cast<std::uint32_t>(ja), static_cast<std::uint32_t>(jb), 0, seed,
               static_cast<std::uint32_t>(sa), static_cast<std::uint32_t>(sb), a, b);
        to_normals(a, sa, ja, n);
        to_normals(b, sb, jb, n);
    }
    if (k < total) {
        const std::size_t s = k / static_cast<std::size_t>(blocks);
        const int j = static_cast<int>(k % static_cast<std::size_t>(blocks));
        const auto batch = I == Isa::Plain ? philox4x32_batch : philox4x32_batch_avx2;
        batch(c0, 0, static_cast<std::uint32_t>(j), 0, seed, static_cast<std::uint32_t>(s), a);
        to_normals(a, s, j, n);
    }
}

/// How a group's sums are formed: from its members, or, when it holds more than half of the
/// allies, as the sum of all allies minus the others (NATO is all of them; Europe and Canada is
/// all but one): fewer additions a path, the same figures to a double's rounding.
struct GroupPlan {
    bool from_total = false; ///< the total minus the allies outside (its feeds), else its members
};

/// The groups' running sums over one block of paths, fed ally by ally in ally order as each ally
/// is evaluated (no per-ally copy is kept): accumulator 0 is every ally (when a group is formed
/// from the total), accumulator 1 + g is group g's plan (its members, or the allies outside it).
struct GroupSums {
    static constexpr std::size_t quantities = 5; ///< GDP, spending, cost, checkpoint GDP, spending
    std::vector<GroupPlan> plans;
    /// Ally i is added to accumulators feeds[feed_begin[i]] .. feeds[feed_begin[i + 1] - 1].
    std::vector<std::uint32_t> feeds, feed_begin;
    /// [accumulator][quantity]: 8 lanes, one cache line.
    struct alignas(64) Line {
        double v[lanes];
    };
    std::vector<Line> sums;
    bool planned = false;

    void plan(const McModel& m) {
        const std::size_t na = m.allies.size();
        std::vector<std::vector<std::uint32_t>> per_ally(na);
        bool any_from_total = false;
        for (std::size_t g = 0; g < m.groups.size(); ++g) {
            GroupPlan p;
            p.from_total = 2 * m.groups[g].members.size() > na;
            any_from_total = any_from_total || p.from_total;
            for (std::size_t i = 0; i < na; ++i) {
                const auto& members = m.groups[g].members;
                const bool member = std::find(members.begin(), members.end(), i) != members.end();
                if (member != p.from_total)
                    per_ally[i].push_back(static_cast<std::uint32_t>(1 + g));
            }
            plans.push_back(std::move(p));
        }
        feed_begin.push_back(0);
        for (auto& f : per_ally) {
            if (any_from_total)
                feeds.push_back(0);
            feeds.insert(feeds.end(), f.begin(), f.end());
            feed_begin.push_back(static_cast<std::uint32_t>(feeds.size()));
        }
        sums.assign((1 + m.groups.size()) * quantities, Line{});
        planned = true;
    }
    void clear() { std::fill(sums.begin(), sums.end(), Line{}); }
    [[nodiscard]] const double* at(std::size_t k, std::size_t q) const {
        return sums[k * quantities + q].v;
    }
    /// Adds ally i's lanes to its accumulators; `cost` is null when the cost is the spending.
    [[gnu::always_inline]] void add(std::size_t i, const double* __restrict g,
                                    const double* __restrict s, const double* __restrict c,
                                    const double* __restrict gc, const double* __restrict sc) {
        for (std::uint32_t f = feed_begin[i]; f < feed_begin[i + 1]; ++f) {
            double* __restrict to = sums[feeds[f] * quantities].v;
            for (std::size_t l = 0; l < lanes; ++l) {
                to[l] += g[l];
                to[lanes + l] += s[l];
                to[3 * lanes + l] += gc[l];
                to[4 * lanes + l] += sc[l];
            }
            if (c != nullptr)
                for (std::size_t l = 0; l < lanes; ++l)
                    to[2 * lanes + l] += c[l];
        }
    }
    /// Each group's metrics, ratios of its sums, to sink(entity, share, cost, check_share).
    template <typename Sink>
    [[gnu::always_inline]] void finish(const McModel& m, bool cost_is_spending, Sink& sink) const {
        const std::size_t na = m.allies.size();
        for (std::size_t g = 0; g < plans.size(); ++g) {
            const double* own = at(1 + g, 0);
            const double* all = at(0, 0);
            const bool total = plans[g].from_total;
            alignas(64) double q[quantities][lanes];
            for (std::size_t k = 0; k < quantities; ++k)
                for (std::size_t l = 0; l < lanes; ++l)
                    q[k][l] = total ? all[k * lanes + l] - own[k * lanes + l] : own[k * lanes + l];
            alignas(64) double share[lanes], money[lanes], check[lanes];
            for (std::size_t l = 0; l < lanes; ++l) {
                share[l] = q[0][l] > 0 ? 100.0 * q[1][l] / q[0][l] : 0.0;
                money[l] = cost_is_spending ? q[1][l] : q[2][l];
                check[l] = q[3][l] > 0 ? 100.0 * q[4][l] / q[3][l] : 0.0;
            }
            sink(na + g, share, money, check);
        }
    }
};

/// Per-block scratch of a worker: the groups' sums and rule execution's constants, made on first
/// use.
struct Scratch {
    GroupSums groups;
    std::vector<struct ExecutionPair> pairs;
};

/// A sink that keeps a block's metrics (the pilot, the histograms' paths, evaluate_block).
struct ToBlock {
    BlockMetrics& out;
    [[gnu::always_inline]] void operator()(std::size_t e, const double* share, const double* cost,
                                           const double* check) {
        std::copy_n(share, lanes, out.share_pct[e].begin());
        std::copy_n(cost, lanes, out.cost_usd_m[e].begin());
        std::copy_n(check, lanes, out.check_share_pct[e].begin());
    }
};

void size_outputs(const McModel& m, BlockMetrics& out) {
    const std::size_t entities = m.allies.size() + m.groups.size();
    out.share_pct.resize(entities);
    out.cost_usd_m.resize(entities);
    out.check_share_pct.resize(entities);
}

/// Share and Budget: GDP year by year (the share rule's cost needs every year).
[[gnu::always_inline]] inline void evaluate_years(const McModel& m, Normals& n, BlockMetrics& out,
                                                  Scratch& scratch) {
    const std::size_t na = m.allies.size();
    const bool share_rule = m.rule == SpendingRule::Share;
    for (std::size_t i = 0; i < na; ++i) {
        const auto& a = m.allies[i];
        const auto fa = static_cast<float>(a.factor_loading);
        const auto fb = static_cast<float>(a.own_loading);
        alignas(32) float c[lanes] = {};
        alignas(32) float c_check[lanes] = {};
        alignas(32) float growth[lanes] = {}; // exp(c) of the last year
        alignas(32) double cost[lanes] = {};
        if (!share_rule) {
            // Budget rule: the money is fixed, so only the last year's GDP matters: accumulate
            // the shocks, then one exp.
            for (int t = 1; t <= m.years; ++t) {
                const float* f = n.at(0, t - 1);
                const float* e = n.at(i + 1, t - 1);
                for (std::size_t l = 0; l < lanes; ++l)
                    c[l] += fa * f[l] + fb * e[l];
                if (t == m.check)
                    std::copy_n(c, lanes, c_check);
            }
            double fixed = 0; // summed in year order, as the projection does
            for (std::size_t t = 1; t <= static_cast<std::size_t>(m.years); ++t)
                fixed += a.spending_usd_m[t];
            for (std::size_t l = 0; l < lanes; ++l) {
                growth[l] = fast::exp(c[l]);
                cost[l] = fixed;
            }
        } else {
            // Share rule: cost = sum_t w_t x exp(C_t), w_t = share_t / 100 x GDP_det_t, the
            // projection's spending; exp(0) = 1 gives the projection exactly.
            for (int t = 1; t <= m.years; ++t) {
                const float* f = n.at(0, t - 1);
                const float* e = n.at(i + 1, t - 1);
                const double w = a.share_fraction[static_cast<std::size_t>(t)] *
                                 a.gdp_usd_m[static_cast<std::size_t>(t)];
                for (std::size_t l = 0; l < lanes; ++l) {
                    c[l] += fa * f[l] + fb * e[l];
                    growth[l] = fast::exp(c[l]);
                    cost[l] += w * static_cast<double>(growth[l]);
                }
                if (t == m.check)
                    std::copy_n(c, lanes, c_check);
            }
        }
        // The last year, lane by lane into local arrays (no aliasing, so it vectorizes), then out.
        const auto last_t = static_cast<std::size_t>(m.years);
        const double gdp_det = a.gdp_usd_m[last_t];
        const double budget = a.spending_usd_m[last_t];
        const double fraction = a.share_fraction[last_t];
        alignas(32) double gdp[lanes], spend[lanes], share[lanes];
        alignas(32) double gdp_c[lanes], spend_c[lanes], share_c[lanes];
        for (std::size_t l = 0; l < lanes; ++l) {
            gdp[l] = gdp_det * static_cast<double>(growth[l]);
            spend[l] = share_rule ? fraction * gdp[l] : budget;
            share[l] = 100.0 * spend[l] / gdp[l];
        }
        std::copy_n(share, lanes, out.share_pct[i].begin());
        std::copy_n(cost, lanes, out.cost_usd_m[i].begin());
        // The checkpoint year, the same way.
        const auto ct = static_cast<std::size_t>(m.check);
        const double gdp_det_c = a.gdp_usd_m[ct];
        const double budget_c = a.spending_usd_m[ct];
        const double fraction_c = a.share_fraction[ct];
        // Branches outside the loops: a call inside a conditional expression does not vectorize.
        if (m.check > 0)
            for (std::size_t l = 0; l < lanes; ++l) {
                gdp_c[l] = gdp_det_c * static_cast<double>(fast::exp(c_check[l]));
                spend_c[l] = share_rule ? fraction_c * gdp_c[l] : budget_c;
                share_c[l] = 100.0 * spend_c[l] / gdp_c[l];
            }
        else
            for (std::size_t l = 0; l < lanes; ++l)
                gdp_c[l] = spend_c[l] = share_c[l] = 0.0;
        std::copy_n(share_c, lanes, out.check_share_pct[i].begin());
        scratch.groups.add(i, gdp, spend, cost, gdp_c, spend_c);
    }
    ToBlock sink{out};
    scratch.groups.finish(m, false, sink);
}

/// Two allies' constants under rule execution, side by side: lanes 0-7 hold ally `first`'s,
/// lanes 8-15 the next one's, so that one 16-float loop (one AVX-512 register, two AVX2 ones)
/// evaluates both on 8 paths. Made once a run: the loadings scaled by the square root of their
/// segment's years, the deterministic GDP and the planned share of GDP (100 x planned spending /
/// GDP) at the checkpoint (1) and the target year (2).
constexpr std::size_t pair_lanes = 2 * lanes;
struct ExecutionPair {
    std::size_t first = 0;
    bool second = false; ///< an odd count leaves the last pair's second half empty (not stored)
    alignas(64) float f1[pair_lanes], g1[pair_lanes], f2[pair_lanes], g2[pair_lanes];
    alignas(64) float h1[pair_lanes], u1[pair_lanes], h2[pair_lanes], u2[pair_lanes];
    alignas(64) float gdp1[pair_lanes], gdp2[pair_lanes], ratio1[pair_lanes], ratio2[pair_lanes];
    alignas(64) float bias[pair_lanes];
};

std::vector<ExecutionPair> execution_pairs(const McModel& m, bool two) {
    const int k1 = two ? m.check : m.years;
    const double r1 = std::sqrt(static_cast<double>(k1));
    const double r2 = std::sqrt(static_cast<double>(m.years - k1));
    const double e1 = m.walk ? r1 : 1.0, e2 = m.walk ? r2 : 1.0;
    const auto last_t = static_cast<std::size_t>(m.years);
    const auto ct = static_cast<std::size_t>(two ? m.check : m.years);
    std::vector<ExecutionPair> out;
    for (std::size_t i = 0; i < m.allies.size(); i += 2) {
        ExecutionPair p;
        p.first = i;
        p.second = i + 1 < m.allies.size();
        for (std::size_t l = 0; l < pair_lanes; ++l) {
            const auto& a = m.allies[l < lanes || !p.second ? i : i + 1];
            const auto f = [](double x) { return static_cast<float>(x); };
            p.f1[l] = f(r1 * a.factor_loading);
            p.g1[l] = f(r1 * a.own_loading);
            p.f2[l] = f(r2 * a.factor_loading);
            p.g2[l] = f(r2 * a.own_loading);
            p.h1[l] = f(e1 * a.spend_factor_loading);
            p.u1[l] = f(e1 * a.spend_own_loading);
            p.h2[l] = f(e2 * a.spend_factor_loading);
            p.u2[l] = f(e2 * a.spend_own_loading);
            p.gdp1[l] = f(a.gdp_usd_m[ct]);
            p.gdp2[l] = f(a.gdp_usd_m[last_t]);
            p.ratio1[l] = f(100.0 * a.spending_usd_m[ct] / a.gdp_usd_m[ct]);
            p.ratio2[l] = f(100.0 * a.spending_usd_m[last_t] / a.gdp_usd_m[last_t]);
            p.bias[l] = f(a.bias);
        }
        out.push_back(p);
    }
    return out;
}

/// Execution: two segments (baseline to checkpoint, checkpoint to target), each one normal per
/// stream: a walk's k yearly shocks sum to sqrt(k) times one normal of the same loadings
/// (tests/engine/execution_test.cpp checks this against a year-by-year simulation). Streams: 0
/// GDP factor, 1 spending factor, 2 + 2i ally i's own GDP shock, 3 + 2i its own spending shock.
/// In float: a float's 7 digits are far finer than the percentiles and histograms they feed; the
/// sums over paths are doubles. share = 100 x planned / GDP_det x e^(b + E - C), spending =
/// share x GDP / 100: no division. Two allies a loop (ExecutionPair), their draws one load each
/// (Normals' paired layout). Each ally's metrics go to sink(entity, share, cost, check_share) as
/// they are made, and its GDP and spending straight into the groups' sums: nothing per ally is
/// stored and read back.
template <typename Sink>
[[gnu::always_inline]] inline void evaluate_execution(const McModel& m, Normals& n,
                                                      Scratch& scratch, Sink& sink) {
    const bool two = n.years > 1;
    if (scratch.pairs.empty())
        scratch.pairs = execution_pairs(m, two);
    // The common factors, once for each half.
    alignas(64) float f1[pair_lanes], h1[pair_lanes], f2[pair_lanes], h2[pair_lanes];
    for (std::size_t l = 0; l < pair_lanes; ++l) {
        f1[l] = n.at(0, 0)[l % lanes];
        h1[l] = n.at(1, 0)[l % lanes];
        f2[l] = n.at(0, two ? 1 : 0)[l % lanes];
        h2[l] = n.at(1, two ? 1 : 0)[l % lanes];
    }
    const bool walk = m.walk;
    for (const auto& a : scratch.pairs) {
        const std::size_t i = a.first;
        const float* g1 = n.at(2 + 2 * i, 0); // ally i's 8 lanes, then the next ally's
        const float* u1 = n.at(3 + 2 * i, 0);
        alignas(64) float c[pair_lanes], e[pair_lanes], gdp[pair_lanes], share[pair_lanes],
            spend[pair_lanes];
        for (std::size_t l = 0; l < pair_lanes; ++l) {
            c[l] = a.f1[l] * f1[l] + a.g1[l] * g1[l];
            e[l] = a.h1[l] * h1[l] + a.u1[l] * u1[l];
        }
        // One reported year: GDP, the share and the money from the accumulated c and e.
        const auto at_year = [&](const float* gdp_det, const float* ratio) {
            for (std::size_t l = 0; l < pair_lanes; ++l) {
                gdp[l] = gdp_det[l] * fast::exp(c[l]);
                share[l] = ratio[l] * fast::exp(a.bias[l] + e[l] - c[l]);
                spend[l] = 0.01f * share[l] * gdp[l];
            }
        };
        const auto widen = [](const float* from, double* to) {
            for (std::size_t l = 0; l < pair_lanes; ++l)
                to[l] = static_cast<double>(from[l]);
        };
        alignas(64) double check_d[pair_lanes], gdp_c[pair_lanes], spend_c[pair_lanes];
        if (two) {
            at_year(a.gdp1, a.ratio1);
            widen(share, check_d);
            widen(gdp, gdp_c);
            widen(spend, spend_c);
            const float* g2 = n.at(2 + 2 * i, 1);
            const float* u2 = n.at(3 + 2 * i, 1);
            for (std::size_t l = 0; l < pair_lanes; ++l) {
                c[l] += a.f2[l] * f2[l] + a.g2[l] * g2[l];
                const float fresh = a.h2[l] * h2[l] + a.u2[l] * u2[l];
                e[l] = walk ? e[l] + fresh : fresh;
            }
        } else {
            std::fill_n(check_d, pair_lanes, 0.0);
            std::fill_n(gdp_c, pair_lanes, 0.0);
            std::fill_n(spend_c, pair_lanes, 0.0);
        }
        at_year(a.gdp2, a.ratio2);
        alignas(64) double share_d[pair_lanes], spend_d[pair_lanes], gdp_d[pair_lanes];
        widen(share, share_d);
        widen(spend, spend_d);
        widen(gdp, gdp_d);
        for (std::size_t half = 0; half < (a.second ? 2u : 1u); ++half) {
            const std::size_t h = half * lanes;
            sink(i + half, share_d + h, spend_d + h, check_d + h);
            scratch.groups.add(i + half, gdp_d + h, spend_d + h, nullptr, gdp_c + h, spend_c + h);
        }
    }
    scratch.groups.finish(m, true, sink);
}

[[gnu::always_inline]] inline void evaluate(const McModel& m, Normals& n, BlockMetrics& out,
                                            Scratch& scratch) {
    size_outputs(m, out);
    if (!scratch.groups.planned)
        scratch.groups.plan(m);
    scratch.groups.clear();
    ToBlock sink{out};
    if (m.rule == SpendingRule::Execution)
        evaluate_execution(m, n, scratch, sink);
    else
        evaluate_years(m, n, out, scratch);
}

/// The normals of one block of paths, shaped for the model.
Normals make_normals(const McModel& m) {
    const auto shape = normals_shape(m);
    Normals n{shape.streams, shape.years, m.rule == SpendingRule::Execution, {}};
    n.resize(n.size());
    return n;
}

/// A histogram over [lo, hi] with `bins` equal bins; values outside are clamped and counted.
struct Histogram {
    double lo = 0, hi = 0, scale = 0;
    /// bins + 1 counts, per thread: at most max paths (5e7) < 2^32. The extra slot takes the
    /// lanes past the run's end, so that every add is 8 branch-free increments.
    std::vector<std::uint32_t> counts;
    std::uint32_t clamped_lanes[lanes] = {}; ///< per lane: summed by clamped()
    bool fixed = false;                      ///< the metric does not vary across paths: no bins
    double fixed_value = 0;

    void reset(double low, double high, bool is_fixed) {
        lo = low;
        hi = high;
        fixed = is_fixed;
        scale = hi > lo ? bins / (hi - lo) : 0.0;
        counts.assign(fixed ? 0 : bins + 1, 0);
        std::fill_n(clamped_lanes, lanes, 0u);
    }
    [[nodiscard]] std::uint64_t clamped() const {
        std::uint64_t total = 0;
        for (const auto c : clamped_lanes)
            total += c;
        return total;
    }
    /// Adds the first n of x (n <= lanes); the bin indices are computed for all lanes at once.
    [[gnu::always_inline]] void add(const double* x, std::size_t n) {
        if (fixed)
            return;
        if (n == lanes) // a constant count: the bins are computed in vector registers
            add_first(x, lanes);
        else
            add_first(x, n);
    }
    [[gnu::always_inline]] void add_first(const double* x, std::size_t n) {
        // int32 bins: AVX2 converts doubles to 32-bit integers, not to 64-bit ones.
        alignas(32) std::int32_t bin[lanes];
        const double top = static_cast<double>(bins - 1);
        // Not unrolled before the vectorizer sees it (unrolled, SLP leaves it scalar).
#pragma GCC unroll 1
        for (std::size_t l = 0; l < lanes; ++l) {
            const double pos = (x[l] - lo) * scale;
            // Written so that NaN (every comparison false) lands in bin 0 and counts as clamped:
            // no float reaches the index unchecked.
            const bool inside = (pos >= 0.0) & (pos <= top);
            const bool live = l < n;
            clamped_lanes[l] += static_cast<std::uint32_t>(live & !inside);
            // Clamped to [0, top] by two selects (NaN fails the first and becomes 0): a form that
            // compiles to vector compares and one vector conversion.
            const double above_zero = pos >= 0.0 ? pos : 0.0;
            const double clamped = above_zero <= top ? above_zero : top;
            const auto b = static_cast<std::int32_t>(clamped);
            bin[l] = live ? b : static_cast<std::int32_t>(bins);
        }
        for (std::size_t l = 0; l < lanes; ++l)
            ++counts[static_cast<std::size_t>(bin[l])];
    }
    void merge(const Histogram& o) {
        for (std::size_t b = 0; b < counts.size(); ++b)
            counts[b] += o.counts[b];
        for (std::size_t l = 0; l < lanes; ++l)
            clamped_lanes[l] += o.clamped_lanes[l];
    }
    /// The q-quantile, linear within the bin that holds it.
    double quantile(double q, std::uint64_t total) const {
        if (fixed)
            return fixed_value;
        const double target = q * static_cast<double>(total);
        double seen = 0;
        for (std::size_t b = 0; b < bins; ++b) {
            const double next = seen + static_cast<double>(counts[b]);
            if (next >= target && counts[b] > 0) {
                const double within = (target - seen) / static_cast<double>(counts[b]);
                return lo + (static_cast<double>(b) + within) / scale;
            }
            seen = next;
        }
        return hi;
    }
};

/// Sums of one chunk, merged in chunk order so that the totals do not depend on threads.
struct ChunkSums {
    std::vector<double> share_sum, share_sq, cost_sum, cost_sq, check_sum, check_sq;
    std::vector<std::uint64_t> hits, check_hits;
    void resize(std::size_t n) {
        share_sum.assign(n, 0);
        share_sq.assign(n, 0);
        cost_sum.assign(n, 0);
        cost_sq.assign(n, 0);
        check_sum.assign(n, 0);
        check_sq.assign(n, 0);
        hits.assign(n, 0);
        check_hits.assign(n, 0);
    }
};

/// Per-lane running sums within a chunk; folded into ChunkSums lane by lane, in lane order.
/// One cache line an array (alignas 64): an AVX-512 load that straddled two lines would pay twice.
struct alignas(64) LaneSums {
    double share[lanes] = {}, share_sq[lanes] = {}, cost[lanes] = {}, cost_sq[lanes] = {},
           check[lanes] = {}, check_sq[lanes] = {};
    std::uint64_t hits[lanes] = {}, check_hits[lanes] = {};

    /// Adds the first n lanes; a share counts as reaching the threshold from `cutoff` on (the
    /// rounding rule's least share that reaches it).
    [[gnu::always_inline]] void add(const double* sh, const double* co, const double* ck,
                                    double cutoff, std::size_t n) {
        if (n == lanes) // a constant trip count: the loop vectorizes
            add_first(sh, co, ck, cutoff, lanes);
        else
            add_first(sh, co, ck, cutoff, n);
    }
    [[gnu::always_inline]] void add_first(const double* sh, const double* co, const double* ck,
                                          double cutoff, std::size_t n) {
        for (std::size_t l = 0; l < n; ++l) {
            share[l] += sh[l];
            share_sq[l] += sh[l] * sh[l];
            cost[l] += co[l];
            cost_sq[l] += co[l] * co[l];
            check[l] += ck[l];
            check_sq[l] += ck[l] * ck[l];
            hits[l] += sh[l] >= cutoff ? 1u : 0u;
            check_hits[l] += ck[l] >= cutoff ? 1u : 0u;
        }
    }
    void fold(ChunkSums& s, std::size_t e) const {
        for (std::size_t l = 0; l < lanes; ++l) {
            s.share_sum[e] += share[l];
            s.share_sq[e] += share_sq[l];
            s.cost_sum[e] += cost[l];
            s.cost_sq[e] += cost_sq[l];
            s.check_sum[e] += check[l];
            s.check_sq[e] += check_sq[l];
            s.hits[e] += hits[l];
            s.check_hits[e] += check_hits[l];
        }
    }
};

struct Ranges {
    std::vector<std::pair<double, double>> share, cost, check;
    /// Deterministic under the rule (or with no volatility, or no checkpoint).
    std::vector<bool> share_fixed, cost_fixed, check_fixed;
};

/// Each metric's range before the pilot: its deterministic value times e^(+-7 sd of its log).
Ranges histogram_ranges(const McModel& m) {
    Ranges r;
    const double years = m.years;
    const double k1 = m.check;
    const bool execution = m.rule == SpendingRule::Execution;
    auto range = [](double v, double s) {
        const double pad = std::max(std::fabs(v) * 1e-9, 1e-12);
        return std::pair{v * std::exp(-range_sigmas * s) - pad,
                         v * std::exp(range_sigmas * s) + pad};
    };
    const std::size_t na = m.allies.size();
    std::vector<double> gdp_last(na), spend_last(na), cost_det(na), gdp_check(na), spend_check(na),
        s_share(na), s_cost(na), s_check(na);
    for (std::size_t i = 0; i < na; ++i) {
        const auto& a = m.allies[i];
        const double sigma2 = a.factor_loading * a.factor_loading + a.own_loading * a.own_loading;
        const double tau2 = a.spend_factor_loading * a.spend_factor_loading +
                            a.spend_own_loading * a.spend_own_loading;
        const auto t = static_cast<std::size_t>(m.years);
        const auto c = static_cast<std::size_t>(m.check);
        const double level = execution ? std::exp(a.bias) : 1.0;
        double cost = 0;
        if (execution)
            cost = a.spending_usd_m[t] * level; // the last year's spending
        else
            for (std::size_t k = 1; k <= t; ++k)
                cost += a.spending_usd_m[k];
        gdp_last[i] = a.gdp_usd_m[t];
        spend_last[i] = a.spending_usd_m[t] * level;
        cost_det[i] = cost;
        gdp_check[i] = a.gdp_usd_m[c];
        spend_check[i] = a.spending_usd_m[c] * level;
        switch (m.rule) {
        case SpendingRule::Share: // the share is the scenario's whatever the path
            s_share[i] = 0;
            s_cost[i] = std::sqrt(years * sigma2);
            s_check[i] = 0;
            break;
        case SpendingRule::Budget: // it moves with 1 / GDP
            s_share[i] = std::sqrt(years * sigma2);
            s_cost[i] = 0;
            s_check[i] = std::sqrt(k1 * sigma2);
            break;
        case SpendingRule::Execution:
            s_share[i] = std::sqrt(years * sigma2 + (m.walk ? years : 1.0) * tau2);
            s_cost[i] = std::sqrt((m.walk ? years : 1.0) * tau2);
            s_check[i] = std::sqrt(k1 * sigma2 + (m.walk ? k1 : 1.0) * tau2);
            break;
        }
        r.share.push_back(range(100.0 * spend_last[i] / gdp_last[i], s_share[i]));
        r.cost.push_back(range(cost, s_cost[i]));
        r.share_fixed.push_back(s_share[i] == 0.0);
        r.cost_fixed.push_back(s_cost[i] == 0.0);
        r.check.push_back(m.check > 0 ? range(100.0 * spend_check[i] / gdp_check[i], s_check[i])
                                      : std::pair{0.0, 0.0});
        r.check_fixed.push_back(m.check == 0 || s_check[i] == 0.0);
    }
    for (const auto& g : m.groups) {
        // A group's share is a ratio of sums: it varies when any member's GDP or spending does,
        // and no more than its most volatile member.
        double s = 0, sc = 0, s_c = 0, gdp = 0, spend = 0, cost = 0, gdp_c = 0, spend_c = 0;
        for (auto i : g.members) {
            const auto& a = m.allies[i];
            const double own = std::sqrt(
                years * (a.factor_loading * a.factor_loading + a.own_loading * a.own_loading) +
                (execution
                     ? (m.walk ? years : 1.0) * (a.spend_factor_loading * a.spend_factor_loading +
                                                 a.spend_own_loading * a.spend_own_loading)
                     : 0.0));
            s = std::max(s, own);
            sc = std::max(sc, s_cost[i]);
            s_c = std::max(s_c, m.check > 0 ? own : 0.0);
            gdp += gdp_last[i];
            spend += spend_last[i];
            cost += cost_det[i];
            gdp_c += gdp_check[i];
            spend_c += spend_check[i];
        }
        r.share.push_back(range(gdp > 0 ? 100 * spend / gdp : 0, s));
        r.cost.push_back(range(cost, sc));
        r.share_fixed.push_back(s == 0.0);
        r.cost_fixed.push_back(sc == 0.0);
        r.check.push_back(m.check > 0 ? range(gdp_c > 0 ? 100 * spend_c / gdp_c : 0, s_c)
                                      : std::pair{0.0, 0.0});
        r.check_fixed.push_back(m.check == 0 || s_c == 0.0);
    }
    return r;
}

/// Runs f(0) .. f(n - 1) at once, f(0) on the calling thread, and returns when all are done.
template <typename F> void on_threads(unsigned n, const F& f) {
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < n; ++i)
        pool.emplace_back(f, i);
    f(0u);
    for (auto& t : pool)
        t.join();
}

/// The least and greatest value of each metric over some paths of the pilot.
struct Extremes {
    std::vector<double> smin, smax, cmin, cmax, kmin, kmax;
    explicit Extremes(std::size_t entities)
        : smin(entities, 1e300), smax(entities, -1e300), cmin(entities, 1e300),
          cmax(entities, -1e300), kmin(entities, 1e300), kmax(entities, -1e300) {}
    void merge(const Extremes& o) {
        for (std::size_t e = 0; e < smin.size(); ++e) {
            smin[e] = std::min(smin[e], o.smin[e]);
            smax[e] = std::max(smax[e], o.smax[e]);
            cmin[e] = std::min(cmin[e], o.cmin[e]);
            cmax[e] = std::max(cmax[e], o.cmax[e]);
            kmin[e] = std::min(kmin[e], o.kmin[e]);
            kmax[e] = std::max(kmax[e], o.kmax[e]);
        }
    }
};

/// The extremes of paths begin .. end (begin a multiple of lanes). The main run computes these
/// paths again: 4,096 paths cost less than keeping their metrics (3.6 MB for 37 entities, whose
/// first touch is a page fault every 4 KiB).
template <Isa I>
[[gnu::always_inline]] inline void pilot_extremes(const McModel& m, std::uint32_t seed,
                                                  std::uint64_t begin, std::uint64_t end,
                                                  Extremes& x) {
    Normals n = make_normals(m);
    Scratch scratch;
    BlockMetrics block;
    const std::size_t entities = x.smin.size();
    for (std::uint64_t p = begin; p < end; p += lanes) {
        draw_normals<I>(seed, p, n);
        evaluate(m, n, block, scratch);
        const auto valid = static_cast<std::size_t>(std::min<std::uint64_t>(lanes, end - p));
        for (std::size_t e = 0; e < entities; ++e)
            for (std::size_t l = 0; l < valid; ++l) {
                x.smin[e] = std::min(x.smin[e], block.share_pct[e][l]);
                x.smax[e] = std::max(x.smax[e], block.share_pct[e][l]);
                x.cmin[e] = std::min(x.cmin[e], block.cost_usd_m[e][l]);
                x.cmax[e] = std::max(x.cmax[e], block.cost_usd_m[e][l]);
                x.kmin[e] = std::min(x.kmin[e], block.check_share_pct[e][l]);
                x.kmax[e] = std::max(x.kmax[e], block.check_share_pct[e][l]);
            }
    }
}

void pilot_extremes_plain(const McModel& m, std::uint32_t seed, std::uint64_t begin,
                          std::uint64_t end, Extremes& x) {
    pilot_extremes<Isa::Plain>(m, seed, begin, end, x);
}
HAGUE_TARGET_AVX2 void pilot_extremes_avx2(const McModel& m, std::uint32_t seed,
                                           std::uint64_t begin, std::uint64_t end, Extremes& x) {
    pilot_extremes<Isa::Avx2>(m, seed, begin, end, x);
}
HAGUE_TARGET_AVX512 void pilot_extremes_avx512(const McModel& m, std::uint32_t seed,
                                               std::uint64_t begin, std::uint64_t end,
                                               Extremes& x) {
    pilot_extremes<Isa::Avx512>(m, seed, begin, end, x);
}

/// Narrows each varying metric's range to what the first paths (a fixed set: the same for any
/// thread count) span, widened by half that span on each side: diversified groups vary far less
/// than their most volatile member, and bins over the 7-sd range would be too coarse for them.
/// The pilot's paths are shared among the threads; minima and maxima do not depend on the split.
void pilot_ranges(const McModel& m, std::uint32_t seed, std::uint64_t paths, unsigned threads,
                  Isa isa, Ranges& r) {
    const std::size_t entities = r.share.size();
    const std::uint64_t blocks = (paths + lanes - 1) / lanes;
    const unsigned parts =
        static_cast<unsigned>(std::max<std::uint64_t>(1, std::min<std::uint64_t>(threads, blocks)));
    std::vector<Extremes> partial(parts, Extremes(entities));
    auto run = [&](unsigned part) {
        const std::uint64_t begin = blocks * part / parts * lanes;
        const std::uint64_t end = std::min(paths, blocks * (part + 1) / parts * lanes);
        if (isa == Isa::Avx512)
            pilot_extremes_avx512(m, seed, begin, end, partial[part]);
        else if (isa == Isa::Avx2)
            pilot_extremes_avx2(m, seed, begin, end, partial[part]);
        else
            pilot_extremes_plain(m, seed, begin, end, partial[part]);
    };
    on_threads(parts, run);
    Extremes x(entities);
    for (const auto& p : partial)
        x.merge(p);
    for (std::size_t e = 0; e < entities; ++e) {
        if (!r.share_fixed[e] && x.smax[e] > x.smin[e])
            r.share[e] = {x.smin[e] - 0.5 * (x.smax[e] - x.smin[e]),
                          x.smax[e] + 0.5 * (x.smax[e] - x.smin[e])};
        if (!r.cost_fixed[e] && x.cmax[e] > x.cmin[e])
            r.cost[e] = {x.cmin[e] - 0.5 * (x.cmax[e] - x.cmin[e]),
                         x.cmax[e] + 0.5 * (x.cmax[e] - x.cmin[e])};
        if (!r.check_fixed[e] && x.kmax[e] > x.kmin[e])
            r.check[e] = {x.kmin[e] - 0.5 * (x.kmax[e] - x.kmin[e]),
                          x.kmax[e] + 0.5 * (x.kmax[e] - x.kmin[e])};
    }
}

/// Mean and standard error over n paths; percentiles over the histogram's `counted` paths.
McSummary summarize(double sum, double sq, const Histogram& h, std::uint64_t n,
                    std::uint64_t counted) {
    McSummary s;
    const double count = static_cast<double>(n);
    s.mean = sum / count;
    const double variance = n > 1 ? std::max(0.0, (sq - sum * sum / count) / (count - 1)) : 0.0;
    s.standard_error = std::sqrt(variance / count);
    s.p5 = h.quantile(0.05, counted);
    s.p50 = h.quantile(0.50, counted);
    s.p95 = h.quantile(0.95, counted);
    s.bin_width = h.scale > 0 ? 1.0 / h.scale : 0.0;
    s.clamped = h.clamped();
    s.method = h.fixed ? PercentileMethod::Fixed : PercentileMethod::Histogram;
    return s;
}

/// The standard normal's 95% quantile (the 5% one is its negative): Phi^-1(0.95).
constexpr double z95 = 1.6448536269514722;

/// A log-normal metric's exact summary: no sampling error. A metric that does not vary has the
/// one value of path 0, as the histograms' fixed metrics do.
McSummary exact_summary(const LogNormal& d, double fixed_value) {
    McSummary s;
    if (d.variance <= 0.0) {
        s.method = PercentileMethod::Fixed;
        s.mean = s.p5 = s.p50 = s.p95 = fixed_value;
        return s;
    }
    s.method = PercentileMethod::LogNormal;
    s.mean = d.scale * std::exp(d.variance / 2);
    s.p5 = d.quantile(-z95);
    s.p50 = d.scale;
    s.p95 = d.quantile(z95);
    return s;
}

/// P(x >= cutoff) for a log-normal x, exactly; for one that does not vary, path 0's value
/// against the cutoff (as every path would count).
double exact_probability(const LogNormal& d, double cutoff, double fixed_value) {
    if (d.variance <= 0.0)
        return fixed_value >= cutoff ? 1.0 : 0.0;
    return 0.5 * std::erfc(std::log(cutoff / d.scale) / std::sqrt(2 * d.variance));
}

/// An ally's figures under rule execution from its marginals (execution_marginals): exact, with
/// no sampling error; `first` holds path 0's metrics for those that do not vary.
void set_exact(const ExecutionMarginals& d, double cutoff, bool check, const BlockMetrics& first,
               std::size_t e, McEntityResult& r) {
    r.exact = true;
    r.share_pct = exact_summary(d.share, first.share_pct[e][0]);
    r.cost_usd_m = exact_summary(d.spending, first.cost_usd_m[e][0]);
    r.probability_at_or_above = exact_probability(d.share, cutoff, first.share_pct[e][0]);
    r.probability_standard_error = 0;
    if (!check)
        return;
    r.check_share_pct = exact_summary(d.check_share, first.check_share_pct[e][0]);
    r.check_probability = exact_probability(d.check_share, cutoff, first.check_share_pct[e][0]);
    r.check_probability_standard_error = 0;
}

} // namespace

std::string_view to_string(SpendingRule r) {
    switch (r) {
    case SpendingRule::Share: return "share";
    case SpendingRule::Budget: return "budget";
    case SpendingRule::Execution: break;
    }
    return "execution";
}

std::string_view to_string(PercentileMethod m) {
    switch (m) {
    case PercentileMethod::LogNormal: return "lognormal";
    case PercentileMethod::Fixed: return "fixed";
    case PercentileMethod::Histogram: break;
    }
    return "histogram";
}

ExecutionMarginals execution_marginals(const McModel& m, std::size_t i) {
    // The variances of the sums the kernel draws (evaluate_execution): GDP's shock accumulates
    // sigma^2 a year; the execution error tau^2 a year as a walk, or is one year's as a level.
    const auto& a = m.allies[i];
    const double sigma2 = a.factor_loading * a.factor_loading + a.own_loading * a.own_loading;
    const double tau2 =
        a.spend_factor_loading * a.spend_factor_loading + a.spend_own_loading * a.spend_own_loading;
    const auto years = static_cast<double>(m.years);
    const auto check = static_cast<double>(m.check);
    const auto t = static_cast<std::size_t>(m.years);
    const auto c = static_cast<std::size_t>(m.check);
    const double level = std::exp(a.bias);
    ExecutionMarginals out;
    out.share = {100.0 * a.spending_usd_m[t] / a.gdp_usd_m[t] * level,
                 years * sigma2 + (m.walk ? years : 1.0) * tau2};
    out.spending = {a.spending_usd_m[t] * level, (m.walk ? years : 1.0) * tau2};
    if (m.check > 0)
        out.check_share = {100.0 * a.spending_usd_m[c] / a.gdp_usd_m[c] * level,
                           check * sigma2 + (m.walk ? check : 1.0) * tau2};
    return out;
}

std::optional<SpendingRule> parse_spending_rule(std::string_view text) {
    for (auto r : {SpendingRule::Execution, SpendingRule::Share, SpendingRule::Budget})
        if (text == to_string(r))
            return r;
    return std::nullopt;
}

BlockMetrics evaluate_block(const McModel& model, std::uint32_t seed, std::uint64_t first_path) {
    Normals n = make_normals(model);
    draw_normals<Isa::Plain>(seed, first_path, n);
    BlockMetrics out;
    Scratch scratch;
    evaluate(model, n, out, scratch);
    return out;
}

NormalsShape normals_shape(const McModel& m) {
    if (m.rule == SpendingRule::Execution)
        return {2 * m.allies.size() + 2, m.check > 0 && m.check < m.years ? 2 : 1};
    return {m.allies.size() + 1, m.years};
}

void validate(const McModel& m) {
    HAGUE_REQUIRE(m.years > 0 && !m.allies.empty(), ErrorKind::Internal, "empty Monte Carlo model");
    HAGUE_REQUIRE(m.check >= 0 && m.check < m.years, ErrorKind::Internal,
                  "checkpoint {} is outside the model's {} years", m.check, m.years);
    HAGUE_REQUIRE(std::isnan(m.cutoff_pct) || std::isfinite(m.cutoff_pct), ErrorKind::InvalidInput,
                  "Monte Carlo cutoff {} is not a finite number", m.cutoff_pct);
    HAGUE_REQUIRE(std::isfinite(m.threshold_pct), ErrorKind::InvalidInput,
                  "Monte Carlo threshold {} is not a finite number", m.threshold_pct);
    const auto points = static_cast<std::size_t>(m.years) + 1;
    for (const auto& a : m.allies) {
        HAGUE_REQUIRE(
            std::isfinite(a.factor_loading) && std::isfinite(a.own_loading) &&
                a.factor_loading >= 0 && a.own_loading >= 0 &&
                std::isfinite(a.spend_factor_loading) && std::isfinite(a.spend_own_loading) &&
                a.spend_factor_loading >= 0 && a.spend_own_loading >= 0 && std::isfinite(a.bias) &&
                std::fabs(a.bias) < 1,
            ErrorKind::InvalidInput, "{}: shock loadings {} and {} are not finite and >= 0", a.id,
            a.factor_loading, a.own_loading);
        HAGUE_REQUIRE(a.gdp_usd_m.size() == points && a.share_fraction.size() == points &&
                          a.spending_usd_m.size() == points,
                      ErrorKind::Internal, "{}: the model has {} years but {} GDP points", a.id,
                      m.years, a.gdp_usd_m.size());
        for (std::size_t t = 0; t < points; ++t)
            HAGUE_REQUIRE(std::isfinite(a.gdp_usd_m[t]) && a.gdp_usd_m[t] > 0 &&
                              std::isfinite(a.share_fraction[t]) &&
                              std::isfinite(a.spending_usd_m[t]),
                          ErrorKind::InvalidInput,
                          "{}: year {} of the projection is not finite (GDP {}, share {}, "
                          "spending {})",
                          a.id, t, a.gdp_usd_m[t], a.share_fraction[t], a.spending_usd_m[t]);
    }
    for (const auto& g : m.groups)
        for (const auto i : g.members)
            HAGUE_REQUIRE(i < m.allies.size(), ErrorKind::Internal, "group {} names ally {} of {}",
                          g.id, i, m.allies.size());
}

namespace {

/// What one chunk of paths works on.
struct ChunkWork {
    const McModel& m;
    std::uint32_t seed;
    std::uint64_t begin, end;
    Normals& n;
    BlockMetrics& block;
    Scratch& scratch;
    std::vector<LaneSums>& lane_sums;
    std::vector<Histogram>& share;
    std::vector<Histogram>& cost;
    std::vector<Histogram>& check;
    double cutoff;     ///< the least share that reaches the threshold
    std::size_t exact; ///< entities 0 .. exact - 1 are exact (execution_marginals): not summed
};

/// The hot loop: paths begin .. end, 8 at a time. Everything it calls is inlined, so each
/// wrapper below compiles all of it for its instruction set.
/// A sink that adds a block's metrics to the lane sums, and to the histograms for the
/// percentiles' paths; nothing is kept. The allies whose figures are exact (rule execution) are
/// not summed: their paths only feed the groups.
template <bool Histograms> struct ToSums {
    ChunkWork& w;
    std::size_t valid; ///< the paths of the block that are in the run
    [[gnu::always_inline]] void operator()(std::size_t e, const double* share, const double* cost,
                                           const double* check) {
        if (e < w.exact)
            return;
        w.lane_sums[e].add(share, cost, check, w.cutoff, valid);
        if constexpr (Histograms) {
            w.share[e].add(share, valid);
            w.cost[e].add(cost, valid);
            w.check[e].add(check, valid);
        }
    }
};

/// The hot loop: paths begin .. end, 8 at a time. Everything it calls is inlined, so each
/// wrapper below compiles all of it for its instruction set. Under rule execution a block's
/// metrics go straight to the sums (and histograms) as they are made; the other rules keep them
/// in BlockMetrics first.
template <Isa I> [[gnu::always_inline]] inline void run_chunk(ChunkWork& w) {
    const std::size_t entities = w.lane_sums.size();
    const bool execution = w.m.rule == SpendingRule::Execution;
    for (std::uint64_t p = w.begin; p < w.end; p += lanes) {
        const auto valid = static_cast<std::size_t>(std::min<std::uint64_t>(lanes, w.end - p));
        const bool histograms = p < percentile_paths; // the percentiles' paths: 64 chunks
        draw_normals<I>(w.seed, p, w.n);
        if (execution) {
            if (!w.scratch.groups.planned)
                w.scratch.groups.plan(w.m);
            w.scratch.groups.clear();
            if (histograms) {
                ToSums<true> sink{w, valid};
                evaluate_execution(w.m, w.n, w.scratch, sink);
            } else {
                ToSums<false> sink{w, valid};
                evaluate_execution(w.m, w.n, w.scratch, sink);
            }
            continue;
        }
        evaluate(w.m, w.n, w.block, w.scratch);
        const BlockMetrics* block = &w.block;
        for (std::size_t e = 0; e < entities; ++e) {
            w.lane_sums[e].add(block->share_pct[e].data(), block->cost_usd_m[e].data(),
                               block->check_share_pct[e].data(), w.cutoff, valid);
        }
        if (histograms)
            for (std::size_t e = 0; e < entities; ++e) {
                w.share[e].add(block->share_pct[e].data(), valid);
                w.cost[e].add(block->cost_usd_m[e].data(), valid);
                w.check[e].add(block->check_share_pct[e].data(), valid);
            }
    }
}

/// Plain x86-64 (SSE2): runs anywhere.
void run_chunk_plain(ChunkWork& w) {
    run_chunk<Isa::Plain>(w);
}
/// The same code compiled for AVX2 (8 float lanes a register). Called only when the CPU has it.
/// No FMA: contraction would change the bits, and every kernel gives the same bits (tested).
HAGUE_TARGET_AVX2 void run_chunk_avx2(ChunkWork& w) {
    run_chunk<Isa::Avx2>(w);
}
/// And for AVX-512: 8 doubles a register for the costs, 16 Philox lanes (two blocks) at once.
HAGUE_TARGET_AVX512 void run_chunk_avx512(ChunkWork& w) {
    run_chunk<Isa::Avx512>(w);
}

/// The instruction set that runs kernel `k` on this CPU; Unsupported if `k` names one the CPU
/// lacks.
Isa choose_isa(Kernel k) {
    HAGUE_REQUIRE(k != Kernel::Avx2 || cpu_has_avx2(), ErrorKind::Unsupported,
                  "the AVX2 Monte Carlo kernel was asked for, but this CPU has no AVX2");
    HAGUE_REQUIRE(k != Kernel::Avx512 || cpu_has_avx512(), ErrorKind::Unsupported,
                  "the AVX-512 Monte Carlo kernel was asked for, but this CPU has no AVX-512");
    switch (k) {
    case Kernel::Plain: return Isa::Plain;
    case Kernel::Avx2: return Isa::Avx2;
    case Kernel::Avx512: return Isa::Avx512;
    case Kernel::Auto: break;
    }
    return cpu_has_avx512() ? Isa::Avx512 : cpu_has_avx2() ? Isa::Avx2 : Isa::Plain;
}

} // namespace

bool kernel_available(Kernel k) noexcept {
    return (k != Kernel::Avx2 || cpu_has_avx2()) && (k != Kernel::Avx512 || cpu_has_avx512());
}

McResult run_monte_carlo(const McModel& m, const McConfig& config) {
    validate(m);
    const Isa isa = choose_isa(config.kernel);
    // Each thread's histogram counts in uint32: the path bound keeps every count below 2^32.
    static_assert(max_mc_paths < (std::uint64_t{1} << 32) - lanes);
    HAGUE_REQUIRE(config.paths > 0 && config.paths <= max_mc_paths, ErrorKind::InvalidInput,
                  "{} paths is outside 1-{}", config.paths, max_mc_paths);
    const std::size_t entities = m.allies.size() + m.groups.size();
    auto ranges = histogram_ranges(m);
    pilot_ranges(m, config.seed, std::min<std::uint64_t>(config.paths, chunk_paths),
                 std::max(1u, config.threads), isa, ranges);
    const std::uint64_t chunks = (config.paths + chunk_paths - 1) / chunk_paths;
    std::vector<ChunkSums> sums(chunks);
    const unsigned threads = std::max(1u, config.threads);
    std::vector<std::vector<Histogram>> share_h(threads), cost_h(threads), check_h(threads);
    std::atomic<std::uint64_t> next{0}, done{0};
    std::atomic<bool> stopped{false};
    const BlockMetrics first =
        evaluate_block(m, config.seed, 0); // paths 0-7 (any kernel: the same bits)
    const double cutoff = std::isnan(m.cutoff_pct) ? m.threshold_pct : m.cutoff_pct;
    // Under rule execution each ally's metrics are log-normal: their percentiles are exact
    // (execution_marginals), and only the groups' come from histograms.
    const std::size_t exact_allies = m.rule == SpendingRule::Execution ? m.allies.size() : 0;

    auto worker = [&](unsigned w) {
        auto& sh = share_h[w];
        auto& ch = cost_h[w];
        auto& kh = check_h[w];
        sh.resize(entities);
        ch.resize(entities);
        kh.resize(entities);
        for (std::size_t e = 0; e < entities; ++e) {
            // An exact metric needs no histogram: one that is fixed counts nothing.
            const bool exact = e < exact_allies;
            sh[e].reset(ranges.share[e].first, ranges.share[e].second,
                        exact || ranges.share_fixed[e]);
            ch[e].reset(ranges.cost[e].first, ranges.cost[e].second, exact || ranges.cost_fixed[e]);
            kh[e].reset(ranges.check[e].first, ranges.check[e].second,
                        exact || ranges.check_fixed[e]);
        }
        Normals n = make_normals(m);
        BlockMetrics block;
        Scratch scratch;
        std::vector<LaneSums> lane_sums;
        for (;;) {
            if (config.cancelled && config.cancelled()) {
                stopped = true;
                break;
            }
            const std::uint64_t c = next.fetch_add(1);
            if (c >= chunks)
                break;
            auto& s = sums[c];
            s.resize(entities);
            const std::uint64_t begin = c * chunk_paths;
            const std::uint64_t end = std::min(config.paths, begin + chunk_paths);
            lane_sums.assign(entities, LaneSums{});
            ChunkWork work{m,         config.seed, begin, end, n,      block,       scratch,
                           lane_sums, sh,          ch,    kh,  cutoff, exact_allies};
            if (isa == Isa::Avx512)
                run_chunk_avx512(work);
            else if (isa == Isa::Avx2)
                run_chunk_avx2(work);
            else
                run_chunk_plain(work);
            for (std::size_t e = 0; e < entities; ++e)
                lane_sums[e].fold(s, e);
            const auto total_done = done.fetch_add(end - begin) + (end - begin);
            if (config.progress)
                config.progress(total_done, config.paths);
        }
    };
    on_threads(threads, worker);
    HAGUE_CHECK(!stopped, ErrorKind::Timeout, "err_simulation_stopped",
                "the simulation of {} paths was stopped at its deadline; ask for fewer paths",
                config.paths);

    static_assert(percentile_paths % chunk_paths == 0, "the percentiles' paths are whole chunks");
    const std::uint64_t histogrammed = std::min(config.paths, percentile_paths);
    McResult result{config.paths, config.seed, histogrammed, {}};
    for (std::size_t e = 0; e < entities; ++e) {
        double share_sum = 0, share_sq = 0, cost_sum = 0, cost_sq = 0, check_sum = 0, check_sq = 0;
        std::uint64_t hits = 0, check_hits = 0;
        for (const auto& s : sums) { // chunk order: the same sums for any thread count
            share_sum += s.share_sum[e];
            share_sq += s.share_sq[e];
            cost_sum += s.cost_sum[e];
            cost_sq += s.cost_sq[e];
            check_sum += s.check_sum[e];
            check_sq += s.check_sq[e];
            hits += s.hits[e];
            check_hits += s.check_hits[e];
        }
        Histogram share = share_h[0][e], cost = cost_h[0][e], check = check_h[0][e];
        for (unsigned w = 1; w < threads; ++w) {
            share.merge(share_h[w][e]);
            cost.merge(cost_h[w][e]);
            check.merge(check_h[w][e]);
        }
        // A fixed metric has the same value on every path: path 0's.
        share.fixed_value = first.share_pct[e][0];
        cost.fixed_value = first.cost_usd_m[e][0];
        check.fixed_value = first.check_share_pct[e][0];
        const bool group = e >= m.allies.size();
        McEntityResult r;
        r.id = group ? m.groups[e - m.allies.size()].id : m.allies[e].id;
        r.group = group;
        const double n = static_cast<double>(config.paths);
        r.probability_at_or_above = static_cast<double>(hits) / n;
        r.probability_standard_error =
            std::sqrt(r.probability_at_or_above * (1 - r.probability_at_or_above) / n);
        r.share_pct = summarize(share_sum, share_sq, share, config.paths, histogrammed);
        r.cost_usd_m = summarize(cost_sum, cost_sq, cost, config.paths, histogrammed);
        if (m.check > 0) {
            r.check_probability = static_cast<double>(check_hits) / n;
            r.check_probability_standard_error =
                std::sqrt(r.check_probability * (1 - r.check_probability) / n);
            r.check_share_pct = summarize(check_sum, check_sq, check, config.paths, histogrammed);
        }
        if (e < exact_allies)
            set_exact(execution_marginals(m, e), cutoff, m.check > 0, first, e, r);
        // A group of one ally is that ally (the United States in "usa"): its exact figures, not
        // an estimate of them that would differ in a table by a sampling error.
        if (group && exact_allies > 0 && m.groups[e - m.allies.size()].members.size() == 1) {
            const auto member = m.groups[e - m.allies.size()].members.front();
            auto same = result.entities[member];
            same.id = r.id;
            same.group = true;
            r = std::move(same);
        }
        result.entities.push_back(std::move(r));
    }
    return result;
}

namespace {
template <Isa I>
[[gnu::always_inline]] inline float sum_normals(std::uint32_t seed, std::uint64_t begin,
                                                std::uint64_t end, Normals& n) {
    // One accumulator per lane: a single running sum would be a chain of dependent adds
    // slower than the generator it is meant to measure.
    alignas(32) float sum[lanes] = {};
    for (std::uint64_t p = begin; p < end; p += lanes) {
        draw_normals<I>(seed, p, n);
        const float* z = n.data();
        for (std::size_t i = 0; i < n.size(); i += lanes)
            for (std::size_t l = 0; l < lanes; ++l)
                sum[l] += z[i + l];
    }
    float total = 0;
    for (float x : sum)
        total += x;
    return total;
}
float sum_normals_plain(std::uint32_t seed, std::uint64_t b, std::uint64_t e, Normals& n) {
    return sum_normals<Isa::Plain>(seed, b, e, n);
}
HAGUE_TARGET_AVX2 float sum_normals_avx2(std::uint32_t seed, std::uint64_t b, std::uint64_t e,
                                         Normals& n) {
    return sum_normals<Isa::Avx2>(seed, b, e, n);
}
HAGUE_TARGET_AVX512 float sum_normals_avx512(std::uint32_t seed, std::uint64_t b, std::uint64_t e,
                                             Normals& n) {
    return sum_normals<Isa::Avx512>(seed, b, e, n);
}
} // namespace

double generate_normals(std::uint64_t paths, int years, std::size_t streams, std::uint32_t seed,
                        unsigned threads) {
    const Isa isa = choose_isa(Kernel::Auto);
    const std::uint64_t chunks = (paths + chunk_paths - 1) / chunk_paths;
    std::vector<double> partial(chunks, 0.0);
    std::atomic<std::uint64_t> next{0};
    auto worker = [&](unsigned) {
        Normals n{streams, years, false, {}};
        n.resize(n.size());
        for (;;) {
            const std::uint64_t c = next.fetch_add(1);
            if (c >= chunks)
                break;
            const std::uint64_t begin = c * chunk_paths;
            const std::uint64_t end = std::min(paths, begin + chunk_paths);
            partial[c] = isa == Isa::Avx512 ? sum_normals_avx512(seed, begin, end, n)
                         : isa == Isa::Avx2 ? sum_normals_avx2(seed, begin, end, n)
                                            : sum_normals_plain(seed, begin, end, n);
        }
    };
    on_threads(std::max(1u, threads), worker);
    double total = 0;
    for (double p : partial)
        total += p;
    return total;
}

} // namespace hague::engine
