// Each response as a view: the one place the CLI and a server get their output from.
#include "hague/app/views.hpp"
#include "hague/app/render.hpp"
#include "hague/report/analytics_views.hpp"
#include "hague/report/import_views.hpp"
#include "hague/report/projection_views.hpp"
#include "hague/report/svg.hpp"

namespace hague::app {

namespace {

report::FactsInput facts_input(const FactsResponse& r) {
    return {.edition = &r.edition,
            .allies = r.allies,
            .status = &r.status,
            .burden = &r.burden,
            .gap = &r.gap,
            .previous = r.previous ? &*r.previous : nullptr,
            .largest_revision = r.largest_revision ? &*r.largest_revision : nullptr,
            .pillar = r.pillar ? &*r.pillar : nullptr};
}

report::DiffInput diff_input(const DiffResponse& r) {
    return {&r.old_edition, &r.new_edition, r.indicator, r.min_change, r.rounding,
            r.thresholds,   r.revisions,    r.counts,    r.compared,   r.unchanged};
}

report::SimulationSettings settings(const SimulateResponse& r) {
    report::SimulationSettings s{std::string(engine::to_string(r.rule)),
                                 r.threads,
                                 r.rho,
                                 r.rho_overridden,
                                 r.threshold_pct,
                                 {},
                                 r.growth_shift_pct,
                                 r.volatility_scale,
                                 r.rule == engine::SpendingRule::Execution ? &r.execution : nullptr,
                                 std::string(engine::to_string(r.persistence)),
                                 r.spending_rho,
                                 r.check_year,
                                 r.rounding,
                                 r.projection.projection.assumptions.target_year,
                                 r.projection.outlook_file};
    for (const auto& p : r.parameters)
        s.parameters.push_back(
            {p.ally, p.mu, p.sigma, p.mu_overridden, p.sigma_overridden, p.tau, p.bias});
    return s;
}

} // namespace

report::View view(const EditionsResponse& r, i18n::Language language) {
    return report::editions_view(r.editions, i18n::Catalog(language));
}
report::View view(const AlliesResponse& r, i18n::Language language) {
    return report::allies_view(r.allies, r.year, r.edition.id, i18n::Catalog(language));
}
report::View view(const ShowResponse& r, i18n::Language language) {
    return report::series_view(r.series, r.edition, i18n::Catalog(language), r.breaks);
}
report::View view(const StatusResponse& r, i18n::Language language) {
    return report::status_view(r.status, r.edition, r.allies, i18n::Catalog(language));
}
report::View view(const DbInfoResponse& r, i18n::Language language) {
    return report::db_info_view(r.info, i18n::Catalog(language));
}
report::View view(const DbCheckResponse& r, i18n::Language language) {
    return report::db_check_view(r.location, r.problems, i18n::Catalog(language));
}

report::View view(const GapResponse& r, i18n::Language language) {
    return report::gap_view(r.gaps, r.edition, r.allies, i18n::Catalog(language));
}
report::View view(const PathResponse& r, i18n::Language language) {
    return report::path_view(r.edition, r.target, r.goal, r.paths, r.skipped,
                             i18n::Catalog(language), r.joined_later, r.from);
}
report::View view(const PathCheckResponse& r, i18n::Language language) {
    return report::path_check_view(r.old_edition, r.new_edition, r.target, r.allies, r.skipped,
                                   i18n::Catalog(language));
}
report::View view(const PlanCheckResponse& r, i18n::Language language) {
    return report::plan_view(r.edition, r.plan, r.ally_name, r.baseline_estimate, r.check,
                             i18n::Catalog(language));
}
report::View view(const ShareResponse& r, i18n::Language language) {
    return report::share_view(r.burden, r.edition, i18n::Catalog(language),
                              r.pillar ? &*r.pillar : nullptr);
}
report::View view(const DiffResponse& r, i18n::Language language) {
    return report::diff_view(diff_input(r), i18n::Catalog(language));
}
report::View view(const FactsResponse& r, i18n::Language language) {
    return report::facts_view(
        {.edition = &r.edition,
         .allies = r.allies,
         .status = &r.status,
         .burden = &r.burden,
         .gap = &r.gap,
         .previous = r.previous ? &*r.previous : nullptr,
         .largest_revision = r.largest_revision ? &*r.largest_revision : nullptr},
        i18n::Catalog(language));
}
report::View view(const CompareResponse& r, i18n::Language language) {
    return report::compare_view(r.edition, r.year, r.rows, r.sipri_source, i18n::Catalog(language));
}

report::View view(const ProjectResponse& r, i18n::Language language) {
    return report::projection_view(r.projection, r.growth, r.edition, r.allies, r.plan_file,
                                   r.outlook_file, i18n::Catalog(language));
}
report::View view(const SimulateResponse& r, i18n::Language language) {
    return report::simulation_view(r.result, settings(r), r.projection.projection,
                                   r.projection.edition, r.projection.allies,
                                   i18n::Catalog(language));
}

namespace {

/// Calls only the renderer of format f: json() -> JSON document, csv() -> CSV table,
/// table(catalog) -> text table in language l.
template <typename JsonFn, typename CsvFn, typename TableFn>
std::string render_one(report::Format f, i18n::Language l, const JsonFn& json, const CsvFn& csv,
                       const TableFn& table) {
    switch (f) {
    case report::Format::Json:
        return json().dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    case report::Format::Csv: return report::render_csv(csv());
    case report::Format::Html: return report::render_html(table(i18n::Catalog(l)));
    case report::Format::Table: break;
    }
    return report::render_text(table(i18n::Catalog(l)));
}

/// A text that is not a table (an import's account) as itself, or as a <pre> block in HTML.
std::string text_or_pre(const std::string& text, report::Format f) {
    return f == report::Format::Html ? "<pre>" + report::escape_xml(text) + "</pre>\n" : text;
}

} // namespace

std::string render(const StatusResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::status_json(r.status, r.edition, r.allies); },
        [&] { return report::status_csv(r.status, r.allies); },
        [&](const i18n::Catalog& c) {
            return report::status_table(r.status, r.edition, r.allies, c);
        });
}

