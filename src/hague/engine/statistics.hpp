#pragma once
/// Small estimators shared by the growth and spending models.

#include <cmath>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace hague::engine {

/// Pearson correlation of paired samples x and y; nullopt with fewer than three pairs or when
/// either has no variance.
[[nodiscard]] inline std::optional<double> pearson(const std::vector<double>& x,
                                                   const std::vector<double>& y) {
    if (x.size() != y.size() || x.size() < 3)
        return std::nullopt;
    const double n = static_cast<double>(x.size());
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += x[i] / n;
        my += y[i] / n;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

/// The mean, over every pair of series, of the Pearson correlation over the keys (years) both
/// have; pairs with fewer than three in common, or without variance, are left out. Returns the mean
/// (0 without a pair) and the number of pairs.
[[nodiscard]] inline std::pair<double, int>
mean_pairwise_correlation(const std::vector<std::map<int, double>>& series) {
    double sum = 0;
    int pairs = 0;
    for (std::size_t i = 0; i < series.size(); ++i)
        for (std::size_t j = i + 1; j < series.size(); ++j) {
            std::vector<double> x, y;
            for (const auto& [key, v] : series[i])
                if (const auto it = series[j].find(key); it != series[j].end()) {
                    x.push_back(v);
                    y.push_back(it->second);
                }
            if (const auto r = pearson(x, y)) {
                sum += *r;
                ++pairs;
            }
        }
    return {pairs > 0 ? sum / pairs : 0.0, pairs};
}

} // namespace hague::engine
