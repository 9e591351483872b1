#include "hague/report/projection_views.hpp"

#include <map>

#include <fmt/format.h>

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

json assumptions_json(const engine::Projection& p, const std::optional<std::string>& outlook) {
    const auto& a = p.assumptions;
    return {{"baseline_year", a.baseline_year.value()},
            {"target_year", a.target_year.value()},
            {"target_pct", a.target_pct},
            {"real_growth", fmt::format("each ally's mean log real growth {}-{} (Table 5, constant "
                                        "prices), unless the outlook file overrides it",
                                        a.growth_first_year, a.growth_last_year)},
            {"inflation_pct", a.default_inflation_pct},
            {"exchange_rates", fmt::format("held at {} (Tables 1 and 2)", a.baseline_year)},
            {"euro_reference", a.euro_reference},
            {"outlook_file", outlook ? json(*outlook) : json(nullptr)},
            {"outlook_overrides", a.outlook_overrides}};
}

std::vector<std::string> assumption_notes(const engine::Projection& p,
                                          const std::optional<std::string>& outlook) {
    const auto& a = p.assumptions;
    std::vector<std::string> n;
    n.push_back(fmt::format("Assumptions: baseline {} as published; real growth = each ally's mean "
                            "log growth {}-{} (NATO Table 5, constant prices); inflation {}% a "
                            "year; exchange rates held at {} (Tables 1 and 2; euros at {}'s rate).",
                            a.baseline_year, a.growth_first_year, a.growth_last_year,
                            a.default_inflation_pct, a.baseline_year, a.euro_reference));
    if (outlook)
        n.push_back(fmt::format("Outlook file {}: {} ally-years override the defaults.", *outlook,
                                a.outlook_overrides));
    for (const auto& [code, why] : p.skipped)
        n.push_back(fmt::format("{}: not projected ({}).", code, why));
    return n;
}

} // namespace

