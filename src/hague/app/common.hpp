#pragma once
/// Parts the use cases share: each a function of a snapshot, none of the facade.

#include <optional>
#include <string>
#include <vector>

#include "hague/app/analytics.hpp"
#include "hague/app/projections.hpp"
#include "hague/core/error.hpp"
#include "hague/engine/burden.hpp"
#include "hague/engine/gap.hpp"
#include "hague/engine/snapshot.hpp"

namespace hague::app {

/// The requested year if the edition covers it, else its last year; InvalidInput otherwise.
[[nodiscard]] Year resolve_year(const Edition& e, const std::optional<int>& year);

/// The allies a request names: one (an ISO3 code) or every ally for "all"; NotFound otherwise.
/// The ally a plan is for, by its exact ISO3 code ("ALL" is Albania's currency, not "all the
/// allies"); NotFound naming the plan file otherwise.
const Ally& plan_ally(const engine::EditionSnapshot& s, const Plan& plan);
[[nodiscard]] std::vector<Ally> select_allies(const engine::EditionSnapshot& s,
                                              const std::string& which);

/// Linear paths to the target for the allies in `which`, from the edition's shares in `from`.
[[nodiscard]] PathResponse compute_paths(const engine::EditionSnapshot& s, const std::string& which,
                                         engine::PathTarget target, Year from);

/// The ally `text` names: its ISO3 code in any case, or its name in any of hague's languages
/// ("Polen", "Pologne", "Poland", "POL"), ignoring case and accents. nullopt when none.
[[nodiscard]] std::optional<EntityCode> parse_ally(const engine::EditionSnapshot& s,
                                                   std::string_view text);

/// The codes a list of allies names: an ally by code or name, NATO, NATO_EUROPE_CAN, or EU
/// (the EU allies of `year`). NotFound naming an item that is none of these.
[[nodiscard]] std::vector<std::string>
resolve_allies(const engine::EditionSnapshot& e, const std::vector<std::string>& items, Year year);

/// The gap of every member in `year` to target_pct, in currency at prices.
[[nodiscard]] engine::GapResult compute_gaps(const engine::EditionSnapshot& s, Year year,
                                             double target_pct, Currency currency,
                                             PriceBasis prices,
                                             Rounding rounding = Rounding::TwoDp);

/// Burden sharing in `year`: the standard groups, then `extra`.
[[nodiscard]] engine::BurdenResult compute_burden(const engine::EditionSnapshot& s, Year year,
                                                  PriceBasis prices,
                                                  const std::vector<engine::Group>& extra);

/// Why a burden computed from nothing cannot be shown (err_no_burden_data: no ally of the
/// edition has GDP and spending in USD for the year, and sums over none would read as 0%); nullopt
/// when it can.
[[nodiscard]] std::optional<Error> burden_unavailable(const engine::BurdenResult& b,
                                                      const Edition& e, Year year);

/// Why a projection cannot be simulated (err_nothing_to_simulate: no ally has a baseline GDP),
/// or nullopt when it can.
[[nodiscard]] std::optional<Error> nothing_to_simulate(const ProjectResponse& p);

/// The Monte Carlo of a projection already computed for r.projection.
[[nodiscard]] SimulateResponse simulate_projection(const engine::EditionSnapshot& s,
                                                   const History& older, const SimulateRequest& r,
                                                   ProjectResponse projection);

/// The ally whose Table 1 / Table 2 ratio gives the euro's rate: Germany has used the euro in
/// every year NATO's editions cover (docs/methodology.md, "Currencies").
[[nodiscard]] EntityCode euro_reference();

} // namespace hague::app
