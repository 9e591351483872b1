#pragma once
/// Judging a national plan against the linear path to the Hague target (docs/methodology.md).

#include <optional>
#include <vector>

#include "hague/core/edition.hpp"
#include "hague/core/plan.hpp"
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
    };
    Kind kind;
    Year year;
    double value = 0;
    double other = 0;
};

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
};

/// Converts every entry to a share of GDP and judges the core leg. InvalidInput (naming the line)
/// when money cannot be converted: a year after the edition without gdp_nc_m.
[[nodiscard]] PlanCheck check_plan(const PlanCheckInput& in);

} // namespace hague::engine
