#include "hague/report/projection_views.hpp"

#include <map>

#include <fmt/format.h>

#include "hague/i18n/names.hpp"
#include "hague/i18n/numbers.hpp"
#include "hague/report/columns.hpp"
#include "hague/report/views.hpp"
#include "hague/report/words.hpp"

namespace hague::report {

using json = nlohmann::ordered_json;

namespace {

std::map<std::string, std::string> names_of(std::span<const Ally> allies,
                                            const engine::Projection& p) {
    std::map<std::string, std::string> names;
    for (const auto& a : allies)
        names[a.code.str()] = a.name_en;
    for (const auto& g : p.groups)
        names[g.group.id] = g.group.name;
    return names;
}

json year_json(const engine::ProjectedYear& y, bool ally) {
    json j{{"year", y.year.value()},
           {"share_gdp_pct", y.share_gdp_pct},
           {"gdp_usd_m", y.gdp_usd_m},
           {"spending_usd_m", y.spending_usd_m},
           {"spending_eur_m", y.spending_eur_m},
           {"spending_const_usd_m", y.spending_const_usd_m},
           {"extra_usd_m", y.extra_usd_m},
           {"cumulative_extra_usd_m", y.cumulative_extra_usd_m}};
    if (ally) {
        j["gdp_nc_m"] = y.gdp_nc_m;
        j["spending_nc_m"] = y.spending_nc_m;
        j["gdp_const_usd_m"] = y.gdp_const_usd_m;
        j["real_growth_pct"] = y.real_growth_pct;
        j["inflation_pct"] = y.inflation_pct;
    }
    return j;
}

json breaks_json(const std::vector<LevelBreak>& breaks) {
    json out = json::array();
    for (const auto& b : breaks)
        out.push_back({{"ally", b.ally.str()},
                       {"year", b.year.value()},
                       {"series", b.series},
                       {"editions", b.editions},
                       {"source", b.source},
                       {"note", b.note}});
    return out;
}

json assumptions_json(const engine::Projection& p, const std::optional<std::string>& outlook) {
    const auto& a = p.assumptions;
    return {{"baseline_year", a.baseline_year.value()},
            {"target_year", a.target_year.value()},
            {"target_pct", a.target_pct},
            {"real_growth", fmt::format("each ally's mean log real growth {}-{} (Table 5, constant "
                                        "prices), unless the outlook file overrides it",
                                        a.growth_first_year, a.growth_last_year)},
            {"growth_years",
             {{"first", a.growth_first_year.value()},
              {"last", a.growth_last_year.value()},
              {"excluded", a.growth_excluded},
              {"breaks", breaks_json(a.growth_breaks)}}},
            {"inflation_pct", a.default_inflation_pct},
            {"exchange_rates", fmt::format("held at {} (Tables 1 and 2)", a.baseline_year)},
            {"euro_reference", a.euro_reference},
            {"outlook_file", outlook ? json(*outlook) : json(nullptr)},
            {"outlook_overrides", a.outlook_overrides}};
}

std::vector<std::string> assumption_notes(const engine::Projection& p,
                                          const std::optional<std::string>& outlook,
                                          const Words& w) {
    const auto& a = p.assumptions;
    std::vector<std::string> n;
    const auto euro = w.language() == i18n::Language::En
                          ? a.euro_reference
                          : i18n::ally_name(a.euro_reference, w.language());
    n.push_back(w.f("projection_assumptions", {std::int64_t{a.baseline_year.value()},
                                               std::int64_t{a.growth_first_year.value()},
                                               std::int64_t{a.growth_last_year.value()},
                                               w.pct_compact(a.default_inflation_pct), euro}));
    if (!a.growth_excluded.empty()) {
        std::vector<std::string> years;
        for (int y : a.growth_excluded)
            years.push_back(fmt::format("{}", y));
        // The pandemic's reason only for the default years; a choice is said as a choice.
        n.push_back(w.f(a.growth_excluded_default ? "projection_growth_excluded"
                                                  : "projection_growth_excluded_asked",
                        {w.catalog().list(years), static_cast<std::int64_t>(years.size())}));
    } else if (!a.growth_excluded_default) {
        n.push_back(w.t("projection_growth_all_years"));
    }
    for (const auto& b : a.growth_breaks)
        n.push_back(w.f("projection_growth_break",
                        {i18n::ally_name(b.ally.str(), w.language()), std::int64_t{b.year.value()},
                         std::int64_t{b.year.value() - 1}}));
    if (outlook)
        n.push_back(w.f("projection_outlook", {*outlook, std::int64_t{a.outlook_overrides}}));
    for (const auto& [code, why] : p.skipped)
        n.push_back(
            w.f("projection_skipped",
                {fmt::format("{} ({})", i18n::ally_name(code.str(), w.language()), code.str()),
                 reason_text(why, w.catalog())}));
    for (const auto& [code, table3, tables25] : p.tables_disagree)
        n.push_back(w.f("projection_tables_disagree",
                        {i18n::ally_name(code.str(), w.language()),
                         std::int64_t{a.baseline_year.value()}, w.pct(table3), w.pct(tables25)}));
    for (const auto& [id, published, estimate, ours] : p.published_groups)
        n.push_back(
            w.f("projection_published_group",
                {w.t("group_" + id), std::int64_t{a.baseline_year.value()},
                 w.pct(published) + (estimate ? std::string(estimate_mark) : ""), w.pct(ours)}));
    for (const auto& x : p.notes) {
        const auto name = i18n::ally_name(x.ally.str(), w.language());
        const std::int64_t from = x.from_year.value(), to = x.to_year.value();
        switch (x.kind) {
        case engine::ScenarioNote::Kind::Position:
            n.push_back(w.f("scenario_note_position",
                            {name, w.pct_compact(x.from_pct), from, w.pct_compact(x.to_pct), to}));
            break;
        case engine::ScenarioNote::Kind::Floor:
            n.push_back(w.f("scenario_note_floor",
                            {name, w.pct_compact(x.to_pct), to, w.pct(x.from_pct), from}));
            break;
        case engine::ScenarioNote::Kind::Jump:
            n.push_back(w.f("scenario_note_jump", {name, w.pct(x.from_pct), from, w.pct(x.to_pct),
                                                   to, w.num(x.to_pct - x.from_pct, 2)}));
            break;
        case engine::ScenarioNote::Kind::PlanBeforeBaseline:
            n.push_back(w.f("scenario_note_plan_before",
                            {name, w.pct_compact(x.from_pct), from, w.pct(x.to_pct), to}));
            break;
        case engine::ScenarioNote::Kind::PlanAfterTarget:
            n.push_back(
                w.f("scenario_note_plan_after", {name, w.pct_compact(x.from_pct), from, to}));
            break;
        }
    }
    return n;
}

namespace {
/// The JSON name of a scenario note's kind.
const char* scenario_note_kind(engine::ScenarioNote::Kind k) {
    switch (k) {
    case engine::ScenarioNote::Kind::Position: return "position";
    case engine::ScenarioNote::Kind::Floor: return "floor";
    case engine::ScenarioNote::Kind::Jump: return "jump";
    case engine::ScenarioNote::Kind::PlanBeforeBaseline: return "plan_before_baseline";
    case engine::ScenarioNote::Kind::PlanAfterTarget: return "plan_after_target";
    }
    return "jump";
}
} // namespace

std::string scenario_name(engine::Scenario s, const Words& w) {
    switch (s) {
    case engine::Scenario::StatusQuo: return w.t("scenario_status_quo");
    case engine::Scenario::Linear: return w.t("scenario_linear");
    case engine::Scenario::Commitments: return w.t("scenario_commitments");
    case engine::Scenario::Plan: return w.t("scenario_plan_short");
    }
    return w.t("scenario_status_quo");
}

std::string local_entity(const std::string& id, const std::map<std::string, std::string>& names,
                         const Words& w) {
    const auto key = "group_" + id;
    if (!i18n::own_text("root", key).empty())
        return w.t(key);
    if (w.language() == i18n::Language::En) {
        const auto it = names.find(id);
        return it == names.end() ? id : it->second;
    }
    return id.size() == 3 ? i18n::ally_name(id, w.language()) : id;
}

} // namespace

Table projection_table(const engine::Projection& p, const engine::GrowthModel& growth,
                       const Edition& e, std::span<const Ally> allies,
                       const std::optional<std::string>& plan_file,
                       const std::optional<std::string>& outlook_file,
                       const i18n::Catalog& catalog) {
    const Words w(catalog);
    auto names = names_of(allies, p);
    const auto& a = p.assumptions;
    Table t;
    const auto last_year = std::int64_t{a.target_year.value()};
    t.title = plan_file ? w.f("projection_title_plan", {last_year, *plan_file, e.id})
                        : w.f("projection_title", {last_year, scenario_name(p.scenario, w), e.id});
    const auto last = fmt::format("{}", a.target_year);
    t.columns = {{w.t("col_ally")},
                 {w.t("col_name")},
                 {fmt::format("{}", a.baseline_year), w.t("unit_share_gdp"), Align::Right},
                 {last, w.t("unit_share_gdp"), Align::Right},
                 {w.t("col_growth"), w.t("unit_percent_a_year"), Align::Right},
                 {w.f("col_spending_in", {last_year}), w.t("unit_billion_usd"), Align::Right},
                 {w.f("col_extra_in", {last_year}), w.t("unit_billion_usd"), Align::Right},
                 {w.f("col_extra_to", {last_year}), w.t("unit_billion_usd"), Align::Right}};
    for (const auto& ap : p.allies) {
        const auto& first = ap.years.front();
        const auto& end = ap.years.back();
        const auto* g = growth.find(ap.baseline.ally);
        t.rows.push_back(
            {ap.baseline.ally.str(), local_entity(ap.baseline.ally.str(), names, w),
             w.marked(first.share_gdp_pct, 2, ap.baseline.estimate), w.num(end.share_gdp_pct, 2),
             w.num((std::exp(g ? g->mu : 0.0) - 1) * 100, 2), w.num(end.spending_usd_m / 1000, 1),
             w.num(end.extra_usd_m / 1000, 1), w.num(end.cumulative_extra_usd_m / 1000, 1)});
    }
    t.rows.push_back({});
    for (const auto& gp : p.groups) {
        const auto& first = gp.years.front();
        const auto& end = gp.years.back();
        t.rows.push_back({gp.group.id, local_entity(gp.group.id, names, w),
                          w.num(first.share_gdp_pct, 2), w.num(end.share_gdp_pct, 2), "",
                          w.num(end.spending_usd_m / 1000, 1), w.num(end.extra_usd_m / 1000, 1),
                          w.num(end.cumulative_extra_usd_m / 1000, 1)});
    }
    t.notes = assumption_notes(p, outlook_file, w);
    t.notes.push_back(w.t("projection_extra_rule"));
    t.notes.push_back(w.f("projection_source", {e.title, edition_label(e, w.catalog())}));
    return t;
}

Table projection_csv(const engine::Projection& p, const Edition& e, std::span<const Ally> allies,
                     const std::optional<std::string>& plan_file) {
    // The columns the CSV has always had first (`entity` is the ally's or the group's id), then
    // the JSON's own fields by their JSON names: `ally` or `group`, the ally's figures, the
    // assumptions of each year, and a row for each ally left out, with its `reason`.
    auto names = names_of(allies, p);
    const auto scenario = std::string(to_string(p.scenario));
    const auto plan = plan_file.value_or("");
    const auto year_cells = [](NamedRow& row, const engine::ProjectedYear& y) {
        row["year"] = fmt::format("{}", y.year);
        row["share_gdp_pct"] = format_exact(y.share_gdp_pct);
        row["gdp_usd_m"] = format_exact(y.gdp_usd_m);
        row["spending_usd_m"] = format_exact(y.spending_usd_m);
        row["spending_eur_m"] = format_exact(y.spending_eur_m);
        row["spending_const_usd_m"] = format_exact(y.spending_const_usd_m);
        row["extra_usd_m"] = format_exact(y.extra_usd_m);
        row["cumulative_extra_usd_m"] = format_exact(y.cumulative_extra_usd_m);
    };
    std::vector<NamedRow> rows;
    for (const auto& ap : p.allies)
        for (const auto& y : ap.years) {
            const auto code = ap.baseline.ally.str();
            NamedRow row{{"edition", e.id},
                         {"scenario", scenario},
                         {"kind", "ally"},
                         {"entity", code},
                         {"ally", code},
                         {"name", names[code]},
                         {"currency", ap.baseline.currency},
                         {"baseline_estimate", ap.baseline.estimate ? "true" : "false"},
                         {"mu", format_exact(ap.mu)},
                         {"gdp_nc_m", format_exact(y.gdp_nc_m)},
                         {"spending_nc_m", format_exact(y.spending_nc_m)},
                         {"gdp_const_usd_m", format_exact(y.gdp_const_usd_m)},
                         {"real_growth_pct", format_exact(y.real_growth_pct)},
                         {"inflation_pct", format_exact(y.inflation_pct)},
                         {"plan_file", plan}};
            year_cells(row, y);
            rows.push_back(std::move(row));
        }
    for (const auto& gp : p.groups)
        for (const auto& y : gp.years) {
            NamedRow row{{"edition", e.id},       {"scenario", scenario}, {"kind", "group"},
                         {"entity", gp.group.id}, {"group", gp.group.id}, {"name", gp.group.name},
                         {"plan_file", plan}};
            year_cells(row, y);
            rows.push_back(std::move(row));
        }
    for (const auto& [code, why] : p.skipped)
        rows.push_back({{"edition", e.id},
                        {"scenario", scenario},
                        {"kind", "skipped"},
                        {"entity", code.str()},
                        {"ally", code.str()},
                        {"name", names[code.str()]},
                        {"plan_file", plan},
                        {"reason", reason_in_english(why)}});
    return named_table({"edition",
                        "scenario",
                        "kind",
                        "entity",
                        "year",
                        "share_gdp_pct",
                        "gdp_nc_m",
                        "gdp_usd_m",
                        "spending_nc_m",
                        "spending_usd_m",
                        "spending_eur_m",
                        "spending_const_usd_m",
                        "extra_usd_m",
                        "cumulative_extra_usd_m",
                        "ally",
                        "group",
                        "name",
                        "currency",
                        "baseline_estimate",
                        "mu",
                        "gdp_const_usd_m",
                        "real_growth_pct",
                        "inflation_pct",
                        "plan_file",
                        "reason"},
                       rows);
}

json projection_json(const engine::Projection& p, const Edition& e, std::span<const Ally> allies,
                     const std::optional<std::string>& plan_file,
                     const std::optional<std::string>& outlook_file) {
    auto names = names_of(allies, p);
    json out{{"edition", e.id},
             {"scenario", std::string(to_string(p.scenario))},
             {"plan_file", plan_file ? json(*plan_file) : json(nullptr)},
             {"assumptions", assumptions_json(p, outlook_file)},
             {"allies", json::array()},
             {"groups", json::array()},
             {"skipped", json::array()}};
    for (const auto& ap : p.allies) {
        json years = json::array();
        for (const auto& y : ap.years)
            years.push_back(year_json(y, true));
        out["allies"].push_back({{"ally", ap.baseline.ally.str()},
                                 {"name", names[ap.baseline.ally.str()]},
                                 {"currency", ap.baseline.currency},
                                 {"baseline_estimate", ap.baseline.estimate},
                                 {"mu", ap.mu},
                                 {"years", years}});
    }
    for (const auto& gp : p.groups) {
        json years = json::array();
        for (const auto& y : gp.years)
            years.push_back(year_json(y, false));
        json members = json::array();
        for (const auto& m : gp.group.members)
            members.push_back(m.str());
        out["groups"].push_back({{"group", gp.group.id},
                                 {"name", gp.group.name},
                                 {"members", members},
                                 {"years", years}});
    }
    for (const auto& [code, why] : p.skipped)
        out["skipped"].push_back({{"ally", code.str()}, {"reason", reason_in_english(why)}});
    out["scenario_notes"] = json::array();
    for (const auto& x : p.notes)
        out["scenario_notes"].push_back({{"ally", x.ally.str()},
                                         {"kind", scenario_note_kind(x.kind)},
                                         {"from_year", x.from_year.value()},
                                         {"to_year", x.to_year.value()},
                                         {"from_pct", x.from_pct},
                                         {"to_pct", x.to_pct}});
    return out;
}

View projection_view(const engine::Projection& p, const engine::GrowthModel& growth,
                     const Edition& e, std::span<const Ally> allies,
                     const std::optional<std::string>& plan_file,
                     const std::optional<std::string>& outlook_file, const i18n::Catalog& catalog) {
    return {projection_table(p, growth, e, allies, plan_file, outlook_file, catalog),
            projection_csv(p, e, allies, plan_file),
            projection_json(p, e, allies, plan_file, outlook_file)};
}

namespace {

std::string rule_name(const SimulationSettings& s, const Words& w) {
    if (s.volatility_scale == 0) // nothing is uncertain: the title must not say otherwise
        return w.t("rule_none");
    return w.t(s.rule == "share"    ? "rule_share"
               : s.rule == "budget" ? "rule_budget"
                                    : "rule_execution");
}

/// "9.7%", "-3.8%": a fraction as a percentage with one decimal.
std::string fraction_pct(double x, const Words& w) {
    return i18n::format_percent(100 * x, 1, w.language());
}

/// The notes that state the spending model and the record it was measured on.
std::vector<std::string> execution_notes(const SimulationSettings& s, const Edition& e,
                                         const Words& w) {
    std::vector<std::string> n;
    const auto& x = *s.execution;
    const auto tau = s.parameters.empty() ? x.tau : s.parameters.front().tau;
    if (x.asked != x.calibration)
        n.push_back(w.f("simulation_execution_fallback", {e.id}));
    n.push_back(
        w.f(s.persistence == "walk" ? "simulation_execution_walk" : "simulation_execution_level",
            {fraction_pct(tau, w), w.num(s.spending_rho, 2), std::int64_t{x.rho_first_year.value()},
             std::int64_t{x.rho_last_year.value()}}));
    const auto samples = static_cast<std::int64_t>(x.samples.size());
    switch (x.calibration) {
    case engine::Calibration::Revisions:
    case engine::Calibration::RevisionsAll:
        n.push_back(w.f(x.calibration == engine::Calibration::Revisions
                            ? "simulation_calibration_revisions"
                            : "simulation_calibration_revisions_all",
                        {samples, std::int64_t{x.allies}, e.id, fraction_pct(x.mean, w),
                         fraction_pct(x.mean_se, w)}));
        n.push_back(
            w.t(x.bias_applied ? "simulation_bias_applied" : "simulation_bias_not_applied"));
        break;
    case engine::Calibration::Changes2014:
    case engine::Calibration::Changes2022:
        n.push_back(w.f("simulation_calibration_changes",
                        {samples, std::int64_t{x.allies}, std::int64_t{x.first_year.value()},
                         std::int64_t{x.last_year.value()}}));
        break;
    }
    return n;
}

} // namespace

Table simulation_table(const engine::McResult& r, const SimulationSettings& s,
                       const engine::Projection& p, const Edition& e, std::span<const Ally> allies,
                       const i18n::Catalog& catalog) {
    const Words w(catalog);
    auto names = names_of(allies, p);
    const auto& a = p.assumptions;
    Table t;
    const auto last_year = std::int64_t{a.target_year.value()};
    const bool execution = s.execution != nullptr;
    const bool check = s.check_year.has_value();
    t.title = w.f("simulation_title", {last_year, scenario_name(p.scenario, w), rule_name(s, w),
                                       static_cast<std::int64_t>(r.paths), e.id});
    const auto probability = w.f("col_probability", {w.pct_compact(s.threshold_pct)});
    t.columns = {{w.t("col_entity")}};
    if (check)
        t.columns.push_back({probability,
                             w.f("unit_in_year", {std::int64_t{s.check_year->value()}}),
                             Align::Right});
    t.columns.push_back({probability, w.f("unit_in_year", {last_year}), Align::Right});
    t.columns.push_back({w.t("col_share_p5"), w.t("unit_share_gdp"), Align::Right});
    t.columns.push_back({"p50", "", Align::Right});
    t.columns.push_back({"p95", "", Align::Right});
    t.columns.push_back({w.t(execution ? "col_spending_p5" : "col_cost_p5"),
                         w.t("unit_billion_usd"), Align::Right});
    t.columns.push_back({"p50", "", Align::Right});
    t.columns.push_back({"p95", "", Align::Right});
    bool first_group_seen = false;
    for (const auto& x : r.entities) {
        if (x.group && !first_group_seen) {
            first_group_seen = true;
            t.rows.push_back({});
        }
        std::vector<std::string> row{x.group ? local_entity(x.id, names, w) : x.id};
        if (check)
            row.push_back(i18n::format_percent(100 * x.check_probability, 1, w.language()));
        row.push_back(i18n::format_percent(100 * x.probability_at_or_above, 1, w.language()));
        for (const auto& v : {x.share_pct.p5, x.share_pct.p50, x.share_pct.p95})
            row.push_back(w.num(v, 2));
        for (const auto& v : {x.cost_usd_m.p5, x.cost_usd_m.p50, x.cost_usd_m.p95})
            row.push_back(w.num(v / 1000, 1));
        t.rows.push_back(std::move(row));
    }
    t.notes = assumption_notes(p, s.outlook_file, w);
    t.notes.push_back(w.f(s.rho_overridden ? "simulation_model_given" : "simulation_model",
                          {w.num(s.rho, 3), std::int64_t{r.seed}, std::int64_t{s.threads}}));
    if (execution)
        for (auto& note : execution_notes(s, e, w))
            t.notes.push_back(std::move(note));
    if (s.growth_shift_pct != 0)
        t.notes.push_back(w.f("simulation_growth_shift", {w.signed_num(s.growth_shift_pct, 1)}));
    if (s.volatility_scale == 0)
        t.notes.push_back(
            w.t(execution ? "simulation_volatility_zero_execution" : "simulation_volatility_zero"));
    else if (s.volatility_scale != 1)
        t.notes.push_back(w.f("simulation_volatility_scale", {w.num(s.volatility_scale, 2)}));
    // Without volatility nothing varies: the notes on what varies, on exact log-normal figures and
    // on estimates from the paths would contradict the one above.
    const bool fixed = s.volatility_scale == 0;
    if (!fixed)
        t.notes.push_back(w.t(s.rule == "share"    ? "simulation_rule_share"
                              : s.rule == "budget" ? "simulation_rule_budget"
                                                   : "simulation_rule_execution"));
    t.notes.push_back(rounding_note(s.rounding, catalog));
    if (execution)
        t.notes.push_back(w.f(fixed ? "simulation_spending_note_fixed" : "simulation_spending_note",
                              {last_year}));
    else
        t.notes.push_back(w.t(fixed ? "simulation_cost_note_fixed" : "simulation_cost_note"));
    return t;
}

Table simulation_csv(const engine::McResult& r, const SimulationSettings& s,
                     const engine::Projection& p, const Edition& e, std::span<const Ally> allies) {
    auto names = names_of(allies, p);
    // Rule execution reports the last year's spending; the others, spending summed over the years.
    const std::string money = s.execution ? "spending_usd_m" : "cost_usd_m";
    std::vector<std::string> columns = {"entity",
                                        "group",
                                        "exact",
                                        "year",
                                        "probability_at_or_above",
                                        "probability_standard_error"};
    for (const auto& m : {std::string("share_pct"), money})
        for (const auto* part : {"_mean", "_se", "_p5", "_p50", "_p95", "_percentiles"})
            columns.push_back(m + part);
    for (const auto* c :
         {"check_year", "check_probability_at_or_above", "check_probability_standard_error",
          "check_share_pct_p5", "check_share_pct_p50", "check_share_pct_p95"})
        columns.emplace_back(c);
    // Then the JSON's own fields: the row's ally (or group) and name, and the run's settings.
    for (const auto* c : {"ally", "name", "edition", "scenario", "rule", "paths", "seed", "threads",
                          "threshold_pct", "rounding", "cutoff_pct", "target_year"})
        columns.emplace_back(c);
    const NamedRow run{{"year", fmt::format("{}", s.target_year)},
                       {"edition", e.id},
                       {"scenario", std::string(to_string(p.scenario))},
                       {"rule", s.rule},
                       {"paths", fmt::format("{}", r.paths)},
                       {"seed", fmt::format("{}", r.seed)},
                       {"threads", fmt::format("{}", s.threads)},
                       {"threshold_pct", format_exact(s.threshold_pct)},
                       {"rounding", std::string(to_string(s.rounding))},
                       {"cutoff_pct", format_exact(rounding_cutoff(s.rounding, s.threshold_pct))},
                       {"target_year", fmt::format("{}", s.target_year)}};
    const auto summary = [](NamedRow& row, const std::string& m, const engine::McSummary& x) {
        row[m + "_mean"] = format_exact(x.mean);
        row[m + "_se"] = format_exact(x.standard_error);
        row[m + "_p5"] = format_exact(x.p5);
        row[m + "_p50"] = format_exact(x.p50);
        row[m + "_p95"] = format_exact(x.p95);
        row[m + "_percentiles"] = std::string(engine::to_string(x.method));
    };
    std::vector<NamedRow> rows;
    for (const auto& x : r.entities) {
        auto row = run;
        row["entity"] = x.id;
        // As in the JSON: a group's id in `group`, an ally's in `ally`.
        row[x.group ? "group" : "ally"] = x.id;
        row["name"] = names[x.id];
        row["exact"] = x.exact ? "true" : "false";
        row["probability_at_or_above"] = format_exact(x.probability_at_or_above);
        row["probability_standard_error"] = format_exact(x.probability_standard_error);
        summary(row, "share_pct", x.share_pct);
        summary(row, money, x.cost_usd_m);
        if (s.check_year) {
            row["check_year"] = fmt::format("{}", *s.check_year);
            row["check_probability_at_or_above"] = format_exact(x.check_probability);
            row["check_probability_standard_error"] =
                format_exact(x.check_probability_standard_error);
            row["check_share_pct_p5"] = format_exact(x.check_share_pct.p5);
            row["check_share_pct_p50"] = format_exact(x.check_share_pct.p50);
            row["check_share_pct_p95"] = format_exact(x.check_share_pct.p95);
        }
        rows.push_back(std::move(row));
    }
    return named_table(columns, rows);
}

json simulation_json(const engine::McResult& r, const SimulationSettings& s,
                     const engine::Projection& p, const Edition& e, std::span<const Ally> allies) {
    auto names = names_of(allies, p);
    auto summary_json = [](const engine::McSummary& m) {
        return json{{"mean", m.mean},
                    {"standard_error", m.standard_error},
                    {"p5", m.p5},
                    {"p50", m.p50},
                    {"p95", m.p95},
                    {"percentiles", engine::to_string(m.method)},
                    {"bin_width", m.bin_width},
                    {"clamped", m.clamped}};
    };
    const std::string money = s.execution ? "spending_usd_m" : "cost_usd_m";
    json entities = json::array();
    for (const auto& x : r.entities) {
        json one{{x.group ? "group" : "ally", x.id},
                 {"name", names[x.id]},
                 {"exact", x.exact},
                 {"probability_at_or_above", x.probability_at_or_above},
                 {"probability_standard_error", x.probability_standard_error},
                 {"share_pct", summary_json(x.share_pct)},
                 {money, summary_json(x.cost_usd_m)}};
        one["check"] =
            s.check_year ? json{{"year", s.check_year->value()},
                                {"probability_at_or_above", x.check_probability},
                                {"probability_standard_error", x.check_probability_standard_error},
                                {"share_pct", summary_json(x.check_share_pct)}}
                         : json(nullptr);
        entities.push_back(std::move(one));
    }
    json params = json::array();
    for (const auto& q : s.parameters) {
        json one{{"ally", q.ally.str()},
                 {"mu", q.mu},
                 {"sigma", q.sigma},
                 {"mu_overridden", q.mu_overridden},
                 {"sigma_overridden", q.sigma_overridden}};
        if (s.execution) {
            one["tau"] = q.tau;
            one["bias"] = q.bias;
        }
        params.push_back(std::move(one));
    }
    json spending = nullptr;
    if (s.execution) {
        const auto& x = *s.execution;
        json samples = json::array();
        for (const auto& q : x.samples)
            samples.push_back(
                {{"ally", q.ally.str()},
                 {"year", q.year.value()},
                 {"estimate_edition",
                  q.estimate_edition.empty() ? json(nullptr) : json(q.estimate_edition)},
                 {"from_pct", q.from_pct},
                 {"to_pct", q.to_pct},
                 {"log_error", q.log_error}});
        spending = {{"calibration", std::string(engine::to_string(x.calibration))},
                    {"calibration_asked", std::string(engine::to_string(x.asked))},
                    {"persistence", s.persistence},
                    {"tau", x.tau},
                    {"mean", x.mean},
                    {"mean_standard_error", x.mean_se},
                    {"bias_applied", x.bias_applied},
                    {"bias", x.bias},
                    {"rho", s.spending_rho},
                    {"rho_unclamped", x.rho_unclamped},
                    {"rho_pairs", x.rho_pairs},
                    {"rho_years", {x.rho_first_year.value(), x.rho_last_year.value()}},
                    {"sample_years", x.samples.empty()
                                         ? json(nullptr)
                                         : json{x.first_year.value(), x.last_year.value()}},
                    {"sample_size", x.samples.size()},
                    {"allies", x.allies},
                    {"degrees_of_freedom", x.degrees},
                    {"samples", samples}};
    }
    return json{{"edition", e.id},
                {"scenario", std::string(to_string(p.scenario))},
                {"rule", s.rule},
                {"paths", r.paths},
                {"seed", r.seed},
                {"threads", s.threads},
                {"threshold_pct", s.threshold_pct},
                {"rounding", std::string(to_string(s.rounding))},
                {"cutoff_pct", rounding_cutoff(s.rounding, s.threshold_pct)},
                {"target_year", s.target_year.value()},
                {"check_year", s.check_year ? json(s.check_year->value()) : json(nullptr)},
                {"assumptions", assumptions_json(p, s.outlook_file)},
                {"model",
                 {{"rho", s.rho},
                  {"rho_overridden", s.rho_overridden},
                  {"growth_shift_pct", s.growth_shift_pct},
                  {"volatility_scale", s.volatility_scale},
                  {"spending", spending},
                  {"allies", params}}},
                {"results", entities}};
}

View simulation_view(const engine::McResult& r, const SimulationSettings& s,
                     const engine::Projection& p, const Edition& e, std::span<const Ally> allies,
                     const i18n::Catalog& catalog) {
    return {simulation_table(r, s, p, e, allies, catalog), simulation_csv(r, s, p, e, allies),
            simulation_json(r, s, p, e, allies)};
}

} // namespace hague::report