std::string render(const EditionsResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::editions_json(r.editions); },
        [&] { return report::editions_csv(r.editions); },
        [&](const i18n::Catalog& c) { return report::editions_table(r.editions, c); });
}

std::string render(const AlliesResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::allies_json(r.allies, r.year, r.edition.id); },
        [&] { return report::allies_csv(r.allies, r.year, r.edition.id); },
        [&](const i18n::Catalog& c) { return report::allies_table(r.allies, r.year, c); });
}

std::string render(const ShowResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::series_json(r.series, r.edition, r.breaks); },
        [&] { return report::series_csv(r.series); },
        [&](const i18n::Catalog& c) {
            return report::series_table(r.series, r.edition, c, r.breaks);
        });
}

std::string render(const DbInfoResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::db_info_json(r.info); },
        [&] { return report::db_info_csv(r.info); },
        [&](const i18n::Catalog& c) { return report::db_info_table(r.info, c); });
}

std::string render(const DbRepairResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::db_repair_json(r.location, r.before, r.after, r.rows_changed); },
        [&] { return report::db_repair_csv(r.before, r.after); },
        [&](const i18n::Catalog& c) {
            return report::db_repair_table(r.location, r.before, r.after, r.rows_changed, c);
        });
}

std::string render(const DbCheckResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::db_check_json(r.location, r.problems); },
        [&] { return report::db_check_csv(r.problems); },
        [&](const i18n::Catalog& c) { return report::db_check_table(r.location, r.problems, c); });
}

std::string render(const GapResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::gap_json(r.gaps, r.allies); },
        [&] { return report::gap_csv(r.gaps, r.allies); },
        [&](const i18n::Catalog& c) { return report::gap_table(r.gaps, r.edition, r.allies, c); });
}

std::string render(const PathResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l,
        [&] {
            return report::path_json_doc(r.edition, r.target, r.paths, r.skipped, r.joined_later);
        },
        [&] { return report::path_csv(r.edition, r.target, r.paths, r.skipped); },
        [&](const i18n::Catalog& c) {
            return report::path_table(r.edition, r.goal, r.paths, r.skipped, c, r.joined_later,
                                      r.from);
        });
}

std::string render(const PathCheckResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l,
        [&] {
            return report::path_check_json(r.old_edition, r.new_edition, r.target, r.allies,
                                           r.skipped);
        },
        [&] {
            return report::path_check_csv(r.old_edition, r.new_edition, r.target, r.allies,
                                          r.skipped);
        },
        [&](const i18n::Catalog& c) {
            return report::path_check_table(r.old_edition, r.new_edition, r.allies, r.skipped, c);
        });
}

