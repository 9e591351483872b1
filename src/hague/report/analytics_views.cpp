#include "hague/report/analytics_views.hpp"
#include "hague/report/columns.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "hague/core/money.hpp"
#include "hague/i18n/names.hpp"
#include "hague/i18n/numbers.hpp"
#include "hague/report/words.hpp"

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

/// English words, for the few machine fields that carry a sentence (JSON "text").
struct English {
    i18n::Catalog catalog{i18n::Language::En};
    Words words{catalog};
};

json optional_json(const std::optional<double>& v) {
    return v ? json(*v) : json(nullptr);
}

std::string prices_label(PriceBasis p, int base, const Words& w) {
    return p == PriceBasis::Current ? w.t("prices_current")
                                    : w.f("prices_constant", {std::int64_t{base}});
}

std::string currency_label(Currency c, const Words& w) {
    switch (c) {
    case Currency::Usd: return w.t("currency_usd");
    case Currency::Eur: return w.t("currency_eur");
    case Currency::Nc: return w.t("currency_nc");
    }
    return w.t("currency_usd");
}

/// A commitment's kind in the language ("National target"); a kind the catalog does not name is
/// shown as it is in commitments.csv.
std::string commitment_kind_text(const std::string& kind, const Words& w) {
    const auto key = "commitment_kind_" + kind;
    return i18n::own_text("root", key).empty() ? kind : w.t(key);
}

/// A note from the data files (written in English) as the language shows it: labelled as English.
std::string english_note(const std::string& note, const Words& w) {
    return w.f("source_note_english", {note});
}

/// An indicator as a reader names it, with its unit: "Spending (million national currency)".
std::string indicator_text(const std::string& indicator, const Words& w) {
    const auto label_key = "ind_" + indicator, unit_key = "unit_" + indicator;
    if (i18n::own_text("root", label_key).empty())
        return indicator;
    return i18n::own_text("root", unit_key).empty()
               ? w.t(label_key)
               : fmt::format("{} ({})", w.t(label_key), w.t(unit_key));
}

std::string standing_text(engine::Standing s, const Words& w) {
    switch (s) {
    case engine::Standing::Ahead: return w.t("standing_ahead");
    case engine::Standing::OnPath: return w.t("standing_on_path");
    case engine::Standing::Behind: return w.t("standing_behind");
    }
    return w.t("standing_on_path");
}

std::string verdict_text(engine::Verdict v, const Words& w) {
    switch (v) {
    case engine::Verdict::Credible: return w.t("verdict_credible");
    case engine::Verdict::BackLoaded: return w.t("verdict_back_loaded");
    case engine::Verdict::Insufficient: return w.t("verdict_insufficient");
    case engine::Verdict::Declining: return w.t("verdict_declining");
    }
    return w.t("verdict_credible");
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

/// A path's own figures: path and path-check write their JSON and their CSV from this list.
const Cols<engine::Path>& path_columns() {
    using P = engine::Path;
    static const Cols<P> cols = {
        {"baseline_year",
         [](const P& p) -> Cell { return std::int64_t{p.input.baseline_year.value()}; }},
        {"baseline_share_pct", [](const P& p) -> Cell { return p.input.baseline_share_pct; }},
        {"target_pct", [](const P& p) -> Cell { return p.input.target_pct; }},
        {"target_year",
         [](const P& p) -> Cell { return std::int64_t{p.input.target_year.value()}; }},
        {"review_year",
         [](const P& p) -> Cell { return std::int64_t{p.input.review_year.value()}; }},
        {"required_pp_per_year", [](const P& p) -> Cell { return p.required_pp_per_year; }},
        {"already_at_target", [](const P& p) -> Cell { return p.already_at_target; }},
        {"review_2029_pct", [](const P& p) -> Cell { return p.review_pct; }}};
    return cols;
}

/// The path's figures (path_columns) added to a CSV row by name.
void add_path_cells(NamedRow& row, const engine::Path& p) {
    for (const auto& c : path_columns())
        row[c.name] = csv_text(c.read(p));
}

/// A CSV table of the named rows: `first` in their order (the columns the CSV has always had
/// first), then the path's figures not among them, then `last`.
Table path_table_csv(std::vector<std::string> first, const std::vector<std::string>& last,
                     const std::vector<NamedRow>& rows) {
    for (const auto& c : path_columns())
        if (std::find(first.begin(), first.end(), c.name) == first.end())
            first.push_back(c.name);
    first.insert(first.end(), last.begin(), last.end());
    return named_table(first, rows);
}

json path_json(const engine::Path& p) {
    auto out = json_object(path_columns(), p);
    out["path"] = path_points(p);
    return out;
}

std::string finding_text(const engine::Finding& f, const Words& w) {
    using K = engine::Finding::Kind;
    const auto year = std::int64_t{f.year.value()};
    const auto pct = [&](double v) { return w.pct(v); };
    switch (f.kind) {
    case K::Declines: return w.f("finding_declines", {year, pct(f.value), pct(f.other)});
    case K::EndsBelowTarget: return w.f("finding_ends_below", {year, pct(f.value), pct(f.other)});
    case K::BehindPathAtReview:
        return w.f("finding_behind_at_review", {year, pct(f.value), pct(f.other)});
    case K::AtOrAbovePathAtReview:
        return w.f("finding_on_path_at_review", {year, pct(f.value), pct(f.other)});
    case K::ReachesTarget: return w.f("finding_reaches_target", {pct(f.other), year, pct(f.value)});
    case K::BeforeBaseline: return w.f("finding_before_baseline", {year});
    case K::RelatedAboveCeiling:
        return w.f("finding_related_above_ceiling", {year, pct(f.value), pct(f.other)});
    case K::RiseWithinRecord:
    case K::RiseBeyondRecord: {
        const auto key = f.kind == K::RiseWithinRecord ? "finding_rise_within"
                         : f.unprecedented             ? "finding_rise_unprecedented"
                         : f.beyond_alliance           ? "finding_rise_beyond_alliance"
                                                       : "finding_rise_beyond";
        return w.f(key,
                   {std::int64_t{f.span}, w.signed_num(f.value, 2), year, w.signed_num(f.other, 2),
                    std::int64_t{f.other_year.value_or(f.year).value()},
                    w.signed_num(f.unprecedented ? f.alliance_max : f.reference, 2)});
    }
    case K::EstimateMissed:
        return w.f("finding_estimate_missed", {f.edition, year, pct(f.value), pct(f.other),
                                               w.signed_num(f.other - f.value, 2)});
    case K::MoneyBasisDiffers:
        return w.f("finding_money_basis_differs",
                   {year, pct(f.value), pct(f.other), w.num(f.value - f.other, 2)});
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
    case K::RiseWithinRecord: return "rise_within_record";
    case K::RiseBeyondRecord: return "rise_beyond_record";
    case K::EstimateMissed: return "estimate_missed";
    case K::MoneyBasisDiffers: return "money_basis_differs";
    }
    return "";
}

} // namespace

namespace {

/// The members of a group whose gap in money is not known (no share, GDP or rate).
std::vector<std::string> members_without_money(const engine::GapResult& g,
                                               const engine::GroupGap& gr) {
    std::vector<std::string> out;
    for (const auto& m : gr.group.members) {
        const auto it = std::find_if(g.allies.begin(), g.allies.end(),
                                     [&](const auto& a) { return a.ally == m; });
        if (it == g.allies.end() || !it->gap_m)
            out.push_back(m.str());
    }
    return out;
}

} // namespace

