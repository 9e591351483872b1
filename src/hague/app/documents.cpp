// Charts and the report, rendered after the facade from the figures the use cases computed, in
// the reader's language.
#include <variant>

#include "hague/app/common.hpp"
#include "hague/app/render.hpp"
#include "hague/io/geo_reader.hpp"
#include "hague/report/chart_data.hpp"
#include "hague/report/charts.hpp"
#include "hague/report/html_report.hpp"
#include "hague/report/png.hpp"

namespace hague::app {

namespace {

/// The scenario's name in the catalog's language.
std::string scenario_name(const FanFigures& f, const i18n::Catalog& catalog) {
    switch (f.scenario) {
    case engine::Scenario::StatusQuo: return catalog.text("scenario_status_quo");
    case engine::Scenario::Linear: return catalog.text("scenario_linear");
    case engine::Scenario::Commitments: return catalog.text("scenario_commitments");
    case engine::Scenario::Plan: break;
    }
    return catalog.format("scenario_plan", {f.plan_file.value_or("")});
}

std::string draw(const ChartResponse& r, const i18n::Catalog& catalog) {
    if (r.unavailable)
        throw *r.unavailable;
    const report::ChartContext context{&r.edition, r.allies,    &catalog,
                                       r.text,     r.highlight, static_cast<double>(r.width)};
    if (const auto* s = std::get_if<engine::Status>(&r.figures)) {
        if (r.kind == report::ChartKind::Map) {
            const auto map = io::bundled_map();
            return report::map_chart(*s, map.panels, map.outlines, context);
        }
        return report::shares_chart(*s, r.total_pct, context);
    }
    if (const auto* g = std::get_if<engine::GapResult>(&r.figures))
        return report::gap_chart(*g, context);
    if (const auto* b = std::get_if<engine::BurdenResult>(&r.figures))
        return report::burden_chart(*b, context);
    if (const auto* t = std::get_if<TrendFigures>(&r.figures))
        return report::trend_chart(t->lines, t->first, t->last, t->thresholds, r.total_pct,
                                   context);
    if (const auto* f = std::get_if<FanFigures>(&r.figures))
        return report::fan_chart(f->result, f->threshold_pct, f->target_year,
                                 scenario_name(*f, catalog), context);
    throw Error(ErrorKind::Internal,
                "chart '" + std::string(report::to_string(r.kind)) + "' has no figures");
}

} // namespace

std::string render_svg(const ChartResponse& r, i18n::Language language) {
    return draw(r, i18n::Catalog(language));
}

std::string_view to_string(ChartFormat f) {
    switch (f) {
    case ChartFormat::Svg: return "svg";
    case ChartFormat::Png: return "png";
    case ChartFormat::Csv: return "csv";
    }
    return "svg";
}

std::string render_chart(const ChartResponse& r, ChartFormat format, i18n::Language language,
                         int scale) {
    switch (format) {
    case ChartFormat::Svg: return render_svg(r, language);
    case ChartFormat::Png: return report::svg_to_png(render_svg(r, language), scale);
    case ChartFormat::Csv: break;
    }
    if (r.unavailable)
        throw *r.unavailable;
    report::Table csv;
    if (const auto* s = std::get_if<engine::Status>(&r.figures))
        csv = report::shares_chart_csv(*s, r.total_pct, r.allies, r.kind != report::ChartKind::Map);
    else if (const auto* g = std::get_if<engine::GapResult>(&r.figures))
        csv = report::gap_chart_csv(*g, r.allies);
    else if (const auto* b = std::get_if<engine::BurdenResult>(&r.figures))
        csv = report::burden_chart_csv(*b);
    else if (const auto* t = std::get_if<TrendFigures>(&r.figures))
        csv = report::trend_chart_csv(r.edition.id, t->lines, t->first, t->last, r.allies);
    else if (const auto* f = std::get_if<FanFigures>(&r.figures))
        csv = report::fan_chart_csv(
            r.edition.id, f->result, f->threshold_pct, f->target_year,
            f->plan_file ? *f->plan_file : std::string(engine::to_string(f->scenario)), r.allies);
    else
        throw Error(ErrorKind::Internal,
                    "chart '" + std::string(report::to_string(r.kind)) + "' has no figures");
    return report::render_csv(csv);
}

std::string render_html(const ReportResponse& r, i18n::Language language) {
    const i18n::Catalog catalog(language);
    const auto& facts = r.facts;
    report::ReportInput in;
    in.edition = &facts.edition;
    in.allies = facts.allies;
    in.status = &facts.status;
    in.burden = &facts.burden;
    in.gap = &facts.gap;
    in.paths = r.paths;
    in.path_target_year = r.path_target_year;
    in.review_year = r.review_year;
    in.total_pct = r.total_pct;
    in.previous = facts.previous ? &*facts.previous : nullptr;
    if (r.changes) {
        in.revisions = r.changes->revisions;
        in.counts = r.changes->counts;
    }
    in.fan_paths = r.fan_paths;
    in.pillar = facts.pillar ? &*facts.pillar : nullptr;
    in.version = r.version;

    // A chart whose figures the edition lacks (2025-08 has shares of GDP only) is replaced by the
    // reason, in the reader's language.
    // The report's figures are keyed by the kind's name (data-chart="gap" in the document).
    auto add = [&](const ChartResponse& chart) {
        const auto kind = report::to_string(chart.kind);
        if (chart.unavailable)
            in.unavailable.emplace(kind, i18n::error_message(*chart.unavailable, language));
        else
            in.charts.emplace(kind, draw(chart, catalog));
    };
    auto from_facts = [&](report::ChartKind kind, auto figures) {
        ChartResponse c{kind,
                        facts.edition,
                        facts.allies,
                        r.total_pct,
                        std::move(figures),
                        {},
                        {},
                        {},
                        static_cast<int>(report::default_chart_width)};
        return c;
    };
    using K = report::ChartKind;
    add(from_facts(K::Shares, facts.status));
    add(from_facts(K::Map, facts.status));
    add(from_facts(K::Gap, facts.gap));
    auto burden = from_facts(K::Burden, facts.burden);
    burden.unavailable = burden_unavailable(facts.burden, facts.edition, facts.status.year);
    add(burden);
    if (r.trend)
        add(*r.trend);
    if (r.fan)
        add(*r.fan);
    return report::html_report(in, catalog);
}

} // namespace hague::app
