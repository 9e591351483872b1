#include "hague/report/views.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "hague/core/indicator.hpp"
#include "hague/report/format.hpp"

namespace hague::report {

using json = nlohmann::ordered_json;

std::string render(const View& v, Format f) {
    switch (f) {
    case Format::Table: return render_text(v.table);
    case Format::Csv: return render_csv(v.csv);
    case Format::Json: return v.json.dump(2) + "\n";
    }
    return render_text(v.table);
}

namespace {


/// Decimals a person needs for a value in this indicator's unit (machine formats keep them all).
int display_decimals(std::string_view indicator) {
    if (indicator.ends_with("_pct") || indicator.ends_with("_k"))
        return indicator.ends_with("_k") ? 1 : 2;
    if (indicator.ends_with("_bn"))
        return 1;
    return 0;
}

std::string yes_no(engine::Compliance c) {
    switch (c) {
    case engine::Compliance::Met: return "yes";
    case engine::Compliance::NotMet: return "no";
    case engine::Compliance::NoData: return std::string(no_data);
    }
    return std::string(no_data);
}

json compliance_json(engine::Compliance c) {
    if (c == engine::Compliance::NoData)
        return nullptr;
    return c == engine::Compliance::Met;
}

std::string compliance_csv(engine::Compliance c) {
    if (c == engine::Compliance::NoData)
        return "";
    return c == engine::Compliance::Met ? "true" : "false";
}

std::string join_years(const std::vector<Year>& years, std::string_view sep) {
    std::string s;
    for (const auto& y : years)
        s += fmt::format("{}{}", s.empty() ? "" : sep, y);
    return s;
}

std::string threshold_label(double pct) { return fmt::format(">= {}%", pct); }

} // namespace

View editions_view(std::span<const Edition> editions) {
    View v;
    v.table.title = "NATO editions held";
    v.table.columns = {{"Edition", "", Align::Left},   {"Published", "", Align::Left},
                       {"Years", "", Align::Left},     {"Estimates", "", Align::Left},
                       {"Prices", "", Align::Left},    {"Title", "", Align::Left}};
    v.csv.columns = {{"edition"}, {"title"},  {"published"}, {"first_year"}, {"last_year"},
                     {"estimate_years"}, {"constant_price_base"}, {"source"}, {"coverage"}};
    v.json = json{{"editions", json::array()}};
    for (const auto& e : editions) {
        const auto years = fmt::format("{}-{}", e.first_year, e.last_year);
        v.table.rows.push_back({e.id, e.published, years, join_years(e.estimate_years, ", "),
                                fmt::format("constant {}", e.constant_price_base), e.title});
        v.table.notes.push_back(fmt::format("{}: {}. Source: {}", e.id, e.coverage, e.source));
        v.csv.rows.push_back({e.id, e.title, e.published, fmt::format("{}", e.first_year),
                              fmt::format("{}", e.last_year), join_years(e.estimate_years, ";"),
                              fmt::format("{}", e.constant_price_base), e.source, e.coverage});
        json years_json = json::array();
        for (const auto& y : e.estimate_years)
            years_json.push_back(y.value());
        v.json["editions"].push_back({{"edition", e.id},
                                      {"title", e.title},
                                      {"published", e.published},
                                      {"first_year", e.first_year.value()},
                                      {"last_year", e.last_year.value()},
                                      {"estimate_years", years_json},
                                      {"constant_price_base", e.constant_price_base},
                                      {"source", e.source},
                                      {"coverage", e.coverage}});
    }
    if (!editions.empty())
        v.table.notes.push_back(fmt::format("Newest (the default for --edition): {}",
                                            editions.back().id));
    return v;
}

View allies_view(std::span<const Ally> allies, Year year, const std::string& edition) {
    View v;
    v.table.title = fmt::format("NATO allies and EU membership in {}", year);
    v.table.columns = {{"Ally", "", Align::Left},        {"Name", "", Align::Left},
                       {"NATO since", "", Align::Right}, {fmt::format("NATO in {}", year), "", Align::Left},
                       {fmt::format("EU in {}", year), "", Align::Left}, {"Currency", "", Align::Left}};
    v.csv.columns = {{"ally"}, {"name"}, {"nato_joined"}, {"nato_member"}, {"eu_member"},
                     {"eu_joined"}, {"eu_left"}, {"currency"}};
    v.json = json{{"edition", edition}, {"year", year.value()}, {"allies", json::array()}};
    int members = 0, eu = 0;
    for (const auto& a : allies) {
        const bool member = a.nato_member_in(year);
        const bool in_eu = a.eu_member_in(year);
        members += member ? 1 : 0;
        eu += member && in_eu ? 1 : 0;
        v.table.rows.push_back({a.code.str(), a.name_en, fmt::format("{}", a.nato_joined),
                                member ? "yes" : "no", in_eu ? "yes" : "no", a.currency});
        auto opt = [](const std::optional<Year>& y) {
            return y ? fmt::format("{}", *y) : std::string{};
        };
        v.csv.rows.push_back({a.code.str(), a.name_en, fmt::format("{}", a.nato_joined),
                              member ? "true" : "false", in_eu ? "true" : "false", opt(a.eu_joined),
                              opt(a.eu_left), a.currency});
        auto opt_json = [](const std::optional<Year>& y) -> json {
            return y ? json(y->value()) : json(nullptr);
        };
        v.json["allies"].push_back({{"ally", a.code.str()},
                                    {"name", a.name_en},
                                    {"nato_joined", a.nato_joined.value()},
                                    {"nato_member", member},
                                    {"eu_member", in_eu},
                                    {"eu_joined", opt_json(a.eu_joined)},
                                    {"eu_left", opt_json(a.eu_left)},
                                    {"currency", a.currency}});
    }
    v.table.notes.push_back(fmt::format("{} allies in NATO in {}, {} of them in the EU.", members,
                                        year, eu));
    v.table.notes.push_back("A member from its accession year; in the EU from its accession year "
                            "until the year before it left (the United Kingdom: until 2019).");
    return v;
}

View series_view(const engine::EntitySeries& s, const Edition& edition) {
    View v;
    v.table.title = fmt::format("{} ({}), edition {}", s.name, s.entity, edition.id);
    v.table.columns.push_back({"Year", "", Align::Left});
    for (const auto& series : s.series)
        v.table.columns.push_back(
            {series.indicator.name, series.indicator.unit, Align::Right});
    for (const auto& year : s.years) {
        std::vector<std::string> row{fmt::format("{}", year)};
        for (const auto& series : s.series) {
            auto it = std::find_if(series.values.begin(), series.values.end(),
                                   [&](const Observation& o) { return o.year == year; });
            row.push_back(it == series.values.end()
                              ? std::string(no_data)
                              : marked(it->value, display_decimals(series.indicator.name),
                                       it->estimate));
        }
        v.table.rows.push_back(std::move(row));
    }
    if (s.series.empty())
        v.table.notes.push_back(
            fmt::format("No values for {} in edition {}{}", s.entity, edition.id,
                        s.missing_reason ? ": " + *s.missing_reason : "."));
    v.table.notes.push_back("e: estimate (NATO marks the year 'e'). -: not published in this "
                            "edition.");
    std::string tables;
    for (const auto& series : s.series)
        if (tables.find(series.indicator.nato_table) == std::string::npos)
            tables += (tables.empty() ? "" : ", ") + series.indicator.nato_table;
    if (!tables.empty())
        v.table.notes.push_back(fmt::format("Source: NATO, {}, edition {}, {}.", edition.title,
                                            edition.id, tables));

    v.csv.columns = {{"edition"}, {"ally"}, {"indicator"}, {"unit"}, {"nato_table"},
                     {"year"}, {"value"}, {"estimate"}, {"source"}};
    v.json = json{{"edition", edition.id}, {"ally", s.entity.str()}, {"name", s.name},
                  {"series", json::array()}};
    if (s.missing_reason)
        v.json["missing_reason"] = *s.missing_reason;
    for (const auto& series : s.series) {
        json values = json::array();
        for (const auto& o : series.values) {
            v.csv.rows.push_back({o.edition, o.entity.str(), o.indicator, series.indicator.unit,
                                  series.indicator.nato_table, fmt::format("{}", o.year),
                                  format_exact(o.value), o.estimate ? "true" : "false", o.source});
            values.push_back({{"year", o.year.value()},
                              {"value", o.value},
                              {"estimate", o.estimate},
                              {"source", o.source}});
        }
        v.json["series"].push_back({{"indicator", series.indicator.name},
                                    {"unit", series.indicator.unit},
                                    {"nato_table", series.indicator.nato_table},
                                    {"values", values}});
    }
    return v;
}

View status_view(const engine::Status& s, const Edition& edition, std::span<const Ally> allies) {
    std::map<std::string, std::string> names;
    for (const auto& a : allies)
        names[a.code.str()] = a.name_en;
    names[std::string(EntityCode::nato_total)] = "NATO Total";
    names[std::string(EntityCode::nato_europe_canada)] = "NATO Europe and Canada";
    const auto& t = s.thresholds;

    View v;
    v.table.title = fmt::format("Defence expenditure against the NATO pledges, {} (edition {})",
                                s.year, s.edition);
    v.table.columns = {{"Ally", "", Align::Left},
                       {"Name", "", Align::Left},
                       {"Share of GDP", "%", Align::Right},
                       {"Equipment", "% of def. exp.", Align::Right},
                       {threshold_label(t.spending_pct), "of GDP", Align::Left},
                       {threshold_label(t.core_pct), "of GDP", Align::Left},
                       {threshold_label(t.equipment_pct), "equipment", Align::Left}};
    v.csv.columns = {{"edition"}, {"year"}, {"rounding"}, {"kind"}, {"ally"}, {"name"},
                     {"share_gdp_pct"}, {"estimate"}, {"equipment_share_pct"},
                     {"equipment_estimate"}, {"meets_2pct"}, {"meets_3_5pct"},
                     {"meets_20pct_equipment"}, {"missing_reason"}};
    v.json = json{{"edition", s.edition},
                  {"year", s.year.value()},
                  {"rounding", std::string(to_string(s.rounding))},
                  {"thresholds",
                   {{"spending_pct", t.spending_pct},
                    {"core_pct", t.core_pct},
                    {"equipment_pct", t.equipment_pct}}},
                  {"allies", json::array()},
                  {"aggregates", json::array()}};

    const auto year = fmt::format("{}", s.year);
    const auto rounding = std::string(to_string(s.rounding));
    auto share_text = [](const std::optional<engine::Figure>& f) {
        return f ? marked(f->value, 2, f->estimate) : std::string(no_data);
    };
    auto exact = [](const std::optional<engine::Figure>& f) {
        return f ? format_exact(f->value) : std::string{};
    };
    auto flag = [](const std::optional<engine::Figure>& f) {
        return f ? std::string(f->estimate ? "true" : "false") : std::string{};
    };
    auto value_json = [](const std::optional<engine::Figure>& f) -> json {
        return f ? json(f->value) : json(nullptr);
    };
    auto estimate_json = [](const std::optional<engine::Figure>& f) -> json {
        return f ? json(f->estimate) : json(nullptr);
    };

    for (const auto& a : s.allies) {
        const auto& name = names[a.ally.str()];
        v.table.rows.push_back({a.ally.str(), name, share_text(a.share_gdp_pct),
                                share_text(a.equipment_share_pct), yes_no(a.meets_spending),
                                yes_no(a.meets_core), yes_no(a.meets_equipment)});
        if (!a.share_gdp_pct && a.missing_reason)
            v.table.rows.back()[2] = "n/a";
        v.csv.rows.push_back({s.edition, year, rounding, "ally", a.ally.str(), name,
                              exact(a.share_gdp_pct), flag(a.share_gdp_pct),
                              exact(a.equipment_share_pct), flag(a.equipment_share_pct),
                              compliance_csv(a.meets_spending), compliance_csv(a.meets_core),
                              compliance_csv(a.meets_equipment), a.missing_reason.value_or("")});
        json row{{"ally", a.ally.str()},
                 {"name", name},
                 {"share_gdp_pct", value_json(a.share_gdp_pct)},
                 {"estimate", estimate_json(a.share_gdp_pct)},
                 {"equipment_share_pct", value_json(a.equipment_share_pct)},
                 {"equipment_estimate", estimate_json(a.equipment_share_pct)},
                 {"meets_2pct", compliance_json(a.meets_spending)},
                 {"meets_3_5pct", compliance_json(a.meets_core)},
                 {"meets_20pct_equipment", compliance_json(a.meets_equipment)}};
        if (a.missing_reason)
            row["missing_reason"] = *a.missing_reason;
        v.json["allies"].push_back(std::move(row));
    }
    if (!s.aggregates.empty())
        v.table.rows.push_back({});
    for (const auto& g : s.aggregates) {
        const auto& name = names[g.entity.str()];
        v.table.rows.push_back({g.entity.str(), name, share_text(g.share_gdp_pct), "", "", "", ""});
        v.csv.rows.push_back({s.edition, year, rounding, "aggregate", g.entity.str(), name,
                              exact(g.share_gdp_pct), flag(g.share_gdp_pct), "", "", "", "", "",
                              ""});
        v.json["aggregates"].push_back({{"entity", g.entity.str()},
                                        {"name", name},
                                        {"share_gdp_pct", value_json(g.share_gdp_pct)},
                                        {"estimate", estimate_json(g.share_gdp_pct)}});
    }

    const auto& m = s.summary;
    v.json["summary"] = {{"members", m.members},
                         {"reporting", m.reporting},
                         {"estimates", m.estimates},
                         {"at_or_above_2pct", m.at_or_above_spending},
                         {"at_or_above_3_5pct", m.at_or_above_core},
                         {"equipment_reporting", m.equipment_reporting},
                         {"at_or_above_20pct_equipment", m.at_or_above_equipment}};
    v.json["sources"] = {{"share_gdp_pct", "NATO " + edition.title + ", Table 3"},
                         {"equipment_share_pct", "NATO " + edition.title + ", Table 8a"},
                         {"edition_source", edition.source}};

    auto& notes = v.table.notes;
    if (m.reporting == 0) {
        notes.push_back(fmt::format("Edition {} has no share of GDP for any ally in {}.",
                                    s.edition, s.year));
    } else {
        notes.push_back(fmt::format("{} of {} allies at or above {}% in {} ({} edition).",
                                    m.at_or_above_spending, m.reporting, t.spending_pct, s.year,
                                    s.edition));
        notes.push_back(fmt::format("{} of {} at or above {}% (the Hague core target for 2035).",
                                    m.at_or_above_core, m.reporting, t.core_pct));
        if (m.equipment_reporting > 0)
            notes.push_back(fmt::format("{} of {} spend at least {}% of defence expenditure on "
                                        "major equipment.",
                                        m.at_or_above_equipment, m.equipment_reporting,
                                        t.equipment_pct));
        else
            notes.push_back(fmt::format("Edition {} has no equipment shares for {}.", s.edition,
                                        s.year));
    }
    if (m.estimates > 0)
        notes.push_back(fmt::format("{} is an estimate year in this edition (e).", s.year));
    for (const auto& a : s.allies)
        if (!a.share_gdp_pct)
            notes.push_back(fmt::format("{} ({}): {}", names[a.ally.str()], a.ally,
                                        a.missing_reason.value_or("not published in this edition")));
    std::string absent;
    for (const auto& a : allies)
        if (!a.nato_member_in(s.year))
            absent += (absent.empty() ? "" : ", ") + a.name_en;
    if (!absent.empty())
        notes.push_back(fmt::format("Not NATO members in {}, so not listed: {}.", s.year, absent));
    notes.push_back(fmt::format("Thresholds compare the share {} (--rounding {}).",
                                s.rounding == Rounding::Raw
                                    ? "at full precision"
                                    : fmt::format("rounded to {} as published",
                                                  s.rounding == Rounding::TwoDp ? "2 decimals"
                                                                                : "1 decimal"),
                                rounding));
    notes.push_back(fmt::format("Source: NATO, {}, edition {}, Table 3 (share of GDP) and Table 8a "
                                "(equipment).",
                                edition.title, edition.id));
    return v;
}

View db_info_view(const store::StoreInfo& info) {
    View v;
    v.table.title = "hague database";
    v.table.columns = {{"Property", "", Align::Left}, {"Value", "", Align::Left}};
    v.csv.columns = {{"property"}, {"value"}};
    std::string editions;
    for (const auto& e : info.editions)
        editions += (editions.empty() ? "" : ", ") + e;
    std::vector<std::pair<std::string, std::string>> props = {
        {"path", info.location},
        {"schema_version", fmt::format("{}", info.schema_version)},
        {"engine", info.engine},
        {"bundle_digest", info.bundle_digest},
        {"editions", editions}};
    json counts = json::object();
    for (const auto& [table, n] : info.row_counts) {
        props.emplace_back("rows." + table, fmt::format("{}", n));
        counts[table] = n;
    }
    for (const auto& [k, val] : props) {
        v.table.rows.push_back({k, val});
        v.csv.rows.push_back({k, val});
    }
    v.json = json{{"path", info.location},         {"schema_version", info.schema_version},
                  {"engine", info.engine},         {"bundle_digest", info.bundle_digest},
                  {"editions", info.editions},     {"row_counts", counts}};
    return v;
}

View db_check_view(const std::string& location, std::span<const std::string> problems) {
    View v;
    v.table.title = fmt::format("Checking {}", location);
    v.table.columns = {{"Problem", "", Align::Left}};
    v.csv.columns = {{"problem"}};
    for (const auto& p : problems) {
        v.table.rows.push_back({p});
        v.csv.rows.push_back({p});
    }
    v.table.notes.push_back(problems.empty()
                                ? "ok: integrity check passed and every observation refers to a "
                                  "known edition, entity and indicator."
                                : fmt::format("{} problem(s) found.", problems.size()));
    v.json = json{{"path", location},
                  {"ok", problems.empty()},
                  {"problems", std::vector<std::string>(problems.begin(), problems.end())}};
    return v;
}

} // namespace hague::report