Table gap_table(const engine::GapResult& g, const Edition& e, std::span<const Ally> allies,
                const i18n::Catalog& catalog) {
    const Words w(catalog);
    auto local = localized_names(allies, catalog);
    const auto cur = std::string(to_string(g.currency));
    const auto money_unit =
        g.currency == Currency::Nc ? w.t("unit_million_nc") : w.f("unit_million", {cur});
    Table t;
    t.title = w.f("gap_table_title", {w.pct_compact(g.target_pct), std::int64_t{g.year.value()},
                                      g.edition, currency_label(g.currency, w),
                                      prices_label(g.prices, g.constant_price_base, w)});
    t.columns = {{w.t("col_ally")},
                 {w.t("col_name")},
                 {w.t("col_share_gdp"), "%", Align::Right},
                 {w.t("col_gap"), w.t("unit_points"), Align::Right},
                 {w.t("col_surplus"), w.t("unit_points"), Align::Right},
                 {w.t("col_gdp"), money_unit, Align::Right},
                 {w.t("col_gap"), money_unit, Align::Right}};
    if (g.currency == Currency::Nc)
        t.columns.push_back({w.t("col_currency")});
    for (const auto& a : g.allies) {
        std::vector<std::string> row{
            a.ally.str(), local[a.ally.str()],
            a.share ? w.marked(a.share->value, 2, a.share->estimate) : w.t("not_available"),
            a.share ? w.num(a.gap_pp, 2) : std::string(no_data),
            a.share ? w.num(a.surplus_pp, 2) : std::string(no_data), w.num_or_dash(a.gdp_m, 0),
            // NATO's tables disagree: marked beside the figure.
            w.num_or_dash(a.gap_m, 0) + (a.tables_disagree_pct ? " \u2020" : "")};
        if (g.currency == Currency::Nc)
            row.push_back(a.currency_code);
        t.rows.push_back(std::move(row));
    }
    if (!g.groups.empty())
        t.rows.push_back({});
    for (const auto& gr : g.groups) {
        // A group has no ISO code: its id ("north_america") is for CSV and JSON, not print.
        t.rows.push_back({"", localized_group_name(gr.group, catalog), "", "", "", "",
                          w.num_or_dash(gr.gap_m, 0)});
        if (g.currency == Currency::Nc)
            t.rows.back().push_back("");
    }
    auto& n = t.notes;
    // Without groups (gap --allies), nothing is said of group totals.
    const bool groups = !g.groups.empty();
    n.push_back(w.f(groups ? "gap_rule" : "gap_rule_allies", {w.pct_compact(g.target_pct)}));
    // What the totals count: the allies below the target, of those with a figure.
    const auto with_share = std::count_if(g.allies.begin(), g.allies.end(),
                                          [](const auto& a) { return a.share.has_value(); });
    const auto below = std::count_if(g.allies.begin(), g.allies.end(),
                                     [](const auto& a) { return a.share && a.gap_pp > 0; });
    if (with_share == 1) {
        // One ally (gap --allies): named, not counted ("1 of the 1 allies").
        const auto sole = std::find_if(g.allies.begin(), g.allies.end(),
                                       [](const auto& a) { return a.share.has_value(); });
        n.push_back(w.f(below ? "gap_sole_below" : "gap_sole_not_below",
                        {local[sole->ally.str()], w.pct_compact(g.target_pct)}));
    } else if (with_share > 0) {
        n.push_back(w.f("gap_below_count", {std::int64_t{below}, std::int64_t{with_share},
                                            w.pct_compact(g.target_pct)}));
    }
    n.push_back(rounding_note(g.rounding, catalog));
    if (g.currency == Currency::Eur)
        n.push_back(w.t("gap_euro_rate"));
    if (g.currency == Currency::Nc)
        n.push_back(w.t(groups ? "gap_national_rate" : "gap_national_rate_allies"));
    for (const auto& a : g.allies)
        if (a.tables_disagree_pct && a.share)
            n.push_back(w.f("gap_tables_disagree",
                            {local[a.ally.str()], w.pct(a.share->value),
                             w.pct(*a.tables_disagree_pct), std::int64_t{g.year.value()}}));
    for (const auto& a : g.allies)
        if (a.missing)
            n.push_back(w.f("missing_line",
                            {local[a.ally.str()], a.ally.str(), reason_text(*a.missing, catalog)}));
    for (const auto& gr : g.groups)
        if (gr.gap_m && gr.members_with_money < static_cast<int>(gr.group.members.size()))
            n.push_back(
                w.f("gap_group_partial",
                    {localized_group_name(gr.group, catalog), std::int64_t{gr.members_with_money},
                     static_cast<std::int64_t>(gr.group.members.size()),
                     name_list(members_without_money(g, gr), local, catalog)}));
    n.push_back(w.f(g.currency == Currency::Usd ? "gap_source" : "gap_source_rates",
                    {e.title, edition_label(e, catalog)}));
    return t;
}

namespace {

/// The columns of gap's allies and groups: the CSV and the JSON are both written from them. The
/// money columns are named after the currency (gdp_usd_m, gap_eur_m, ...).
struct GapColumns {
    Cols<engine::AllyGap> allies;
    Cols<engine::GroupGap> groups;
};

GapColumns gap_columns(const engine::GapResult& g,
                       const std::map<std::string, std::string>& names) {
    const auto key = lower(std::string(to_string(g.currency)));
    using A = engine::AllyGap;
    using G = engine::GroupGap;
    const auto share = [](const A& a, double v) { return a.share ? Cell(v) : Cell(); };
    GapColumns c;
    c.allies = {
        {"ally", [](const A& a) -> Cell { return a.ally.str(); }},
        {"name",
         [&names](const A& a) -> Cell {
             const auto it = names.find(a.ally.str());
             return it == names.end() ? std::string() : it->second;
         }},
        {"share_gdp_pct", [](const A& a) { return a.share ? Cell(a.share->value) : Cell(); }},
        {"estimate", [](const A& a) { return a.share ? Cell(a.share->estimate) : Cell(); }},
        {"gap_pp", [share](const A& a) { return share(a, a.gap_pp); }},
        {"surplus_pp", [share](const A& a) { return share(a, a.surplus_pp); }},
        {"currency", [](const A& a) -> Cell { return a.currency_code; }},
        {"gdp_" + key + "_m", [](const A& a) { return cell(a.gdp_m); }},
        {"gap_" + key + "_m", [](const A& a) { return cell(a.gap_m); }},
        {"rate_per_usd", [](const A& a) { return cell(a.rate); }},
        {"missing_reason",
         [](const A& a) { return a.missing ? Cell(reason_in_english(*a.missing)) : Cell(); }},
        {"spending_" + key + "_m", [](const A& a) { return cell(a.spending_m); }},
        {"tables_share_gdp_pct", [](const A& a) { return cell(a.tables_disagree_pct); }}};
    c.groups = {{"group", [](const G& gr) -> Cell { return gr.group.id; }},
                {"name", [](const G& gr) -> Cell { return gr.group.name; }},
                {"members_with_money",
                 [](const G& gr) -> Cell { return std::int64_t{gr.members_with_money}; }},
                {"gap_" + key + "_m", [](const G& gr) { return cell(gr.gap_m); }}};
    return c;
}

} // namespace

Table gap_csv(const engine::GapResult& g, std::span<const Ally> allies) {
    const auto names = names_of(allies);
    const auto cols = gap_columns(g, names);
    CsvBuilder csv({{"edition", g.edition},
                    {"year", std::int64_t{g.year.value()}},
                    {"target_pct", g.target_pct},
                    {"currency", std::string(to_string(g.currency))},
                    {"prices", std::string(to_string(g.prices))},
                    {"rounding", std::string(to_string(g.rounding))}});
    csv.add("ally", cols.allies, g.allies);
    csv.add("group", cols.groups, g.groups);
    return csv.table({{"constant_price_base", std::int64_t{g.constant_price_base}}});
}

json gap_json(const engine::GapResult& g, std::span<const Ally> allies) {
    const auto names = names_of(allies);
    const auto cols = gap_columns(g, names);
    json out{{"edition", g.edition},
             {"year", g.year.value()},
             {"target_pct", g.target_pct},
             {"currency", std::string(to_string(g.currency))},
             {"prices", std::string(to_string(g.prices))},
             {"rounding", std::string(to_string(g.rounding))},
             {"constant_price_base", g.constant_price_base},
             {"allies", json::array()},
             {"groups", json::array()}};
    for (const auto& a : g.allies)
        out["allies"].push_back(json_object(cols.allies, a));
    for (const auto& gr : g.groups) {
        // The members are lists: JSON only (a CSV cell holds one value).
        auto row = json_object(cols.groups, gr);
        json members = json::array();
        for (const auto& m : gr.group.members)
            members.push_back(m.str());
        row["members"] = std::move(members);
        row["members_without_money"] = members_without_money(g, gr);
        out["groups"].push_back(std::move(row));
    }
    return out;
}

View gap_view(const engine::GapResult& g, const Edition& e, std::span<const Ally> allies,
              const i18n::Catalog& catalog) {
    return {gap_table(g, e, allies, catalog), gap_csv(g, allies), gap_json(g, allies)};
}