std::string render(const PlanCheckResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l,
        [&] {
            return report::plan_json(r.edition, r.plan, r.ally_name, r.baseline_estimate, r.check);
        },
        [&] { return report::plan_csv(r.edition, r.plan, r.check); },
        [&](const i18n::Catalog& c) {
            return report::plan_table(r.edition, r.plan, r.ally_name, r.baseline_estimate, r.check,
                                      c);
        });
}

std::string render(const ShareResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::share_json(r.burden, r.pillar ? &*r.pillar : nullptr); },
        [&] { return report::share_csv(r.burden); },
        [&](const i18n::Catalog& c) {
            return report::share_table(r.burden, r.edition, c, r.pillar ? &*r.pillar : nullptr);
        });
}

std::string render(const DiffResponse& r, report::Format f, i18n::Language l) {
    const auto d = diff_input(r);
    return render_one(
        f, l, [&] { return report::diff_json(d); }, [&] { return report::diff_csv(d); },
        [&](const i18n::Catalog& c) { return report::diff_table(d, c); });
}

std::string render(const ImportResponse& r, report::Format f, i18n::Language l) {
    if (r.kind == "sipri") {
        const std::string file = r.sipri.empty() ? std::string() : r.sipri.front().source;
        const report::SipriImportInput in{r.sipri, r.sipri_changed,
                                          r.outcome == ImportOutcome::Stored ? "stored" : "dry_run",
                                          file};
        switch (f) {
        case report::Format::Json: return report::sipri_import_json(in);
        case report::Format::Csv: return report::sipri_import_csv(in);
        case report::Format::Table:
        case report::Format::Html: break;
        }
        return text_or_pre(report::sipri_import_text(in, i18n::Catalog(l)), f);
    }
    std::vector<report::ImportSectionRow> sections;
    for (const auto& s : r.sections)
        sections.push_back({s.sheet, s.section, s.indicator, s.values});
    const auto diff = r.diff ? std::optional(diff_input(*r.diff)) : std::nullopt;
    const report::ImportInput in{&r.edition,
                                 r.observations,
                                 sections,
                                 r.findings,
                                 r.replaces,
                                 r.outcome == ImportOutcome::Stored   ? "stored"
                                 : r.outcome == ImportOutcome::DryRun ? "dry_run"
                                                                      : "refused",
                                 diff ? &*diff : nullptr};
    switch (f) {
    case report::Format::Json: return report::import_json(in);
    case report::Format::Csv: return report::import_csv(in);
    case report::Format::Table:
    case report::Format::Html: break;
    }
    return text_or_pre(report::import_text(in, i18n::Catalog(l)), f);
}

std::string render(const FactsResponse& r, report::Format f, i18n::Language l) {
    const auto in = facts_input(r);
    return render_one(
        f, l, [&] { return report::facts_json(in); }, [&] { return report::facts_csv(in); },
        [&](const i18n::Catalog& c) { return report::facts_table(in, c); });
}

std::string render(const CompareResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l, [&] { return report::compare_json(r.edition, r.year, r.rows, r.sipri_source); },
        [&] { return report::compare_csv(r.edition, r.year, r.rows, r.sipri_source); },
        [&](const i18n::Catalog& c) {
            return report::compare_table(r.edition, r.year, r.rows, r.sipri_source, c);
        });
}

std::string render(const ProjectResponse& r, report::Format f, i18n::Language l) {
    return render_one(
        f, l,
        [&] {
            return report::projection_json(r.projection, r.edition, r.allies, r.plan_file,
                                           r.outlook_file);
        },
        [&] { return report::projection_csv(r.projection, r.edition, r.allies, r.plan_file); },
        [&](const i18n::Catalog& c) {
            return report::projection_table(r.projection, r.growth, r.edition, r.allies,
                                            r.plan_file, r.outlook_file, c);
        });
}

std::string render(const SimulateResponse& r, report::Format f, i18n::Language l) {
    const auto s = settings(r);
    const auto& p = r.projection;
    return render_one(
        f, l,
        [&] { return report::simulation_json(r.result, s, p.projection, p.edition, p.allies); },
        [&] { return report::simulation_csv(r.result, s, p.projection, p.edition, p.allies); },
        [&](const i18n::Catalog& c) {
            return report::simulation_table(r.result, s, p.projection, p.edition, p.allies, c);
        });
}

} // namespace hague::app
