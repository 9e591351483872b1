#pragma once
/// The linear "credible, incremental path" from a baseline year to a target share in a target year.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "hague/core/commitment.hpp"
#include "hague/core/entity_code.hpp"
#include "hague/core/year.hpp"

namespace hague::engine {

/// A path's ends.
struct PathInput {
    Year baseline_year{2014};
    double baseline_share_pct = 0; ///< the ally's share of GDP in the baseline year
    double target_pct = 0;         ///< 3.5 (core) or 5 (total)
    Year target_year{2035};        ///< from the Hague commitment
    Year review_year{2029};        ///< from the Hague commitment
};

/// What a set of paths leads to: the target share and its year (the Hague commitment's).
struct PathGoal {
    double target_pct = 0;
    Year target_year{2035};
};

/// One point of a path.
struct PathPoint {
    Year year;
    double share_pct;
};

/// share(y) = baseline + step x (y - baseline_year) for baseline_year <= y <= target_year, with
/// step = max(0, (target - baseline) / (target_year - baseline_year)): an ally at or above the
/// target keeps its baseline share.
struct Path {
    PathInput input;
    double required_pp_per_year = 0;
    bool already_at_target = false;
    std::vector<PathPoint> points; ///< every year from baseline to target year
    double review_pct = 0;         ///< the path's value in the review year

    /// The path's value in `year`; nullopt outside [baseline_year, target_year].
    [[nodiscard]] std::optional<double> at(Year year) const;
};

/// The linear path; InvalidInput if the baseline year is not before the target year.
[[nodiscard]] Path linear_path(const PathInput& in);

/// Where a national commitment stands against the path.
enum class Standing { Ahead, OnPath, Behind };

/// A national commitment beside the path.
/// The ally's own share of GDP in one year (Table 3 of the edition), and whether it is an estimate.
struct OwnShare {
    Year year{2014};
    double share_pct = 0;
    bool estimate = false;
};

struct CommitmentCheck {
    Commitment commitment;
    Year compared_year{2035}; ///< its by_year, or the path's target year when it names none
    /// A future year (after the baseline): the commitment against the path.
    std::optional<double> path_pct;   ///< the path in compared_year
    std::optional<Standing> standing; ///< target >= path: ahead (equal: on path); below: behind
    double difference_pp = 0;         ///< target - path
    /// The baseline year or earlier: the commitment against the ally's own figure for that year,
    /// never against the path (a path in its baseline year is the ally's figure anyway, and a
    /// pledge is met or not by what was spent).
    std::optional<OwnShare> own;
    std::optional<bool> met;      ///< own share (rounded to 2 decimals as published) >= target
    double own_difference_pp = 0; ///< own share - target
};

/// Each commitment of the ally (kinds other than the Alliance pledges): one for a year after the
/// path's baseline against the path; one for the baseline year or before against `own`, the
/// ally's figures (not compared when it has none for that year).
[[nodiscard]] std::vector<CommitmentCheck>
check_commitments(const Path& path, std::span<const Commitment> commitments,
                  std::span<const OwnShare> own = {});

/// Which Hague target a path aims at: 3.5% core, or 5% in all.
enum class PathTarget { Core, Total };

/// One ally's path, with its national commitments beside it.
struct AllyPath {
    EntityCode ally;
    std::string name;
    bool baseline_estimate = false; ///< the baseline share is a NATO estimate
    Path path;
    std::vector<CommitmentCheck> commitments;
    /// The target of the path the commitments are set against. National commitments are core
    /// defence spending (NATO's definition), so a path to the 5% total sets them against the
    /// path to 3.5% core instead.
    double commitments_target_pct = 0;
};

/// One year of a newer edition's outturn against a path set from an older edition.
struct Outturn {
    Year year;
    double share_pct = 0;
    bool estimate = false;
    double path_pct = 0;
    double deviation_pp = 0; ///< outturn - path
    Standing standing = Standing::OnPath;
};

/// An ally's old path and the new edition's outturns.
struct AllyPathCheck {
    EntityCode ally;
    std::string name;
    Path path;
    std::vector<Outturn> outturns;
};

/// Outturn against the path: within half a hundredth of a point is on the path.
[[nodiscard]] Outturn compare_outturn(const Path& path, Year year, double share_pct, bool estimate);

} // namespace hague::engine
