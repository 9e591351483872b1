#pragma once
/// Small estimators shared by the growth and spending models.

#include <cmath>
#include <optional>
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

} // namespace hague::engine
