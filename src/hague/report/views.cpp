#include "hague/report/views.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <fmt/format.h>

#include "hague/core/indicator.hpp"
#include "hague/i18n/names.hpp"
#include "hague/i18n/numbers.hpp"
#include "hague/report/format.hpp"
#include "hague/report/words.hpp"

namespace hague::report {

using json = nlohmann::ordered_json;

std::string render(const View& v, Format f) {
    switch (f) {
    case Format::Table: return render_text(v.table);
    case Format::Html: return render_html(v.table);
    case Format::Csv: return render_csv(v.csv);
    case Format::Json:
        return v.json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    }
    return render_text(v.table);
}

namespace {

/// Decimals a person needs for a value in this indicator's unit (machine formats keep them all).
int display_decimals(std::string_view indicator) {
    return indicators::published_decimals(indicator);
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

} // namespace

Table editions_table(std::span<const Edition> editions, const i18n::Catalog& catalog) {
    const Words w(catalog);
    Table t;
    t.title = w.t("editions_title");
    t.columns = {{w.t("col_edition_id")}, {w.t("col_published")}, {w.t("col_years")},
                 {w.t("col_estimates")},  {w.t("col_prices")},    {w.t("col_title")}};
    for (const auto& e : editions) {
        t.rows.push_back({e.id, e.published, fmt::format("{}-{}", e.first_year, e.last_year),
                          join_years(e.estimate_years, ", "),
                          w.f("constant_prices_of", {std::int64_t{e.constant_price_base}}),
                          e.title});
        t.notes.push_back(w.f("edition_note", {e.id, e.coverage, e.source}));
        if (!e.notes.empty())
            t.notes.push_back(w.f("edition_imported_notes", {e.id, one_line(e.notes)}));
    }
    if (!editions.empty())
        t.notes.push_back(w.f("editions_newest", {editions.back().id}));
    return t;
}

Table editions_csv(std::span<const Edition> editions) {
    Table csv;
    csv.columns = {{"edition"},
                   {"title"},
                   {"published"},
                   {"first_year"},
                   {"last_year"},
                   {"estimate_years"},
                   {"constant_price_base"},
                   {"source"},
                   {"coverage"},
                   {"origin"},
                   {"notes"}};
    for (const auto& e : editions)
        csv.rows.push_back({e.id, e.title, e.published, fmt::format("{}", e.first_year),
                            fmt::format("{}", e.last_year), join_years(e.estimate_years, ";"),
                            fmt::format("{}", e.constant_price_base), e.source, e.coverage,
                            std::string(to_string(e.origin)), e.notes});
    return csv;
}

json edition_json(const Edition& e) {
    json years = json::array();
    for (const auto& y : e.estimate_years)
        years.push_back(y.value());
    return {{"edition", e.id},
            {"title", e.title},
            {"published", e.published},
            {"first_year", e.first_year.value()},
            {"last_year", e.last_year.value()},
            {"estimate_years", years},
            {"constant_price_base", e.constant_price_base},
            {"source", e.source},
            {"coverage", e.coverage},
            {"origin", std::string(to_string(e.origin))},
            {"notes", e.notes.empty() ? json(nullptr) : json(e.notes)}};
}

json editions_json(std::span<const Edition> editions) {
    json out{{"editions", json::array()}};
    for (const auto& e : editions)
        out["editions"].push_back(edition_json(e));
    return out;
}

View editions_view(std::span<const Edition> editions, const i18n::Catalog& catalog) {
    return {editions_table(editions, catalog), editions_csv(editions), editions_json(editions)};
}

namespace {
int members_in(std::span<const Ally> allies, Year year, bool eu_only) {
    int n = 0;
    for (const auto& a : allies)
        n += a.nato_member_in(year) && (!eu_only || a.eu_member_in(year)) ? 1 : 0;
    return n;
}
} // namespace

Table allies_table(std::span<const Ally> allies, Year year, const i18n::Catalog& catalog) {
    const Words w(catalog);
    const auto y = std::int64_t{year.value()};
    Table t;
    t.title = w.f("allies_title", {y});
    t.columns = {{w.t("col_ally")},
                 {w.t("col_name")},
                 {w.t("col_nato_since"), "", Align::Right},
                 {w.f("col_nato_in", {y})},
                 {w.f("col_eu_in", {y})},
                 {w.t("col_currency")}};
    for (const auto& a : allies)
        t.rows.push_back({a.code.str(), localized_name(a, w.language()),
                          fmt::format("{}", a.nato_joined), w.yes_no(a.nato_member_in(year)),
                          w.yes_no(a.eu_member_in(year)), a.currency});
    t.notes.push_back(w.f("allies_summary", {std::int64_t{members_in(allies, year, false)}, y,
                                             std::int64_t{members_in(allies, year, true)}}));
    t.notes.push_back(w.t("allies_membership_rule"));
    return t;
}

Table allies_csv(std::span<const Ally> allies, Year year, const std::string& edition) {
    Table csv;
    csv.columns = {{"ally"},      {"name"},    {"nato_joined"}, {"nato_member"}, {"eu_member"},
                   {"eu_joined"}, {"eu_left"}, {"currency"},    {"edition"},     {"year"}};
    auto opt = [](const std::optional<Year>& when) {
        return when ? fmt::format("{}", *when) : std::string{};
    };
    for (const auto& a : allies)
        csv.rows.push_back({a.code.str(), a.name_en, fmt::format("{}", a.nato_joined),
                            a.nato_member_in(year) ? "true" : "false",
                            a.eu_member_in(year) ? "true" : "false", opt(a.eu_joined),
                            opt(a.eu_left), a.currency, edition, fmt::format("{}", year)});
    return csv;
}

json allies_json(std::span<const Ally> allies, Year year, const std::string& edition) {
    json out{{"edition", edition}, {"year", year.value()}, {"allies", json::array()}};
    auto opt = [](const std::optional<Year>& when) -> json {
        return when ? json(when->value()) : json(nullptr);
    };
    for (const auto& a : allies)
        out["allies"].push_back({{"ally", a.code.str()},
                                 {"name", a.name_en},
                                 {"nato_joined", a.nato_joined.value()},
                                 {"nato_member", a.nato_member_in(year)},
                                 {"eu_member", a.eu_member_in(year)},
                                 {"eu_joined", opt(a.eu_joined)},
                                 {"eu_left", opt(a.eu_left)},
                                 {"currency", a.currency}});
    return out;
}

View allies_view(std::span<const Ally> allies, Year year, const std::string& edition,
                 const i18n::Catalog& catalog) {
    return {allies_table(allies, year, catalog), allies_csv(allies, year, edition),
            allies_json(allies, year, edition)};
}

Table series_table(const engine::EntitySeries& s, const Edition& edition,
                   const i18n::Catalog& catalog, std::span<const LevelBreak> breaks) {
    const Words w(catalog);
    Table t;
    std::string name = s.name;
    if (s.entity.str() == EntityCode::nato_total)
        name = w.t("alliance_total_name");
    else if (s.entity.str() == EntityCode::nato_europe_canada)
        name = w.t("europe_canada_name");
    else if (w.language() != i18n::Language::En)
        name = i18n::ally_name(s.entity.str(), w.language());
    t.title = w.f("series_title", {name, s.entity.str(), edition.id});
    t.columns.push_back({w.t("col_year")});
    for (const auto& series : s.series) {
        const auto unit_key = "unit_" + series.indicator.name;
        const auto unit =
            i18n::own_text("root", unit_key).empty() ? series.indicator.unit : w.t(unit_key);
        // A reader's name for the indicator ("Share of GDP"); its id (share_gdp_pct) is for CSV
        // and JSON, and for an indicator the catalog does not name.
        const auto label_key = "ind_" + series.indicator.name;
        t.columns.push_back(
            {i18n::own_text("root", label_key).empty() ? series.indicator.name : w.t(label_key),
             unit, Align::Right});
    }
    for (const auto& year : s.years) {
        std::vector<std::string> row{fmt::format("{}", year)};
        for (const auto& series : s.series) {
            auto it = std::find_if(series.values.begin(), series.values.end(),
                                   [&](const Observation& o) { return o.year == year; });
            row.push_back(
                it == series.values.end()
                    ? std::string(no_data)
                    : w.marked(it->value, display_decimals(series.indicator.name), it->estimate));
        }
        t.rows.push_back(std::move(row));
    }
    if (s.series.empty())
        t.notes.push_back(s.missing_reason
                              ? w.f("series_none_because",
                                    {s.entity.str(), edition.id,
                                     s.missing_key ? w.t(*s.missing_key) : *s.missing_reason})
                              : w.f("series_none", {s.entity.str(), edition.id}));
    t.notes.push_back(w.t("series_legend"));
    for (const auto& b : breaks)
        t.notes.push_back(w.f("series_break", {name, std::int64_t{b.year.value()},
                                               std::int64_t{b.year.value() - 1}}));
    std::string tables;
    for (const auto& series : s.series) {
        const auto& table = series.indicator.nato_table; // "Table 8a"
        const auto number = table.rfind("Table ", 0) == 0 ? table.substr(6) : table;
        if ((", " + tables + ",").find(", " + number + ",") == std::string::npos)
            tables += (tables.empty() ? "" : ", ") + number;
    }
    if (!tables.empty())
        t.notes.push_back(
            w.f(tables.find(',') == std::string::npos ? "source_line" : "source_tables_list",
                {edition.title, edition_label(edition, catalog), tables}));
    if (!edition.notes.empty())
        t.notes.push_back(w.f("edition_imported_notes", {edition.id, one_line(edition.notes)}));

    return t;
}

Table series_csv(const engine::EntitySeries& s) {
    Table csv;
    csv.columns = {{"edition"}, {"ally"},     {"indicator"}, {"unit"}, {"nato_table"},    {"year"},
                   {"value"},   {"estimate"}, {"source"},    {"name"}, {"missing_reason"}};
    for (const auto& series : s.series)
        for (const auto& o : series.values)
            csv.rows.push_back({o.edition, o.entity.str(), o.indicator, series.indicator.unit,
                                series.indicator.nato_table, fmt::format("{}", o.year),
                                format_exact(o.value), o.estimate ? "true" : "false", o.source,
                                s.name, s.missing_reason.value_or("")});
    return csv;
}

json series_json(const engine::EntitySeries& s, const Edition& edition,
                 std::span<const LevelBreak> breaks) {
    json out{{"edition", edition.id},
             {"ally", s.entity.str()},
             {"name", s.name},
             {"series", json::array()}};
    if (s.missing_reason)
        out["missing_reason"] = *s.missing_reason;
    out["breaks"] = json::array();
    for (const auto& b : breaks)
        out["breaks"].push_back({{"year", b.year.value()},
                                 {"series", b.series},
                                 {"editions", b.editions},
                                 {"source", b.source},
                                 {"note", b.note}});
    for (const auto& series : s.series) {
        json values = json::array();
        for (const auto& o : series.values)
            values.push_back({{"year", o.year.value()},
                              {"value", o.value},
                              {"estimate", o.estimate},
                              {"source", o.source}});
        out["series"].push_back({{"indicator", series.indicator.name},
                                 {"unit", series.indicator.unit},
                                 {"nato_table", series.indicator.nato_table},
                                 {"values", values}});
    }
    return out;
}

View series_view(const engine::EntitySeries& s, const Edition& edition,
                 const i18n::Catalog& catalog, std::span<const LevelBreak> breaks) {
    return {series_table(s, edition, catalog, breaks), series_csv(s),
            series_json(s, edition, breaks)};
}

std::string localized_name(const Ally& ally, i18n::Language l) {
    return l == i18n::Language::En ? ally.name_en : i18n::ally_name(ally.code.str(), l);
}

std::map<std::string, std::string, std::less<>> localized_names(std::span<const Ally> allies,
                                                                const i18n::Catalog& catalog) {
    std::map<std::string, std::string, std::less<>> names;
    for (const auto& a : allies)
        names[a.code.str()] = localized_name(a, catalog.language());
    names[std::string(EntityCode::nato_total)] = catalog.text("alliance_total_name");
    names[std::string(EntityCode::nato_europe_canada)] = catalog.text("europe_canada_name");
    return names;
}

std::string name_or_code(const std::map<std::string, std::string, std::less<>>& names,
                         std::string_view code) {
    const auto it = names.find(code);
    return it == names.end() ? std::string(code) : it->second;
}

std::string edition_label(const Edition& e, const i18n::Catalog& catalog) {
    if (e.published.empty())
        return e.id;
    return catalog.format("edition_published",
                          {e.id, i18n::format_date(e.published, catalog.language())});
}

std::string sipri_citation(std::string_view source) {
    constexpr std::string_view stem = "SIPRI-Milex-data-";
    const auto at = source.find(stem);
    if (at == std::string_view::npos || source.size() < at + stem.size() + 9)
        return std::string(source);
    const auto years = source.substr(at + stem.size(), 9); // "1949-2024"
    const bool shaped = std::all_of(years.begin(), years.end(),
                                    [](char c) { return (c >= '0' && c <= '9') || c == '-'; }) &&
                        years[4] == '-';
    return shaped ? std::string(years) : std::string(source);
}

std::string localized_reason(std::string_view english, const i18n::Catalog& catalog) {
    if (catalog.language() == i18n::Language::En)
        return std::string(english);
    // A reason of data/missing.csv: its English text is the root message of its key.
    static const auto by_text = [] {
        std::map<std::string, std::string, std::less<>> m;
        for (const auto& key : i18n::catalog_keys("root"))
            if (key.rfind("missing_", 0) == 0 && key != "missing_line")
                m[i18n::own_text("root", key)] = key;
        return m;
    }();
    if (const auto it = by_text.find(english); it != by_text.end())
        return catalog.text(it->second);
    // data/missing.csv may add where the reason is documented: "... (SOURCES.md: missing cells)".
    // The message is the reason; the pointer stays with the data (status drops it likewise).
    for (const auto& [text, key] : by_text)
        if (english.size() > text.size() + 2 && english.starts_with(text) &&
            english.substr(text.size(), 2) == " (")
            return catalog.text(key);
    return std::string(english);
}

std::string rounding_note(Rounding rounding, const i18n::Catalog& catalog) {
    switch (rounding) {
    case Rounding::Raw: return catalog.text("rounding_raw");
    case Rounding::TwoDp:
        return catalog.format("rounding_published",
                              {std::int64_t{2}, std::string(to_string(rounding))});
    case Rounding::OneDp: return catalog.text("rounding_one_decimal");
    }
    return catalog.text("rounding_raw");
}

std::string name_list(const std::vector<std::string>& codes,
                      const std::map<std::string, std::string, std::less<>>& names,
                      const i18n::Catalog& catalog) {
    std::vector<std::string> items;
    items.reserve(codes.size());
    for (const auto& c : codes)
        items.push_back(name_or_code(names, c));
    return catalog.list(catalog.sorted(std::move(items)));
}

std::string localized_group_name(const engine::Group& g, const i18n::Catalog& catalog) {
    const auto key = "group_" + g.id;
    return i18n::own_text("root", key).empty() ? g.name : catalog.text(key);
}

std::string one_line(std::string_view notes) {
    std::string out(notes);
    for (std::size_t at = out.find('\n'); at != std::string::npos; at = out.find('\n', at))
        out.replace(at, 1, "; ");
    return out;
}

std::map<std::string, std::string, std::less<>> english_names(std::span<const Ally> allies) {
    std::map<std::string, std::string, std::less<>> names;
    for (const auto& a : allies)
        names[a.code.str()] = a.name_en;
    names[std::string(EntityCode::nato_total)] = "NATO Total";
    names[std::string(EntityCode::nato_europe_canada)] = "NATO Europe and Canada";
    return names;
}

namespace {

json figure_value_json(const std::optional<engine::Figure>& f) {
    return f ? json(f->value) : json(nullptr);
}

json figure_estimate_json(const std::optional<engine::Figure>& f) {
    return f ? json(f->estimate) : json(nullptr);
}

} // namespace

json status_json(const engine::Status& s, const Edition& edition, std::span<const Ally> allies) {
    const auto names = english_names(allies);
    const auto& t = s.thresholds;
    json out{{"edition", s.edition},
             {"year", s.year.value()},
             {"rounding", std::string(to_string(s.rounding))},
             {"thresholds",
              {{"spending_pct", t.spending_pct},
               {"core_pct", t.core_pct},
               {"equipment_pct", t.equipment_pct}}},
             {"allies", json::array()},
             {"aggregates", json::array()}};
    for (const auto& a : s.allies) {
        json row{{"ally", a.ally.str()},
                 {"name", name_or_code(names, a.ally.str())},
                 {"share_gdp_pct", figure_value_json(a.share_gdp_pct)},
                 {"estimate", figure_estimate_json(a.share_gdp_pct)},
                 {"equipment_share_pct", figure_value_json(a.equipment_share_pct)},
                 {"equipment_estimate", figure_estimate_json(a.equipment_share_pct)},
                 {"meets_2pct", compliance_json(a.meets_spending)},
                 {"meets_3_5pct", compliance_json(a.meets_core)},
                 {"meets_20pct_equipment", compliance_json(a.meets_equipment)}};
        if (a.missing_reason)
            row["missing_reason"] = *a.missing_reason;
        out["allies"].push_back(std::move(row));
    }
    for (const auto& g : s.aggregates)
        out["aggregates"].push_back({{"entity", g.entity.str()},
                                     {"name", name_or_code(names, g.entity.str())},
                                     {"share_gdp_pct", figure_value_json(g.share_gdp_pct)},
                                     {"estimate", figure_estimate_json(g.share_gdp_pct)}});
    const auto& m = s.summary;
    out["summary"] = {{"members", m.members},
                      {"reporting", m.reporting},
                      {"without_share_gdp_pct", m.without_share},
                      {"without_equipment_share_pct", m.without_equipment},
                      {"estimates", m.estimates},
                      {"at_or_above_2pct", m.at_or_above_spending},
                      {"at_or_above_3_5pct", m.at_or_above_core},
                      {"equipment_reporting", m.equipment_reporting},
                      {"at_or_above_20pct_equipment", m.at_or_above_equipment}};
    out["sources"] = {{"share_gdp_pct", "NATO " + edition.title + ", Table 3"},
                      {"equipment_share_pct", "NATO " + edition.title + ", Table 8a"},
                      {"edition_source", edition.source}};
    return out;
}

Table status_csv(const engine::Status& s, std::span<const Ally> allies) {
    const auto names = english_names(allies);
    Table csv;
    csv.columns = {{"edition"},
                   {"year"},
                   {"rounding"},
                   {"kind"},
                   {"ally"},
                   {"name"},
                   {"share_gdp_pct"},
                   {"estimate"},
                   {"equipment_share_pct"},
                   {"equipment_estimate"},
                   {"meets_2pct"},
                   {"meets_3_5pct"},
                   {"meets_20pct_equipment"},
                   {"missing_reason"},
                   {"entity"}};
    const auto year = fmt::format("{}", s.year);
    const auto rounding = std::string(to_string(s.rounding));
    auto exact = [](const std::optional<engine::Figure>& f) {
        return f ? format_exact(f->value) : std::string{};
    };
    auto flag = [](const std::optional<engine::Figure>& f) {
        return f ? std::string(f->estimate ? "true" : "false") : std::string{};
    };
    for (const auto& a : s.allies)
        csv.rows.push_back({s.edition, year, rounding, "ally", a.ally.str(),
                            name_or_code(names, a.ally.str()), exact(a.share_gdp_pct),
                            flag(a.share_gdp_pct), exact(a.equipment_share_pct),
                            flag(a.equipment_share_pct), compliance_csv(a.meets_spending),
                            compliance_csv(a.meets_core), compliance_csv(a.meets_equipment),
                            a.missing_reason.value_or(""), ""});
    for (const auto& g : s.aggregates)
        csv.rows.push_back({s.edition, year, rounding, "aggregate", g.entity.str(),
                            name_or_code(names, g.entity.str()), exact(g.share_gdp_pct),
                            flag(g.share_gdp_pct), "", "", "", "", "", "", g.entity.str()});
    return csv;
}

Table status_table(const engine::Status& s, const Edition& edition, std::span<const Ally> allies,
                   const i18n::Catalog& catalog) {
    const auto lang = catalog.language();
    auto local = localized_names(allies, catalog);
    const auto& t = s.thresholds;
    auto pct = [&](double v) { return i18n::format_percent_compact(v, lang); };
    auto at_least = [&](double v) { return catalog.format("col_at_least", {pct(v)}); };
    const auto year_arg = std::int64_t{s.year.value()};
    const auto rounding = std::string(to_string(s.rounding));

    Table table;
    table.title = catalog.format("status_title", {year_arg, s.edition});
    table.columns = {
        {catalog.text("col_ally"), "", Align::Left},
        {catalog.text("col_name"), "", Align::Left},
        {catalog.text("col_share_gdp"), "%", Align::Right},
        {catalog.text("col_equipment"), catalog.text("unit_percent_defence_short"), Align::Right},
        {at_least(t.spending_pct), catalog.text("unit_of_gdp"), Align::Left},
        {at_least(t.core_pct), catalog.text("unit_of_gdp"), Align::Left},
        {at_least(t.equipment_pct), catalog.text("unit_equipment"), Align::Left}};
    auto share_text = [&](const std::optional<engine::Figure>& f) {
        return f ? i18n::format_number(f->value, 2, lang) +
                       (f->estimate ? std::string(estimate_mark) : std::string())
                 : std::string(no_data);
    };
    auto mark = [&](engine::Compliance c) {
        switch (c) {
        case engine::Compliance::Met: return catalog.text("yes");
        case engine::Compliance::NotMet: return catalog.text("no");
        case engine::Compliance::NoData: break;
        }
        return std::string(no_data);
    };
    auto reason_text = [&](const engine::AllyStatus& a) {
        if (a.missing_key && !a.missing_key->empty())
            return catalog.format(*a.missing_key, {});
        return localized_reason(a.missing_reason.value_or(""), catalog);
    };

    for (const auto& a : s.allies) {
        table.rows.push_back({a.ally.str(), local[a.ally.str()], share_text(a.share_gdp_pct),
                              share_text(a.equipment_share_pct), mark(a.meets_spending),
                              mark(a.meets_core), mark(a.meets_equipment)});
        if (!a.share_gdp_pct && a.missing_reason)
            table.rows.back()[2] = catalog.text("not_available");
    }
    if (!s.aggregates.empty())
        table.rows.push_back({});
    for (const auto& g : s.aggregates)
        table.rows.push_back(
            {g.entity.str(), local[g.entity.str()], share_text(g.share_gdp_pct), "", "", "", ""});

    const auto& m = s.summary;
    auto& notes = table.notes;
    if (m.reporting == 0) {
        notes.push_back(catalog.format("no_share_year", {s.edition, year_arg}));
    } else if (m.without_share.empty()) {
        notes.push_back(catalog.format(
            "summary_at_or_above", {std::int64_t{m.at_or_above_spending}, std::int64_t{m.reporting},
                                    pct(t.spending_pct), year_arg, s.edition}));
        notes.push_back(
            catalog.format("summary_core", {std::int64_t{m.at_or_above_core},
                                            std::int64_t{m.reporting}, pct(t.core_pct)}));
    } else if (m.reporting == 1) {
        // "1 of the 1 allies with a figure" is no sentence: name the one, with its share.
        const auto one = std::find_if(s.allies.begin(), s.allies.end(),
                                      [](const auto& a) { return a.share_gdp_pct.has_value(); });
        notes.push_back(catalog.format(
            "summary_share_sole",
            {one == s.allies.end() ? std::string() : local[one->ally.str()], year_arg, s.edition,
             one == s.allies.end()
                 ? std::string()
                 : i18n::format_percent(one->share_gdp_pct->value, 2, catalog.language()) +
                       (one->share_gdp_pct->estimate ? std::string(estimate_mark) : ""),
             name_list(m.without_share, local, catalog)}));
    } else {
        // A count over the allies with a figure names those without one: "23 of 23" would be
        // read as "all allies".
        notes.push_back(catalog.format("summary_at_or_above_partial",
                                       {std::int64_t{m.at_or_above_spending},
                                        std::int64_t{m.reporting}, pct(t.spending_pct), year_arg,
                                        s.edition, name_list(m.without_share, local, catalog)}));
        notes.push_back(
            catalog.format("summary_core_partial", {std::int64_t{m.at_or_above_core},
                                                    std::int64_t{m.reporting}, pct(t.core_pct)}));
    }
    if (m.reporting > 0) {
        if (m.equipment_reporting > 0 && m.without_equipment.empty())
            notes.push_back(catalog.format(
                "summary_equipment", {std::int64_t{m.at_or_above_equipment},
                                      std::int64_t{m.equipment_reporting}, pct(t.equipment_pct)}));
        else if (m.equipment_reporting == 1) {
            // "1 of the 1 allies with an equipment figure" is no sentence: name the one.
            const auto one = std::find_if(s.allies.begin(), s.allies.end(), [](const auto& a) {
                return a.equipment_share_pct.has_value();
            });
            notes.push_back(catalog.format(
                "summary_equipment_sole",
                {one == s.allies.end() ? std::string() : local[one->ally.str()],
                 std::string(m.at_or_above_equipment == 1 ? "yes" : "no"), pct(t.equipment_pct)}));
        } else if (m.equipment_reporting > 0)
            notes.push_back(catalog.format(
                "summary_equipment_partial",
                {std::int64_t{m.at_or_above_equipment}, std::int64_t{m.equipment_reporting},
                 pct(t.equipment_pct), name_list(m.without_equipment, local, catalog)}));
        else
            notes.push_back(catalog.format("no_equipment_shares", {s.edition, year_arg}));
    }
    if (m.estimates > 0)
        notes.push_back(catalog.format("estimate_year", {year_arg}));
    for (const auto& a : s.allies)
        if (!a.share_gdp_pct)
            notes.push_back(catalog.format("missing_line",
                                           {local[a.ally.str()], a.ally.str(), reason_text(a)}));
    std::string absent;
    for (const auto& a : allies)
        if (!a.nato_member_in(s.year))
            absent += (absent.empty() ? "" : ", ") + local[a.code.str()];
    if (!absent.empty())
        notes.push_back(catalog.format("not_members", {year_arg, absent}));
    // NATO publishes two decimals: only 2dp is "as published".
    notes.push_back(rounding_note(s.rounding, catalog));
    notes.push_back(
        catalog.format("status_source", {edition.title, edition_label(edition, catalog)}));
    return table;
}

View status_view(const engine::Status& s, const Edition& edition, std::span<const Ally> allies,
                 const i18n::Catalog& catalog) {
    return {status_table(s, edition, allies, catalog), status_csv(s, allies),
            status_json(s, edition, allies)};
}

namespace {
std::vector<std::pair<std::string, std::string>> db_properties(const store::StoreInfo& info) {
    std::string editions;
    for (const auto& e : info.editions)
        editions += (editions.empty() ? "" : ", ") + e;
    std::vector<std::pair<std::string, std::string>> props = {
        {"path", info.location},
        {"schema_version", fmt::format("{}", info.schema_version)},
        {"engine", info.engine},
        {"bundle_digest", info.bundle_digest},
        {"editions", editions}};
    for (const auto& [table, n] : info.row_counts)
        props.emplace_back("rows." + table, fmt::format("{}", n));
    return props;
}
} // namespace

Table db_info_table(const store::StoreInfo& info, const i18n::Catalog& catalog) {
    const Words w(catalog);
    Table t;
    t.title = w.t("db_title");
    t.columns = {{w.t("col_property")}, {w.t("col_value")}};
    for (const auto& [k, val] : db_properties(info))
        t.rows.push_back({k, val});
    return t;
}

Table db_info_csv(const store::StoreInfo& info) {
    Table csv;
    csv.columns = {{"property"}, {"value"}};
    for (const auto& [k, val] : db_properties(info))
        csv.rows.push_back({k, val});
    return csv;
}

json db_info_json(const store::StoreInfo& info) {
    json counts = json::object();
    for (const auto& [table, n] : info.row_counts)
        counts[table] = n;
    return json{{"path", info.location},     {"schema_version", info.schema_version},
                {"engine", info.engine},     {"bundle_digest", info.bundle_digest},
                {"editions", info.editions}, {"row_counts", counts}};
}

View db_info_view(const store::StoreInfo& info, const i18n::Catalog& catalog) {
    return {db_info_table(info, catalog), db_info_csv(info), db_info_json(info)};
}

Table db_check_table(const std::string& location, std::span<const std::string> problems,
                     const i18n::Catalog& catalog) {
    const Words w(catalog);
    Table t;
    t.title = w.f("db_check_title", {location});
    t.columns = {{w.t("col_problem")}};
    for (const auto& p : problems)
        t.rows.push_back({p});
    t.notes.push_back(problems.empty()
                          ? w.t("db_check_ok")
                          : w.f("db_check_problems", {static_cast<std::int64_t>(problems.size())}));
    return t;
}

Table db_check_csv(std::span<const std::string> problems) {
    Table csv;
    csv.columns = {{"problem"}};
    for (const auto& p : problems)
        csv.rows.push_back({p});
    return csv;
}

json db_check_json(const std::string& location, std::span<const std::string> problems) {
    return json{{"path", location},
                {"ok", problems.empty()},
                {"problems", std::vector<std::string>(problems.begin(), problems.end())}};
}

Table db_repair_table(const std::string& location, std::span<const std::string> before,
                      std::span<const std::string> after, std::int64_t rows,
                      const i18n::Catalog& catalog) {
    const Words w(catalog);
    Table t;
    t.title = w.f("db_repair_title", {location});
    t.columns = {{w.t("col_problem")}};
    for (const auto& p : before)
        t.rows.push_back({p});
    t.notes.push_back(
        before.empty() ? w.t("db_repair_nothing")
                       : w.f("db_repair_done", {static_cast<std::int64_t>(before.size()), rows}));
    if (!after.empty()) {
        t.notes.push_back(w.f("db_repair_remaining", {static_cast<std::int64_t>(after.size())}));
        for (const auto& p : after)
            t.notes.push_back(p);
    }
    return t;
}

Table db_repair_csv(std::span<const std::string> before, std::span<const std::string> after) {
    Table csv;
    csv.columns = {{"when"}, {"problem"}};
    for (const auto& p : before)
        csv.rows.push_back({"before", p});
    for (const auto& p : after)
        csv.rows.push_back({"after", p});
    return csv;
}

json db_repair_json(const std::string& location, std::span<const std::string> before,
                    std::span<const std::string> after, std::int64_t rows) {
    return json{{"path", location},
                {"ok", after.empty()},
                {"rows_changed", rows},
                {"problems_before", std::vector<std::string>(before.begin(), before.end())},
                {"problems_after", std::vector<std::string>(after.begin(), after.end())}};
}

View db_check_view(const std::string& location, std::span<const std::string> problems,
                   const i18n::Catalog& catalog) {
    return {db_check_table(location, problems, catalog), db_check_csv(problems),
            db_check_json(location, problems)};
}

} // namespace hague::report
