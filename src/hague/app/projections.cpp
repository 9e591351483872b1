// The projections of the facade: deterministic projection and Monte Carlo.
#include <algorithm>
#include <cmath>
#include <thread>

#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "hague/engine/groups.hpp"
#include "hague/io/outlook_reader.hpp"
#include "hague/io/plan_reader.hpp"

namespace hague::app {

namespace {

constexpr std::string_view euro_reference = "DEU";

std::optional<engine::Scenario> named_scenario(const std::string& s) {
    for (auto sc : {engine::Scenario::StatusQuo, engine::Scenario::Linear,
                    engine::Scenario::Commitments})
        if (s == engine::to_string(sc))
            return sc;
    return std::nullopt;
}

} // namespace

void ProjectRequest::validate() const {
    HAGUE_CHECK(named_scenario(scenario) || scenario.ends_with(".toml"), ErrorKind::InvalidInput,
                "err_scenario_one_status_quo",
                "--scenario '{}' is not one of status-quo, linear, commitments, or a plan file "
                "ending in .toml",
                scenario);
    validate_year_option(from, "--from");
    HAGUE_CHECK(!inflation_pct || (*inflation_pct > -50 && *inflation_pct < 100),
                ErrorKind::InvalidInput, "err_inflation_outside_percent_year",
                "--inflation {} is outside -50 to 100 (percent a year)", inflation_pct.value_or(0));
}

void SimulateRequest::validate() const {
    projection.validate();
    HAGUE_CHECK(paths >= 1 && paths <= max_paths, ErrorKind::InvalidInput, "err_paths_outside",
                "--paths {} is outside 1-{}", paths, max_paths);
    HAGUE_CHECK(threads <= 256, ErrorKind::InvalidInput, "err_threads_more_than",
                "--threads {} is more than 256", threads);
    HAGUE_CHECK(!rho || (*rho >= 0 && *rho <= 1), ErrorKind::InvalidInput, "err_rho_outside",
                "--rho {} is outside 0-1", rho.value_or(0));
    for (const auto& [code, v] : sigma_pct)
        HAGUE_CHECK(v >= 0 && v <= 50, ErrorKind::InvalidInput, "err_sigma_outside_percent",
                    "--sigma {}={} is outside 0-50 (percent)", code, v);
    for (const auto& [code, v] : mu_pct)
        HAGUE_CHECK(v > -20 && v < 20, ErrorKind::InvalidInput, "err_mu_outside_percent_year",
                    "--mu {}={} is outside -20 to 20 (percent a year)", code, v);
}

ProjectResponse Service::project(const ProjectRequest& r) const {
    r.validate();
    ProjectResponse out{resolve_edition(r.common), store_->allies(), {}, {}, {}, r.outlook_file};
    const auto& e = out.edition;
    const Year from = r.from ? Year(*r.from) : e.last_year;
    const auto goal =
        pledge(r.target == engine::PathTarget::Core ? pledges::hague_core : pledges::hague_total);
    HAGUE_CHECK(goal.by_year && from < *goal.by_year, ErrorKind::InvalidInput,
                "err_from_before_year_target",
                "--from {} is not before {}, the year of the Hague target", from,
                goal.by_year.value_or(Year(2035)));
    HAGUE_CHECK(e.covers(from), ErrorKind::InvalidInput, "err_from_edition_which_covers",
                "--from {} is not in edition {}, which covers {}-{}", from, e.id, e.first_year,
                e.last_year);
    const auto observations = store_->observations({e.id, {}, {}, {}});
    const engine::ObservationIndex index(observations);
    out.growth = engine::estimate_growth(index, e, out.allies);
    const auto groups = engine::standard_groups(out.allies, from);
    const auto commitments = store_->commitments();

    engine::ProjectionInput in{.edition = &e,
                               .index = &index,
                               .growth = &out.growth,
                               .allies = out.allies,
                               .groups = groups,
                               .scenario = engine::Scenario::StatusQuo,
                               .baseline_year = from,
                               .target_pct = goal.target_pct,
                               .target_year = *goal.by_year,
                               .default_inflation_pct = r.inflation_pct.value_or(2.0),
                               .euro_reference = *EntityCode::parse(euro_reference),
                               .commitments = commitments,
                               .plan_shares = {},
                               .plan_ally = {},
                               .outlook = {}};
    if (auto named = named_scenario(r.scenario)) {
        in.scenario = *named;
    } else {
        const auto plan = io::read_plan_file(r.scenario);
        in.scenario = engine::Scenario::Plan;
        in.plan_ally = plan.ally;
        for (const auto& entry : plan.core) {
            HAGUE_CHECK(entry.share_gdp_pct.has_value(), ErrorKind::Unsupported,
                        "err_plan_used_scenario_needs",
                        "{}:{}: a plan used as a scenario needs share_gdp_pct (money plans are "
                        "judged by 'hague plan check')",
                        plan.file, entry.line);
            in.plan_shares[entry.year.value()] = *entry.share_gdp_pct;
        }
        out.plan_file = r.scenario;
    }
    if (r.outlook_file)
        for (const auto& [key, row] : io::read_outlook_file(*r.outlook_file))
            in.outlook[key] = {row.real_growth_pct, row.inflation_pct};
    out.projection = engine::project(in);
    return out;
}

SimulateResponse Service::simulate(const SimulateRequest& r) const {
    r.validate();
    SimulateResponse out;
    out.projection = project(r.projection);
    HAGUE_CHECK(!out.projection.projection.allies.empty(), ErrorKind::InvalidInput,
                "err_nothing_to_simulate",
                "edition {} lets no ally be projected from {} (no GDP in Table 5 for that year), "
                "so there is nothing to simulate",
                out.projection.edition.id, out.projection.projection.assumptions.baseline_year);
    out.rule = r.rule;
    out.threads = r.threads ? r.threads : std::max(1u, std::thread::hardware_concurrency());
    const auto& growth = out.projection.growth;
    out.rho = r.rho.value_or(growth.rho);
    out.rho_overridden = r.rho.has_value();
    auto find_override = [](const std::vector<std::pair<std::string, double>>& v,
                            const EntityCode& code) -> std::optional<double> {
        for (const auto& [c, x] : v)
            if (EntityCode::parse(c) == code)
                return x / 100.0;
        return std::nullopt;
    };
    for (const auto& list : {r.mu_pct, r.sigma_pct})
        for (const auto& [c, x] : list) {
            const auto code = EntityCode::parse(c);
            const bool known = code && std::any_of(out.projection.projection.allies.begin(),
                                                   out.projection.projection.allies.end(),
                                                   [&](const auto& p) { return p.baseline.ally == *code; });
            HAGUE_CHECK(known, ErrorKind::InvalidInput, "err_does_name_projected_ally",
                        "'{}={}' does not name a projected ally (expected ISO3=PERCENT, such as "
                        "DEU=1.2)",
                        c, x);
        }

    // The Monte Carlo's drift is the projection itself; a --mu override re-runs it.
    engine::McModel model;
    model.years = out.projection.projection.assumptions.target_year.value() -
                  out.projection.projection.assumptions.baseline_year.value();
    model.threshold_pct = pledge(pledges::hague_core).target_pct;
    out.threshold_pct = model.threshold_pct;
    model.rule = r.rule;
    for (const auto& p : out.projection.projection.allies) {
        const auto* g = growth.find(p.baseline.ally);
        const auto mu = find_override(r.mu_pct, p.baseline.ally);
        const auto sigma = find_override(r.sigma_pct, p.baseline.ally);
        SimulatedAlly s{p.baseline.ally, mu.value_or(g->mu), sigma.value_or(g->sigma),
                        mu.has_value(), sigma.has_value()};
        engine::McAlly a;
        a.id = p.baseline.ally.str();
        a.factor_loading = s.sigma * std::sqrt(out.rho);
        a.own_loading = s.sigma * std::sqrt(1 - out.rho);
        double drift = 1.0;
        for (std::size_t k = 0; k < p.years.size(); ++k) {
            const auto& y = p.years[k];
            // A --mu override scales the projection's real GDP path: exp(k (mu' - mu)).
            if (mu && k > 0)
                drift *= std::exp(*mu - g->mu);
            a.gdp_usd_m.push_back(y.gdp_usd_m * drift);
            a.share_fraction.push_back(y.share_gdp_pct / 100);
            a.spending_usd_m.push_back(y.spending_usd_m * (mu ? drift : 1.0));
        }
        model.allies.push_back(std::move(a));
        out.parameters.push_back(s);
    }
    for (const auto& g : out.projection.projection.groups) {
        engine::McGroup mg{g.group.id, {}};
        for (std::size_t i = 0; i < model.allies.size(); ++i)
            if (std::find(g.group.members.begin(), g.group.members.end(),
                          out.parameters[i].ally) != g.group.members.end())
                mg.members.push_back(i);
        model.groups.push_back(std::move(mg));
    }
    out.result = engine::run_monte_carlo(
        model, {.paths = r.paths, .seed = r.seed, .threads = out.threads, .progress = r.progress});
    return out;
}

} // namespace hague::app
