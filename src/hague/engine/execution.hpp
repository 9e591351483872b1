#pragma once
/// How far spending misses its plan: the execution error of the Monte Carlo's spending model,
/// estimated from NATO's own record (docs/methodology.md, "Spending").
///
/// The model: an ally's spending in year t is its scenario's planned money times
/// exp(b + E_t), with E_t a random walk of yearly innovations tau (sqrt(rho) h_t + sqrt(1 - rho)
/// u_it) (a miss carries into the next year's base), or, under the "level" error, E_t = tau
/// (sqrt(rho) h_t + sqrt(1 - rho) u_it) afresh each year. This file estimates tau, b and rho.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/indicator.hpp"
#include "hague/core/level_break.hpp"
#include "hague/engine/observation_index.hpp"

namespace hague::engine {

/// Which part of the record measures the execution error.
enum class Calibration {
    /// Each older edition's estimate of the share of GDP for the year it was published in (a
    /// year in progress: the budget as planned) against the chosen edition's outturn.
    Revisions,
    /// Every estimate of an older edition (the year in progress and the year just ended)
    /// against the chosen edition's outturn.
    RevisionsAll,
    /// Year-on-year changes of the log share of GDP (Table 3) since 2014, each ally's mean
    /// removed: how erratic the share has been, policy moves included (an upper bound).
    Changes2014,
    /// The same since 2022 (the years since Russia's full-scale invasion of Ukraine).
    Changes2022,
};

/// "revisions", "revisions-all", "changes-2014", "changes-2022".
[[nodiscard]] std::string_view to_string(Calibration c);
[[nodiscard]] std::optional<Calibration> parse_calibration(std::string_view text);

/// How a miss carries from one year to the next.
enum class Persistence {
    Walk,  ///< a random walk: a year's miss stays in the base (incremental budgets)
    Level, ///< each year misses its plan afresh, by the same scale
};
[[nodiscard]] std::string_view to_string(Persistence p);
[[nodiscard]] std::optional<Persistence> parse_persistence(std::string_view text);

/// The one indicator the estimation reads from the older editions (EditionRecord::index): the
/// share of GDP. A caller may read only that series of them (app::Library::older_series).
inline constexpr std::string_view record_indicator = indicators::share_gdp_pct;

/// One edition of the record: its metadata and its observations.
struct EditionRecord {
    const Edition* edition = nullptr;
    const ObservationIndex* index = nullptr;
};

/// One observation of the execution error.
struct ExecutionSample {
    EntityCode ally;
    Year year{2014};
    std::string estimate_edition; ///< the older edition (revisions); empty for changes
    double from_pct = 0;          ///< the estimate (revisions) or the previous year's share
    double to_pct = 0;            ///< the outturn (revisions) or the year's share
    double log_error = 0;         ///< ln(to / from), minus the ally's mean for changes
};

struct ExecutionRecord {
    Calibration calibration = Calibration::Revisions;
    /// The calibration asked for; differs from `calibration` when the record had no revision
    /// (the chosen edition is the oldest held) and the changes since 2014 stood in.
    Calibration asked = Calibration::Revisions;
    std::vector<ExecutionSample> samples;
    int allies = 0;            ///< allies in the sample
    int degrees = 0;           ///< degrees of freedom of tau
    double mean = 0;           ///< mean log error (revisions; 0 for demeaned changes)
    double mean_se = 0;        ///< its standard error: sd / sqrt(n)
    bool bias_applied = false; ///< |mean| > 2 mean_se: the model carries b = mean
    double bias = 0;           ///< b: mean if applied, else 0
    /// Scale of a year's error: the standard deviation about b (sqrt(sum (x - b)^2 / degrees)).
    double tau = 0;
    /// Mean pairwise correlation across allies of the yearly changes of the log share over the
    /// growth window (the revisions are one cross-section a year: too few to correlate),
    /// clamped to [0, 1].
    double rho = 0;
    double rho_unclamped = 0;
    int rho_pairs = 0;
    Year first_year{2014}, last_year{2014};         ///< years of the changes (changes calibrations)
    Year rho_first_year{2014}, rho_last_year{2014}; ///< years of the changes rho is measured on
};

struct ExecutionInput {
    Calibration calibration = Calibration::Revisions;
    const Edition* edition = nullptr; ///< the chosen edition: its outturns and its changes
    const ObservationIndex* index = nullptr;
    /// Editions published before the chosen one (any order); only their estimates are read.
    std::span<const EditionRecord> older;
    std::span<const Ally> allies;
    std::vector<int> excluded_years;    ///< left out of the changes (the growth window's)
    std::span<const LevelBreak> breaks; ///< a break's change is left out for its ally
    Year changes_last{2014};            ///< last year of changes: the growth window's last
};

/// The revisions alone: each older edition's estimate of the share (for the year it was published
/// in when `in_year_only`, else every estimate) against the chosen edition's outturn, for
/// in.allies.
[[nodiscard]] std::vector<ExecutionSample> revision_samples(const ExecutionInput& in,
                                                            bool in_year_only);

/// Estimates the execution error. InvalidInput if no sample can be formed at all.
[[nodiscard]] ExecutionRecord estimate_execution(const ExecutionInput& in);

} // namespace hague::engine