json path_json_doc(const Edition& e, engine::PathTarget target,
                   std::span<const engine::AllyPath> paths,
                   std::span<const std::pair<EntityCode, Reason>> skipped,
                   JoinedLater joined_later) {
    json out{{"edition", e.id},
             {"target", target_name(target)},
             {"paths", json::array()},
             {"skipped", json::array()},
             {"joined_later", json::array()}};
    for (const auto& [code, joined] : joined_later)
        out["joined_later"].push_back({{"ally", code.str()}, {"joined", joined.value()}});
    for (const auto& p : paths) {
        auto j = path_json(p.path);
        json pj{
            {"ally", p.ally.str()}, {"name", p.name}, {"baseline_estimate", p.baseline_estimate}};
        pj.update(j);
        json commitments = json::array();
        for (const auto& c : p.commitments)
            commitments.push_back(
                {{"kind", c.commitment.kind},
                 {"target_pct", c.commitment.target_pct},
                 {"by_year",
                  c.commitment.by_year ? json(c.commitment.by_year->value()) : json(nullptr)},
                 {"compared_year", c.compared_year.value()},
                 {"path_pct", optional_json(c.path_pct)},
                 {"standing",
                  c.standing ? json(std::string(to_string(*c.standing))) : json(nullptr)},
                 {"difference_pp", c.path_pct ? json(c.difference_pp) : json(nullptr)},
                 {"basis", c.path_pct ? json("path")
                           : c.own    ? json("own_figure")
                                      : json(nullptr)},
                 {"own_share_pct", c.own ? json(c.own->share_pct) : json(nullptr)},
                 {"own_estimate", c.own ? json(c.own->estimate) : json(nullptr)},
                 {"met", c.met ? json(*c.met) : json(nullptr)},
                 {"own_difference_pp", c.own ? json(c.own_difference_pp) : json(nullptr)},
                 {"announced", c.commitment.announced},
                 {"source", c.commitment.source},
                 {"note", c.commitment.note}});
        pj["commitments"] = commitments;
        pj["commitments_path_target_pct"] = p.commitments_target_pct;
        out["paths"].push_back(std::move(pj));
    }
    for (const auto& [code, why] : skipped)
        out["skipped"].push_back({{"ally", code.str()}, {"reason", reason_in_english(why)}});
    return out;
}

Table path_csv(const Edition& e, engine::PathTarget target, std::span<const engine::AllyPath> paths,
               std::span<const std::pair<EntityCode, Reason>> skipped) {
    // One row per ally and path year: the path's figures (path_columns, as in the JSON) beside
    // each point; an ally with no path has one row that says why.
    const auto target_text = std::string(target_name(target));
    std::vector<NamedRow> rows;
    for (const auto& p : paths)
        for (const auto& pt : p.path.points) {
            NamedRow row{{"edition", e.id},
                         {"ally", p.ally.str()},
                         {"year", fmt::format("{}", pt.year)},
                         {"share_pct", format_exact(pt.share_pct)},
                         {"target", target_text},
                         {"name", p.name},
                         {"baseline_estimate", p.baseline_estimate ? "true" : "false"},
                         {"commitments_path_target_pct", format_exact(p.commitments_target_pct)}};
            add_path_cells(row, p.path);
            rows.push_back(std::move(row));
        }
    for (const auto& [code, why] : skipped)
        rows.push_back({{"edition", e.id},
                        {"ally", code.str()},
                        {"target", target_text},
                        {"reason", reason_in_english(why)}});
    return path_table_csv(
        {"edition", "ally", "baseline_year", "baseline_share_pct", "required_pp_per_year", "year",
         "share_pct"},
        {"target", "name", "baseline_estimate", "commitments_path_target_pct", "reason"}, rows);
}

namespace {
/// One note per ally left out, "Germany (DEU): <the reason, in the reader's language>."
void append_skipped(std::vector<std::string>& notes,
                    std::span<const std::pair<EntityCode, Reason>> skipped, const Words& w) {
    for (const auto& [code, why] : skipped)
        notes.push_back(w.f("missing_line", {i18n::ally_name(code.str(), w.language()), code.str(),
                                             reason_text(why, w.catalog())}));
}
} // namespace

Table path_table(const Edition& e, const engine::PathGoal& goal,
                 std::span<const engine::AllyPath> paths,
                 std::span<const std::pair<EntityCode, Reason>> skipped,
                 const i18n::Catalog& catalog, JoinedLater joined_later, Year from) {
    const Words w(catalog);
    const auto pct = [&](double x) { return w.pct(x); };
    Table t;
    // The goal comes with the response: with no ally to draw (Iceland alone) the title still
    // names the real target, not a 0.00% read from an empty list.
    const auto* first = paths.empty() ? nullptr : &paths.front().path;
    const double target_pct = goal.target_pct;
    const auto target_year = goal.target_year;
    const auto review_year = first ? first->input.review_year : Year(2029);
    auto local_of = [&](const EntityCode& code, const std::string& english) {
        if (w.language() == i18n::Language::En)
            return english;
        return i18n::ally_name(code.str(), w.language());
    };
    if (paths.size() == 1) {
        const auto& p = paths.front();
        t.title =
            w.f("path_title_one", {pct(target_pct), std::int64_t{target_year.value()},
                                   local_of(p.ally, p.name), p.ally.str(),
                                   pct(p.path.input.baseline_share_pct) +
                                       (p.baseline_estimate ? std::string(estimate_mark) : ""),
                                   std::int64_t{p.path.input.baseline_year.value()}, e.id});
        t.columns = {{w.t("col_year")}, {w.t("col_path"), w.t("unit_share_gdp"), Align::Right}};
        for (const auto& pt : p.path.points)
            t.rows.push_back({pt.year == review_year
                                  ? w.f("year_review", {std::int64_t{pt.year.value()}})
                                  : fmt::format("{}", pt.year),
                              w.num(pt.share_pct, 2)});
        t.notes.push_back(p.path.already_at_target
                              ? w.f("path_already", {pct(target_pct)})
                              : w.f("path_required", {w.num(p.path.required_pp_per_year, 3)}));
        for (const auto& c : p.commitments) {
            const auto& k = c.commitment;
            const auto by =
                k.by_year ? w.f("commitment_by", {std::int64_t{k.by_year->value()}})
                          : w.f("commitment_no_year", {std::int64_t{c.compared_year.value()}});
            const auto kind = commitment_kind_text(k.kind, w);
            const auto note = english_note(k.note, w);
            if (c.standing)
                t.notes.push_back(
                    w.f("commitment_against_path",
                        {kind, pct(k.target_pct), by, standing_text(*c.standing, w),
                         pct(*c.path_pct), w.signed_num(c.difference_pp, 2), note, k.source}));
            else if (c.own && c.met)
                t.notes.push_back(w.f(
                    "commitment_against_own",
                    {kind, pct(k.target_pct), by,
                     w.t(*c.met ? "commitment_met" : "commitment_not_met"),
                     pct(c.own->share_pct) + (c.own->estimate ? std::string(estimate_mark) : ""),
                     std::int64_t{c.own->year.value()}, w.signed_num(c.own_difference_pp, 2), note,
                     k.source}));
            else
                t.notes.push_back(w.f("commitment_before_baseline",
                                      {kind, pct(k.target_pct), by, note, k.source}));
        }
    } else {
        t.title = w.f("path_title_all", {pct(target_pct), std::int64_t{target_year.value()}, e.id});
        t.columns = {{w.t("col_ally")},
                     {w.t("col_name")},
                     {w.t("col_baseline"), w.t("unit_share_gdp"), Align::Right},
                     {w.t("col_step_short"), w.t("unit_points_year"), Align::Right},
                     {fmt::format("{}", review_year), w.t("unit_percent_review"), Align::Right},
                     {w.t("col_commitments")}};
        for (const auto& p : paths) {
            std::string commitments;
            for (const auto& c : p.commitments)
                if (c.standing || c.met)
                    commitments +=
                        (commitments.empty() ? "" : w.separator()) +
                        w.f("commitment_cell_standing",
                            {pct(c.commitment.target_pct), std::int64_t{c.compared_year.value()},
                             c.standing ? standing_text(*c.standing, w)
                                        : w.t(*c.met ? "commitment_met" : "commitment_not_met")});
            t.rows.push_back({p.ally.str(), local_of(p.ally, p.name),
                              w.marked(p.path.input.baseline_share_pct, 2, p.baseline_estimate),
                              w.num(p.path.required_pp_per_year, 3), w.num(p.path.review_pct, 2),
                              commitments});
        }
    }
    append_skipped(t.notes, skipped, w);
    for (const auto& [code, joined] : joined_later)
        t.notes.push_back(
            w.f("path_joined_later", {i18n::ally_name(code.str(), w.language()), code.str(),
                                      std::int64_t{joined.value()}, std::int64_t{from.value()}}));
    const bool any_commitment = std::any_of(paths.begin(), paths.end(), [](const auto& p) {
        return std::any_of(p.commitments.begin(), p.commitments.end(),
                           [](const auto& c) { return c.standing.has_value(); });
    });
    if (first && any_commitment && paths.front().commitments_target_pct != target_pct)
        t.notes.push_back(
            w.f("path_commitments_core", {pct(paths.front().commitments_target_pct),
                                          std::int64_t{target_year.value()}, pct(target_pct)}));
    t.notes.push_back(w.f("path_rule", {std::int64_t{target_year.value()}}));
    t.notes.push_back(w.f("path_source", {e.title, edition_label(e, catalog)}));
    return t;
}

View path_view(const Edition& e, engine::PathTarget target, const engine::PathGoal& goal,
               std::span<const engine::AllyPath> paths,
               std::span<const std::pair<EntityCode, Reason>> skipped, const i18n::Catalog& catalog,
               JoinedLater joined_later, Year from) {
    return {path_table(e, goal, paths, skipped, catalog, joined_later, from),
            path_csv(e, target, paths, skipped),
            path_json_doc(e, target, paths, skipped, joined_later)};
}

