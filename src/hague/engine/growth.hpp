#pragma once
/// Real GDP growth as the edition's actual years show it: the parameters of the growth model.

#include <optional>
#include <span>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/level_break.hpp"
#include "hague/engine/observation_index.hpp"

namespace hague::engine {

/// Which growth years estimate the model: year t stands for ln(GDP_t / GDP_t-1).
struct GrowthWindow {
    std::optional<Year> first; ///< default: the edition's first year + 1
    std::optional<Year> last;  ///< default: the edition's last actual (non-estimate) year
    /// Left out of every ally's sample. Default 2020 and 2021: the pandemic's fall and rebound are
    /// one shock and its reversal, not two draws of ordinary growth, and they dominate both sigma
    /// and the correlation (docs/methodology.md, "Growth").
    std::vector<int> excluded{2020, 2021};
    /// The excluded years were asked for (--growth-exclude): each must fall in the window.
    bool excluded_asked = false;
};

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
    Year first_year{2014}; ///< first growth year of the window
    Year last_year{2014};  ///< last growth year of the window (default: the last actual year)
    std::vector<int> excluded_years; ///< left out for every ally (the window's)
    /// The default exclusion (2020 and 2021, the pandemic), not one asked for.
    bool pandemic_default = true;
    std::vector<LevelBreak> breaks_used; ///< breaks inside the window, left out for their ally

    [[nodiscard]] const GrowthEstimate* find(const EntityCode& ally) const;
};

/// Estimates mu_i, sigma_i and rho from the edition's constant-price GDP (Table 5) over the
/// window's growth years, which must be actual years (NATO does not mark them as estimates).
/// The window's excluded years are left out for every ally, and a break's year for its ally (a
/// break of series "gdp"). InvalidInput if the window is empty or leaves the edition's actual
/// years.
[[nodiscard]] GrowthModel estimate_growth(const ObservationIndex& index, const Edition& edition,
                                          std::span<const Ally> allies,
                                          const GrowthWindow& window = {},
                                          std::span<const LevelBreak> breaks = {});

} // namespace hague::engine
