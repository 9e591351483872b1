// The HTML report: sections in a fixed order, each a heading, a chart and a table or a few
// sentences. The stylesheet is inline and prints on A4.
#include "hague/report/html_report.hpp"

#include "hague/report/analytics_views.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "hague/core/error.hpp"
#include "hague/i18n/numbers.hpp"
#include "hague/report/charts.hpp"
#include "hague/report/format.hpp"
#include "hague/report/svg.hpp"
#include "hague/report/views.hpp"
#include "hague/report/words.hpp"

namespace hague::report {

namespace {

constexpr std::string_view stylesheet = R"css(
:root { --ink: #222; --muted: #555; --rule: #ddd; --accent: #0072B2; }
* { box-sizing: border-box; }
html { background: #f6f6f4; }
body { margin: 0; color: var(--ink);
       font: 15px/1.5 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; }
main { max-width: 780px; margin: 0 auto; padding: 24px 30px 40px; background: #fff; }
header h1 { font-size: 26px; line-height: 1.2; margin: 8px 0 6px; }
.lede { color: var(--muted); margin: 0 0 12px; }
h2 { font-size: 20px; margin: 30px 0 8px; padding-top: 10px; border-top: 3px solid var(--accent);
     break-after: avoid; page-break-after: avoid; }
ul.facts { padding-left: 20px; margin: 8px 0; }
ul.facts li { margin: 4px 0; }
figure { margin: 14px 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; width: 100%; height: auto; max-width: 720px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 10px 0;
        font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { padding: 3px 6px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { text-align: left; border-bottom: 2px solid var(--ink); }
th .unit { display: block; font-weight: normal; color: var(--muted); font-size: 12px; }
td.num, th.num { text-align: right; }
tr.sep td { border-bottom: 2px solid var(--ink); padding: 0; }
p.note, .table-notes { color: var(--muted); font-size: 12.5px; margin: 4px 0; }
.table-notes p { margin: 2px 0; }
footer { margin-top: 30px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--rule);
         padding-top: 8px; }
@page { size: A4; margin: 14mm 13mm 16mm; }
@media print {
  html { background: #fff; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { margin-top: 18px; }
  table { font-size: 8.5pt; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  section.chart-section { break-before: auto; }
}
)css";

std::string esc(std::string_view s) {
    return escape_xml(s);
}

std::string section(std::string_view id, const std::string& heading, const std::string& body) {
    return fmt::format("<section id=\"{}\">\n<h2>{}</h2>\n{}</section>\n", id, esc(heading), body);
}

std::string figure(const ReportInput& in, std::string_view kind) {
    const auto it = in.charts.find(kind);
    if (it != in.charts.end())
        return fmt::format("<figure data-chart=\"{}\">\n{}</figure>\n", kind, it->second);
    const auto why = in.unavailable.find(kind);
    return why == in.unavailable.end()
               ? std::string()
               : fmt::format("<p class=\"note\" data-unavailable=\"{}\">{}</p>\n", kind,
                             escape_xml(why->second));
}

std::string paragraph(const std::string& text, std::string_view cls = {}) {
    return cls.empty() ? fmt::format("<p>{}</p>\n", esc(text))
                       : fmt::format("<p class=\"{}\">{}</p>\n", cls, esc(text));
}

} // namespace

std::string html_report(const ReportInput& in, const i18n::Catalog& cat) {
    HAGUE_REQUIRE(in.edition && in.status && in.burden && in.gap, ErrorKind::Internal,
                  "report input incomplete");
    const auto lang = cat.language();
    const auto& e = *in.edition;
    const auto& s = *in.status;
    const auto year = std::int64_t{s.year.value()};
    const Words w(cat);
    const auto pct = [&](double v) { return w.pct_compact(v); };
    const auto pct2 = [&](double v) { return w.pct(v); };
    const auto usd = [&](double m) { return money_words(m * 1e6, "USD", cat); };
    const auto burden_pct = [&](double v) {
        return i18n::format_percent(v, 1, lang) +
               (in.burden->estimate ? std::string(estimate_mark) : "");
    };
    const auto names = localized_names(in.allies, cat);
    auto name_of = [&](const EntityCode& c) { return name_or_code(names, c.str()); };

    std::string body;
    // Headline facts.
    {
        std::string facts = "<ul class=\"facts\">\n";
        auto li = [&](const std::string& t) { facts += fmt::format("<li>{}</li>\n", esc(t)); };
        if (auto summary = shares_summary(s, cat, names); !summary.empty())
            li(summary);
        for (const auto& a : s.aggregates)
            if (a.entity.str() == EntityCode::nato_total && a.share_gdp_pct)
                li(cat.format(a.share_gdp_pct->estimate ? "fact_alliance_estimate"
                                                        : "fact_alliance",
                              {pct2(a.share_gdp_pct->value)}));
        for (const auto& g : in.gap->groups)
            if (g.group.id == "nato" && g.gap_m)
                li(cat.format("fact_gap", {pct(in.gap->target_pct), usd(*g.gap_m)}));
        for (const auto& g : in.burden->groups)
            if (g.group.id == "eu" && g.members_counted > 0)
                // One precision per figure: the report's table prints these shares with one
                // decimal, so the sentence does too (34.0%, never 34.02% beside it).
                li(cat.format("fact_eu", {burden_pct(g.share_of_alliance_gdp_pct),
                                          burden_pct(g.share_of_alliance_spending_pct)}));
        if (in.pillar) // the European pillar: Europe and Canada in 2035, and against Russia
            for (const auto& sentence : pillar_sentences(*in.pillar, e.id, cat))
                li(sentence);
        if (in.previous && !in.revisions.empty()) {
            const auto& r = in.revisions.front();
            li(cat.format("fact_revision",
                          {in.previous->id, name_of(r.entity), std::int64_t{r.year.value()},
                           pct2(r.old_value), pct2(r.new_value)}));
        }
        facts += "</ul>\n";
        // An imported edition whose consistency checks failed says so before any figure.
        if (!e.notes.empty())
            facts +=
                fmt::format("<p class=\"note\">{}</p>\n",
                            esc(cat.format("edition_imported_notes", {e.id, one_line(e.notes)})));
        body += section("headline", cat.text("h_headline"), facts);
    }

    // Who meets the pledges: the chart, the map, the table.
    {
        const auto table = status_view(s, e, in.allies, cat).table;
        body += section("status", cat.text("h_status"),
                        figure(in, "map") + figure(in, "shares") + render_html(table));
    }

    // The gap.
    body += section("gap", cat.format("h_gap", {pct(in.gap->target_pct)}), figure(in, "gap"));

    // The path to the target year.
    {
        Table t;
        t.columns = {Column(cat.text("col_ally")),
                     Column(cat.format("col_share_year", {std::int64_t{0}}), {}, Align::Right),
                     Column(cat.text("col_step"), cat.text("unit_points"), Align::Right),
                     Column(cat.format("col_path_year", {std::int64_t{in.review_year.value()}}), {},
                            Align::Right),
                     Column(cat.text("col_commitments"))};
        std::optional<int> baseline;
        // The steepest climb first: who has the most to do.
        std::vector<const engine::AllyPath*> paths;
        for (const auto& p : in.paths)
            paths.push_back(&p);
        std::stable_sort(paths.begin(), paths.end(), [](const auto* a, const auto* b) {
            return a->path.required_pp_per_year > b->path.required_pp_per_year;
        });
        for (const auto* pp : paths) {
            const auto& p = *pp;
            baseline = p.path.input.baseline_year.value();
            std::string commitments;
            for (const auto& c : p.commitments)
                commitments +=
                    (commitments.empty() ? "" : w.separator()) +
                    (c.commitment.by_year
                         ? cat.format("commitment_cell", {pct(c.commitment.target_pct),
                                                          std::int64_t{c.compared_year.value()}})
                         : cat.format("commitment_cell_undated", {pct(c.commitment.target_pct)}));
            t.rows.push_back({name_of(p.ally),
                              pct2(p.path.input.baseline_share_pct) +
                                  (p.baseline_estimate ? std::string(estimate_mark) : ""),
                              w.num(p.path.required_pp_per_year, 2), pct2(p.path.review_pct),
                              commitments});
        }
        if (baseline)
            t.columns[1].header = cat.format("col_share_year", {std::int64_t{*baseline}});
        t.notes.push_back(cat.format(
            "path_note", {pct(s.thresholds.core_pct), std::int64_t{in.path_target_year.value()}}));
        body += section("path", cat.format("h_path", {std::int64_t{in.path_target_year.value()}}),
                        figure(in, "trend") + render_html(t));
    }

    // Burden sharing.
    {
        Table t;
        t.columns = {Column(cat.text("col_group")),
                     Column(cat.text("burden_gdp"), "%", Align::Right),
                     Column(cat.text("burden_spending"), "%", Align::Right),
                     Column(cat.text("col_share_gdp"), cat.text("unit_share_gdp"), Align::Right)};
        for (const auto& g : in.burden->groups) {
            if (g.members_counted == 0)
                continue; // no GDP or spending in USD in this edition for the year
            t.rows.push_back(
                {localized_group_name(g.group, cat), w.num(g.share_of_alliance_gdp_pct, 1),
                 w.num(g.share_of_alliance_spending_pct, 1), w.num(g.share_gdp_pct, 2)});
        }
        t.notes.push_back(cat.text("burden_ratio_note"));
        body += section("burden", cat.text("h_burden"),
                        figure(in, "burden") + (t.rows.empty() ? std::string() : render_html(t)));
    }

    // The fan chart.
    if (in.charts.count("fan") || in.unavailable.count("fan"))
        body += section("fan", cat.text("h_fan"), figure(in, "fan"));

    // What changed since the previous edition.
    {
        std::string changes;
        if (!in.previous) {
            changes = paragraph(cat.text("changes_none"));
        } else {
            // The count at 2% in both editions, in the report's year or, when the previous
            // edition does not reach it, in the last year both cover.
            const engine::CountChange* shown = nullptr;
            for (const auto& c : in.counts)
                if (c.old_counts && c.new_counts && c.year <= s.year)
                    shown = &c;
            if (shown)
                changes += paragraph(cat.format(
                    "changes_counts",
                    {pct(s.thresholds.spending_pct), std::int64_t{shown->year.value()},
                     std::int64_t{shown->old_counts->at_or_above_spending}, in.previous->id,
                     std::int64_t{shown->new_counts->at_or_above_spending}, e.id}));
            Table t;
            t.title = cat.format("changes_top", {std::int64_t{10}});
            t.columns = {Column(cat.text("col_ally")),
                         Column(cat.text("col_year"), {}, Align::Right),
                         Column(cat.format("col_edition", {in.previous->id}), "%", Align::Right),
                         Column(cat.format("col_edition", {e.id}), "%", Align::Right),
                         Column(cat.text("col_change"), cat.text("unit_points"), Align::Right)};
            for (std::size_t i = 0; i < in.revisions.size() && i < 10; ++i) {
                const auto& r = in.revisions[i];
                t.rows.push_back({name_of(r.entity), fmt::format("{}", r.year.value()),
                                  w.marked(r.old_value, 2, r.old_estimate),
                                  w.marked(r.new_value, 2, r.new_estimate),
                                  w.signed_num(r.change, 2)});
            }
            t.notes.push_back(
                cat.format("changes_total", {static_cast<std::int64_t>(in.revisions.size())}));
            changes += render_html(t);
        }
        body += section("changes",
                        in.previous ? cat.format("h_changes", {in.previous->id})
                                    : cat.text("h_changes_none"),
                        changes);
    }

    // Methodology and sources.
    {
        std::string m;
        m += paragraph(
            cat.format("method_shares", {pct(s.thresholds.spending_pct), pct(s.thresholds.core_pct),
                                         std::int64_t{in.path_target_year.value()}}));
        m += paragraph(cat.text("method_gap"));
        m += paragraph(cat.format("method_path", {pct(s.thresholds.core_pct),
                                                  std::int64_t{in.path_target_year.value()},
                                                  std::int64_t{in.review_year.value()}}));
        if (in.charts.count("fan"))
            m += paragraph(cat.format("method_fan", {static_cast<std::int64_t>(in.fan_paths)}));
        m += paragraph(cat.text("method_estimates"));
        m += paragraph(cat.format("method_sources", {e.title, e.id, w.date(e.published)}));
        body += section("method", cat.text("h_method"), m);
    }

    const auto title = cat.format("report_title", {year});
    return fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" content=\"{}\">\n<title>{}</title>\n<style>{}</style>\n"
        "</head>\n<body>\n<main>\n<header>\n<h1>{}</h1>\n{}</header>\n{}<footer>{}</footer>\n"
        "</main>\n</body>\n</html>\n",
        i18n::code(lang), esc(in.version), esc(title), stylesheet, esc(title),
        paragraph(cat.format("report_lede", {e.title, e.id, w.date(e.published)}), "lede"), body,
        esc(cat.format("report_footer", {in.version})));
}

} // namespace hague::report
