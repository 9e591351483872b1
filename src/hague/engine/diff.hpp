#pragma once
/// What a newer edition revised: values that changed, and how threshold counts changed.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/observation.hpp"
#include "hague/core/rounding.hpp"
#include "hague/engine/status.hpp"

namespace hague::engine {

/// Two figures closer than this, relative to the larger, are the same figure: NATO publishes
/// at most 2 decimals of a share and whole millions of money, far coarser than 12 significant
/// digits.
inline constexpr double same_value_relative = 1e-12;

/// One value both editions publish, revised by `change`.
struct Revision {
    EntityCode entity;
    Year year;
    std::string indicator;
    double old_value = 0;
    double new_value = 0;
    double change = 0; ///< new - old, in the indicator's unit
    bool old_estimate = false;
    bool new_estimate = false;
};

/// The revisions between two editions, and what was compared.
struct RevisionSet {
    /// Grouped by indicator (share of GDP first, then by name: a change is ranked only against
    /// changes in the same unit), largest absolute change first within each (ties: entity, year).
    std::vector<Revision> revisions;
    int compared = 0;  ///< values both editions publish
    int unchanged = 0; ///< of those, not listed: equal at the published precision (or below min)
};

/// Values present in both (matched on entity, year, indicator). With `min_change`, those with
/// |new - old| >= min_change (0 lists every pair, unchanged ones too); without it, those whose
/// values differ at the precision NATO publishes (indicators::published_decimals): 2.004 -> 2.001
/// is no revision of a share published as 2.00. `indicator` filters when set.
[[nodiscard]] RevisionSet find_revisions(std::span<const Observation> old_edition,
                                         std::span<const Observation> new_edition,
                                         std::optional<double> min_change,
                                         const std::optional<std::string>& indicator);

/// Threshold counts of one year by each edition.
struct CountChange {
    Year year;
    std::optional<StatusSummary> old_counts; ///< nullopt when the old edition does not cover it
    std::optional<StatusSummary> new_counts;
};

/// Counts for every year either edition covers, oldest first.
[[nodiscard]] std::vector<CountChange>
count_changes(const Edition& old_edition, std::span<const Observation> old_obs,
              const Edition& new_edition, std::span<const Observation> new_obs,
              std::span<const Ally> allies, const Thresholds& thresholds, Rounding rounding);

} // namespace hague::engine
