#pragma once
/// Requests and responses of the analytics: gaps, paths, plans, burden sharing, revisions, facts,
/// comparison.

#include <optional>
#include <string>
#include <vector>

#include "hague/app/requests.hpp"
#include "hague/core/money.hpp"
#include "hague/core/plan.hpp"
#include "hague/engine/burden.hpp"
#include "hague/engine/compare.hpp"
#include "hague/engine/diff.hpp"
#include "hague/engine/gap.hpp"
#include "hague/engine/path.hpp"
#include "hague/engine/pillar.hpp"
#include "hague/engine/plan_check.hpp"

namespace hague::app {

/// `hague gap [--target 2|3.5|5] [--currency USD|EUR|NC] [--prices current|constant]`
struct GapRequest {
    Common common;
    std::optional<int> year;
    std::optional<double> target_pct; ///< % of GDP in (0, 100]; the Hague core target by default
    Currency currency = Currency::Usd;
    PriceBasis prices = PriceBasis::Current;
    Rounding rounding = Rounding::TwoDp; ///< how a share is taken before measuring (as in status)
    /// Only these allies (codes or names, or EU for the EU allies of the year), without the
    /// groups' totals; empty: every ally and the groups.
    std::vector<std::string> allies;
    void validate() const;
};
struct GapResponse {
    Edition edition;
    std::vector<Ally> allies;
    engine::GapResult gaps;
};

/// `hague path [ALLY|all] [--target core|total] [--from YEAR]`
struct PathRequest {
    Common common;
    std::string ally = "all";
    engine::PathTarget target = engine::PathTarget::Core;
    std::optional<int> from; ///< baseline year; the edition's last year by default
    void validate() const;
};
struct PathResponse {
    Edition edition;
    engine::PathTarget target = engine::PathTarget::Core;
    std::vector<engine::AllyPath> paths;
    std::vector<std::pair<EntityCode, Reason>> skipped; ///< allies with no baseline, and why
    engine::PathGoal goal;                              ///< the target the paths lead to
    Year from{2014};                                    ///< the paths' start year
    /// Allies asked for that joined NATO after `from` (no path from it), with the year they did.
    std::vector<std::pair<EntityCode, Year>> joined_later;
};

/// `hague path --check OLD NEW [ALLY|all]`
struct PathCheckRequest {
    std::string old_edition;
    std::string new_edition;
    std::string ally = "all";
    engine::PathTarget target = engine::PathTarget::Core;
    void validate() const;
};
struct PathCheckResponse {
    Edition old_edition;
    Edition new_edition;
    engine::PathTarget target = engine::PathTarget::Core;
    std::vector<engine::AllyPathCheck> allies; ///< with a path from OLD and an outturn in NEW
    /// Allies with no path from OLD (no baseline) or no outturn in NEW, and why.
    std::vector<std::pair<EntityCode, Reason>> skipped;
};

/// `hague plan check FILE`: the plan itself, read and parsed by the front end (read_plan).
struct PlanCheckRequest {
    Common common; ///< the edition to judge against; the plan's own when absent
    Plan plan;
    void validate() const;
};
struct PlanCheckResponse {
    Edition edition;
    Plan plan;
    std::string ally_name;
    bool baseline_estimate = false;
    engine::PlanCheck check;
};

/// `hague share [--prices current|constant] [--group NAME=ISO3,ISO3...]`
struct ShareRequest {
    Common common;
    std::optional<int> year;
    PriceBasis prices = PriceBasis::Current;
    std::vector<std::string> groups; ///< "NAME=ISO3,ISO3,..."
    void validate() const;
};
struct ShareResponse {
    Edition edition;
    std::vector<Ally> allies;
    engine::BurdenResult burden;
    /// Europe and Canada now, in 2035 and against Russia; absent when the edition cannot be
    /// projected (no GDP for its last year).
    std::optional<engine::EuropeanPillar> pillar;
};

/// `hague diff OLD NEW [--indicator NAME] [--min-change X]`
struct DiffRequest {
    std::string old_edition;
    std::string new_edition;
    std::optional<std::string> indicator;
    /// Smallest |change| listed, in the indicator's unit; unset: every change visible at the
    /// precision NATO publishes (0 lists every pair, unchanged ones too).
    std::optional<double> min_change;
    Rounding rounding = Rounding::TwoDp;
    /// Only these allies' figures (codes or names, NATO, NATO_EUROPE_CAN): the revisions and the
    /// pairs compared are theirs, and the threshold counts (an alliance-wide measure) are left
    /// out. Empty: every entity, and the counts.
    std::vector<std::string> allies;
    void validate() const;
};
struct DiffResponse {
    Edition old_edition;
    Edition new_edition;
    std::optional<std::string> indicator;
    std::optional<double> min_change;
    Rounding rounding = Rounding::TwoDp;
    std::vector<engine::Revision> revisions;
    int compared = 0;  ///< values both editions publish
    int unchanged = 0; ///< of those, not listed
    std::vector<engine::CountChange> counts;
    engine::Thresholds thresholds;
};

/// `hague facts`
struct FactsRequest {
    Common common;
    std::optional<int> year;
    void validate() const;
};
struct FactsResponse {
    Edition edition;
    std::vector<Ally> allies;
    engine::Status status;
    engine::BurdenResult burden;                      ///< current prices
    engine::GapResult gap;                            ///< to the core target, USD, current prices
    std::optional<Edition> previous;                  ///< the edition before, if any
    std::optional<engine::Revision> largest_revision; ///< of share_gdp_pct, since `previous`
    std::optional<engine::EuropeanPillar> pillar;     ///< as in ShareResponse
};

/// Europe and Canada's share of allied spending in `year` and in 2035 under each scenario, the US
/// share if the US holds its share of GDP, and 3.5% and 5% of their GDP against Russia's spending;
/// nullopt when the edition cannot be projected or has no burden for `year`.
[[nodiscard]] std::optional<engine::EuropeanPillar>
european_pillar(const engine::EditionSnapshot& e, Year year);

/// `hague compare [--year Y]`
struct CompareRequest {
    Common common;
    std::optional<int> year; ///< the latest year both NATO and SIPRI cover by default
    void validate() const;
};
struct CompareResponse {
    Edition edition;
    Year year{2014};
    std::vector<engine::ComparisonRow> rows;
    std::string sipri_source;
};

/// How far each member is from the target in the year, in points and in money.
[[nodiscard]] GapResponse answer(const engine::EditionSnapshot& e, const GapRequest& r);
/// The linear path to the target for one ally or all, and its commitments against it.
[[nodiscard]] PathResponse answer(const engine::EditionSnapshot& e, const PathRequest& r);
/// Paths set from `old_edition` against `new_edition`'s outturns.
[[nodiscard]] PathCheckResponse answer(const engine::EditionSnapshot& old_edition,
                                       const engine::EditionSnapshot& new_edition,
                                       const PathCheckRequest& r);
/// A national plan judged against the ally's path.
/// The plan judged against the path and the ally's record; `older` (the editions before `e`)
/// give its past estimates' misses.
[[nodiscard]] PlanCheckResponse answer(const engine::EditionSnapshot& e, const History& older,
                                       const PlanCheckRequest& r);
/// Burden sharing: each group's share of alliance GDP and spending.
[[nodiscard]] ShareResponse answer(const engine::EditionSnapshot& e, const ShareRequest& r);
/// What `new_edition` revised in `old_edition`, and how the counts changed.
[[nodiscard]] DiffResponse answer(const engine::EditionSnapshot& old_edition,
                                  const engine::EditionSnapshot& new_edition, const DiffRequest& r);
/// The fact sheet of `e`; `previous` (the edition before, or nullptr) for its largest revision.
[[nodiscard]] FactsResponse answer(const engine::EditionSnapshot& e,
                                   const engine::EditionSnapshot* previous, const FactsRequest& r);
/// Russia and China (SIPRI) beside NATO's totals.
[[nodiscard]] CompareResponse answer(const engine::EditionSnapshot& e, const CompareRequest& r);

} // namespace hague::app
