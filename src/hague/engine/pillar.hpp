#pragma once
/// The European pillar: can Europe and Canada carry NATO's spending? Their share of allied
/// spending now and in the target year under each scenario, the US share if the US holds its
/// share of GDP while the others follow the scenario, and what Europe and Canada at 3.5% and 5%
/// of GDP would spend against Russia's spending (SIPRI, a broader definition).

#include <optional>
#include <vector>

#include "hague/core/year.hpp"
#include "hague/engine/projection.hpp"

namespace hague::engine {

struct PillarScenario {
    Scenario scenario = Scenario::StatusQuo;
    double europe_canada_share_pct = 0; ///< 100 x E+C spending / all allies' spending, target year
    double us_holds_share_pct =
        0; ///< 100 x US (baseline share held) / (US + E+C under the scenario)
};

struct EuropeanPillar {
    Year year{2014};                    ///< the year "now" stands for
    double europe_canada_share_pct = 0; ///< of allied spending (Table 2 sums), in `year`
    bool estimate = false;              ///< a figure summed is a NATO estimate
    Year baseline_year{2014};           ///< the projections' baseline
    Year target_year{2035};
    double us_share_gdp_pct = 0; ///< the share of GDP the US holds in the "US holds" figures
    std::vector<PillarScenario> scenarios;
    /// Russia's spending (SIPRI) in the latest year SIPRI gives up to `year`, and Europe and
    /// Canada's GDP that year (Table 5): what 3.5% and 5% of it would be.
    std::optional<Year> russia_year;
    double russia_usd_m = 0;
    bool russia_estimate = false;
    double europe_canada_gdp_usd_m = 0;
    double core_pct = 0, total_pct = 0; ///< 3.5 and 5
};

/// The figures of one scenario from its projection: the "europe_canada" and "usa" groups' spending
/// in the target year, and the US's under the status quo (`us_status_quo_usd_m`).
[[nodiscard]] PillarScenario pillar_scenario(const Projection& p, double us_status_quo_usd_m);

} // namespace hague::engine