json path_check_json(const Edition& old_edition, const Edition& new_edition,
                     engine::PathTarget target, std::span<const engine::AllyPathCheck> checks,
                     std::span<const std::pair<EntityCode, Reason>> skipped) {
    json out{{"old_edition", old_edition.id},
             {"new_edition", new_edition.id},
             {"target", target_name(target)},
             {"allies", json::array()},
             {"skipped", json::array()}};
    for (const auto& [code, why] : skipped)
        out["skipped"].push_back({{"ally", code.str()}, {"reason", reason_in_english(why)}});
    for (const auto& c : checks) {
        json outturns = json::array();
        for (const auto& o : c.outturns)
            outturns.push_back({{"year", o.year.value()},
                                {"share_pct", o.share_pct},
                                {"estimate", o.estimate},
                                {"path_pct", o.path_pct},
                                {"deviation_pp", o.deviation_pp},
                                {"standing", std::string(to_string(o.standing))}});
        json a{{"ally", c.ally.str()}, {"name", c.name}};
        a.update(path_json(c.path));
        a["outturns"] = outturns;
        out["allies"].push_back(std::move(a));
    }
    return out;
}

Table path_check_csv(const Edition& old_edition, const Edition& new_edition,
                     engine::PathTarget target, std::span<const engine::AllyPathCheck> checks,
                     std::span<const std::pair<EntityCode, Reason>> skipped) {
    // One row per ally and outturn year: the path's figures (path_columns, as in the JSON) beside
    // each outturn; an ally left out has one row that says why.
    const auto target_text = std::string(target_name(target));
    std::vector<NamedRow> rows;
    for (const auto& c : checks)
        for (const auto& o : c.outturns) {
            NamedRow row{{"old_edition", old_edition.id},
                         {"new_edition", new_edition.id},
                         {"ally", c.ally.str()},
                         {"year", fmt::format("{}", o.year)},
                         {"share_pct", format_exact(o.share_pct)},
                         {"estimate", o.estimate ? "true" : "false"},
                         {"path_pct", format_exact(o.path_pct)},
                         {"deviation_pp", format_exact(o.deviation_pp)},
                         {"standing", std::string(to_string(o.standing))},
                         {"target", target_text},
                         {"name", c.name}};
            add_path_cells(row, c.path);
            rows.push_back(std::move(row));
        }
    for (const auto& [code, why] : skipped)
        rows.push_back({{"old_edition", old_edition.id},
                        {"new_edition", new_edition.id},
                        {"ally", code.str()},
                        {"target", target_text},
                        {"reason", reason_in_english(why)}});
    return path_table_csv({"old_edition", "new_edition", "ally", "baseline_year",
                           "baseline_share_pct", "year", "share_pct", "estimate", "path_pct",
                           "deviation_pp", "standing"},
                          {"target", "name", "reason"}, rows);
}

Table path_check_table(const Edition& old_edition, const Edition& new_edition,
                       std::span<const engine::AllyPathCheck> checks,
                       std::span<const std::pair<EntityCode, Reason>> skipped,
                       const i18n::Catalog& catalog) {
    const Words w(catalog);
    Table t;
    t.title = w.f("path_check_title", {old_edition.id, new_edition.id});
    t.columns = {{w.t("col_ally")},
                 {w.t("col_name")},
                 {w.t("col_baseline"), w.t("unit_percent_old"), Align::Right},
                 {w.t("col_year")},
                 {w.t("col_outturn"), w.t("unit_percent_new"), Align::Right},
                 {w.t("col_path"), "%", Align::Right},
                 {w.t("col_deviation"), w.t("unit_points"), Align::Right},
                 {w.t("col_standing")}};
    int behind = 0, total = 0;
    for (const auto& c : checks) {
        for (const auto& o : c.outturns)
            t.rows.push_back({c.ally.str(),
                              w.language() == i18n::Language::En
                                  ? c.name
                                  : i18n::ally_name(c.ally.str(), w.language()),
                              w.num(c.path.input.baseline_share_pct, 2), fmt::format("{}", o.year),
                              w.marked(o.share_pct, 2, o.estimate), w.num(o.path_pct, 2),
                              w.signed_num(o.deviation_pp, 2), standing_text(o.standing, w)});
        if (!c.outturns.empty()) {
            ++total;
            behind += c.outturns.back().standing == engine::Standing::Behind ? 1 : 0;
        }
    }
    if (total > 0) // never "0 of 0": the allies left out are named below, with the reason
        t.notes.push_back(
            w.f("path_check_behind", {std::int64_t{behind}, std::int64_t{total}, new_edition.id}));
    append_skipped(t.notes, skipped, w);
    t.notes.push_back(w.t("path_check_rule"));
    t.notes.push_back(w.f("path_check_source", {old_edition.title, new_edition.title}));
    return t;
}

View path_check_view(const Edition& old_edition, const Edition& new_edition,
                     engine::PathTarget target, std::span<const engine::AllyPathCheck> checks,
                     std::span<const std::pair<EntityCode, Reason>> skipped,
                     const i18n::Catalog& catalog) {
    return {path_check_table(old_edition, new_edition, checks, skipped, catalog),
            path_check_csv(old_edition, new_edition, target, checks, skipped),
            path_check_json(old_edition, new_edition, target, checks, skipped)};
}

json plan_json(const Edition& e, const Plan& plan, const std::string& ally_name,
               bool baseline_estimate, const engine::PlanCheck& check) {
    const English english; // the findings' "text" is English in every language
    auto years = [&](const std::vector<engine::PlannedYear>& planned) {
        json out = json::array();
        for (const auto& p : planned)
            out.push_back({{"year", p.year.value()},
                           {"share_gdp_pct", p.share_pct},
                           {"from_money", p.from_money},
                           {"path_pct", optional_json(p.path_pct)},
                           {"source", p.source}});
        return out;
    };
    json findings = json::array();
    for (const auto& f : check.findings)
        findings.push_back(
            {{"kind", std::string(finding_code(f.kind))},
             {"year", f.year.value()},
             {"value", f.value},
             {"other", f.other},
             {"span_years", f.span ? json(f.span) : json(nullptr)},
             {"other_year", f.other_year ? json(f.other_year->value()) : json(nullptr)},
             {"alliance_top_decile", f.span ? json(f.reference) : json(nullptr)},
             {"beyond_alliance_top_decile", f.beyond_alliance},
             {"alliance_largest", f.span ? json(f.alliance_max) : json(nullptr)},
             {"unprecedented", f.unprecedented},
             {"estimate_edition", f.edition.empty() ? json(nullptr) : json(f.edition)},
             {"text", finding_text(f, english.words)}});
    json out{{"edition", e.id},
             {"ally", plan.ally.str()},
             {"name", ally_name},
             {"title", plan.title},
             {"verdict", std::string(to_string(check.verdict))},
             {"findings", findings},
             {"baseline_estimate", baseline_estimate}};
    out.update(path_json(check.path));
    out["core"] = years(check.core);
    out["related"] = years(check.related);
    out["related_ceiling_pct"] = check.related_ceiling_pct;
    return out;
}

Table plan_csv(const Edition& e, const Plan& plan, const engine::PlanCheck& check) {
    Table csv;
    csv.columns = {{"edition"},       {"ally"},       {"leg"},      {"year"},
                   {"share_gdp_pct"}, {"from_money"}, {"path_pct"}, {"source"}};
    auto add = [&](const char* leg, const std::vector<engine::PlannedYear>& years) {
        for (const auto& p : years)
            csv.rows.push_back({e.id, plan.ally.str(), leg, fmt::format("{}", p.year),
                                format_exact(p.share_pct), p.from_money ? "true" : "false",
                                exact_or_empty(p.path_pct), p.source});
    };
    add("core", check.core);
    add("related", check.related);
    return csv;
}

