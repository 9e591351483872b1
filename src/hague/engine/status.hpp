#pragma once
/// Compliance with the Alliance pledges in one year of one edition: who meets 2%, 3.5%, 20%.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/entity_code.hpp"
#include "hague/core/missing_reason.hpp"
#include "hague/core/observation.hpp"
#include "hague/core/rounding.hpp"
#include "hague/core/year.hpp"
#include "hague/engine/observation_index.hpp"

namespace hague::engine {

/// Outcome of comparing a value with a threshold. Missing data is an outcome, not an error.
enum class Compliance { Met, NotMet, NoData };

/// The thresholds a status compares against, read from the commitments data (never hard-coded).
struct Thresholds {
    double spending_pct = 0;  ///< Wales: defence expenditure, % of GDP (2.0)
    double core_pct = 0;      ///< The Hague: core defence, % of GDP by 2035 (3.5)
    double equipment_pct = 0; ///< Wales: major equipment, % of defence expenditure (20.0)
};

/// What compute_status needs: one edition and year, and that year's observations.
struct StatusInput {
    const Edition* edition = nullptr;
    Year year{2014};
    Rounding rounding = Rounding::TwoDp;
    Thresholds thresholds;
    std::span<const Ally> allies;
    /// share_gdp_pct and equipment_share_pct observations of `edition` for `year`; others ignored.
    std::span<const Observation> observations;
    std::span<const MissingReason> missing_reasons;
};

/// One ally's row in the status table.
struct AllyStatus {
    EntityCode ally;
    std::optional<Figure> share_gdp_pct;             ///< NATO Table 3, % of GDP
    std::optional<Figure> equipment_share_pct;       ///< NATO Table 8a, % of defence expenditure
    Compliance meets_spending = Compliance::NoData;  ///< share >= Thresholds::spending_pct
    Compliance meets_core = Compliance::NoData;      ///< share >= Thresholds::core_pct
    Compliance meets_equipment = Compliance::NoData; ///< equipment >= Thresholds::equipment_pct
    std::optional<std::string> missing_reason;       ///< why the share is missing, where known
    std::optional<std::string> missing_key;          ///< its message key (data/missing.csv)
};

/// One of NATO's aggregates (NATO Total, NATO Europe and Canada).
struct AggregateStatus {
    EntityCode entity;
    std::optional<Figure> share_gdp_pct;
};

/// Counts over the allies that were NATO members in the year.
struct StatusSummary {
    int members = 0;   ///< allies that were NATO members in the year
    int reporting = 0; ///< members with a share of GDP in the edition
    int at_or_above_spending = 0;
    int at_or_above_core = 0;
    int equipment_reporting = 0; ///< members with an equipment share
    int at_or_above_equipment = 0;
    int estimates = 0; ///< reporting members whose share is an estimate
    /// Members with no share of GDP (ISO3, in allies.csv order): every count over `reporting`
    /// names them, so that "23 of 23" is never read as "all allies".
    std::vector<std::string> without_share;
    std::vector<std::string> without_equipment; ///< members with no equipment share
};

/// The status of every member ally in one year of one edition.
struct Status {
    std::string edition;
    Year year{2014};
    Rounding rounding = Rounding::TwoDp;
    Thresholds thresholds;
    /// Members, sorted by share of GDP, highest first; members with no share last, by code.
    std::vector<AllyStatus> allies;
    std::vector<AggregateStatus> aggregates; ///< NATO, then NATO_EUROPE_CAN, where published
    StatusSummary summary;
};

/// The counts over `allies` (members of the year, as compute_status keeps them): recomputed when
/// a chart keeps only some allies, so that its summary counts what it draws.
[[nodiscard]] StatusSummary summarize(std::span<const AllyStatus> allies);

/// Compares each member's share with the thresholds under the rounding rule.
[[nodiscard]] Status compute_status(const StatusInput& input);

/// Compliance of value against threshold after the rounding rule; NoData when value is absent.
[[nodiscard]] Compliance compare(const std::optional<Figure>& value, double threshold,
                                 Rounding rounding);

} // namespace hague::engine
