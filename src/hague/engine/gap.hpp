#pragma once
/// The gap to a target share of GDP, in points and in money.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/missing_reason.hpp"
#include "hague/core/money.hpp"
#include "hague/core/reason.hpp"
#include "hague/core/rounding.hpp"
#include "hague/engine/groups.hpp"
#include "hague/engine/observation_index.hpp"

namespace hague::engine {

/// What compute_gaps needs.
struct GapInput {
    const Edition* edition = nullptr;
    const ObservationIndex* index = nullptr; ///< observations of `edition`
    Year year{2014};
    double target_pct = 0; ///< % of GDP, in (0, 100]
    Currency currency = Currency::Usd;
    PriceBasis prices = PriceBasis::Current;
    /// How the share is taken before it is measured against the target: the rule `status`
    /// compares with, so the two never disagree (the US in 2016, 2024-06 edition: 3.4961% is 3.50
    /// as NATO publishes it, which meets 3.5% and so has no gap).
    Rounding rounding = Rounding::TwoDp;
    EntityCode euro_reference; ///< ally whose Table 1 / Table 2 ratio gives EUR per USD
    std::span<const Ally> allies;
    std::span<const Group> groups;
    std::span<const MissingReason> missing_reasons;
};

/// One ally's gap.
struct AllyGap {
    EntityCode ally;
    std::string currency_code;   ///< USD, EUR, or the ally's ISO 4217 code for NC
    std::optional<Figure> share; ///< Table 3, % of GDP
    double gap_pp = 0;     ///< max(0, target - share under the rounding rule), percentage points
    double surplus_pp = 0; ///< max(0, share under the rounding rule - target)
    std::optional<double> gdp_m; ///< GDP, millions of currency_code
    /// Defence expenditure (Table 2), millions of currency_code: the money the ally spends.
    std::optional<double> spending_m;
    /// The gap in money: target / 100 x GDP - spending (Table 2), when the gap in points is
    /// above zero and Table 2 has the figure; gap_pp / 100 x gdp_m without it.
    std::optional<double> gap_m;
    /// 100 x spending / GDP from Tables 2 and 5; set when it differs from Table 3 by more than
    /// rounding (0.05 points): NATO's tables disagree, and the table says so beside the figure.
    std::optional<double> tables_disagree_pct;
    std::optional<double> rate;    ///< units of currency_code per USD (1 for USD)
    std::optional<Reason> missing; ///< why share or money is missing
};

/// A group's total: the sum of its members' gaps (surpluses do not offset gaps).
struct GroupGap {
    Group group;
    std::optional<double> gap_m; ///< nullopt for NC (currencies differ) or when no member has money
    int members_with_money = 0;  ///< members whose gap in money is known
    int members = 0;
};

struct GapResult {
    std::string edition;
    Year year{2014};
    double target_pct = 0;
    Currency currency = Currency::Usd;
    PriceBasis prices = PriceBasis::Current;
    Rounding rounding = Rounding::TwoDp;
    int constant_price_base = 0;
    std::vector<AllyGap> allies; ///< largest gap in points first; no share last
    std::vector<GroupGap> groups;
};

/// Gaps of every member ally in the year, and the groups' totals.
[[nodiscard]] GapResult compute_gaps(const GapInput& in);

} // namespace hague::engine
