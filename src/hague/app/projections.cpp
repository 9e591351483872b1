// The projections: deterministic projection and Monte Carlo, as functions of one snapshot.
#include "hague/app/projections.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <thread>

#include "hague/app/common.hpp"
#include "hague/core/error.hpp"
#include "hague/core/missing_reason.hpp"
#include "hague/engine/groups.hpp"
#include "hague/io/bundled.hpp"
#include "hague/io/plan_reader.hpp"

namespace hague::app {

namespace {

std::optional<engine::Scenario> named_scenario(const std::string& s) {
    for (auto sc :
         {engine::Scenario::StatusQuo, engine::Scenario::Linear, engine::Scenario::Commitments})
        if (s == engine::to_string(sc))
            return sc;
    return std::nullopt;
}

/// ISO3=PERCENT overrides as fractions; InvalidInput naming the pair when the code is not one.
std::vector<std::pair<EntityCode, double>>
fractions(const std::vector<std::pair<std::string, double>>& pct) {
    std::vector<std::pair<EntityCode, double>> out;
    for (const auto& [c, x] : pct) {
        const auto code = EntityCode::parse(c);
        HAGUE_CHECK(code.has_value(), ErrorKind::InvalidInput, "err_does_name_projected_ally",
                    "'{}={}' does not name a projected ally (expected ISO3=PERCENT, such as "
                    "DEU=1.2)",
                    c, x);
        out.emplace_back(*code, x / 100.0);
    }
    return out;
}

/// A year of a growth option: four digits, nothing else.
std::optional<int> year_of(std::string_view text) {
    const auto y = Year::parse(text);
    return y ? std::optional<int>(y->value()) : std::nullopt;
}

} // namespace

engine::GrowthWindow growth_window(const ProjectRequest& r) {
    engine::GrowthWindow w;
    w.excluded_asked = r.growth_exclude.has_value();
    if (r.growth_years) {
        const auto& text = *r.growth_years;
        const auto dash = text.find('-');
        const auto first = dash == std::string::npos ? std::nullopt : year_of(text.substr(0, dash));
        const auto last = dash == std::string::npos ? std::nullopt : year_of(text.substr(dash + 1));
        HAGUE_CHECK_FIELD(first && last && *first < *last, ErrorKind::InvalidInput, "growth_years",
                          "err_growth_years_form",
                          "{} '{}' is not FIRST-LAST with FIRST before LAST, such as 2015-2024",
                          text);
        w.first = Year(*first);
        w.last = Year(*last);
    }
    if (r.growth_exclude) {
        const auto& text = *r.growth_exclude;
        w.excluded.clear();
        if (text != "none") {
            std::size_t at = 0;
            bool ok = !text.empty();
            while (ok && at <= text.size()) {
                const auto comma = std::min(text.find(',', at), text.size());
                const auto y = year_of(std::string_view(text).substr(at, comma - at));
                ok = y.has_value();
                if (ok)
                    w.excluded.push_back(*y);
                at = comma + 1;
            }
            HAGUE_CHECK_FIELD(ok, ErrorKind::InvalidInput, "growth_exclude",
                              "err_growth_exclude_form",
                              "{} '{}' is not a list of years such as 2020,2021, or none", text);
            std::sort(w.excluded.begin(), w.excluded.end());
            w.excluded.erase(std::unique(w.excluded.begin(), w.excluded.end()), w.excluded.end());
        }
    }
    return w;
}

Plan read_plan(const std::string& path) {
    return io::read_plan_file(path);
}

Plan parse_plan(std::string_view text, const std::string& name) {
    return io::parse_plan(text, name);
}

Outlook read_outlook(const std::string& path) {
    return {path, io::read_outlook_file(path)};
}

void ProjectRequest::validate() const {
    HAGUE_CHECK_FIELD(plan || named_scenario(scenario), ErrorKind::InvalidInput, "scenario",
                      "err_scenario_one_status_quo",
                      "{} '{}' is not one of status-quo, linear, commitments, or a plan file "
                      "ending in .toml",
                      scenario);
    validate_year_field(from, "from");
    HAGUE_CHECK_FIELD(!inflation_pct || (*inflation_pct >= -50 && *inflation_pct <= 100),
                      ErrorKind::InvalidInput, "inflation", "err_inflation_outside_percent_year",
                      "{} {} is outside -50 to 100 (percent a year)", inflation_pct.value_or(0));
    (void)growth_window(*this); // checks the growth options' form
}

void SimulateRequest::validate() const {
    projection.validate();
    HAGUE_CHECK_FIELD(paths >= 1 && paths <= max_paths, ErrorKind::InvalidInput, "paths",
                      "err_paths_outside", "{} {} is outside 1-{}", paths, max_paths);
    HAGUE_CHECK_FIELD(threads <= 256, ErrorKind::InvalidInput, "threads", "err_threads_more_than",
                      "{} {} is more than 256", threads);
    HAGUE_CHECK_FIELD(!rho || (*rho >= 0 && *rho <= 1), ErrorKind::InvalidInput, "rho",
                      "err_rho_outside", "{} {} is outside 0-1", rho.value_or(0));
    // One value an ally: a second would be silently ignored.
    for (const auto* list : {&sigma_pct, &mu_pct}) {
        std::set<std::string> seen;
        for (const auto& [code, v] : *list)
            HAGUE_CHECK_FIELD(seen.insert(code).second, ErrorKind::InvalidInput,
                              list == &sigma_pct ? "sigma" : "mu", "err_override_twice",
                              "{} gives {} twice (one value an ally)", code);
    }
    for (const auto& [code, v] : sigma_pct)
        HAGUE_CHECK_FIELD(v >= 0 && v <= 50, ErrorKind::InvalidInput, "sigma",
                          "err_sigma_outside_percent", "{} {}={} is outside 0-50 (percent)", code,
                          v);
    for (const auto& [code, v] : mu_pct)
        HAGUE_CHECK_FIELD(v >= -20 && v <= 20, ErrorKind::InvalidInput, "mu",
                          "err_mu_outside_percent_year",
                          "{} {}={} is outside -20 to 20 (percent a year)", code, v);
    HAGUE_CHECK_FIELD(std::isfinite(growth_shift_pct) && growth_shift_pct >= -5 &&
                          growth_shift_pct <= 5,
                      ErrorKind::InvalidInput, "growth_shift", "err_growth_shift_outside",
                      "{} {} is outside -5 to 5 (points a year)", growth_shift_pct);
    HAGUE_CHECK_FIELD(!calibration || engine::parse_calibration(*calibration).has_value(),
                      ErrorKind::InvalidInput, "calibration", "err_calibration_one_of",
                      "{} '{}' is not one of revisions, revisions-all, changes-2014, changes-2022",
                      calibration.value_or(""));
    HAGUE_CHECK_FIELD(!persistence || engine::parse_persistence(*persistence).has_value(),
                      ErrorKind::InvalidInput, "execution_error", "err_execution_error_one_of",
                      "{} '{}' is not one of walk, level", persistence.value_or(""));
    // The GDP-only rules have no execution error: its settings would be silently ignored.
    const std::string rule_name(engine::to_string(rule));
    HAGUE_CHECK_FIELD(!calibration || rule == engine::SpendingRule::Execution,
                      ErrorKind::InvalidInput, "calibration", "err_execution_setting_needs_rule",
                      "{} '{}' applies only to rule execution (the rule is {})",
                      calibration.value_or(""), rule_name);
    HAGUE_CHECK_FIELD(!persistence || rule == engine::SpendingRule::Execution,
                      ErrorKind::InvalidInput, "execution_error",
                      "err_execution_setting_needs_rule",
                      "{} '{}' applies only to rule execution (the rule is {})",
                      persistence.value_or(""), rule_name);
    HAGUE_CHECK_FIELD(std::isfinite(volatility_scale) && volatility_scale >= 0 &&
                          volatility_scale <= 3,
                      ErrorKind::InvalidInput, "volatility_scale", "err_volatility_scale_outside",
                      "{} {} is outside 0-3", volatility_scale);
}

ProjectResponse answer(const engine::EditionSnapshot& s, const ProjectRequest& r) {
    const auto& e = s.edition();
    ProjectResponse out{e,  {s.allies().begin(), s.allies().end()},
                        {}, {},
                        {}, r.outlook ? std::optional<std::string>(r.outlook->name) : std::nullopt};
    const Year from = r.from ? Year(*r.from) : e.last_year;
    const auto& goal =
        s.pledge(r.target == engine::PathTarget::Core ? pledges::hague_core : pledges::hague_total);
    HAGUE_CHECK_FIELD(goal.by_year && from < *goal.by_year, ErrorKind::InvalidInput, "from",
                      "err_from_before_year_target",
                      "{} {} is not before {}, the year of the Hague target", from,
                      goal.by_year.value_or(Year(2035)));
    HAGUE_CHECK_FIELD(
        e.covers(from), ErrorKind::InvalidInput, "from", "err_from_edition_which_covers",
        "{} {} is not in edition {}, which covers {}-{}", from, e.id, e.first_year, e.last_year);
    out.growth =
        engine::estimate_growth(s.index(), e, s.allies(), growth_window(r), io::bundled_breaks());
    // A plan projects one ally: a "NATO" or "EU allies" row would be that ally under another
    // name, so a plan's projection has no groups.
    const auto groups =
        r.plan ? std::vector<engine::Group>{} : engine::standard_groups(s.allies(), from);

    engine::ProjectionInput in{.edition = &e,
                               .index = &s.index(),
                               .growth = &out.growth,
                               .allies = s.allies(),
                               .groups = groups,
                               .scenario = engine::Scenario::StatusQuo,
                               .baseline_year = from,
                               .target_pct = goal.target_pct,
                               .target_year = *goal.by_year,
                               .default_inflation_pct = r.inflation_pct.value_or(2.0),
                               .euro_reference = euro_reference(),
                               .commitments = s.commitments(),
                               .plan_shares = {},
                               .plan_ally = {},
                               .outlook = {}};
    if (r.plan) {
        const auto& plan = *r.plan;
        in.scenario = engine::Scenario::Plan;
        in.plan_ally = plan_ally(s, plan).code;
        for (const auto& entry : plan.core) {
            HAGUE_CHECK(entry.share_gdp_pct.has_value(), ErrorKind::Unsupported,
                        "err_plan_used_scenario_needs",
                        "{}:{}: a plan used as a scenario needs share_gdp_pct (money plans are "
                        "judged by 'hague plan check')",
                        plan.file, entry.line);
            in.plan_shares[entry.year.value()] = *entry.share_gdp_pct;
        }
        out.plan_file = plan.file;
    } else {
        // Validated by the request, and again here: every caller (the fan chart's too) reaches
        // this, and an unknown name must be a 400, not a dereferenced empty optional.
        const auto named = named_scenario(r.scenario);
        HAGUE_CHECK_FIELD(named.has_value(), ErrorKind::InvalidInput, "scenario",
                          "err_scenario_one_status_quo",
                          "{} '{}' is not one of status-quo, linear, commitments, or a plan file "
                          "ending in .toml",
                          r.scenario);
        in.scenario = *named;
    }
    if (r.outlook)
        for (const auto& [key, row] : r.outlook->rows) {
            // A row that would change nothing is refused rather than counted as an override.
            const auto& [iso, year] = key;
            const bool ally = std::any_of(in.allies.begin(), in.allies.end(), [&](const Ally& a) {
                return a.code.str() == iso && a.nato_member_in(in.baseline_year);
            });
            HAGUE_CHECK(ally, ErrorKind::InvalidInput, "err_outlook_not_ally",
                        "{}:{}: iso3 '{}' is not a NATO ally in {} (edition {})", r.outlook->name,
                        row.line, iso, in.baseline_year, e.id);
            HAGUE_CHECK(year <= in.target_year.value(), ErrorKind::InvalidInput,
                        "err_outlook_year_outside",
                        "{}:{}: year {} is outside the projection, {}-{}", r.outlook->name,
                        row.line, year, in.baseline_year.value() + 1, in.target_year.value());
            // The baseline year and before are history, as published: not an override, and not
            // counted as one (data/nato/gdp_outlook.csv starts in 2025).
            if (year > in.baseline_year.value())
                in.outlook[key] = {row.real_growth_pct, row.inflation_pct};
        }
    out.projection = engine::project(in);
    // Where the data know why a share is missing (Iceland has no armed forces), that is the
    // reason given, not only that it is missing.
    for (auto& [code, why] : out.projection.skipped)
        if (!s.index().find(code, from, indicators::share_gdp_pct))
            why = data_reason_or(s.missing_reasons(), code, e.id, indicators::share_gdp_pct, from,
                                 std::move(why));
    return out;
}

std::optional<Error> nothing_to_simulate(const ProjectResponse& p) {
    if (!p.projection.allies.empty())
        return std::nullopt;
    return detail::keyed_error(
        ErrorKind::InvalidInput, "err_nothing_to_simulate",
        "edition {} lets no ally be projected from {} (no GDP in Table 5 for that year), so "
        "there is nothing to simulate",
        p.edition.id, p.projection.assumptions.baseline_year);
}

SimulateResponse simulate_projection(const engine::EditionSnapshot& s, const History& older,
                                     const SimulateRequest& r, ProjectResponse projection) {
    SimulateResponse out;
    out.projection = std::move(projection);
    out.rule = r.rule;
    out.threads = r.threads ? r.threads : std::max(1u, std::thread::hardware_concurrency());
    // The probability is of the target the projection aims at: 3.5% core, or 5% with --target
    // total.
    out.threshold_pct = out.projection.projection.assumptions.target_pct;
    out.growth_shift_pct = r.growth_shift_pct;
    out.volatility_scale = r.volatility_scale;
    out.rounding = r.rounding;
    out.persistence =
        *engine::parse_persistence(r.persistence.value_or("walk")); // validated by the request
    const auto& growth = out.projection.growth;
    if (r.rule == engine::SpendingRule::Execution) {
        std::vector<engine::EditionRecord> records;
        for (const auto& o : older)
            if (o && o->edition().published < s.edition().published)
                records.push_back({&o->edition(), &o->index()});
        const auto& breaks = io::bundled_breaks();
        out.execution = engine::estimate_execution(
            {.calibration = *engine::parse_calibration(r.calibration.value_or("revisions")),
             .edition = &s.edition(),
             .index = &s.index(),
             .older = records,
             .allies = s.allies(),
             .excluded_years = growth.excluded_years,
             .breaks = breaks,
             .changes_last = growth.last_year});
    }
    const auto& review = s.pledge(pledges::hague_review);
    auto setup = engine::build_mc_model(
        out.projection.projection, growth, out.threshold_pct, r.rule,
        {r.rho, fractions(r.mu_pct), fractions(r.sigma_pct), r.growth_shift_pct / 100,
         r.volatility_scale},
        {.check_year = review.by_year,
         .cutoff_pct = rounding_cutoff(r.rounding, out.threshold_pct),
         .execution = r.rule == engine::SpendingRule::Execution ? &out.execution : nullptr,
         .persistence = out.persistence});
    out.rho = setup.rho;
    out.rho_overridden = setup.rho_overridden;
    out.spending_rho = setup.spending_rho;
    out.check_year = setup.check_year;
    out.parameters = std::move(setup.parameters);
    out.result = engine::run_monte_carlo(setup.model, {.paths = r.paths,
                                                       .seed = r.seed,
                                                       .threads = out.threads,
                                                       .progress = r.progress,
                                                       .kernel = engine::Kernel::Auto,
                                                       .cancelled = r.cancelled});
    return out;
}

SimulateResponse answer(const engine::EditionSnapshot& s, const History& older,
                        const SimulateRequest& r) {
    auto projection = answer(s, r.projection);
    if (auto why = nothing_to_simulate(projection))
        throw *why;
    return simulate_projection(s, older, r, std::move(projection));
}

} // namespace hague::app