Table plan_table(const Edition& e, const Plan& plan, const std::string& ally_name,
                 bool baseline_estimate, const engine::PlanCheck& check,
                 const i18n::Catalog& catalog) {
    const Words w(catalog);
    const auto& in = check.path.input;
    const auto local_name = w.language() == i18n::Language::En
                                ? ally_name
                                : i18n::ally_name(plan.ally.str(), w.language());
    Table t;
    t.title =
        plan.title.empty()
            ? w.f("plan_title", {local_name, plan.ally.str(), verdict_text(check.verdict, w), e.id})
            : w.f("plan_title_named",
                  {plan.title, local_name, plan.ally.str(), verdict_text(check.verdict, w), e.id});
    t.columns = {{w.t("col_leg")},
                 {w.t("col_year")},
                 {w.t("col_planned"), w.t("unit_share_gdp"), Align::Right},
                 {w.t("col_path"), w.t("unit_share_gdp"), Align::Right},
                 {w.t("col_source")}};
    auto add = [&](const char* leg, const std::vector<engine::PlannedYear>& years) {
        for (const auto& p : years)
            t.rows.push_back({w.t(std::string("leg_") + leg), fmt::format("{}", p.year),
                              w.num(p.share_pct, 2) + (p.from_money ? " (m)" : ""),
                              w.num_or_dash(p.path_pct, 2), p.source});
    };
    add("core", check.core);
    add("related", check.related);
    t.notes.push_back(
        w.f("plan_verdict_line",
            {verdict_text(check.verdict, w),
             w.pct(in.baseline_share_pct) + (baseline_estimate ? std::string(estimate_mark) : ""),
             std::int64_t{in.baseline_year.value()}, w.pct(in.target_pct),
             std::int64_t{in.target_year.value()}, w.num(check.path.required_pp_per_year, 3)}));
    for (const auto& f : check.findings)
        t.notes.push_back(finding_text(f, w));
    t.notes.push_back(w.f("plan_related_note", {w.pct(check.related_ceiling_pct)}));
    const auto from_money = [](const engine::PlannedYear& p) { return p.from_money; };
    if (std::any_of(check.core.begin(), check.core.end(), from_money) ||
        std::any_of(check.related.begin(), check.related.end(), from_money))
        t.notes.push_back(w.t("plan_from_money"));
    return t;
}

View plan_view(const Edition& e, const Plan& plan, const std::string& ally_name,
               bool baseline_estimate, const engine::PlanCheck& check,
               const i18n::Catalog& catalog) {
    return {plan_table(e, plan, ally_name, baseline_estimate, check, catalog),
            plan_csv(e, plan, check), plan_json(e, plan, ally_name, baseline_estimate, check)};
}

namespace {
/// A group's figure, or none when no member is counted: its sums are 0 and its ratios 0 / 0.
std::optional<double> counted(const engine::GroupBurden& g, double v) {
    return g.members_counted > 0 ? std::optional<double>(v) : std::nullopt;
}
} // namespace

Table share_table(const engine::BurdenResult& b, const Edition& e, const i18n::Catalog& catalog,
                  const engine::EuropeanPillar* pillar) {
    const Words w(catalog);
    Table t;
    t.title = w.f("share_title", {std::int64_t{b.year.value()}, b.edition,
                                  prices_label(b.prices, b.constant_price_base, w)});
    t.columns = {{w.t("col_group")},
                 {w.t("col_allies"), w.t("unit_counted"), Align::Right},
                 {w.t("col_of_alliance_gdp"), "%", Align::Right},
                 {w.t("col_of_alliance_spending"), "%", Align::Right},
                 {w.t("col_spending_gdp"), "%", Align::Right},
                 {w.t("col_per_capita"), "USD", Align::Right}};
    for (const auto& g : b.groups) {
        // A group with no member counted has no figures: missing, not 0 (0 / 0 is no share).
        const auto marked = [&](double v, int digits) {
            const auto figure = counted(g, v);
            return figure ? w.marked(*figure, digits, b.estimate) : std::string("-");
        };
        t.rows.push_back(
            {localized_group_name(g.group, catalog), fmt::format("{}", g.members_counted),
             marked(g.share_of_alliance_gdp_pct, 1), marked(g.share_of_alliance_spending_pct, 1),
             marked(g.share_gdp_pct, 2),
             g.spending_per_capita_usd ? w.marked(*g.spending_per_capita_usd, 0, b.estimate)
                                       : std::string("-")});
    }
    t.notes.push_back(w.f("share_groups_rule", {std::int64_t{b.year.value()}}));
    if (b.estimate)
        t.notes.push_back(w.t("estimate_legend"));
    t.notes.push_back(w.t("share_ratio_rule"));
    t.notes.push_back(w.f("source_tables", {e.title, edition_label(e, catalog), std::string("2, 5"),
                                            std::int64_t{6}}));
    // The pillar's sentences go before the source line, which stays last.
    const auto source_line = t.notes.back();
    t.notes.pop_back();
    if (pillar)
        for (auto& sentence : pillar_sentences(*pillar, e.id, catalog))
            t.notes.push_back(std::move(sentence));
    t.notes.push_back(source_line);
    return t;
}

Table share_csv(const engine::BurdenResult& b) {
    Table csv;
    csv.columns = {{"edition"},
                   {"year"},
                   {"prices"},
                   {"group"},
                   {"name"},
                   {"members"},
                   {"members_counted"},
                   {"share_of_alliance_gdp_pct"},
                   {"share_of_alliance_spending_pct"},
                   {"share_gdp_pct"},
                   {"gdp_usd_m"},
                   {"spending_usd_m"},
                   {"population_m"},
                   {"spending_per_capita_usd"},
                   {"constant_price_base"},
                   {"estimate"}};
    for (const auto& g : b.groups) {
        std::string members;
        for (const auto& m : g.group.members)
            members += (members.empty() ? "" : " ") + m.str();
        csv.rows.push_back(
            {b.edition, fmt::format("{}", b.year), std::string(to_string(b.prices)), g.group.id,
             g.group.name, members, fmt::format("{}", g.members_counted),
             exact_or_empty(counted(g, g.share_of_alliance_gdp_pct)),
             exact_or_empty(counted(g, g.share_of_alliance_spending_pct)),
             exact_or_empty(counted(g, g.share_gdp_pct)), exact_or_empty(counted(g, g.gdp_usd_m)),
             exact_or_empty(counted(g, g.spending_usd_m)), exact_or_empty(g.population_m),
             exact_or_empty(g.spending_per_capita_usd), fmt::format("{}", b.constant_price_base),
             b.estimate ? "true" : "false"});
    }
    return csv;
}

std::vector<std::string> pillar_sentences(const engine::EuropeanPillar& p,
                                          const std::string& edition,
                                          const i18n::Catalog& catalog) {
    const Words w(catalog);
    std::vector<std::string> out;
    if (p.scenarios.size() == 3) {
        const auto pct1 = [&](double x) { return i18n::format_percent(x, 1, w.language()); };
        const auto& x = p.scenarios;
        out.push_back(w.f("share_pillar_target",
                          {std::int64_t{p.target_year.value()}, pct1(x[0].europe_canada_share_pct),
                           pct1(x[1].europe_canada_share_pct), pct1(x[2].europe_canada_share_pct),
                           w.pct(p.us_share_gdp_pct), pct1(x[0].us_holds_share_pct),
                           pct1(x[1].us_holds_share_pct), pct1(x[2].us_holds_share_pct), edition}));
    }
    if (p.russia_year)
        out.push_back(
            w.f("share_pillar_russia",
                {w.pct_compact(p.core_pct), w.pct_compact(p.total_pct),
                 std::int64_t{p.russia_year->value()},
                 money_words(p.europe_canada_gdp_usd_m * p.core_pct / 100 * 1e6, "USD", catalog),
                 money_words(p.europe_canada_gdp_usd_m * p.total_pct / 100 * 1e6, "USD", catalog),
                 money_words(p.russia_usd_m * 1e6, "USD", catalog) +
                     (p.russia_estimate ? std::string(estimate_mark) : "")}));
    return out;
}

json pillar_json(const engine::EuropeanPillar& p) {
    json scenarios = json::array();
    for (const auto& x : p.scenarios)
        scenarios.push_back(
            {{"scenario", std::string(engine::to_string(x.scenario))},
             {"europe_canada_share_of_alliance_spending_pct", x.europe_canada_share_pct},
             {"usa_share_if_usa_holds_pct", x.us_holds_share_pct}});
    json russia = nullptr;
    if (p.russia_year)
        russia = {{"year", p.russia_year->value()},
                  {"europe_canada_gdp_usd_m", p.europe_canada_gdp_usd_m},
                  {"at_core_usd_m", p.europe_canada_gdp_usd_m * p.core_pct / 100},
                  {"at_total_usd_m", p.europe_canada_gdp_usd_m * p.total_pct / 100},
                  {"russia_sipri_usd_m", p.russia_usd_m},
                  {"russia_sipri_estimate", p.russia_estimate},
                  {"definition", "SIPRI's, broader than NATO's; market exchange rates"}};
    return {{"year", p.year.value()},
            {"europe_canada_share_of_alliance_spending_pct", p.europe_canada_share_pct},
            {"estimate", p.estimate},
            {"baseline_year", p.baseline_year.value()},
            {"target_year", p.target_year.value()},
            {"usa_holds_share_gdp_pct", p.us_share_gdp_pct},
            {"scenarios", scenarios},
            {"against_russia", russia}};
}

