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
constexpr std::uint64_t chunk_paths = 4096; ///< fixed chunk boundaries: results ignore threads
constexpr std::size_t bins = 4096;
constexpr double range_sigmas = 7.0; ///< histogram range: deterministic value x e^(+-7 sd)

/// Normals of one block of paths: [stream][year][lane]; stream 0 is the common factor.
struct Normals {
    std::size_t streams = 0;
    int years = 0;
    std::vector<float> z;
    float* at(std::size_t stream, int year) {
        return &z[(stream * static_cast<std::size_t>(years) + static_cast<std::size_t>(year)) *
                  lanes];
    }
};

void draw_normals(std::uint32_t seed, std::uint64_t first_path, Normals& n) {
    const auto c0 = static_cast<std::uint32_t>(first_path);
    const int blocks = (n.years + 3) / 4;
    PhiloxBlock words;
    alignas(32) float z0[lanes], z1[lanes], z2[lanes], z3[lanes];
    for (std::size_t s = 0; s < n.streams; ++s) {
        for (int j = 0; j < blocks; ++j) {
            philox4x32_batch(c0, 0, static_cast<std::uint32_t>(j), 0, seed,
                             static_cast<std::uint32_t>(s), words);
            for (std::size_t l = 0; l < lanes; ++l) {
                fast::box_muller(words[0][l], words[1][l], z0[l], z1[l]);
                fast::box_muller(words[2][l], words[3][l], z2[l], z3[l]);
            }
            const float* out[4] = {z0, z1, z2, z3};
            for (int k = 0; k < 4 && 4 * j + k < n.years; ++k)
                std::copy(out[k], out[k] + lanes, n.at(s, 4 * j + k));
        }
    }
}

/// Per-lane last-year GDP and spending of each ally, for the groups.
struct LastYear {
    std::vector<std::array<double, lanes>> gdp, spending, cost;
};

void evaluate(const McModel& m, Normals& n, BlockMetrics& out, LastYear& last) {
    const std::size_t na = m.allies.size();
    out.entities.resize(na + m.groups.size());
    last.gdp.resize(na);
    last.spending.resize(na);
    last.cost.resize(na);
    const bool share_rule = m.rule == SpendingRule::Share;
    for (std::size_t i = 0; i < na; ++i) {
        const auto& a = m.allies[i];
        const auto fa = static_cast<float>(a.factor_loading);
        const auto fb = static_cast<float>(a.own_loading);
        alignas(32) float c[lanes] = {};
        alignas(32) double cost[lanes] = {};
        alignas(32) double gdp[lanes] = {};
        alignas(32) double spend[lanes] = {};
        for (int t = 1; t <= m.years; ++t) {
            const float* f = n.at(0, t - 1);
            const float* e = n.at(i + 1, t - 1);
            const double gdp_det = a.gdp_usd_m[static_cast<std::size_t>(t)];
            const double fraction = a.share_fraction[static_cast<std::size_t>(t)];
            const double budget = a.spending_usd_m[static_cast<std::size_t>(t)];
            for (std::size_t l = 0; l < lanes; ++l) {
                c[l] += fa * f[l] + fb * e[l];
                gdp[l] = gdp_det * static_cast<double>(fast::exp(c[l]));
                spend[l] = share_rule ? fraction * gdp[l] : budget;
                cost[l] += spend[l];
            }
        }
        for (std::size_t l = 0; l < lanes; ++l) {
            out.entities[i][l] = {100.0 * spend[l] / gdp[l], cost[l]};
            last.gdp[i][l] = gdp[l];
            last.spending[i][l] = spend[l];
            last.cost[i][l] = cost[l];
        }
    }
    for (std::size_t g = 0; g < m.groups.size(); ++g) {
        std::array<double, lanes> gdp{}, spend{}, cost{};
        for (auto i : m.groups[g].members)
            for (std::size_t l = 0; l < lanes; ++l) {
                gdp[l] += last.gdp[i][l];
                spend[l] += last.spending[i][l];
                cost[l] += last.cost[i][l];
            }
        for (std::size_t l = 0; l < lanes; ++l)
            out.entities[na + g][l] = {gdp[l] > 0 ? 100.0 * spend[l] / gdp[l] : 0.0, cost[l]};
    }
}

/// A histogram over [lo, hi] with `bins` equal bins; values outside are clamped and counted.
struct Histogram {
    double lo = 0, hi = 0, scale = 0;
    std::vector<std::uint64_t> counts;
    std::uint64_t clamped = 0;

