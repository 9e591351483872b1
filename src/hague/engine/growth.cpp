#include "hague/engine/growth.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/engine/statistics.hpp"

namespace hague::engine {

const GrowthEstimate* GrowthModel::find(const EntityCode& ally) const {
    for (const auto& a : allies)
        if (a.ally == ally)
            return &a;
    return nullptr;
}

namespace {
constexpr std::size_t min_rates = 3;

} // namespace

GrowthModel estimate_growth(const ObservationIndex& index, const Edition& edition,
                            std::span<const Ally> allies, const GrowthWindow& window,
                            std::span<const LevelBreak> breaks) {
    GrowthModel model;
    const auto gdp_name = indicators::gdp_usd_constant_bn(edition.constant_price_base);
    Year last_actual = edition.first_year;
    for (int y = edition.first_year.value(); y <= edition.last_year.value(); ++y)
        if (!edition.is_estimate_year(Year(y)))
            last_actual = Year(y);
    const Year earliest(edition.first_year.value() + 1);
    model.first_year = window.first.value_or(earliest);
    model.last_year = window.last.value_or(last_actual);
    HAGUE_CHECK(model.first_year >= earliest && model.last_year <= last_actual &&
                    model.first_year < model.last_year,
                ErrorKind::InvalidInput, "err_growth_years_outside",
                "growth years {}-{} are not within {}-{}, the growth years for which edition {} "
                "publishes actual figures (not estimates)",
                model.first_year, model.last_year, earliest, last_actual, edition.id);
    for (int y : window.excluded) {
        const bool inside = y >= model.first_year.value() && y <= model.last_year.value();
        HAGUE_CHECK(inside || !window.excluded_asked, ErrorKind::InvalidInput,
                    "err_growth_exclude_outside",
                    "growth year {} is not within the growth years {}-{}, so it cannot be left "
                    "out",
                    y, model.first_year, model.last_year);
        if (inside)
            model.excluded_years.push_back(y);
    }
    model.pandemic_default = !window.excluded_asked;
    // At least three growth years must remain: a mean and a standard deviation need them.
    const int left = model.last_year.value() - model.first_year.value() + 1 -
                     static_cast<int>(model.excluded_years.size());
    HAGUE_CHECK(left >= static_cast<int>(min_rates), ErrorKind::InvalidInput,
                "err_growth_years_too_few",
                "growth years {}-{} leave too few growth years to estimate from (excluded years "
                "left out): {}; the growth model needs at least 3",
                model.first_year, model.last_year, left);
    for (const auto& b : breaks)
        if (b.series == "gdp" && b.year >= model.first_year && b.year <= model.last_year)
            model.breaks_used.push_back(b);
    auto left_out = [&](const EntityCode& ally, int y) {
        if (std::find(window.excluded.begin(), window.excluded.end(), y) != window.excluded.end())
            return true;
        return std::any_of(
            model.breaks_used.begin(), model.breaks_used.end(),
            [&](const LevelBreak& b) { return b.ally == ally && b.year.value() == y; });
    };
    for (const auto& a : allies) {
        GrowthEstimate g{a.code, {}, {}, 0, 0};
        for (int y = model.first_year.value(); y <= model.last_year.value(); ++y) {
            if (left_out(a.code, y))
                continue;
            const auto prev = index.value(a.code, Year(y - 1), gdp_name);
            const auto cur = index.value(a.code, Year(y), gdp_name);
            if (!prev || !cur || *prev <= 0 || *cur <= 0)
                continue;
            g.years.push_back(Year(y));
            g.log_growth.push_back(std::log(*cur / *prev));
        }
        if (g.log_growth.size() < min_rates)
            continue;
        const double n = static_cast<double>(g.log_growth.size());
        for (double x : g.log_growth)
            g.mu += x / n;
        double ss = 0;
        for (double x : g.log_growth)
            ss += (x - g.mu) * (x - g.mu);
        g.sigma = std::sqrt(ss / (n - 1));
        model.allies.push_back(std::move(g));
    }
    std::vector<std::map<int, double>> series;
    for (const auto& g : model.allies) {
        auto& one = series.emplace_back();
        for (std::size_t k = 0; k < g.years.size(); ++k)
            one[g.years[k].value()] = g.log_growth[k];
    }
    std::tie(model.rho_unclamped, model.pairs) = mean_pairwise_correlation(series);
    model.rho = std::clamp(model.rho_unclamped, 0.0, 1.0);
    return model;
}

} // namespace hague::engine
