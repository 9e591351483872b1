#pragma once
/// Deterministic projection of every ally to the target year: GDP, spending, extra cost.

#include <map>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/commitment.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/money.hpp"
#include "hague/core/reason.hpp"
#include "hague/engine/groups.hpp"
#include "hague/engine/growth.hpp"
#include "hague/engine/observation_index.hpp"
#include "hague/engine/path.hpp"

namespace hague::engine {

/// How the share of GDP evolves after the baseline.
enum class Scenario {
    StatusQuo,   ///< the baseline share, held
    Linear,      ///< the linear path to the target in the target year
    Commitments, ///< national targets and budget plans, then linear to the target
    Plan,        ///< a plan file's core shares, then held
};

/// One ally's outlook for one year: real growth and inflation, in percent, and where they come
/// from.
struct YearOutlook {
    double real_growth_pct = 0;
    double inflation_pct = 0;
    bool growth_from_file = false;
    bool inflation_from_file = false;
};

/// An override of the default outlook (the --outlook file).
struct OutlookOverride {
    std::optional<double> real_growth_pct;
    std::optional<double> inflation_pct;
};

/// The published starting point of one ally.
struct Baseline {
    EntityCode ally;
    std::string currency;
    double share_pct = 0; ///< Table 3
    bool estimate = false;
    double gdp_usd_m = 0;       ///< Table 5, current prices
    double gdp_const_usd_m = 0; ///< Table 5, the edition's constant prices
    double nc_per_usd = 0;      ///< Table 1 / Table 2, current prices
    double eur_per_usd = 0;     ///< the euro reference's Table 1 / Table 2
};

/// One projected year of one ally.
struct ProjectedYear {
    Year year{2014};
    double share_gdp_pct = 0;
    double gdp_nc_m = 0;
    double gdp_usd_m = 0;       ///< at the baseline exchange rate
    double gdp_const_usd_m = 0; ///< at the edition's constant prices
    double spending_nc_m = 0;
    double spending_usd_m = 0;
    double spending_eur_m = 0;
    double spending_const_usd_m = 0;
    double extra_usd_m = 0;            ///< spending - status-quo spending (baseline share)
    double cumulative_extra_usd_m = 0; ///< sum of extra_usd_m from the year after the baseline
    double real_growth_pct = 0;
    double inflation_pct = 0;
};

struct AllyProjection {
    Baseline baseline;
    double mu = 0; ///< log real growth per year used by default (the edition's mean)
    std::vector<ProjectedYear> years; ///< baseline year, then every year to the target year
    std::vector<double> shares;       ///< the scenario's share per year, same index as years
};

struct GroupProjection {
    Group group; ///< its members are those projected (with a baseline); no group has none
    std::vector<ProjectedYear> years; ///< sums of the members (share = 100 x spending / GDP)
};

/// Assumptions, as printed with every result.
struct ProjectionAssumptions {
    Year baseline_year{2014};
    Year target_year{2035};
    double target_pct = 0;
    double default_inflation_pct = 0;
    Year growth_first_year{2014};
    Year growth_last_year{2014};
    int outlook_overrides = 0;
    std::string euro_reference;
    std::vector<int> growth_excluded;      ///< growth years left out for every ally
    bool growth_excluded_default = true;   ///< they are the default (the pandemic's years)
    std::vector<LevelBreak> growth_breaks; ///< breaks left out for their ally
};

struct ProjectionInput {
    const Edition* edition = nullptr;
    const ObservationIndex* index = nullptr; ///< the edition's observations (all years)
    const GrowthModel* growth = nullptr;
    std::span<const Ally> allies;
    std::span<const Group> groups;
    Scenario scenario = Scenario::StatusQuo;
    Year baseline_year{2014};
    double target_pct = 0;
    Year target_year{2035};
    double default_inflation_pct = 0;
    EntityCode euro_reference;
    std::span<const Commitment> commitments; ///< national ones; used by Commitments
    std::map<int, double> plan_shares;       ///< year -> share; used by Plan (one ally)
    std::optional<EntityCode> plan_ally;
    std::map<std::pair<std::string, int>, OutlookOverride> outlook; ///< (iso3, year)
};

/// How the commitments scenario read one ally's commitments, when it is more than joining the
/// dots: each is said beside the figures.
struct ScenarioNote {
    enum class Kind {
        Position, ///< a stated position replaces the Alliance target: held, not carried to it
        Floor,    ///< a pledge below a share already reached does not lower it
        Jump,     ///< a rise of more than half a point in one year
        /// A plan's entry at or before the baseline year: the published baseline is used
        /// (from: the entry's year and share; to: the baseline year and share).
        PlanBeforeBaseline,
        /// A plan's entry after the target year: the projection ends before it (from: the
        /// entry's year and share; to: the target year).
        PlanAfterTarget,
    };
    Kind kind = Kind::Position;
    EntityCode ally;
    Year from_year{2014}, to_year{2014};
    double from_pct = 0, to_pct = 0; ///< the shares the note compares
};

struct Projection {
    std::string edition;
    Scenario scenario = Scenario::StatusQuo;
    /// How commitments (or a plan's entries) were read: what was held, floored, jumped or not
    /// used.
    std::vector<ScenarioNote> notes;
    /// Allies whose baseline share (Table 3) and Table 2 / Table 5 differ by more than 0.05
    /// points: (ally, Table 3 share, Table 2 / Table 5 share). The projection follows Table 3.
    std::vector<std::tuple<EntityCode, double, double>> tables_disagree;
    /// The standard groups that NATO publishes itself (nato, europe_canada as NATO and
    /// NATO_EUROPE_CAN, Table 3) whose baseline share, a ratio of the members' sums, rounds to
    /// another figure at two decimals: (group id, NATO's share, its estimate mark, hague's share).
    std::vector<std::tuple<std::string, double, bool, double>> published_groups;
    ProjectionAssumptions assumptions;
    std::vector<AllyProjection> allies;
    std::vector<GroupProjection> groups;
    std::vector<std::pair<EntityCode, Reason>> skipped; ///< allies left out, and why
};

/// The scenario's share of GDP for each year from the baseline to the target year. Commitments:
/// each national target or budget plan for a year after the baseline is an anchor, joined by
/// straight lines and held after the last; a pledge never lowers a share already reached (it is a
/// floor); after the last anchor the share goes on to the Alliance target in the target year,
/// unless the ally states a position instead (kind national_position: Spain's 2.1%), which is
/// held from the first projected year. `notes`, when given, receives what was read that way.
[[nodiscard]] std::vector<double> scenario_shares(Scenario s, const Path& path,
                                                  std::span<const Commitment> commitments,
                                                  const std::map<int, double>& plan_shares,
                                                  std::vector<ScenarioNote>* notes = nullptr);

/// Projects every member ally with a baseline. For year t after the baseline:
///   GDP_nc(t) = GDP_nc(t-1) x (1 + g_t) x (1 + pi_t), with 1 + g_t = exp(mu_i) by default,
///   spending(t) = share(t) / 100 x GDP(t), at the baseline's exchange rates.
[[nodiscard]] Projection project(const ProjectionInput& in);

/// "status-quo", "linear", "commitments", "plan".
[[nodiscard]] std::string_view to_string(Scenario s);

} // namespace hague::engine