json share_json(const engine::BurdenResult& b, const engine::EuropeanPillar* pillar) {
    json out{{"edition", b.edition},
             {"year", b.year.value()},
             {"prices", std::string(to_string(b.prices))},
             {"constant_price_base", b.constant_price_base},
             {"estimate", b.estimate},
             {"groups", json::array()}};
    for (const auto& g : b.groups) {
        json member_codes = json::array();
        for (const auto& m : g.group.members)
            member_codes.push_back(m.str());
        out["groups"].push_back(
            {{"group", g.group.id},
             {"name", g.group.name},
             {"members", member_codes},
             {"members_counted", g.members_counted},
             {"share_of_alliance_gdp_pct", optional_json(counted(g, g.share_of_alliance_gdp_pct))},
             {"share_of_alliance_spending_pct",
              optional_json(counted(g, g.share_of_alliance_spending_pct))},
             {"share_gdp_pct", optional_json(counted(g, g.share_gdp_pct))},
             {"gdp_usd_m", optional_json(counted(g, g.gdp_usd_m))},
             {"spending_usd_m", optional_json(counted(g, g.spending_usd_m))},
             {"population_m", optional_json(g.population_m)},
             {"spending_per_capita_usd", optional_json(g.spending_per_capita_usd)}});
    }
    out["european_pillar"] = pillar ? pillar_json(*pillar) : json(nullptr);
    return out;
}

View share_view(const engine::BurdenResult& b, const Edition& e, const i18n::Catalog& catalog,
                const engine::EuropeanPillar* pillar) {
    return {share_table(b, e, catalog, pillar), share_csv(b), share_json(b, pillar)};
}

std::vector<std::string> diff_count_lines(const DiffInput& d, const i18n::Catalog& catalog) {
    const Words w(catalog);
    const auto& th = d.thresholds;
    std::vector<std::string> lines;
    if (d.counts.empty()) // one ally's revisions (diff --allies): no alliance-wide counts
        return lines;
    lines.push_back(
        w.f("diff_counts_heading", {w.pct_compact(th.spending_pct), w.pct_compact(th.core_pct),
                                    std::string(to_string(d.rounding))}));
    auto count_text = [](const std::optional<engine::StatusSummary>& s,
                         int engine::StatusSummary::*f) {
        return s ? fmt::format("{:>2}", (*s).*f) : std::string(" -");
    };
    for (const auto& c : d.counts) {
        if (!c.old_counts && !c.new_counts)
            continue;
        const bool changed =
            c.old_counts && c.new_counts &&
            (c.old_counts->at_or_above_spending != c.new_counts->at_or_above_spending ||
             c.old_counts->at_or_above_core != c.new_counts->at_or_above_core);
        lines.push_back(fmt::format(
            "  {}{}{} {} -> {}{}{} {} -> {}{}", c.year, w.colon(), w.pct_compact(th.spending_pct),
            count_text(c.old_counts, &engine::StatusSummary::at_or_above_spending),
            count_text(c.new_counts, &engine::StatusSummary::at_or_above_spending), w.separator(),
            w.pct_compact(th.core_pct),
            count_text(c.old_counts, &engine::StatusSummary::at_or_above_core),
            count_text(c.new_counts, &engine::StatusSummary::at_or_above_core),
            changed ? "   " + w.t("diff_changed") : ""));
    }
    return lines;
}

Table diff_table(const DiffInput& d, const i18n::Catalog& catalog, std::size_t text_rows,
                 bool with_counts) {
    const Words w(catalog);
    Table t;
    t.title = d.indicator ? w.f("diff_title_indicator", {d.old_edition->id, d.new_edition->id,
                                                         indicator_text(*d.indicator, w)})
                          : w.f("diff_title", {d.old_edition->id, d.new_edition->id});
    t.columns = {{w.t("col_entity")},
                 {w.t("col_year")},
                 {w.t("col_indicator")},
                 {w.t("col_old"), "", Align::Right},
                 {w.t("col_new"), "", Align::Right},
                 {w.t("col_change"), "", Align::Right}};
    for (std::size_t i = 0; i < d.revisions.size() && i < text_rows; ++i) {
        const auto& r = d.revisions[i];
        // One more decimal than NATO publishes: a revision at the published precision shows.
        const int decimals = indicators::published_decimals(r.indicator) + 1;
        t.rows.push_back({r.entity.str(), fmt::format("{}", r.year), indicator_text(r.indicator, w),
                          w.marked(r.old_value, decimals, r.old_estimate),
                          w.marked(r.new_value, decimals, r.new_estimate),
                          w.signed_num(r.change, decimals)});
    }
    if (d.revisions.size() > text_rows)
        t.notes.push_back(
            w.f("diff_more", {static_cast<std::int64_t>(d.revisions.size() - text_rows)}));
    const auto listed = static_cast<std::int64_t>(d.revisions.size());
    if (d.compared == 0) // no count over nothing compared ("0 of 0")
        t.notes.push_back(w.t("diff_nothing_compared"));
    else if (d.min_change) {
        // The threshold as the language writes it, with its unit: one indicator's, or each
        // indicator's own when several are listed.
        const auto exact = format_exact(*d.min_change);
        const auto dot = exact.find('.');
        const int places = dot == std::string::npos ? 0 : static_cast<int>(exact.size() - dot - 1);
        const auto unit_key = d.indicator ? "unit_" + *d.indicator : std::string();
        const auto unit = d.indicator && !i18n::own_text("root", unit_key).empty()
                              ? " " + w.f("diff_in_unit", {w.t(unit_key)})
                              : " " + w.t("diff_in_each_unit");
        t.notes.push_back(w.f(
            "diff_count", {listed, w.num(*d.min_change, places) + unit, std::int64_t{d.compared}}));
    } else
        t.notes.push_back(w.f("diff_count_published",
                              {listed, std::int64_t{d.compared}, std::int64_t{d.unchanged}}));
    if (with_counts)
        for (auto& line : diff_count_lines(d, catalog))
            t.notes.push_back(std::move(line));
    t.notes.push_back(w.f("diff_source", {d.old_edition->title, d.new_edition->title}));
    return t;
}

Table diff_csv(const DiffInput& d) {
    Table csv;
    csv.columns = {{"old_edition"},  {"new_edition"},  {"entity"},     {"year"},
                   {"indicator"},    {"old_value"},    {"new_value"},  {"change"},
                   {"old_estimate"}, {"new_estimate"}, {"min_change"}, {"compared"},
                   {"unchanged"},    {"rounding"}};
    const auto min_change = d.min_change ? format_exact(*d.min_change) : std::string();
    const auto compared = fmt::format("{}", d.compared);
    const auto unchanged = fmt::format("{}", d.unchanged);
    const auto rounding = std::string(to_string(d.rounding));
    for (const auto& r : d.revisions)
        csv.rows.push_back({d.old_edition->id, d.new_edition->id, r.entity.str(),
                            fmt::format("{}", r.year), r.indicator, format_exact(r.old_value),
                            format_exact(r.new_value), format_exact(r.change),
                            r.old_estimate ? "true" : "false", r.new_estimate ? "true" : "false",
                            min_change, compared, unchanged, rounding});
    return csv;
}

