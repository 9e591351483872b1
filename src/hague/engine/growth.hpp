#pragma once
/// Real GDP growth as the edition's actual years show it: the parameters of the growth model.

#include <optional>
#include <span>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/engine/observation_index.hpp"

namespace hague::engine {

/// One ally's log real growth over the edition's actual (non-estimate) years.
struct GrowthEstimate {
    EntityCode ally;
    std::vector<Year> years; ///< year t of each growth rate ln(GDP_t / GDP_t-1)
    std::vector<double> log_growth;
    double mu = 0;    ///< mean of log_growth: mu = (1/n) sum ln(GDP_t / GDP_t-1)
    double sigma = 0; ///< sample standard deviation: sqrt(sum (x - mu)^2 / (n - 1))
};

/// The growth model's parameters for every ally with at least three growth rates.
struct GrowthModel {
    std::vector<GrowthEstimate> allies;
    /// Mean pairwise Pearson correlation of the allies' log growth over the years they share,
    /// clamped to [0, 1] (the model's common factor needs rho >= 0).
    double rho = 0;
    double rho_unclamped = 0;
    int pairs = 0;
    Year first_year{2014}; ///< first growth year used
    Year last_year{2014};  ///< last growth year used (the edition's last actual year)

    [[nodiscard]] const GrowthEstimate* find(const EntityCode& ally) const;
};

/// Estimates mu_i, sigma_i and rho from the edition's constant-price GDP (Table 5) over its actual
/// years, i.e. the years NATO does not mark as estimates.
[[nodiscard]] GrowthModel estimate_growth(const ObservationIndex& index, const Edition& edition,
                                          std::span<const Ally> allies);

} // namespace hague::engine