View projection_view(const engine::Projection& p, const engine::GrowthModel& growth,
                     const Edition& e, std::span<const Ally> allies,
                     const std::optional<std::string>& plan_file,
                     const std::optional<std::string>& outlook_file) {
    auto names = names_of(allies, p);
    const auto& a = p.assumptions;
    View v;
    v.table.title = fmt::format("Projection to {}: {} scenario{} (edition {})", a.target_year,
                                to_string(p.scenario), plan_file ? " " + *plan_file : "", e.id);
    const auto last = fmt::format("{}", a.target_year);
    v.table.columns = {{"Ally"},
                       {"Name"},
                       {fmt::format("{}", a.baseline_year), "% of GDP", Align::Right},
                       {last, "% of GDP", Align::Right},
                       {"Growth", "% a year", Align::Right},
                       {"Spending " + last, "billion USD", Align::Right},
                       {"Extra " + last, "billion USD", Align::Right},
                       {"Extra to " + last, "billion USD", Align::Right}};
    v.csv.columns = {{"edition"}, {"scenario"}, {"kind"}, {"entity"}, {"year"},
                     {"share_gdp_pct"}, {"gdp_nc_m"}, {"gdp_usd_m"}, {"spending_nc_m"},
                     {"spending_usd_m"}, {"spending_eur_m"}, {"spending_const_usd_m"},
                     {"extra_usd_m"}, {"cumulative_extra_usd_m"}};
    v.json = json{{"edition", e.id},
                  {"scenario", std::string(to_string(p.scenario))},
                  {"plan_file", plan_file ? json(*plan_file) : json(nullptr)},
                  {"assumptions", assumptions_json(p, outlook_file)},
                  {"allies", json::array()},
                  {"groups", json::array()},
                  {"skipped", json::array()}};
    const auto scenario = std::string(to_string(p.scenario));
    for (const auto& ap : p.allies) {
        const auto& first = ap.years.front();
        const auto& end = ap.years.back();
        const auto* g = growth.find(ap.baseline.ally);
        v.table.rows.push_back({ap.baseline.ally.str(), names[ap.baseline.ally.str()],
                                marked(first.share_gdp_pct, 2, ap.baseline.estimate),
                                format_number(end.share_gdp_pct, 2),
                                format_number((std::exp(g ? g->mu : 0.0) - 1) * 100, 2),
                                format_number(end.spending_usd_m / 1000, 1),
                                format_number(end.extra_usd_m / 1000, 1),
                                format_number(end.cumulative_extra_usd_m / 1000, 1)});
        json years = json::array();
        for (const auto& y : ap.years) {
            years.push_back(year_json(y, true));
            v.csv.rows.push_back({e.id, scenario, "ally", ap.baseline.ally.str(),
                                  fmt::format("{}", y.year), format_exact(y.share_gdp_pct),
                                  format_exact(y.gdp_nc_m), format_exact(y.gdp_usd_m),
                                  format_exact(y.spending_nc_m), format_exact(y.spending_usd_m),
                                  format_exact(y.spending_eur_m),
                                  format_exact(y.spending_const_usd_m),
                                  format_exact(y.extra_usd_m),
                                  format_exact(y.cumulative_extra_usd_m)});
        }
        v.json["allies"].push_back({{"ally", ap.baseline.ally.str()},
                                    {"name", names[ap.baseline.ally.str()]},
                                    {"currency", ap.baseline.currency},
                                    {"baseline_estimate", ap.baseline.estimate},
                                    {"mu", ap.mu},
                                    {"years", years}});
    }
    v.table.rows.push_back({});
    for (const auto& gp : p.groups) {
        const auto& first = gp.years.front();
        const auto& end = gp.years.back();
        v.table.rows.push_back({gp.group.id, gp.group.name, format_number(first.share_gdp_pct, 2),
                                format_number(end.share_gdp_pct, 2), "",
                                format_number(end.spending_usd_m / 1000, 1),
                                format_number(end.extra_usd_m / 1000, 1),
                                format_number(end.cumulative_extra_usd_m / 1000, 1)});
        json years = json::array();
        for (const auto& y : gp.years) {
            years.push_back(year_json(y, false));
            v.csv.rows.push_back({e.id, scenario, "group", gp.group.id, fmt::format("{}", y.year),
                                  format_exact(y.share_gdp_pct), "", format_exact(y.gdp_usd_m), "",
                                  format_exact(y.spending_usd_m), format_exact(y.spending_eur_m),
                                  format_exact(y.spending_const_usd_m), format_exact(y.extra_usd_m),
                                  format_exact(y.cumulative_extra_usd_m)});
        }
        json members = json::array();
        for (const auto& m : gp.group.members)
            members.push_back(m.str());
        v.json["groups"].push_back({{"group", gp.group.id}, {"name", gp.group.name},
                                    {"members", members}, {"years", years}});
    }
    for (const auto& [code, why] : p.skipped)
        v.json["skipped"].push_back({{"ally", code.str()}, {"reason", why}});
    v.table.notes = assumption_notes(p, outlook_file);
    v.table.notes.push_back("Extra: spending above the baseline share of the same GDP (nominal "
                            "USD at the baseline's exchange rate); shares of groups are ratios "
                            "of sums.");
    v.table.notes.push_back(fmt::format("Source: NATO, {}, edition {}, Tables 1, 2, 3 and 5; "
                                        "projections are hague's, not NATO's.",
                                        e.title, e.id));
    return v;
}