    void reset(double low, double high) {
        lo = low;
        hi = high;
        scale = hi > lo ? bins / (hi - lo) : 0.0;
        counts.assign(bins, 0);
        clamped = 0;
    }
    void add(double x) {
        double pos = (x - lo) * scale;
        if (pos < 0 || pos >= static_cast<double>(bins)) {
            ++clamped;
            pos = pos < 0 ? 0 : static_cast<double>(bins - 1);
        }
        ++counts[static_cast<std::size_t>(pos)];
    }
    void merge(const Histogram& o) {
        for (std::size_t b = 0; b < bins; ++b)
            counts[b] += o.counts[b];
        clamped += o.clamped;
    }
    /// The q-quantile, linear within the bin that holds it.
    double quantile(double q, std::uint64_t total) const {
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
    std::vector<double> share_sum, share_sq, cost_sum, cost_sq;
    std::vector<std::uint64_t> hits;
    void resize(std::size_t n) {
        share_sum.assign(n, 0);
        share_sq.assign(n, 0);
        cost_sum.assign(n, 0);
        cost_sq.assign(n, 0);
        hits.assign(n, 0);
    }
};

struct Ranges {
    std::vector<std::pair<double, double>> share, cost;
};

Ranges histogram_ranges(const McModel& m) {
    Ranges r;
    const double years = m.years;
    std::vector<double> spread(m.allies.size());
    auto range = [](double v, double s) {
        const double pad = std::max(std::fabs(v) * 1e-9, 1e-12);
        return std::pair{v * std::exp(-range_sigmas * s) - pad,
                         v * std::exp(range_sigmas * s) + pad};
    };
    std::vector<double> gdp_last, spend_last, cost_det;
    for (std::size_t i = 0; i < m.allies.size(); ++i) {
        const auto& a = m.allies[i];
        spread[i] = std::sqrt(years * (a.factor_loading * a.factor_loading +
                                       a.own_loading * a.own_loading));
        const auto t = static_cast<std::size_t>(m.years);
        double cost = 0;
        for (std::size_t k = 1; k <= t; ++k)
            cost += a.spending_usd_m[k];
        gdp_last.push_back(a.gdp_usd_m[t]);
        spend_last.push_back(a.spending_usd_m[t]);
        cost_det.push_back(cost);
        const double share = 100.0 * a.spending_usd_m[t] / a.gdp_usd_m[t];
        // Share rule: the share is the scenario's whatever the path; budget: it moves with 1/GDP.
        r.share.push_back(range(share, m.rule == SpendingRule::Share ? 0.0 : spread[i]));
        r.cost.push_back(range(cost, m.rule == SpendingRule::Share ? spread[i] : 0.0));
    }
    for (const auto& g : m.groups) {
        double s = 0, gdp = 0, spend = 0, cost = 0;
        for (auto i : g.members) {
            s = std::max(s, spread[i]);
            gdp += gdp_last[i];
            spend += spend_last[i];
            cost += cost_det[i];
        }
        r.share.push_back(range(gdp > 0 ? 100 * spend / gdp : 0, s));
        r.cost.push_back(range(cost, s));
    }
    return r;
}

McSummary summarize(double sum, double sq, const Histogram& h, std::uint64_t n) {
    McSummary s;
    const double count = static_cast<double>(n);
    s.mean = sum / count;
    const double variance = n > 1 ? std::max(0.0, (sq - sum * sum / count) / (count - 1)) : 0.0;
    s.standard_error = std::sqrt(variance / count);
    s.p5 = h.quantile(0.05, n);
    s.p50 = h.quantile(0.50, n);
    s.p95 = h.quantile(0.95, n);
    s.bin_width = h.scale > 0 ? 1.0 / h.scale : 0.0;
    s.clamped = h.clamped;
    return s;
}

} // namespace

BlockMetrics evaluate_block(const McModel& model, std::uint32_t seed, std::uint64_t first_path) {
    Normals n{model.allies.size() + 1, model.years, {}};
    n.z.resize(n.streams * static_cast<std::size_t>(n.years) * lanes);
    draw_normals(seed, first_path, n);
    BlockMetrics out;
    LastYear last;
    evaluate(model, n, out, last);
    return out;
}

