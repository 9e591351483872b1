#pragma once
/// Burden sharing: each group's share of the alliance's GDP and of its defence spending.

#include <optional>
#include <span>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/money.hpp"
#include "hague/engine/groups.hpp"
#include "hague/engine/observation_index.hpp"

namespace hague::engine {

struct BurdenInput {
    const Edition* edition = nullptr;
    const ObservationIndex* index = nullptr;
    Year year{2014};
    PriceBasis prices = PriceBasis::Current;
    std::span<const Group> groups; ///< the first group is the alliance (all members)
};

/// One group's figures. An ally counts when the edition publishes both its GDP and its defence
/// expenditure for the year (Iceland, with no defence expenditure, never does).
struct GroupBurden {
    Group group;
    int members_counted = 0;
    double gdp_usd_m = 0;                 ///< sum of GDP, million USD (Table 5)
    double spending_usd_m = 0;            ///< sum of defence expenditure, million USD (Table 2)
    double share_of_alliance_gdp_pct = 0; ///< 100 x gdp / alliance gdp
    double share_of_alliance_spending_pct = 0; ///< 100 x spending / alliance spending
    double share_gdp_pct = 0; ///< 100 x spending / gdp (a ratio of sums, not NATO's Table 3)
    std::optional<double> population_m; ///< sum of GDP / GDP per capita (Table 6), millions
    std::optional<double> spending_per_capita_usd; ///< spending / population
};

struct BurdenResult {
    std::string edition;
    Year year{2014};
    PriceBasis prices = PriceBasis::Current;
    int constant_price_base = 0;
    /// Some figure summed is a NATO estimate (the year is an estimate year): every share the
    /// result gives carries the estimate mark.
    bool estimate = false;
    std::vector<GroupBurden> groups;
};

/// The figures of each group; the alliance totals come from groups.front().
[[nodiscard]] BurdenResult compute_burden(const BurdenInput& in);

} // namespace hague::engine
