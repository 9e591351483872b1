#pragma once
/// Monte Carlo of real GDP growth and of spending's execution to the target year
/// (docs/methodology.md, "Monte Carlo").
///
/// Log real growth of ally i in year t: g_it = mu_i + sigma_i (sqrt(rho) f_t + sqrt(1 - rho) e_it),
/// f_t and e_it independent standard normals. The drift is the deterministic projection's, so a
/// path is GDP_it = GDP_det_it x exp(C_it) with C_it = sum over s <= t of
/// sigma_i (sqrt(rho) f_s + sqrt(1 - rho) e_is). With sigma = 0 every path is the deterministic
/// projection, exactly.
///
/// Pipeline: Philox4x32 keyed by (seed, stream) with counter (path, year block) -> Box-Muller
/// normals -> evaluate_block (pure: 8 paths -> metrics) -> mergeable accumulators -> run.

#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hague/engine/philox.hpp"

namespace hague::engine {

/// What spending does when growth differs from the projection.
enum class SpendingRule {
    Share,  ///< spending is the scenario's share of the path's GDP: the cost is uncertain
    Budget, ///< spending is the projection's money, fixed: the share reached is uncertain
    /// Spending is the projection's money times exp(b + E_t), E_t the execution error (a random
    /// walk, or a fresh error each year): both spending and the share are uncertain. Only the
    /// checkpoint and the target year are drawn: a sum of normal shocks is one normal draw.
    Execution,
};

/// The rule's name in options, the API and the output: execution, share, budget.
[[nodiscard]] std::string_view to_string(SpendingRule r);
/// The rule a name gives; nullopt for any other text.
[[nodiscard]] std::optional<SpendingRule> parse_spending_rule(std::string_view text);

/// One ally of the model: loadings of the shocks and its deterministic projection.
struct McAlly {
    std::string id;
    double factor_loading = 0; ///< sigma_i sqrt(rho)
    double own_loading = 0;    ///< sigma_i sqrt(1 - rho)
    /// Index 0 is the baseline year, 1..years the projected years (million USD).
    std::vector<double> gdp_usd_m;
    std::vector<double> share_fraction; ///< the scenario's share of GDP / 100, same index
    std::vector<double> spending_usd_m; ///< the projection's spending, same index
    double spend_factor_loading = 0; ///< Execution: tau sqrt(rho_e), on the common spending shock
    double spend_own_loading = 0;    ///< Execution: tau sqrt(1 - rho_e), on the ally's own shock
    double bias = 0;                 ///< Execution: b, added to every year's log execution error
};

/// A group of allies (indices into McModel::allies).
struct McGroup {
    std::string id;
    std::vector<std::size_t> members;
};

struct McModel {
    std::vector<McAlly> allies;
    std::vector<McGroup> groups;
    int years = 0;            ///< projected years: baseline + 1 .. target year
    double threshold_pct = 0; ///< P(share in the last year >= threshold) is reported (3.5)
    /// The least share that counts as reaching the threshold under the rounding rule (the
    /// published figure is compared: 3.495 rounds to 3.50 at two decimals); threshold_pct when
    /// shares are compared raw (and when NaN, the default). See rounding_cutoff().
    double cutoff_pct = std::numeric_limits<double>::quiet_NaN();
    SpendingRule rule = SpendingRule::Share;
    /// Years after the baseline of the checkpoint (the Hague review year), reported as well; 0
    /// for none (the baseline is at or after it, or it is the target year).
    int check = 0;
    bool walk = true; ///< Execution: the error is a random walk (else a fresh error each year)
};

/// The normals one path draws: streams x years. Share and Budget: the common factor and one
/// stream an ally, every year. Execution: the common GDP and spending factors and two streams
/// an ally, one draw a segment (baseline to checkpoint, checkpoint to target).
struct NormalsShape {
    std::size_t streams = 0;
    int years = 0;
};
[[nodiscard]] NormalsShape normals_shape(const McModel& model);

/// Metrics of philox_lanes consecutive paths, [entity][lane], allies then groups.
struct BlockMetrics {
    /// 100 x spending / GDP in the last year
    std::vector<std::array<double, philox_lanes>> share_pct;
    /// spending summed over the projected years, million USD (Execution: the last year's)
    std::vector<std::array<double, philox_lanes>> cost_usd_m;
    /// 100 x spending / GDP in the checkpoint year (0 without one)
    std::vector<std::array<double, philox_lanes>> check_share_pct;
};

/// Evaluates paths first_path .. first_path + 7 (pure: the same arguments give the same result).
[[nodiscard]] BlockMetrics evaluate_block(const McModel& model, std::uint32_t seed,
                                          std::uint64_t first_path);

/// Where a summary's percentiles come from (McSummary::method).
enum class PercentileMethod { Histogram, LogNormal, Fixed };
/// The method's name in the output: histogram, lognormal, fixed.
[[nodiscard]] std::string_view to_string(PercentileMethod m);

/// Under rule execution an ally's share of GDP (in the checkpoint and the target year) and its
/// spending in the target year are log-normal: log x = log x_det + b + N(0, variance), the sum of
/// the normal shocks of its GDP and its execution error. The model's own quantiles, exact.
struct LogNormal {
    double scale = 0;    ///< x_det e^b: the median
    double variance = 0; ///< of log x
    [[nodiscard]] double quantile(double z) const {
        return scale * std::exp(z * std::sqrt(variance));
    }
};
struct ExecutionMarginals {
    LogNormal share, spending, check_share; ///< check_share: scale 0 without a checkpoint
};
/// Ally i's marginals under rule execution (docs/methodology.md, "Percentiles").
[[nodiscard]] ExecutionMarginals execution_marginals(const McModel& model, std::size_t i);

/// Distribution summary of one metric.
struct McSummary {
    double mean = 0;
    double standard_error = 0; ///< sample standard deviation / sqrt(paths)
    /// How p5, p50 and p95 were found: from a 1,024-bin histogram of the first percentile_paths
    /// paths (error: one bin width, plus the sampling error of a quantile of that many paths;
    /// docs/methodology.md); the distribution's own, exactly (an ally's share and spending under
    /// rule execution are log-normal); or the one value of a metric that does not vary.
    PercentileMethod method = PercentileMethod::Histogram;
    double p5 = 0, p50 = 0, p95 = 0;
    double bin_width = 0;      ///< Histogram only (0 otherwise)
    std::uint64_t clamped = 0; ///< values outside the histogram's range (counted at its edges)
};

struct McEntityResult {
    std::string id;
    bool group = false;
    /// Its figures are the model's own distribution, exactly (an ally under rule execution:
    /// execution_marginals), not estimated from the paths: standard errors 0.
    bool exact = false;
    double probability_at_or_above = 0;    ///< P(share in the last year >= threshold)
    double probability_standard_error = 0; ///< sqrt(p (1 - p) / paths); 0 when exact
    McSummary share_pct;
    McSummary cost_usd_m;
    double check_probability = 0; ///< P(share in the checkpoint year >= threshold)
    double check_probability_standard_error = 0;
    McSummary check_share_pct;
};

/// Which compiled kernel runs the paths. All give the same bits (tested); each is faster than
/// the one before.
enum class Kernel {
    Auto,   ///< the fastest this CPU has: AVX-512, else AVX2, else Plain
    Plain,  ///< plain x86-64, any CPU
    Avx2,   ///< AVX2 (Unsupported on a CPU without it)
    Avx512, ///< AVX-512 F, VL, DQ and BW (Unsupported on a CPU without them)
};

/// Whether this CPU can run kernel k.
[[nodiscard]] bool kernel_available(Kernel k) noexcept;

struct McConfig {
    std::uint64_t paths = 0;
    std::uint32_t seed = 0;
    unsigned threads = 1;
    /// Called now and then with the paths done (from worker threads; must be thread-safe).
    std::function<void(std::uint64_t done, std::uint64_t total)> progress;
    Kernel kernel = Kernel::Auto;
    /// Asked before each chunk of paths (from worker threads; must be thread-safe): true stops
    /// the run, which then throws Timeout. The caller owns the clock; the engine has none.
    std::function<bool()> cancelled = {};
};

/// The percentiles come from the first this many paths (64 chunks: the same paths for any thread
/// count); the probabilities, means and standard errors from every path. A quantile of 262,144
/// paths has a standard error of about 0.2% of the band's width at the median, far below what
/// the tables print, and the histograms' cost (a scatter a path, entity and metric) stops
/// growing with the paths.
inline constexpr std::uint64_t percentile_paths = 262'144;

struct McResult {
    std::uint64_t paths = 0;
    std::uint32_t seed = 0;
    std::uint64_t percentile_paths = 0;   ///< the paths the percentiles come from
    std::vector<McEntityResult> entities; ///< allies, then groups
};

/// Most paths one run takes: about a minute on two cores, and it keeps every histogram count
/// (uint32, per thread) exact.
inline constexpr std::uint64_t max_mc_paths = 50'000'000;

/// Checks the model's invariants: loadings finite and >= 0; every year's GDP finite and > 0, its
/// share and spending finite; groups index existing allies. InvalidInput (naming the ally and
/// year) otherwise, so that nothing non-finite reaches a histogram.
void validate(const McModel& model);

/// Runs config.paths paths (1 to max_mc_paths; InvalidInput otherwise); validates the model.
/// Identical output for any number of threads: every draw has its address, chunks have fixed
/// boundaries, and partial sums are merged in chunk order.
[[nodiscard]] McResult run_monte_carlo(const McModel& model, const McConfig& config);

/// The RNG floor: generates the same count of normals as run_monte_carlo (paths x years x
/// (allies + 1)) with the same generator and threads, and sums them. Returns the sum.
[[nodiscard]] double generate_normals(std::uint64_t paths, int years, std::size_t streams,
                                      std::uint32_t seed, unsigned threads);

} // namespace hague::engine