View simulation_view(const engine::McResult& r, const SimulationSettings& s,
                     const engine::Projection& p, const Edition& e, std::span<const Ally> allies) {
    auto names = names_of(allies, p);
    const auto& a = p.assumptions;
    View v;
    v.table.title = fmt::format("Monte Carlo to {}: {} scenario, {} rule, {} paths (edition {})",
                                a.target_year, to_string(p.scenario), s.rule, r.paths, e.id);
    const auto last = fmt::format("{}", a.target_year);
    v.table.columns = {{"Entity"},
                       {fmt::format("P(>= {}%)", s.threshold_pct), "in " + last, Align::Right},
                       {"Share p5", "% of GDP", Align::Right},
                       {"p50", "", Align::Right},
                       {"p95", "", Align::Right},
                       {"Cost p5", "billion USD", Align::Right},
                       {"p50", "", Align::Right},
                       {"p95", "", Align::Right}};
    v.csv.columns = {{"entity"}, {"group"}, {"probability_at_or_above"},
                     {"probability_standard_error"}, {"share_pct_mean"}, {"share_pct_se"},
                     {"share_pct_p5"}, {"share_pct_p50"}, {"share_pct_p95"}, {"cost_usd_m_mean"},
                     {"cost_usd_m_se"}, {"cost_usd_m_p5"}, {"cost_usd_m_p50"}, {"cost_usd_m_p95"}};
    auto summary_json = [](const engine::McSummary& m) {
        return json{{"mean", m.mean}, {"standard_error", m.standard_error}, {"p5", m.p5},
                    {"p50", m.p50},   {"p95", m.p95},                       {"bin_width", m.bin_width},
                    {"clamped", m.clamped}};
    };
    json entities = json::array();
    bool first_group_seen = false;
    for (const auto& x : r.entities) {
        if (x.group && !first_group_seen) {
            first_group_seen = true;
            v.table.rows.push_back({});
        }
        v.table.rows.push_back(
            {x.group ? names[x.id] : x.id,
             format_number(100 * x.probability_at_or_above, 1) + "%",
             format_number(x.share_pct.p5, 2), format_number(x.share_pct.p50, 2),
             format_number(x.share_pct.p95, 2), format_number(x.cost_usd_m.p5 / 1000, 1),
             format_number(x.cost_usd_m.p50 / 1000, 1), format_number(x.cost_usd_m.p95 / 1000, 1)});
        v.csv.rows.push_back({x.id, x.group ? "true" : "false",
                              format_exact(x.probability_at_or_above),
                              format_exact(x.probability_standard_error),
                              format_exact(x.share_pct.mean), format_exact(x.share_pct.standard_error),
                              format_exact(x.share_pct.p5), format_exact(x.share_pct.p50),
                              format_exact(x.share_pct.p95), format_exact(x.cost_usd_m.mean),
                              format_exact(x.cost_usd_m.standard_error),
                              format_exact(x.cost_usd_m.p5), format_exact(x.cost_usd_m.p50),
                              format_exact(x.cost_usd_m.p95)});
        entities.push_back({{x.group ? "group" : "ally", x.id},
                            {"name", names[x.id]},
                            {"probability_at_or_above", x.probability_at_or_above},
                            {"probability_standard_error", x.probability_standard_error},
                            {"share_pct", summary_json(x.share_pct)},
                            {"cost_usd_m", summary_json(x.cost_usd_m)}});
    }
    json params = json::array();
    for (const auto& q : s.parameters)
        params.push_back({{"ally", q.ally.str()},
                          {"mu", q.mu},
                          {"sigma", q.sigma},
                          {"mu_overridden", q.mu_overridden},
                          {"sigma_overridden", q.sigma_overridden}});
    v.json = json{{"edition", e.id},
                  {"scenario", std::string(to_string(p.scenario))},
                  {"rule", s.rule},
                  {"paths", r.paths},
                  {"seed", r.seed},
                  {"threads", s.threads},
                  {"threshold_pct", s.threshold_pct},
                  {"assumptions", assumptions_json(p, std::nullopt)},
                  {"model",
                   {{"rho", s.rho}, {"rho_overridden", s.rho_overridden}, {"allies", params}}},
                  {"results", entities}};
    v.table.notes = assumption_notes(p, std::nullopt);
    v.table.notes.push_back(fmt::format(
        "Model: log real growth g_it = mu_i + sigma_i (sqrt(rho) f_t + sqrt(1 - rho) e_it), "
        "rho = {:.3f}{}; seed {}, {} thread(s): the same seed gives the same numbers for any "
        "thread count.",
        s.rho, s.rho_overridden ? " (given)" : " (mean pairwise correlation)", r.seed, s.threads));
    v.table.notes.push_back(
        s.rule == "share"
            ? "Rule share: spending is the scenario's share of each path's GDP; the cost varies."
            : "Rule budget: spending is the projection's money, fixed; the share reached varies.");
    v.table.notes.push_back("Cost: spending summed over the projected years, nominal USD at the "
                            "baseline's exchange rates. Percentiles come from 1,024-bin "
                            "histograms (error within one bin); P has standard error "
                            "sqrt(p(1-p)/paths).");
    return v;
}

} // namespace hague::report