json diff_json(const DiffInput& d) {
    json revs = json::array();
    for (const auto& r : d.revisions)
        revs.push_back({{"entity", r.entity.str()},
                        {"year", r.year.value()},
                        {"indicator", r.indicator},
                        {"old_value", r.old_value},
                        {"new_value", r.new_value},
                        {"change", r.change},
                        {"old_estimate", r.old_estimate},
                        {"new_estimate", r.new_estimate}});
    auto count = [](const std::optional<engine::StatusSummary>& s, int engine::StatusSummary::*f) {
        return s ? json((*s).*f) : json(nullptr);
    };
    json cj = json::array();
    for (const auto& c : d.counts) {
        if (!c.old_counts && !c.new_counts)
            continue;
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
    return json{{"old_edition", d.old_edition->id},
                {"new_edition", d.new_edition->id},
                {"indicator", d.indicator ? json(*d.indicator) : json(nullptr)},
                {"min_change", d.min_change ? json(*d.min_change) : json(nullptr)},
                {"compared", d.compared},
                {"unchanged", d.unchanged},
                {"rounding", std::string(to_string(d.rounding))},
                {"revisions", revs},
                {"counts", cj}};
}

View diff_view(const DiffInput& d, const i18n::Catalog& catalog, std::size_t text_rows) {
    return {diff_table(d, catalog, text_rows), diff_csv(d), diff_json(d)};
}

namespace {

/// A text in the table's language and in English (what CSV and JSON carry).
struct Both {
    std::string local, english;
};

/// One line of the fact sheet.
struct Fact {
    std::string id;
    Both fact, value, source;
    json value_json;
};

/// Every fact of the sheet, worded in `catalog`'s language and in English.
std::vector<Fact> collect_facts(const FactsInput& in, const i18n::Catalog& catalog) {
    const Words w(catalog);
    const English english;
    const Words& en = english.words;
    const auto& e = *in.edition;
    const auto& s = *in.status;
    auto names = names_of(in.allies);
    const auto local = localized_names(in.allies, catalog);
    const auto english_local = localized_names(in.allies, english.catalog);
    std::vector<Fact> facts;
    // `say` formats one message in both languages.
    auto say = [&](std::string_view key, const std::vector<i18n::Arg>& args) {
        return Both{w.f(key, args), en.f(key, args)};
    };
    auto add = [&](const std::string& id, const Both& fact, const Both& value, const Both& source,
                   json value_json) {
        facts.push_back({id, fact, value, source, std::move(value_json)});
    };
    const auto t3 = say("facts_source_table", {e.id, std::string("3")});
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
    auto pct_both = [&](double x) { return Both{w.pct_compact(x), en.pct_compact(x)}; };
    auto same = [](const std::string& x) { return Both{x, x}; };
    const auto p2 = pct_both(s.thresholds.spending_pct), p35 = pct_both(s.thresholds.core_pct);
    const auto n2 = static_cast<std::int64_t>(at2.size()),
               n35 = static_cast<std::int64_t>(at35.size()),
               reporting = std::int64_t{s.summary.reporting};
    // Counted over the allies with a figure; those without one are named.
    const auto& without = s.summary.without_share;
    const auto counted = [&](const char* key, const Both& p, std::int64_t n) {
        if (reporting == 1 && !without.empty()) { // one ally with a figure: named, not counted
            const auto sole = std::string(key) + "_sole";
            const auto one = std::find_if(s.allies.begin(), s.allies.end(), [](const auto& a) {
                return a.share_gdp_pct.has_value();
            });
            const auto code = one == s.allies.end() ? std::string() : one->ally.str();
            return Both{
                w.f(sole, {p.local, name_or_code(local, code), name_list(without, local, catalog)}),
                en.f(sole, {p.english, name_or_code(english_local, code),
                            name_list(without, english_local, english.catalog)})};
        }
        if (without.empty())
            return Both{w.f(key, {p.local, n, reporting}), en.f(key, {p.english, n, reporting})};
        const auto partial = std::string(key) + "_partial";
        return Both{w.f(partial, {p.local, n, reporting, name_list(without, local, catalog)}),
                    en.f(partial, {p.english, n, reporting,
                                   name_list(without, english_local, english.catalog)})};
    };
    add("at_or_above_2pct", counted("fact_at_or_above_gdp", p2, n2), same(join(at2)), t3, at2_json);
    add("at_or_above_3_5pct", counted("fact_at_or_above", p35, n35), same(join(at35)), t3,
        at35_json);
    for (const auto& g : s.aggregates)
        if (g.share_gdp_pct) {
            const bool total = g.entity.str() == EntityCode::nato_total;
            const auto mark = g.share_gdp_pct->estimate ? std::string(estimate_mark) : "";
            add(total ? "nato_share_gdp_pct" : "europe_canada_share_gdp_pct",
                say(total ? "fact_nato_share" : "fact_europe_canada_share", {}),
                {w.pct(g.share_gdp_pct->value) + mark, en.pct(g.share_gdp_pct->value) + mark}, t3,
                g.share_gdp_pct->value);
        }
    const auto t25 = say("facts_source_tables", {e.id, std::string("2"), std::string("5")});
    // A share computed from estimates is an estimate: it carries the mark as the figures do.
    const std::string burden_mark = in.burden->estimate ? std::string(estimate_mark) : "";
    auto pct1 = [&](double x) {
        return Both{i18n::format_percent(x, 1, w.language()) + burden_mark,
                    i18n::format_percent(x, 1, i18n::Language::En) + burden_mark};
    };
    for (const auto& g : in.burden->groups) {
        if (g.members_counted == 0)
            continue; // the edition publishes no GDP or spending in USD for the year
        if (g.group.id == "usa")
            add("usa_share_of_alliance_spending_pct", say("fact_usa_spending_share", {}),
                pct1(g.share_of_alliance_spending_pct), t25, g.share_of_alliance_spending_pct);
        if (g.group.id == "eu") {
            add("eu_share_of_alliance_gdp_pct", say("fact_eu_gdp_share", {}),
                pct1(g.share_of_alliance_gdp_pct), t25, g.share_of_alliance_gdp_pct);
            add("eu_share_of_alliance_spending_pct", say("fact_eu_spending_share", {}),
                pct1(g.share_of_alliance_spending_pct), t25, g.share_of_alliance_spending_pct);
        }
    }
    if (in.pillar) {
        const auto& p = *in.pillar;
        const auto mark = p.estimate ? std::string(estimate_mark) : "";
        add("europe_canada_share_of_alliance_spending_pct", say("fact_ec_spending_share", {}),
            {i18n::format_percent(p.europe_canada_share_pct, 1, w.language()) + mark,
             i18n::format_percent(p.europe_canada_share_pct, 1, i18n::Language::En) + mark},
            t25, p.europe_canada_share_pct);
        if (p.scenarios.size() == 3) {
            const auto ty = std::int64_t{p.target_year.value()};
            const auto three = [&](const Words& ww, auto field) {
                return ww.f("fact_three_scenarios",
                            {i18n::format_percent(p.scenarios[0].*field, 1, ww.language()),
                             i18n::format_percent(p.scenarios[1].*field, 1, ww.language()),
                             i18n::format_percent(p.scenarios[2].*field, 1, ww.language())});
            };
            const auto by_scenario = [&](auto field) {
                json j;
                for (const auto& x : p.scenarios)
                    j[std::string(engine::to_string(x.scenario))] = x.*field;
                return j;
            };
            const auto source = say("facts_source_projection", {e.id});
            add("europe_canada_share_of_alliance_spending_in_target_year",
                say("fact_ec_share_target", {ty}),
                {three(w, &engine::PillarScenario::europe_canada_share_pct),
                 three(en, &engine::PillarScenario::europe_canada_share_pct)},
                source, by_scenario(&engine::PillarScenario::europe_canada_share_pct));
            add("usa_share_if_usa_holds_in_target_year",
                {w.f("fact_us_holds", {ty, w.pct(p.us_share_gdp_pct)}),
                 en.f("fact_us_holds", {ty, en.pct(p.us_share_gdp_pct)})},
                {three(w, &engine::PillarScenario::us_holds_share_pct),
                 three(en, &engine::PillarScenario::us_holds_share_pct)},
                source, by_scenario(&engine::PillarScenario::us_holds_share_pct));
        }
        if (p.russia_year) {
            const auto ry = std::int64_t{p.russia_year->value()};
            const auto value = [&](const Words& ww, const i18n::Catalog& c) {
                return ww.f(
                    "fact_ec_vs_russia_value",
                    {money_words(p.europe_canada_gdp_usd_m * p.core_pct / 100 * 1e6, "USD", c),
                     money_words(p.europe_canada_gdp_usd_m * p.total_pct / 100 * 1e6, "USD", c),
                     money_words(p.russia_usd_m * 1e6, "USD", c) +
                         (p.russia_estimate ? std::string(estimate_mark) : "")});
            };
            add("europe_canada_at_targets_against_russia_usd_m",
                {w.f("fact_ec_vs_russia",
                     {w.pct_compact(p.core_pct), w.pct_compact(p.total_pct), ry}),
                 en.f("fact_ec_vs_russia",
                      {en.pct_compact(p.core_pct), en.pct_compact(p.total_pct), ry})},
                {value(w, catalog), value(en, english.catalog)},
                say("facts_source_russia", {e.id, ry}),
                json{{"year", ry},
                     {"europe_canada_gdp_usd_m", p.europe_canada_gdp_usd_m},
                     {"at_core_usd_m", p.europe_canada_gdp_usd_m * p.core_pct / 100},
                     {"at_total_usd_m", p.europe_canada_gdp_usd_m * p.total_pct / 100},
                     {"russia_sipri_usd_m", p.russia_usd_m},
                     {"russia_sipri_estimate", p.russia_estimate}});
        }
    }
    // The gaps' money starts from what each ally spends (Table 2).
    const auto t35 = say("facts_source_tables", {e.id, std::string("2, 3"), std::string("5")});
    auto billions = [&](double m) {
        return Both{money_words(m * 1e6, "USD", catalog),
                    money_words(m * 1e6, "USD", english.catalog)};
    };
    const auto target = pct_both(in.gap->target_pct);
    for (const auto& g : in.gap->groups)
        if (g.group.id == "europe_canada" && g.gap_m)
            add("europe_canada_gap_usd_m",
                {w.f("fact_europe_canada_gap", {target.local}),
                 en.f("fact_europe_canada_gap", {target.english})},
                billions(*g.gap_m), t35, *g.gap_m);
    std::vector<const engine::AllyGap*> largest;
    for (const auto& a : in.gap->allies)
        if (a.gap_m && *a.gap_m > 0)
            largest.push_back(&a);
    std::sort(
        largest.begin(), largest.end(),
        [](const engine::AllyGap* a, const engine::AllyGap* b) { return *a->gap_m > *b->gap_m; });
    if (largest.size() > 5)
        largest.resize(5);
    json top = json::array();
    Both top_text;
    for (const auto* a : largest) {
        const auto money = billions(*a->gap_m);
        top_text.local += (top_text.local.empty() ? "" : ", ") + a->ally.str() + " " + money.local;
        top_text.english +=
            (top_text.english.empty() ? "" : ", ") + a->ally.str() + " " + money.english;
        top.push_back({{"ally", a->ally.str()}, {"gap_usd_m", *a->gap_m}});
    }
    if (!largest.empty()) // an edition without GDP has no gap in money
        add("largest_gaps_usd_m",
            {w.f("fact_largest_gaps",
                 {std::int64_t{static_cast<std::int64_t>(largest.size())}, target.local}),
             en.f("fact_largest_gaps",
                  {std::int64_t{static_cast<std::int64_t>(largest.size())}, target.english})},
            top_text, t35, top);
    if (in.largest_revision && in.previous) {
        const auto& r = *in.largest_revision;
        const auto ry = std::int64_t{r.year.value()};
        const auto english_name =
            names.count(r.entity.str()) ? names[r.entity.str()] : r.entity.str();
        add("largest_revision", say("fact_largest_revision", {in.previous->id}),
            {w.f("fact_revision_value",
                 {name_or_code(local, r.entity.str()), ry, w.num(r.old_value, 2),
                  w.num(r.new_value, 2), w.signed_num(r.change, 2)}),
             en.f("fact_revision_value", {english_name, ry, en.num(r.old_value, 2),
                                          en.num(r.new_value, 2), en.signed_num(r.change, 2)})},
            say("facts_source_versus", {e.id, in.previous->id}),
            json{{"entity", r.entity.str()},
                 {"year", r.year.value()},
                 {"old_value", r.old_value},
                 {"new_value", r.new_value},
                 {"change", r.change}});
    }
    return facts;
}

} // namespace

Table facts_table(const FactsInput& in, const i18n::Catalog& catalog) {
    const Words w(catalog);
    const auto& e = *in.edition;
    const auto& s = *in.status;
    const auto year = std::int64_t{s.year.value()};
    Table t;
    t.title = w.f("facts_title", {year, e.id});
    t.columns = {{w.t("col_fact")}, {w.t("col_value")}, {w.t("col_source")}};
    for (const auto& f : collect_facts(in, catalog))
        t.rows.push_back({f.fact.local, f.value.local, f.source.local});
    if (s.summary.estimates > 0)
        t.notes.push_back(w.f("facts_estimate_year", {year, e.id}));
    t.notes.push_back(w.f("facts_source", {e.title, edition_label(e, catalog)}));
    return t;
}

Table facts_csv(const FactsInput& in) {
    Table csv;
    // `value` is the figure as written (JSON's `text`, beside which JSON gives it as a number).
    csv.columns = {{"id"}, {"fact"}, {"value"}, {"source"}, {"text"}, {"edition"}, {"year"}};
    const auto edition = in.edition->id;
    const auto year = fmt::format("{}", in.status->year);
    for (const auto& f : collect_facts(in, i18n::Catalog(i18n::Language::En)))
        csv.rows.push_back({f.id, f.fact.english, f.value.english, f.source.english,
                            f.value.english, edition, year});
    return csv;
}

json facts_json(const FactsInput& in) {
    json facts = json::array();
    for (auto& f : collect_facts(in, i18n::Catalog(i18n::Language::En)))
        facts.push_back({{"id", f.id},
                         {"fact", f.fact.english},
                         {"value", std::move(f.value_json)},
                         {"text", f.value.english},
                         {"source", f.source.english}});
    return json{{"edition", in.edition->id}, {"year", in.status->year.value()}, {"facts", facts}};
}

View facts_view(const FactsInput& in, const i18n::Catalog& catalog) {
    return {facts_table(in, catalog), facts_csv(in), facts_json(in)};
}

namespace {
/// English names of the compared entities (CSV and JSON).
std::string compare_label(const EntityCode& code) {
    static const std::map<std::string, std::string, std::less<>> labels = {
        {"NATO", "NATO Total"},
        {"NATO_EUROPE_CAN", "NATO Europe and Canada"},
        {"RUS", "Russia"},
        {"CHN", "China"}};
    const auto it = labels.find(code.str());
    return it == labels.end() ? code.str() : it->second;
}
} // namespace

Table compare_table(const Edition& e, Year year, std::span<const engine::ComparisonRow> rows,
                    const std::string& sipri_source, const i18n::Catalog& catalog) {
    const Words w(catalog);
    Table t;
    t.title = w.f("compare_title", {std::int64_t{year.value()}});
    t.columns = {{w.t("col_entity")},
                 {w.t("col_source")},
                 {w.t("col_spending"), w.t("unit_million_usd_current"), Align::Right},
                 {w.t("col_share_gdp"), "%", Align::Right}};
    const std::map<std::string, std::string> local_labels = {
        {"NATO", w.t("alliance_total_name")},
        {"NATO_EUROPE_CAN", w.t("europe_canada_name")},
        {"RUS",
         w.language() == i18n::Language::En ? "Russia" : i18n::ally_name("RUS", w.language())},
        {"CHN",
         w.language() == i18n::Language::En ? "China" : i18n::ally_name("CHN", w.language())}};
    for (const auto& r : rows) {
        const auto local_label =
            local_labels.count(r.entity.str()) ? local_labels.at(r.entity.str()) : r.entity.str();
        const auto source = r.sipri ? std::string("SIPRI") : w.f("nato_edition", {e.id});
        t.rows.push_back(
            {local_label, source,
             r.spending_usd_current_m ? w.marked(*r.spending_usd_current_m, 0, r.estimate)
                                      : std::string(no_data),
             r.share_gdp_pct ? w.marked(*r.share_gdp_pct, 2, r.estimate) : std::string(no_data)});
    }
    // A SIPRI country without a figure for the year is said, with the year it ends in.
    std::vector<std::string> without;
    std::optional<Year> sipri_end;
    for (const auto& r : rows)
        if (r.sipri_last_year) {
            without.push_back(local_labels.count(r.entity.str()) ? local_labels.at(r.entity.str())
                                                                 : r.entity.str());
            sipri_end = sipri_end ? std::max(*sipri_end, *r.sipri_last_year) : *r.sipri_last_year;
        }
    if (!without.empty())
        t.notes.push_back(
            w.f("compare_sipri_missing", {catalog.list(without), std::int64_t{year.value()},
                                          std::int64_t{sipri_end->value()}}));
    t.notes.push_back(w.t("compare_definitions"));
    t.notes.push_back(w.t("compare_ppp"));
    t.notes.push_back(w.t("compare_estimates"));
    t.notes.push_back(
        w.f("compare_sources", {e.title, edition_label(e, catalog), sipri_citation(sipri_source)}));
    return t;
}

Table compare_csv(const Edition& e, Year year, std::span<const engine::ComparisonRow> rows,
                  const std::string& sipri_source) {
    Table csv;
    csv.columns = {
        {"year"},        {"entity"}, {"source"},     {"spending_usd_current_m"}, {"share_gdp_pct"},
        {"estimate"},    {"name"},   {"definition"}, {"sipri_last_year"},        {"edition"},
        {"sipri_source"}};
    for (const auto& r : rows)
        csv.rows.push_back(
            {fmt::format("{}", year), r.entity.str(), r.sipri ? "SIPRI" : "NATO",
             exact_or_empty(r.spending_usd_current_m), exact_or_empty(r.share_gdp_pct),
             r.estimate ? "true" : "false", compare_label(r.entity), r.sipri ? "SIPRI" : "NATO",
             r.sipri_last_year ? fmt::format("{}", *r.sipri_last_year) : "", e.id, sipri_source});
    return csv;
}

json compare_json(const Edition& e, Year year, std::span<const engine::ComparisonRow> rows,
                  const std::string& sipri_source) {
    json out{{"edition", e.id}, {"year", year.value()}, {"rows", json::array()}};
    for (const auto& r : rows)
        out["rows"].push_back(
            {{"entity", r.entity.str()},
             {"name", compare_label(r.entity)},
             {"source", r.sipri ? "SIPRI" : "NATO"},
             {"definition", r.sipri ? "SIPRI" : "NATO"},
             {"spending_usd_current_m", optional_json(r.spending_usd_current_m)},
             {"share_gdp_pct", optional_json(r.share_gdp_pct)},
             {"estimate", r.estimate},
             {"sipri_last_year",
              r.sipri_last_year ? json(r.sipri_last_year->value()) : json(nullptr)}});
    out["sipri_source"] = sipri_source;
    return out;
}

View compare_view(const Edition& e, Year year, std::span<const engine::ComparisonRow> rows,
                  const std::string& sipri_source, const i18n::Catalog& catalog) {
    return {compare_table(e, year, rows, sipri_source, catalog),
            compare_csv(e, year, rows, sipri_source), compare_json(e, year, rows, sipri_source)};
}

} // namespace hague::report
