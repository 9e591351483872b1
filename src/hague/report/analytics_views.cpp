#include "hague/report/analytics_views.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "hague/core/money.hpp"

namespace hague::report {

using json = nlohmann::ordered_json;

std::string_view to_string(engine::Verdict v) {
    switch (v) {
    case engine::Verdict::Credible: return "credible";
    case engine::Verdict::BackLoaded: return "back-loaded";
    case engine::Verdict::Insufficient: return "insufficient";
    case engine::Verdict::Declining: return "declining";
    }
    return "credible";
}

std::string_view to_string(engine::Standing s) {
    switch (s) {
    case engine::Standing::Ahead: return "ahead";
    case engine::Standing::OnPath: return "on path";
    case engine::Standing::Behind: return "behind";
    }
    return "on path";
}

namespace {

std::map<std::string, std::string> names_of(std::span<const Ally> allies) {
    std::map<std::string, std::string> names;
    for (const auto& a : allies)
        names[a.code.str()] = a.name_en;
    return names;
}

json optional_json(const std::optional<double>& v) { return v ? json(*v) : json(nullptr); }

std::string pct(double v) { return format_number(v, 2) + "%"; }

std::string prices_label(PriceBasis p, int base) {
    return p == PriceBasis::Current ? "current prices"
                                    : fmt::format("constant {} prices", base);
}

std::string currency_label(Currency c) {
    switch (c) {
    case Currency::Usd: return "US dollars";
    case Currency::Eur: return "euros";
    case Currency::Nc: return "national currency";
    }
    return "US dollars";
}

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string target_name(engine::PathTarget t) {
    return t == engine::PathTarget::Core ? "core" : "total";
}

json path_points(const engine::Path& p) {
    json points = json::array();
    for (const auto& pt : p.points)
        points.push_back({{"year", pt.year.value()}, {"share_pct", pt.share_pct}});
    return points;
}

json path_json(const engine::Path& p) {
    return {{"baseline_year", p.input.baseline_year.value()},
            {"baseline_share_pct", p.input.baseline_share_pct},
            {"target_pct", p.input.target_pct},
            {"target_year", p.input.target_year.value()},
            {"review_year", p.input.review_year.value()},
            {"required_pp_per_year", p.required_pp_per_year},
            {"already_at_target", p.already_at_target},
            {"review_2029_pct", p.review_pct},
            {"path", path_points(p)}};
}

std::string finding_text(const engine::Finding& f) {
    using K = engine::Finding::Kind;
    switch (f.kind) {
    case K::Declines:
        return fmt::format("{}: the planned share falls from {} to {}.", f.year, pct(f.value),
                           pct(f.other));
    case K::EndsBelowTarget:
        return fmt::format("The last planned year, {}, reaches {}: below the {} target.", f.year,
                           pct(f.value), pct(f.other));
    case K::BehindPathAtReview:
        return fmt::format("In {} (the review year) the plan reaches {}, behind the linear "
                           "path's {}.",
                           f.year, pct(f.value), pct(f.other));
    case K::AtOrAbovePathAtReview:
        return fmt::format("In {} (the review year) the plan reaches {}, at or above the linear "
                           "path's {}.",
                           f.year, pct(f.value), pct(f.other));
    case K::ReachesTarget:
        return fmt::format("Reaches the {} target in {} ({}).", pct(f.other), f.year,
                           pct(f.value));
    case K::BeforeBaseline:
        return fmt::format("{} is before the baseline year: shown, not judged.", f.year);
    case K::RelatedAboveCeiling:
        return fmt::format("{}: related spending of {} is above the {} ceiling; at most {} "
                           "counts toward the 5%.",
                           f.year, pct(f.value), pct(f.other), pct(f.other));
    }
    return {};
}

std::string_view finding_code(engine::Finding::Kind k) {
    using K = engine::Finding::Kind;
    switch (k) {
    case K::Declines: return "declines";
    case K::EndsBelowTarget: return "ends_below_target";
    case K::BehindPathAtReview: return "behind_path_at_review";
    case K::AtOrAbovePathAtReview: return "at_or_above_path_at_review";
    case K::ReachesTarget: return "reaches_target";
    case K::BeforeBaseline: return "before_baseline";
    case K::RelatedAboveCeiling: return "related_above_ceiling";
    }
    return "";
}

} // namespace

View gap_view(const engine::GapResult& g, const Edition& e, std::span<const Ally> allies) {
    auto names = names_of(allies);
    const auto cur = std::string(to_string(g.currency));
    const auto key = lower(cur);
    const auto money_unit = g.currency == Currency::Nc ? "million NC" : "million " + cur;
    View v;
    v.table.title = fmt::format("Gap to {}% of GDP in {} (edition {}), {} at {}", g.target_pct,
                                g.year, g.edition, currency_label(g.currency),
                                prices_label(g.prices, g.constant_price_base));
    v.table.columns = {{"Ally"},
                       {"Name"},
                       {"Share of GDP", "%", Align::Right},
                       {"Gap", "points", Align::Right},
                       {"Surplus", "points", Align::Right},
                       {"GDP", money_unit, Align::Right},
                       {"Gap", money_unit, Align::Right}};
    if (g.currency == Currency::Nc)
        v.table.columns.push_back({"Currency"});
    v.csv.columns = {{"edition"}, {"year"}, {"target_pct"}, {"currency"}, {"prices"},
                     {"kind"}, {"ally"}, {"name"}, {"share_gdp_pct"}, {"estimate"}, {"gap_pp"},
                     {"surplus_pp"}, {"gdp_" + key + "_m"}, {"gap_" + key + "_m"},
                     {"rate_per_usd"}, {"missing_reason"}};
    v.json = json{{"edition", g.edition},
                  {"year", g.year.value()},
                  {"target_pct", g.target_pct},
                  {"currency", cur},
                  {"prices", std::string(to_string(g.prices))},
                  {"constant_price_base", g.constant_price_base},
                  {"allies", json::array()},
                  {"groups", json::array()}};
    const auto common = std::vector<std::string>{g.edition, fmt::format("{}", g.year),
                                                 format_exact(g.target_pct), cur,
                                                 std::string(to_string(g.prices))};
    for (const auto& a : g.allies) {
        const auto& name = names[a.ally.str()];
        std::vector<std::string> row{a.ally.str(), name,
                                     a.share ? marked(a.share->value, 2, a.share->estimate)
                                             : std::string("n/a"),
                                     a.share ? format_number(a.gap_pp, 2) : std::string(no_data),
                                     a.share ? format_number(a.surplus_pp, 2) : std::string(no_data),
                                     number_or_dash(a.gdp_m, 0), number_or_dash(a.gap_m, 0)};
        if (g.currency == Currency::Nc)
            row.push_back(a.currency_code);
        v.table.rows.push_back(std::move(row));
        auto csv = common;
        csv.insert(csv.end(), {"ally", a.ally.str(), name,
                               a.share ? format_exact(a.share->value) : "",
                               a.share ? (a.share->estimate ? "true" : "false") : "",
                               a.share ? format_exact(a.gap_pp) : "",
                               a.share ? format_exact(a.surplus_pp) : "", exact_or_empty(a.gdp_m),
                               exact_or_empty(a.gap_m), exact_or_empty(a.rate),
                               a.missing.value_or("")});
        v.csv.rows.push_back(std::move(csv));
        json row_json{{"ally", a.ally.str()},
                      {"name", name},
                      {"share_gdp_pct", a.share ? json(a.share->value) : json(nullptr)},
                      {"estimate", a.share ? json(a.share->estimate) : json(nullptr)},
                      {"gap_pp", a.share ? json(a.gap_pp) : json(nullptr)},
                      {"surplus_pp", a.share ? json(a.surplus_pp) : json(nullptr)},
                      {"currency", a.currency_code},
                      {"gdp_" + key + "_m", optional_json(a.gdp_m)},
                      {"gap_" + key + "_m", optional_json(a.gap_m)},
                      {"rate_per_usd", optional_json(a.rate)}};
        if (a.missing)
            row_json["missing_reason"] = *a.missing;
        v.json["allies"].push_back(std::move(row_json));
    }
    v.table.rows.push_back({});
    for (const auto& t : g.groups) {
        v.table.rows.push_back({t.group.id, t.group.name, "", "", "", "",
                                number_or_dash(t.gap_m, 0)});
        if (g.currency == Currency::Nc)
            v.table.rows.back().push_back("");
        auto csv = common;
        csv.insert(csv.end(), {"group", t.group.id, t.group.name, "", "", "", "", "",
                               exact_or_empty(t.gap_m), "", ""});
        v.csv.rows.push_back(std::move(csv));
        json members = json::array();
        for (const auto& m : t.group.members)
            members.push_back(m.str());
        v.json["groups"].push_back({{"group", t.group.id},
                                    {"name", t.group.name},
                                    {"members", members},
                                    {"members_with_money", t.members_with_money},
                                    {"gap_" + key + "_m", optional_json(t.gap_m)}});
    }
    auto& n = v.table.notes;
    n.push_back(fmt::format("Gap = max(0, {} - share) points of GDP; in money, gap / 100 x GDP. "
                            "Group totals add their members' gaps: a surplus does not offset "
                            "another ally's gap.",
                            g.target_pct));
    if (g.currency == Currency::Eur)
        n.push_back("Euros at the rate the edition implies for Germany: Table 1 (national "
                    "currency) / Table 2 (US dollars).");
    if (g.currency == Currency::Nc)
        n.push_back("National currency at the rate the edition implies for each ally: Table 1 / "
                    "Table 2. Groups mix currencies, so they have no total.");
    for (const auto& a : g.allies)
        if (a.missing)
            n.push_back(fmt::format("{} ({}): {}", names[a.ally.str()], a.ally, *a.missing));
    for (const auto& t : g.groups)
        if (t.gap_m && t.members_with_money < static_cast<int>(t.group.members.size()))
            n.push_back(fmt::format("{}: {} of {} members have a gap in money.", t.group.name,
                                    t.members_with_money, t.group.members.size()));
    n.push_back(fmt::format("Source: NATO, {}, edition {}, Table 3 (share of GDP), Table 5 "
                            "(GDP){}.",
                            e.title, e.id,
                            g.currency == Currency::Usd ? "" : ", Tables 1 and 2 (exchange rates)"));
    return v;
}

View path_view(const Edition& e, engine::PathTarget target, std::span<const engine::AllyPath> paths,
               std::span<const std::pair<EntityCode, std::string>> skipped) {
    View v;
    v.json = json{{"edition", e.id}, {"target", target_name(target)}, {"paths", json::array()},
                  {"skipped", json::array()}};
    v.csv.columns = {{"edition"}, {"ally"}, {"baseline_year"}, {"baseline_share_pct"},
                     {"required_pp_per_year"}, {"year"}, {"share_pct"}};
    for (const auto& p : paths) {
        auto j = path_json(p.path);
        json pj{{"ally", p.ally.str()}, {"name", p.name}, {"baseline_estimate", p.baseline_estimate}};
        pj.update(j);
        json commitments = json::array();
        for (const auto& c : p.commitments)
            commitments.push_back(
                {{"kind", c.commitment.kind},
                 {"target_pct", c.commitment.target_pct},
                 {"by_year", c.commitment.by_year ? json(c.commitment.by_year->value())
                                                  : json(nullptr)},
                 {"compared_year", c.compared_year.value()},
                 {"path_pct", optional_json(c.path_pct)},
                 {"standing", c.standing ? json(std::string(to_string(*c.standing)))
                                         : json(nullptr)},
                 {"difference_pp", c.path_pct ? json(c.difference_pp) : json(nullptr)},
                 {"announced", c.commitment.announced},
                 {"source", c.commitment.source},
                 {"note", c.commitment.note}});
        pj["commitments"] = commitments;
        v.json["paths"].push_back(std::move(pj));
        for (const auto& pt : p.path.points)
            v.csv.rows.push_back({e.id, p.ally.str(), fmt::format("{}", p.path.input.baseline_year),
                                  format_exact(p.path.input.baseline_share_pct),
                                  format_exact(p.path.required_pp_per_year),
                                  fmt::format("{}", pt.year), format_exact(pt.share_pct)});
    }
    for (const auto& [code, why] : skipped)
        v.json["skipped"].push_back({{"ally", code.str()}, {"reason", why}});

    const auto* first = paths.empty() ? nullptr : &paths.front().path;
    const double target_pct = first ? first->input.target_pct : 0;
    const auto target_year = first ? first->input.target_year : Year(2035);
    const auto review_year = first ? first->input.review_year : Year(2029);
    if (paths.size() == 1) {
        const auto& p = paths.front();
        v.table.title = fmt::format("Path to {} of GDP by {}: {} ({}), from {}{} in {} (edition {})",
                                    pct(target_pct), target_year, p.name, p.ally,
                                    pct(p.path.input.baseline_share_pct),
                                    p.baseline_estimate ? " e" : "", p.path.input.baseline_year,
                                    e.id);
        v.table.columns = {{"Year"}, {"Path", "% of GDP", Align::Right}};
        for (const auto& pt : p.path.points)
            v.table.rows.push_back({fmt::format("{}{}", pt.year,
                                                pt.year == review_year ? " (review)" : ""),
                                    format_number(pt.share_pct, 2)});
        v.table.notes.push_back(
            p.path.already_at_target
                ? fmt::format("Already at or above {}: the path keeps the baseline share.",
                              pct(target_pct))
                : fmt::format("Required: +{} points of GDP a year.",
                              format_number(p.path.required_pp_per_year, 3)));
        for (const auto& c : p.commitments) {
            const auto& k = c.commitment;
            const auto by = k.by_year ? fmt::format("by {}", *k.by_year)
                                      : fmt::format("(no year; compared in {})", c.compared_year);
            v.table.notes.push_back(
                c.standing ? fmt::format("{} {} {}: {} the path ({}), {} points. {}. Source: {}",
                                         k.kind, pct(k.target_pct), by,
                                         *c.standing == engine::Standing::Ahead    ? "ahead of"
                                         : *c.standing == engine::Standing::Behind ? "behind"
                                                                                   : "on",
                                         pct(*c.path_pct), signed_number(c.difference_pp, 2),
                                         k.note, k.source)
                           : fmt::format("{} {} {}: before the baseline year, not compared. {}. "
                                         "Source: {}",
                                         k.kind, pct(k.target_pct), by, k.note, k.source));
        }
    } else {
        v.table.title = fmt::format("Paths to {} of GDP by {} (edition {})", pct(target_pct),
                                    target_year, e.id);
        v.table.columns = {{"Ally"},
                           {"Name"},
                           {"Baseline", "% of GDP", Align::Right},
                           {"Step", "points/year", Align::Right},
                           {fmt::format("{}", review_year), "% (review)", Align::Right},
                           {"Commitments"}};
        for (const auto& p : paths) {
            std::string commitments;
            for (const auto& c : p.commitments)
                if (c.standing)
                    commitments += fmt::format("{}{} {}: {}", commitments.empty() ? "" : "; ",
                                               pct(c.commitment.target_pct), c.compared_year,
                                               to_string(*c.standing));
            v.table.rows.push_back({p.ally.str(), p.name,
                                    marked(p.path.input.baseline_share_pct, 2, p.baseline_estimate),
                                    format_number(p.path.required_pp_per_year, 3),
                                    format_number(p.path.review_pct, 2), commitments});
        }
    }
    for (const auto& [code, why] : skipped)
        v.table.notes.push_back(fmt::format("{}: {}", code, why));
    v.table.notes.push_back(fmt::format(
        "Linear path: share(y) = baseline + step x (y - baseline year), step = (target - "
        "baseline) / ({} - baseline year); an ally at or above the target keeps its share.",
        target_year));
    v.table.notes.push_back(
        fmt::format("Source: NATO, {}, edition {}, Table 3; commitments.csv.", e.title, e.id));
    return v;
}

View path_check_view(const Edition& old_edition, const Edition& new_edition,
                     engine::PathTarget target, std::span<const engine::AllyPathCheck> checks) {
    View v;
    v.table.title = fmt::format("Paths set from edition {} against the outturns of edition {}",
                                old_edition.id, new_edition.id);
    v.table.columns = {{"Ally"},
                       {"Name"},
                       {"Baseline", "% (old)", Align::Right},
                       {"Year"},
                       {"Outturn", "% (new)", Align::Right},
                       {"Path", "%", Align::Right},
                       {"Deviation", "points", Align::Right},
                       {"Standing"}};
    v.csv.columns = {{"old_edition"}, {"new_edition"}, {"ally"}, {"baseline_year"},
                     {"baseline_share_pct"}, {"year"}, {"share_pct"}, {"estimate"},
                     {"path_pct"}, {"deviation_pp"}, {"standing"}};
    v.json = json{{"old_edition", old_edition.id}, {"new_edition", new_edition.id},
                  {"target", target_name(target)}, {"allies", json::array()}};
    int behind = 0, total = 0;
    for (const auto& c : checks) {
        json outturns = json::array();
        for (const auto& o : c.outturns) {
            v.table.rows.push_back({c.ally.str(), c.name,
                                    format_number(c.path.input.baseline_share_pct, 2),
                                    fmt::format("{}", o.year), marked(o.share_pct, 2, o.estimate),
                                    format_number(o.path_pct, 2),
                                    signed_number(o.deviation_pp, 2),
                                    std::string(to_string(o.standing))});
            v.csv.rows.push_back({old_edition.id, new_edition.id, c.ally.str(),
                                  fmt::format("{}", c.path.input.baseline_year),
                                  format_exact(c.path.input.baseline_share_pct),
                                  fmt::format("{}", o.year), format_exact(o.share_pct),
                                  o.estimate ? "true" : "false", format_exact(o.path_pct),
                                  format_exact(o.deviation_pp), std::string(to_string(o.standing))});
            outturns.push_back({{"year", o.year.value()},
                                {"share_pct", o.share_pct},
                                {"estimate", o.estimate},
                                {"path_pct", o.path_pct},
                                {"deviation_pp", o.deviation_pp},
                                {"standing", std::string(to_string(o.standing))}});
        }
        if (!c.outturns.empty()) {
            ++total;
            behind += c.outturns.back().standing == engine::Standing::Behind ? 1 : 0;
        }
        json a{{"ally", c.ally.str()}, {"name", c.name}};
        a.update(path_json(c.path));
        a["outturns"] = outturns;
        v.json["allies"].push_back(std::move(a));
    }
    v.table.notes.push_back(fmt::format("{} of {} allies behind their path in {}'s last year.",
                                        behind, total, new_edition.id));
    v.table.notes.push_back("Deviation = outturn - path; within 0.005 points counts as on path.");
    v.table.notes.push_back(fmt::format("Source: NATO, {} and {}, Table 3.", old_edition.title,
                                        new_edition.title));
    return v;
}

View plan_view(const Edition& e, const Plan& plan, const std::string& ally_name,
               bool baseline_estimate, const engine::PlanCheck& check) {
    const auto& in = check.path.input;
    View v;
    v.table.title = fmt::format("Plan{}{} for {} ({}): {} (edition {})",
                                plan.title.empty() ? "" : " \"", plan.title.empty() ? "" : plan.title + "\"",
                                ally_name, plan.ally, to_string(check.verdict), e.id);
    v.table.columns = {{"Leg"}, {"Year"}, {"Planned", "% of GDP", Align::Right},
                       {"Path", "% of GDP", Align::Right}, {"Source"}};
    v.csv.columns = {{"edition"}, {"ally"}, {"leg"}, {"year"}, {"share_gdp_pct"}, {"from_money"},
                     {"path_pct"}, {"source"}};
    auto add = [&](const char* leg, const std::vector<engine::PlannedYear>& years, json& out) {
        for (const auto& p : years) {
            v.table.rows.push_back({leg, fmt::format("{}", p.year),
                                    format_number(p.share_pct, 2) + (p.from_money ? " (m)" : ""),
                                    number_or_dash(p.path_pct, 2), p.source});
            v.csv.rows.push_back({e.id, plan.ally.str(), leg, fmt::format("{}", p.year),
                                  format_exact(p.share_pct), p.from_money ? "true" : "false",
                                  exact_or_empty(p.path_pct), p.source});
            out.push_back({{"year", p.year.value()},
                           {"share_gdp_pct", p.share_pct},
                           {"from_money", p.from_money},
                           {"path_pct", optional_json(p.path_pct)},
                           {"source", p.source}});
        }
    };
    json core = json::array(), related = json::array();
    add("core", check.core, core);
    add("related", check.related, related);
    json findings = json::array();
    for (const auto& f : check.findings) {
        v.table.notes.push_back(finding_text(f));
        findings.push_back({{"kind", std::string(finding_code(f.kind))},
                            {"year", f.year.value()},
                            {"value", f.value},
                            {"other", f.other},
                            {"text", finding_text(f)}});
    }
    v.table.notes.insert(v.table.notes.begin(),
                         fmt::format("Verdict: {}. Baseline: {}{} in {} (NATO Table 3); linear path "
                                     "to {} by {}: +{} points a year.",
                                     to_string(check.verdict), pct(in.baseline_share_pct),
                                     baseline_estimate ? " e" : "", in.baseline_year,
                                     pct(in.target_pct), in.target_year,
                                     format_number(check.path.required_pp_per_year, 3)));
    v.table.notes.push_back(fmt::format(
        "The related leg (up to {} of GDP) is shown as declared: NATO publishes no data for it.",
        pct(check.related_ceiling_pct)));
    const auto from_money = [](const engine::PlannedYear& p) { return p.from_money; };
    if (std::any_of(check.core.begin(), check.core.end(), from_money) ||
        std::any_of(check.related.begin(), check.related.end(), from_money))
        v.table.notes.push_back("(m): converted from spending in national currency.");
    v.json = json{{"edition", e.id},
                  {"ally", plan.ally.str()},
                  {"name", ally_name},
                  {"title", plan.title},
                  {"verdict", std::string(to_string(check.verdict))},
                  {"findings", findings},
                  {"baseline_estimate", baseline_estimate}};
    v.json.update(path_json(check.path));
    v.json["core"] = core;
    v.json["related"] = related;
    v.json["related_ceiling_pct"] = check.related_ceiling_pct;
    return v;
}

View share_view(const engine::BurdenResult& b, const Edition& e) {
    View v;
    v.table.title = fmt::format("Burden sharing in {} (edition {}), {}", b.year, b.edition,
                                prices_label(b.prices, b.constant_price_base));
    v.table.columns = {{"Group"},
                       {"Allies", "counted", Align::Right},
                       {"Of alliance GDP", "%", Align::Right},
                       {"Of alliance spending", "%", Align::Right},
                       {"Spending / GDP", "%", Align::Right},
                       {"Per capita", "USD", Align::Right}};
    v.csv.columns = {{"edition"}, {"year"}, {"prices"}, {"group"}, {"name"}, {"members"},
                     {"members_counted"}, {"share_of_alliance_gdp_pct"},
                     {"share_of_alliance_spending_pct"}, {"share_gdp_pct"}, {"gdp_usd_m"},
                     {"spending_usd_m"}, {"population_m"}, {"spending_per_capita_usd"}};
    v.json = json{{"edition", b.edition},
                  {"year", b.year.value()},
                  {"prices", std::string(to_string(b.prices))},
                  {"constant_price_base", b.constant_price_base},
                  {"groups", json::array()}};
    for (const auto& g : b.groups) {
        std::string members;
        json member_codes = json::array();
        for (const auto& m : g.group.members) {
            members += (members.empty() ? "" : " ") + m.str();
            member_codes.push_back(m.str());
        }
        v.table.rows.push_back({g.group.name, fmt::format("{}", g.members_counted),
                                format_number(g.share_of_alliance_gdp_pct, 1),
                                format_number(g.share_of_alliance_spending_pct, 1),
                                format_number(g.share_gdp_pct, 2),
                                number_or_dash(g.spending_per_capita_usd, 0)});
        v.csv.rows.push_back({b.edition, fmt::format("{}", b.year), std::string(to_string(b.prices)),
                              g.group.id, g.group.name, members,
                              fmt::format("{}", g.members_counted),
                              format_exact(g.share_of_alliance_gdp_pct),
                              format_exact(g.share_of_alliance_spending_pct),
                              format_exact(g.share_gdp_pct), format_exact(g.gdp_usd_m),
                              format_exact(g.spending_usd_m), exact_or_empty(g.population_m),
                              exact_or_empty(g.spending_per_capita_usd)});
        v.json["groups"].push_back({{"group", g.group.id},
                                    {"name", g.group.name},
                                    {"members", member_codes},
                                    {"members_counted", g.members_counted},
                                    {"share_of_alliance_gdp_pct", g.share_of_alliance_gdp_pct},
                                    {"share_of_alliance_spending_pct",
                                     g.share_of_alliance_spending_pct},
                                    {"share_gdp_pct", g.share_gdp_pct},
                                    {"gdp_usd_m", g.gdp_usd_m},
                                    {"spending_usd_m", g.spending_usd_m},
                                    {"population_m", optional_json(g.population_m)},
                                    {"spending_per_capita_usd",
                                     optional_json(g.spending_per_capita_usd)}});
    }
    v.table.notes.push_back(fmt::format(
        "Groups count the allies that were NATO members in {} (EU allies: EU members that year) "
        "and whose GDP and defence expenditure the edition publishes.",
        b.year));
    v.table.notes.push_back("Spending / GDP is a ratio of the group's sums in US dollars, not "
                            "NATO's Table 3; per capita uses population = real GDP / real GDP per "
                            "capita (Tables 5 and 6).");
    v.table.notes.push_back(fmt::format("Source: NATO, {}, edition {}, Tables 2, 5 and 6.", e.title,
                                        e.id));
    return v;
}

View diff_view(const Edition& old_edition, const Edition& new_edition,
               const std::optional<std::string>& indicator, double min_change, Rounding rounding,
               const engine::Thresholds& thresholds, std::span<const engine::Revision> revisions,
               std::span<const engine::CountChange> counts, std::size_t text_rows) {
    View v;
    v.table.title = fmt::format("Revisions from edition {} to edition {}{}", old_edition.id,
                                new_edition.id, indicator ? ", " + *indicator : "");
    v.table.columns = {{"Entity"}, {"Year"}, {"Indicator"}, {"Old", "", Align::Right},
                       {"New", "", Align::Right}, {"Change", "", Align::Right}};
    v.csv.columns = {{"old_edition"}, {"new_edition"}, {"entity"}, {"year"}, {"indicator"},
                     {"old_value"}, {"new_value"}, {"change"}, {"old_estimate"}, {"new_estimate"}};
    json revs = json::array();
    for (std::size_t i = 0; i < revisions.size(); ++i) {
        const auto& r = revisions[i];
        const int decimals = r.indicator.ends_with("_pct") ? 2 : 1;
        if (i < text_rows)
            v.table.rows.push_back({r.entity.str(), fmt::format("{}", r.year), r.indicator,
                                    marked(r.old_value, decimals, r.old_estimate),
                                    marked(r.new_value, decimals, r.new_estimate),
                                    signed_number(r.change, decimals)});
        v.csv.rows.push_back({old_edition.id, new_edition.id, r.entity.str(),
                              fmt::format("{}", r.year), r.indicator, format_exact(r.old_value),
                              format_exact(r.new_value), format_exact(r.change),
                              r.old_estimate ? "true" : "false", r.new_estimate ? "true" : "false"});
        revs.push_back({{"entity", r.entity.str()},
                        {"year", r.year.value()},
                        {"indicator", r.indicator},
                        {"old_value", r.old_value},
                        {"new_value", r.new_value},
                        {"change", r.change},
                        {"old_estimate", r.old_estimate},
                        {"new_estimate", r.new_estimate}});
    }
    if (revisions.size() > text_rows)
        v.table.notes.push_back(fmt::format("{} more revisions: see --format csv or json.",
                                            revisions.size() - text_rows));
    v.table.notes.push_back(fmt::format("{} values revised by at least {}, largest first.",
                                        revisions.size(), min_change));
    v.table.notes.push_back(fmt::format("Allies at or above {}% / {}% of GDP ({} rounding), by "
                                        "edition:",
                                        thresholds.spending_pct, thresholds.core_pct,
                                        to_string(rounding)));
    json cj = json::array();
    auto count = [](const std::optional<engine::StatusSummary>& s, int engine::StatusSummary::*f) {
        return s ? json((*s).*f) : json(nullptr);
    };
    auto count_text = [](const std::optional<engine::StatusSummary>& s,
                         int engine::StatusSummary::*f) {
        return s ? fmt::format("{:>2}", (*s).*f) : std::string(" -");
    };
    for (const auto& c : counts) {
        if (!c.old_counts && !c.new_counts)
            continue;
        const bool changed =
            c.old_counts && c.new_counts &&
            (c.old_counts->at_or_above_spending != c.new_counts->at_or_above_spending ||
             c.old_counts->at_or_above_core != c.new_counts->at_or_above_core);
        v.table.notes.push_back(fmt::format(
            "  {}: {}% {} -> {}; {}% {} -> {}{}", c.year, thresholds.spending_pct,
            count_text(c.old_counts, &engine::StatusSummary::at_or_above_spending),
            count_text(c.new_counts, &engine::StatusSummary::at_or_above_spending),
            thresholds.core_pct, count_text(c.old_counts, &engine::StatusSummary::at_or_above_core),
            count_text(c.new_counts, &engine::StatusSummary::at_or_above_core),
            changed ? "   (changed)" : ""));
        cj.push_back({{"year", c.year.value()},
                      {"old_reporting", count(c.old_counts, &engine::StatusSummary::reporting)},
                      {"new_reporting", count(c.new_counts, &engine::StatusSummary::reporting)},
                      {"old_at_or_above_2pct",
                       count(c.old_counts, &engine::StatusSummary::at_or_above_spending)},
                      {"new_at_or_above_2pct",
                       count(c.new_counts, &engine::StatusSummary::at_or_above_spending)},
                      {"old_at_or_above_3_5pct",
                       count(c.old_counts, &engine::StatusSummary::at_or_above_core)},
                      {"new_at_or_above_3_5pct",
                       count(c.new_counts, &engine::StatusSummary::at_or_above_core)}});
    }
    v.table.notes.push_back(fmt::format("Source: NATO, {} and {}.", old_edition.title,
                                        new_edition.title));
    v.json = json{{"old_edition", old_edition.id},
                  {"new_edition", new_edition.id},
                  {"indicator", indicator ? json(*indicator) : json(nullptr)},
                  {"min_change", min_change},
                  {"rounding", std::string(to_string(rounding))},
                  {"revisions", revs},
                  {"counts", cj}};
    return v;
}

View facts_view(const FactsInput& in) {
    const auto& e = *in.edition;
    const auto& s = *in.status;
    auto names = names_of(in.allies);
    View v;
    v.table.title = fmt::format("Fact sheet: NATO defence spending in {} (edition {})", s.year, e.id);
    v.table.columns = {{"Fact"}, {"Value"}, {"Source"}};
    v.csv.columns = {{"id"}, {"fact"}, {"value"}, {"source"}};
    json facts = json::array();
    const auto t3 = fmt::format("{}, Table 3", e.id);
    auto add = [&](const std::string& id, const std::string& fact, const std::string& value,
                   const std::string& source, json value_json) {
        v.table.rows.push_back({fact, value, source});
        v.csv.rows.push_back({id, fact, value, source});
        facts.push_back({{"id", id}, {"fact", fact}, {"value", std::move(value_json)},
                         {"text", value}, {"source", source}});
    };
    std::vector<std::string> at2, at35;
    json at2_json = json::array(), at35_json = json::array();
    for (const auto& a : s.allies) {
        if (a.meets_spending == engine::Compliance::Met) {
            at2.push_back(a.ally.str());
            at2_json.push_back(a.ally.str());
        }
        if (a.meets_core == engine::Compliance::Met) {
            at35.push_back(a.ally.str());
            at35_json.push_back(a.ally.str());
        }
    }
    auto join = [](const std::vector<std::string>& codes) {
        std::string out;
        for (const auto& c : codes)
            out += (out.empty() ? "" : " ") + c;
        return out;
    };
    add("at_or_above_2pct",
        fmt::format("Allies at or above {}% of GDP ({} of {})", s.thresholds.spending_pct,
                    at2.size(), s.summary.reporting),
        join(at2), t3, at2_json);
    add("at_or_above_3_5pct",
        fmt::format("Allies at or above {}% ({} of {})", s.thresholds.core_pct, at35.size(),
                    s.summary.reporting),
        join(at35), t3, at35_json);
    for (const auto& g : s.aggregates)
        if (g.share_gdp_pct)
            add(g.entity.str() == EntityCode::nato_total ? "nato_share_gdp_pct"
                                                         : "europe_canada_share_gdp_pct",
                fmt::format("{} share of GDP", g.entity.str() == EntityCode::nato_total
                                                   ? "NATO"
                                                   : "Europe and Canada"),
                format_number(g.share_gdp_pct->value, 2) + "%" +
                    (g.share_gdp_pct->estimate ? std::string(estimate_mark) : ""),
                t3,
                g.share_gdp_pct->value);
    const auto t25 = fmt::format("{}, Tables 2 and 5", e.id);
    for (const auto& g : in.burden->groups) {
        if (g.group.id == "usa")
            add("usa_share_of_alliance_spending_pct", "US share of allied defence spending",
                format_number(g.share_of_alliance_spending_pct, 1) + "%", t25,
                g.share_of_alliance_spending_pct);
        if (g.group.id == "eu") {
            add("eu_share_of_alliance_gdp_pct", "EU allies' share of alliance GDP",
                format_number(g.share_of_alliance_gdp_pct, 1) + "%", t25,
                g.share_of_alliance_gdp_pct);
            add("eu_share_of_alliance_spending_pct", "EU allies' share of alliance spending",
                format_number(g.share_of_alliance_spending_pct, 1) + "%", t25,
                g.share_of_alliance_spending_pct);
        }
    }
    const auto t35 = fmt::format("{}, Tables 3 and 5", e.id);
    for (const auto& g : in.gap->groups)
        if (g.group.id == "europe_canada" && g.gap_m)
            add("europe_canada_gap_usd_m",
                fmt::format("Europe and Canada: gap to {}%, current USD", in.gap->target_pct),
                "$" + format_number(*g.gap_m / 1000.0, 1) + " bn", t35, *g.gap_m);
    std::vector<const engine::AllyGap*> largest;
    for (const auto& a : in.gap->allies)
        if (a.gap_m && *a.gap_m > 0)
            largest.push_back(&a);
    std::sort(largest.begin(), largest.end(),
              [](const engine::AllyGap* a, const engine::AllyGap* b) { return *a->gap_m > *b->gap_m; });
    if (largest.size() > 5)
        largest.resize(5);
    json top = json::array();
    std::string top_text;
    for (const auto* a : largest) {
        top_text += fmt::format("{}{} ${} bn", top_text.empty() ? "" : ", ", a->ally,
                                format_number(*a->gap_m / 1000.0, 1));
        top.push_back({{"ally", a->ally.str()}, {"gap_usd_m", *a->gap_m}});
    }
    add("largest_gaps_usd_m", fmt::format("Five largest gaps to {}%", in.gap->target_pct), top_text,
        t35, top);
    if (in.largest_revision && in.previous) {
        const auto& r = *in.largest_revision;
        add("largest_revision",
            fmt::format("Largest revision of a share of GDP since {}", in.previous->id),
            fmt::format("{} {}: {} -> {} ({} points)", names.count(r.entity.str())
                                                           ? names[r.entity.str()]
                                                           : r.entity.str(),
                        r.year, format_number(r.old_value, 2), format_number(r.new_value, 2),
                        signed_number(r.change, 2)),
            fmt::format("{} vs {}, Table 3", e.id, in.previous->id),
            json{{"entity", r.entity.str()},
                 {"year", r.year.value()},
                 {"old_value", r.old_value},
                 {"new_value", r.new_value},
                 {"change", r.change}});
    }
    if (s.summary.estimates > 0)
        v.table.notes.push_back(fmt::format("{} is an estimate year in edition {}.", s.year, e.id));
    v.table.notes.push_back(fmt::format("Source: NATO, {}, edition {}.", e.title, e.id));
    v.json = json{{"edition", e.id}, {"year", s.year.value()}, {"facts", facts}};
    return v;
}

View compare_view(const Edition& e, Year year, std::span<const engine::ComparisonRow> rows,
                  const std::string& sipri_source) {
    View v;
    v.table.title = fmt::format("NATO and its comparators in {}", year);
    v.table.columns = {{"Entity"}, {"Source"}, {"Spending", "million USD, current", Align::Right},
                       {"Share of GDP", "%", Align::Right}};
    v.csv.columns = {{"year"}, {"entity"}, {"source"}, {"spending_usd_current_m"},
                     {"share_gdp_pct"}, {"estimate"}};
    v.json = json{{"edition", e.id}, {"year", year.value()}, {"rows", json::array()}};
    static const std::map<std::string, std::string> labels = {
        {"NATO", "NATO Total"}, {"NATO_EUROPE_CAN", "NATO Europe and Canada"},
        {"RUS", "Russia"}, {"CHN", "China"}};
    for (const auto& r : rows) {
        const auto label = labels.count(r.entity.str()) ? labels.at(r.entity.str()) : r.entity.str();
        const auto source = r.sipri ? std::string("SIPRI") : "NATO " + e.id;
        v.table.rows.push_back({label, source,
                                r.spending_usd_current_m
                                    ? marked(*r.spending_usd_current_m, 0, r.estimate)
                                    : std::string(no_data),
                                r.share_gdp_pct ? marked(*r.share_gdp_pct, 2, r.estimate)
                                                : std::string(no_data)});
        v.csv.rows.push_back({fmt::format("{}", year), r.entity.str(), r.sipri ? "SIPRI" : "NATO",
                              exact_or_empty(r.spending_usd_current_m),
                              exact_or_empty(r.share_gdp_pct), r.estimate ? "true" : "false"});
        v.json["rows"].push_back({{"entity", r.entity.str()},
                                  {"name", label},
                                  {"source", r.sipri ? "SIPRI" : "NATO"},
                                  {"definition", r.sipri ? "SIPRI" : "NATO"},
                                  {"spending_usd_current_m", optional_json(r.spending_usd_current_m)},
                                  {"share_gdp_pct", optional_json(r.share_gdp_pct)},
                                  {"estimate", r.estimate}});
    }
    v.table.notes.push_back("NATO rows use NATO's definition; Russia and China are SIPRI's "
                            "figures under SIPRI's broader definition. Both are at market exchange "
                            "rates: the comparison is indicative only.");
    v.table.notes.push_back("At purchasing-power parity Russia's and China's spending buys much "
                            "more at home than market rates show, so their gap to NATO narrows; "
                            "hague holds no PPP series and shows none.");
    v.table.notes.push_back("e: NATO estimate, or SIPRI estimate (SIPRI marks all of China's "
                            "figures and Russia's from 2022).");
    v.table.notes.push_back(fmt::format("Sources: NATO, {}, edition {}, Tables 2 and 3; SIPRI "
                                        "Military Expenditure Database ({}).",
                                        e.title, e.id, sipri_source));
    v.json["sipri_source"] = sipri_source;
    return v;
}

} // namespace hague::report
