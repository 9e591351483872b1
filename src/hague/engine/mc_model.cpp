#include "hague/engine/mc_model.hpp"

#include <algorithm>
#include <cmath>

#include "hague/core/error.hpp"

namespace hague::engine {

namespace {

std::optional<double> find_override(const std::vector<std::pair<EntityCode, double>>& v,
                                    const EntityCode& code) {
    for (const auto& [c, x] : v)
        if (c == code)
            return x;
    return std::nullopt;
}

} // namespace

McSetup build_mc_model(const Projection& projection, const GrowthModel& growth,
                       double threshold_pct, SpendingRule rule, const McOverrides& overrides,
                       const McOptions& options) {
    HAGUE_REQUIRE(rule != SpendingRule::Execution || options.execution != nullptr,
                  ErrorKind::Internal, "the execution rule needs an execution record");
    HAGUE_REQUIRE(!overrides.rho || (*overrides.rho >= 0 && *overrides.rho <= 1),
                  ErrorKind::InvalidInput, "rho {} is outside 0-1", overrides.rho.value_or(0));
    for (const auto& list : {overrides.mu, overrides.sigma})
        for (const auto& [code, x] : list) {
            const bool known =
                std::any_of(projection.allies.begin(), projection.allies.end(),
                            [&](const AllyProjection& p) { return p.baseline.ally == code; });
            HAGUE_CHECK(known, ErrorKind::InvalidInput, "err_does_name_projected_ally",
                        "'{}={}' does not name a projected ally (expected ISO3=PERCENT, such as "
                        "DEU=1.2)",
                        code, x * 100);
            HAGUE_REQUIRE(std::isfinite(x), ErrorKind::InvalidInput, "{}: {} is not finite", code,
                          x);
        }
    for (const auto& [code, x] : overrides.sigma)
        HAGUE_REQUIRE(x >= 0, ErrorKind::InvalidInput, "{}: sigma {} is negative", code, x);
    HAGUE_REQUIRE(std::isfinite(overrides.growth_shift) && std::abs(overrides.growth_shift) < 0.2,
                  ErrorKind::InvalidInput, "growth shift {} is outside -0.2 to 0.2",
                  overrides.growth_shift);
    HAGUE_REQUIRE(std::isfinite(overrides.volatility_scale) && overrides.volatility_scale >= 0 &&
                      overrides.volatility_scale <= 10,
                  ErrorKind::InvalidInput, "volatility scale {} is outside 0-10",
                  overrides.volatility_scale);

    McSetup out;
    out.rho = overrides.rho.value_or(growth.rho);
    out.rho_overridden = overrides.rho.has_value();
    auto& model = out.model;
    model.years =
        projection.assumptions.target_year.value() - projection.assumptions.baseline_year.value();
    model.threshold_pct = threshold_pct;
    model.cutoff_pct = options.cutoff_pct;
    model.rule = rule;
    model.walk = options.persistence == Persistence::Walk;
    if (options.check_year) {
        const int k = options.check_year->value() - projection.assumptions.baseline_year.value();
        if (k > 0 && k < model.years) {
            model.check = k;
            out.check_year = options.check_year;
        }
    }
    const bool execution = rule == SpendingRule::Execution;
    const double tau = execution ? options.execution->tau * overrides.volatility_scale : 0.0;
    const double rho_e = execution ? options.execution->rho : 0.0;
    out.spending_rho = rho_e;
    for (const auto& p : projection.allies) {
        const auto* g = growth.find(p.baseline.ally);
        HAGUE_REQUIRE(g != nullptr, ErrorKind::Internal,
                      "{} is projected without a growth estimate", p.baseline.ally);
        const auto mu = find_override(overrides.mu, p.baseline.ally);
        const auto sigma = find_override(overrides.sigma, p.baseline.ally);
        McParameters par{p.baseline.ally,
                         mu.value_or(g->mu) + overrides.growth_shift,
                         sigma.value_or(g->sigma) * overrides.volatility_scale,
                         mu.has_value(),
                         sigma.has_value(),
                         tau,
                         execution ? options.execution->bias : 0.0};
        McAlly a;
        a.id = p.baseline.ally.str();
        a.factor_loading = par.sigma * std::sqrt(out.rho);
        a.own_loading = par.sigma * std::sqrt(1 - out.rho);
        a.spend_factor_loading = tau * std::sqrt(rho_e);
        a.spend_own_loading = tau * std::sqrt(1 - rho_e);
        a.bias = par.bias;
        double drift = 1.0, shift = 1.0;
        for (std::size_t k = 0; k < p.years.size(); ++k) {
            const auto& y = p.years[k];
            // A mu override scales the projection's real GDP path: exp(k (mu' - mu)); the growth
            // shift scales GDP alone, exp(k shift), leaving the budgets as planned.
            if (mu && k > 0)
                drift *= std::exp(*mu - g->mu);
            if (k > 0)
                shift *= std::exp(overrides.growth_shift);
            a.gdp_usd_m.push_back(y.gdp_usd_m * drift * shift);
            a.share_fraction.push_back(y.share_gdp_pct / 100);
            a.spending_usd_m.push_back(y.spending_usd_m * (mu ? drift : 1.0));
        }
        model.allies.push_back(std::move(a));
        out.parameters.push_back(par);
    }
    for (const auto& g : projection.groups) {
        McGroup mg{g.group.id, {}};
        for (std::size_t i = 0; i < out.parameters.size(); ++i)
            if (std::find(g.group.members.begin(), g.group.members.end(), out.parameters[i].ally) !=
                g.group.members.end())
                mg.members.push_back(i);
        model.groups.push_back(std::move(mg));
    }
    validate(model);
    return out;
}

} // namespace hague::engine
