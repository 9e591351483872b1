#pragma once
/// Judging a national plan against the linear path to the Hague target (docs/methodology.md).

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/level_break.hpp"
#include "hague/core/plan.hpp"
#include "hague/engine/execution.hpp"
#include "hague/engine/observation_index.hpp"
#include "hague/engine/path.hpp"

namespace hague::engine {

/// The verdict on the core leg, most serious first.
enum class Verdict {
    Declining,    ///< the planned share falls from one year to the next (or below the baseline)
    Insufficient, ///< the last planned share is below the target
    BackLoaded,   ///< reaches the target, but is below the linear path in the review year
    Credible,     ///< none of the above
};

/// Why: one finding, with the figures it rests on.
struct Finding {
    enum class Kind {
        Declines,              ///< year: share falls from `value` (previous) to `other`
        EndsBelowTarget,       ///< year: last planned share `value` < target `other`
        BehindPathAtReview,    ///< year: plan `value` < path `other` in the review year
        AtOrAbovePathAtReview, ///< year: plan `value` >= path `other`
        ReachesTarget,         ///< year: first planned year at or above the target `other`
        BeforeBaseline,        ///< year: entry before the baseline year, shown but not judged
        RelatedAboveCeiling,   ///< year: related `value` above the ceiling `other`
        /// The largest rise the plan needs over `span` years (ending in `year`, `value` points)
        /// is at most the ally's largest (`other`, ending in `other_year`).
        RiseWithinRecord,
        /// ... is more than the ally has ever delivered over `span` years; `reference` is the
        /// alliance's top decile of such rises, `beyond_alliance` whether it exceeds it too, and
        /// `unprecedented` whether it exceeds every such rise of any ally (`alliance_max`).
        RiseBeyondRecord,
        /// An older edition's estimate for the year it was published in (`value`) against the
        /// outturn (`other`): how far the ally's plans have missed (`edition` the older one).
        EstimateMissed,
        /// The plan gives money and NATO's tables disagree for the baseline year (`year`) by
        /// more than 0.05 points: Table 3's share (`value`) against spending over GDP from
        /// Tables 1, 2 and 5 (`other`), the basis the money is converted on. A money entry is
        /// said to fall only against that basis.
        MoneyBasisDiffers,
    };
    Finding(Kind k, Year y, double v = 0, double o = 0) : kind(k), year(y), value(v), other(o) {}
    Kind kind;
    Year year;
    double value = 0;
    double other = 0;
    int span = 0; ///< RiseWithinRecord, RiseBeyondRecord: 1 or 3 years
    std::optional<Year> other_year;
    double reference = 0;
    bool beyond_alliance = false;
    bool unprecedented = false;
    double alliance_max = 0;
    std::string edition;
};

/// What the ally has delivered: its largest rises of the share of GDP over one and three years
/// (Table 3, actual years, breaks left out), the alliance's top decile of the same, and how far
/// its in-year estimates missed their outturns.
struct TrackRecord {
    std::optional<double> largest_1y, largest_3y; ///< points of GDP
    std::optional<Year> largest_1y_year, largest_3y_year;
    double alliance_p90_1y = 0, alliance_p90_3y = 0; ///< 90th percentile of all allies' rises
    double alliance_max_1y = 0, alliance_max_3y = 0; ///< the largest of them
    int alliance_rises_1y = 0, alliance_rises_3y = 0;
    /// The ally's published shares (estimates too), year -> % of GDP: where a plan's rise
    /// starts when it begins before its first planned year.
    std::map<int, double> published;
    std::vector<ExecutionSample> misses;
    Year first_year{2014}, last_year{2014}; ///< the years of the rises
};

/// Rises of the share over `span` years, of every ally of the edition's actual years (a break's
/// year is left out of any window that crosses it): ally code -> (end year, rise in points).
[[nodiscard]] std::vector<std::pair<Year, double>> share_rises(const ObservationIndex& index,
                                                               const Edition& edition,
                                                               const EntityCode& ally, int span,
                                                               std::span<const LevelBreak> breaks);

/// The ally's record: its own rises, the alliance's top decile over `allies`, and its misses.
[[nodiscard]] TrackRecord track_record(const ObservationIndex& index, const Edition& edition,
                                       const EntityCode& ally, std::span<const Ally> allies,
                                       std::span<const LevelBreak> breaks,
                                       std::vector<ExecutionSample> misses);

/// One planned year, converted to a share of GDP, beside the path.
struct PlannedYear {
    Year year;
    double share_pct = 0;
    bool from_money = false;        ///< converted from spending_nc_m
    std::optional<double> path_pct; ///< the linear path in that year
    std::string source;
};

struct PlanCheck {
    Verdict verdict = Verdict::Credible;
    std::vector<Finding> findings;
    std::vector<PlannedYear> core;
    std::vector<PlannedYear> related;
    Path path;
    double related_ceiling_pct = 0;
};

/// What check_plan needs besides the plan.
struct PlanCheckInput {
    const Plan* plan = nullptr;
    const Edition* edition = nullptr;
    const ObservationIndex* index = nullptr; ///< the edition's observations (GDP, rates)
    Path path;                               ///< from the ally's baseline to the core target
    double related_ceiling_pct = 0;          ///< 1.5: the related leg's ceiling
    const TrackRecord* record = nullptr;     ///< what the ally has delivered (none: not judged)
};

/// Converts every entry to a share of GDP and judges the core leg. InvalidInput (naming the line)
/// when money cannot be converted: a year after the edition without gdp_nc_m.
[[nodiscard]] PlanCheck check_plan(const PlanCheckInput& in);

} // namespace hague::engine