McResult run_monte_carlo(const McModel& m, const McConfig& config) {
    HAGUE_REQUIRE(m.years > 0 && !m.allies.empty(), ErrorKind::Internal, "empty Monte Carlo model");
    HAGUE_REQUIRE(config.paths > 0 && config.paths < (std::uint64_t{1} << 32) - lanes,
                  ErrorKind::Internal, "paths out of range");
    const std::size_t entities = m.allies.size() + m.groups.size();
    const auto ranges = histogram_ranges(m);
    const std::uint64_t chunks = (config.paths + chunk_paths - 1) / chunk_paths;
    std::vector<ChunkSums> sums(chunks);
    const unsigned threads = std::max(1u, config.threads);
    std::vector<std::vector<Histogram>> share_h(threads), cost_h(threads);
    std::atomic<std::uint64_t> next{0}, done{0};

    auto worker = [&](unsigned w) {
        auto& sh = share_h[w];
        auto& ch = cost_h[w];
        sh.resize(entities);
        ch.resize(entities);
        for (std::size_t e = 0; e < entities; ++e) {
            sh[e].reset(ranges.share[e].first, ranges.share[e].second);
            ch[e].reset(ranges.cost[e].first, ranges.cost[e].second);
        }
        Normals n{m.allies.size() + 1, m.years, {}};
        n.z.resize(n.streams * static_cast<std::size_t>(n.years) * lanes);
        BlockMetrics block;
        LastYear last;
        for (;;) {
            const std::uint64_t c = next.fetch_add(1);
            if (c >= chunks)
                break;
            auto& s = sums[c];
            s.resize(entities);
            const std::uint64_t begin = c * chunk_paths;
            const std::uint64_t end = std::min(config.paths, begin + chunk_paths);
            for (std::uint64_t p = begin; p < end; p += lanes) {
                draw_normals(config.seed, p, n);
                evaluate(m, n, block, last);
                const std::size_t valid = static_cast<std::size_t>(std::min<std::uint64_t>(lanes, end - p));
                for (std::size_t e = 0; e < entities; ++e) {
                    for (std::size_t l = 0; l < valid; ++l) {
                        const auto& v = block.entities[e][l];
                        s.share_sum[e] += v.share_pct;
                        s.share_sq[e] += v.share_pct * v.share_pct;
                        s.cost_sum[e] += v.cost_usd_m;
                        s.cost_sq[e] += v.cost_usd_m * v.cost_usd_m;
                        s.hits[e] += v.share_pct >= m.threshold_pct ? 1 : 0;
                        sh[e].add(v.share_pct);
                        ch[e].add(v.cost_usd_m);
                    }
                }
            }
            const auto total_done = done.fetch_add(end - begin) + (end - begin);
            if (config.progress)
                config.progress(total_done, config.paths);
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < threads; ++w)
        pool.emplace_back(worker, w);
    worker(0);
    for (auto& t : pool)
        t.join();

    McResult result{config.paths, config.seed, {}};
    for (std::size_t e = 0; e < entities; ++e) {
        double share_sum = 0, share_sq = 0, cost_sum = 0, cost_sq = 0;
        std::uint64_t hits = 0;
        for (const auto& s : sums) { // chunk order: the same sums for any thread count
            share_sum += s.share_sum[e];
            share_sq += s.share_sq[e];
            cost_sum += s.cost_sum[e];
            cost_sq += s.cost_sq[e];
            hits += s.hits[e];
        }
        Histogram share = share_h[0][e], cost = cost_h[0][e];
        for (unsigned w = 1; w < threads; ++w) {
            share.merge(share_h[w][e]);
            cost.merge(cost_h[w][e]);
        }
        const bool group = e >= m.allies.size();
        McEntityResult r;
        r.id = group ? m.groups[e - m.allies.size()].id : m.allies[e].id;
        r.group = group;
        const double n = static_cast<double>(config.paths);
        r.probability_at_or_above = static_cast<double>(hits) / n;
        r.probability_standard_error =
            std::sqrt(r.probability_at_or_above * (1 - r.probability_at_or_above) / n);
        r.share_pct = summarize(share_sum, share_sq, share, config.paths);
        r.cost_usd_m = summarize(cost_sum, cost_sq, cost, config.paths);
        result.entities.push_back(std::move(r));
    }
    return result;
}

double generate_normals(std::uint64_t paths, int years, std::size_t streams, std::uint32_t seed,
                        unsigned threads) {
    const std::uint64_t chunks = (paths + chunk_paths - 1) / chunk_paths;
    std::vector<double> partial(chunks, 0.0);
    std::atomic<std::uint64_t> next{0};
    auto worker = [&] {
        Normals n{streams, years, {}};
        n.z.resize(streams * static_cast<std::size_t>(years) * lanes);
        for (;;) {
            const std::uint64_t c = next.fetch_add(1);
            if (c >= chunks)
                break;
            float sum = 0;
            const std::uint64_t end = std::min(paths, (c + 1) * chunk_paths);
            for (std::uint64_t p = c * chunk_paths; p < end; p += lanes) {
                draw_normals(seed, p, n);
                for (float z : n.z)
                    sum += z;
            }
            partial[c] = sum;
        }
    };
    std::vector<std::thread> pool;
    for (unsigned w = 1; w < std::max(1u, threads); ++w)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
    double total = 0;
    for (double p : partial)
        total += p;
    return total;
}

} // namespace hague::engine
