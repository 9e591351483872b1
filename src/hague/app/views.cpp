// Each response as a view: the one place the CLI and a server get their output from.
#include "hague/app/views.hpp"
#include "hague/app/render.hpp"
#include "hague/report/analytics_views.hpp"
#include "hague/report/projection_views.hpp"

namespace hague::app {

report::View view(const EditionsResponse& r, i18n::Language language) {
    return report::editions_view(r.editions, i18n::Catalog(language));
}
report::View view(const AlliesResponse& r, i18n::Language language) {
    return report::allies_view(r.allies, r.year, r.edition.id, i18n::Catalog(language));
}
report::View view(const ShowResponse& r, i18n::Language language) {
    return report::series_view(r.series, r.edition, i18n::Catalog(language));
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
    return report::path_view(r.edition, r.target, r.paths, r.skipped, i18n::Catalog(language));
}
report::View view(const PathCheckResponse& r, i18n::Language language) {
    return report::path_check_view(r.old_edition, r.new_edition, r.target, r.allies,
                                   i18n::Catalog(language));
}
report::View view(const PlanCheckResponse& r, i18n::Language language) {
    return report::plan_view(r.edition, r.plan, r.ally_name, r.baseline_estimate, r.check,
                             i18n::Catalog(language));
}
report::View view(const ShareResponse& r, i18n::Language language) {
    return report::share_view(r.burden, r.edition, i18n::Catalog(language));
}
report::View view(const DiffResponse& r, i18n::Language language) {
    return report::diff_view(r.old_edition, r.new_edition, r.indicator, r.min_change, r.rounding,
                             r.thresholds, r.revisions, r.counts, i18n::Catalog(language));
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
    report::SimulationSettings s{r.rule == engine::SpendingRule::Share ? "share" : "budget",
                                 r.threads,
                                 r.rho,
                                 r.rho_overridden,
                                 0,
                                 {}};
    for (const auto& p : r.parameters)
        s.parameters.push_back({p.ally, p.mu, p.sigma, p.mu_overridden, p.sigma_overridden});
    s.threshold_pct = r.threshold_pct;
    return report::simulation_view(r.result, s, r.projection.projection, r.projection.edition,
                                   r.projection.allies, i18n::Catalog(language));
}

namespace {

/// A response whose view builds its three formats together: JSON and CSV do not depend on the
/// language, so they are built with English; the table in the reader's language.
template <typename Response>
std::string render_view(const Response& r, report::Format f, i18n::Language l) {
    return report::render(view(r, f == report::Format::Table ? l : i18n::Language::En), f);
}

} // namespace

std::string render(const StatusResponse& r, report::Format f, i18n::Language l) {
    switch (f) {
    case report::Format::Json:
        return report::status_json(r.status, r.edition, r.allies).dump(2) + "\n";
    case report::Format::Csv: return report::render_csv(report::status_csv(r.status, r.allies));
    case report::Format::Table: break;
    }
    return report::render_text(
        report::status_table(r.status, r.edition, r.allies, i18n::Catalog(l)));
}

std::string render(const EditionsResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const AlliesResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const ShowResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const DbInfoResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const DbCheckResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const GapResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const PathResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const PathCheckResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const PlanCheckResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const ShareResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const DiffResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const FactsResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const CompareResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const ProjectResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}
std::string render(const SimulateResponse& r, report::Format f, i18n::Language l) {
    return render_view(r, f, l);
}

} // namespace hague::app
