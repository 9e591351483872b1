#include "hague/app/service.hpp"

#include <algorithm>

#include "hague/app/common.hpp"
#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/engine/execution.hpp"
#include "hague/io/bundled.hpp"

namespace hague::app {

Service::Service(std::unique_ptr<store::Store> store)
    : library_(std::make_unique<Library>(std::move(store))) {}

Service Service::open(const std::string& uri) {
    auto store = store::open(uri);
    const auto digest = io::bundled_digest();
    if (store->bundle_digest() != digest)
        (void)store->load(io::bundled_dataset(), digest);
    return Service(std::move(store));
}

EditionsResponse Service::editions(const EditionsRequest&) const {
    return {library_->editions()};
}

template <typename Request> auto Service::on_edition(const Request& r) const {
    r.validate();
    return answer(*library_->edition(r.common.edition), r);
}

AlliesResponse Service::allies(const AlliesRequest& r) const {
    return on_edition(r);
}

ShowResponse Service::show(const ShowRequest& r) const {
    return on_edition(r);
}

StatusResponse Service::status(const StatusRequest& r) const {
    return on_edition(r);
}

GapResponse Service::gap(const GapRequest& r) const {
    return on_edition(r);
}

PathResponse Service::path(const PathRequest& r) const {
    return on_edition(r);
}

PathCheckResponse Service::path_check(const PathCheckRequest& r) const {
    r.validate();
    return answer(*library_->edition(r.old_edition), *library_->edition(r.new_edition), r);
}

PlanCheckResponse Service::plan_check(const PlanCheckRequest& r) const {
    r.validate();
    // The plan names its edition; the request's --edition overrides it.
    const auto e = library_->edition(r.common.edition ? r.common.edition : r.plan.edition);
    return answer(*e, older_than(e->edition()), r);
}

ShareResponse Service::share(const ShareRequest& r) const {
    return on_edition(r);
}

DiffResponse Service::diff(const DiffRequest& r) const {
    r.validate();
    const auto older = library_->edition(r.old_edition);
    const auto newer = library_->edition(r.new_edition);
    // Revisions run forward in time, as path --check does: a backward pair would call the older
    // figures the revision. (An import compares its workbook with the stored edition of the same
    // years in either order; it calls answer() directly.)
    const auto& o = older->edition();
    const auto& n = newer->edition();
    HAGUE_CHECK(o.published <= n.published, ErrorKind::InvalidInput, "err_diff_backwards",
                "edition {} (published {}) is newer than {} (published {}): name the older "
                "edition first ('hague diff {} {}')",
                o.id, o.published, n.id, n.published, n.id, o.id);
    return answer(*older, *newer, r);
}

FactsResponse Service::facts(const FactsRequest& r) const {
    r.validate();
    const auto e = library_->edition(r.common.edition);
    return answer(*e, library_->previous(e->edition()).get(), r);
}

CompareResponse Service::compare(const CompareRequest& r) const {
    return on_edition(r);
}

ProjectResponse Service::project(const ProjectRequest& r) const {
    return on_edition(r);
}

History Service::older_than(const Edition& e) const {
    History out;
    for (auto p = library_->previous(e); p; p = library_->previous(p->edition()))
        out.push_back(p);
    return out;
}

SimulateResponse Service::simulate(const SimulateRequest& r) const {
    r.validate();
    const auto e = library_->edition(r.projection.common.edition);
    // Only rule execution reads the older editions, and only the share of GDP of each: reading
    // them whole would be a third of the command's start-up (docs/methodology.md, "Speed").
    if (r.rule != engine::SpendingRule::Execution)
        return answer(*e, History{}, r);
    return answer(*e, library_->older_series(e->edition(), engine::record_indicator), r);
}

ChartResponse Service::chart(const ChartRequest& r) const {
    r.validate();
    const auto e = library_->edition(r.common.edition);
    return answer(*e, r, r.kind == report::ChartKind::Fan ? older_than(e->edition()) : History{});
}

ReportResponse Service::report(const ReportRequest& r) const {
    r.validate();
    const auto e = library_->edition(r.common.edition);
    return answer(*e, older_than(e->edition()), r);
}

DbInfoResponse Service::db_info() const {
    return {library_->store().info()};
}

// --- the basic use cases -------------------------------------------------------------------

AlliesResponse answer(const engine::EditionSnapshot& e, const AlliesRequest& r) {
    // Membership is a fact of the year, not of the edition: any year from 1949 is allowed.
    const Year year = r.year ? Year(*r.year) : e.edition().last_year;
    return {e.edition(), year, {e.allies().begin(), e.allies().end()}};
}

ShowResponse answer(const engine::EditionSnapshot& e, const ShowRequest& r) {
    auto code = EntityCode::parse(r.ally);
    if (!code || (!code->is_aggregate() && !e.find_ally(*code)))
        if (auto named = parse_ally(e, r.ally))
            code = named; // "Polen", "pologne", "pol"
    std::string name;
    if (code) {
        if (code->str() == EntityCode::nato_total)
            name = "NATO Total";
        else if (code->str() == EntityCode::nato_europe_canada)
            name = "NATO Europe and Canada";
        else if (const auto* a = e.find_ally(*code))
            name = a->name_en;
    }
    HAGUE_CHECK(code && !name.empty(), ErrorKind::NotFound, "err_unknown_ally_iso_code",
                "unknown ally '{}' (expected an ISO3 code such as DEU, or NATO or "
                "NATO_EUROPE_CAN)",
                r.ally);

    const auto all = e.indicators();
    std::vector<Indicator> chosen;
    for (const auto& wanted : r.indicators) {
        auto it = std::find_if(all.begin(), all.end(),
                               [&](const Indicator& i) { return i.name == wanted; });
        if (it == all.end()) {
            std::string names;
            for (const auto& i : all)
                names += (names.empty() ? "" : ", ") + i.name;
            HAGUE_THROW(ErrorKind::NotFound, "err_unknown_indicator_indicators",
                        "unknown indicator '{}' (indicators: {})", wanted, names);
        }
        chosen.push_back(*it);
    }
    if (chosen.empty())
        chosen.assign(all.begin(), all.end());
    auto series = engine::group_series(e.id(), *code, name, chosen, e.observations_of(*code),
                                       e.missing_reasons());
    std::vector<LevelBreak> breaks;
    for (const auto& b : io::bundled_breaks()) {
        if (!(b.ally == *code))
            continue;
        const auto has = [&](const engine::IndicatorSeries& s, Year y) {
            return std::any_of(s.values.begin(), s.values.end(),
                               [&](const Observation& o) { return o.year == y; });
        };
        const bool shown =
            std::any_of(series.series.begin(), series.series.end(), [&](const auto& s) {
                // GDP itself, and the share of GDP it divides.
                const bool gdp = s.indicator.name.rfind("gdp_", 0) == 0 ||
                                 s.indicator.name == indicators::share_gdp_pct;
                return gdp && has(s, Year(b.year.value() - 1)) && has(s, b.year);
            });
        if (shown)
            breaks.push_back(b);
    }
    return {e.edition(), std::move(series), std::move(breaks)};
}

StatusResponse answer(const engine::EditionSnapshot& e, const StatusRequest& r) {
    const Year year = resolve_year(e.edition(), r.year);
    // compute_status takes the year's rows from the whole edition itself.
    engine::StatusInput input{.edition = &e.edition(),
                              .year = year,
                              .rounding = r.rounding,
                              .thresholds = e.thresholds(),
                              .allies = e.allies(),
                              .observations = e.observations(),
                              .missing_reasons = e.missing_reasons()};
    return {e.edition(), {e.allies().begin(), e.allies().end()}, engine::compute_status(input)};
}

std::string version_string() {
    return fmt::format("hague {} ({}, bundled data {})", HAGUE_VERSION, store::embedded_engine(),
                       io::bundled_digest().substr(0, 12));
}

} // namespace hague::app
