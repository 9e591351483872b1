// The charts: each kind gathers its figures from one snapshot and hands them to report/charts.
#include "hague/app/charts.hpp"

#include <algorithm>
#include <variant>

#include <fmt/format.h>

#include "hague/app/common.hpp"
#include "hague/app/projections.hpp"
#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"

namespace hague::app {

namespace {

std::string kinds_list() {
    std::string out;
    for (const auto k : report::all_chart_kinds)
        out += (out.empty() ? "" : ", ") + std::string(report::to_string(k));
    return out;
}

} // namespace

report::ChartKind parse_chart_kind_field(std::string_view text) {
    const auto kind = report::parse_chart_kind(text);
    HAGUE_CHECK(kind.has_value(), ErrorKind::InvalidInput, "err_chart_kind_one",
                "chart kind '{}' is not one of {}", std::string(text), kinds_list());
    return *kind;
}

void ChartRequest::validate() const {
    using K = report::ChartKind;
    const auto name = std::string(report::to_string(kind));
    validate_year_field(year, "year");
    if (kind == K::Trend) {
        validate_ally_list(allies, "allies");
        HAGUE_CHECK(!allies.empty(), ErrorKind::InvalidInput, "err_chart_trend_needs_at",
                    "'chart trend' needs at least one ally (ISO3 codes such as DEU POL)");
        HAGUE_CHECK(allies.size() <= max_trend_allies, ErrorKind::InvalidInput,
                    "err_chart_trend_draws_at", "'chart trend' draws at most {} allies, not {}",
                    max_trend_allies, allies.size());
    } else {
        HAGUE_CHECK(allies.empty(), ErrorKind::InvalidInput, "err_chart_takes_allies_given",
                    "'chart {}' takes no allies ('{}' given); only 'chart trend' does", name,
                    allies.front());
    }
    HAGUE_CHECK_FIELD(paths >= 1 && paths <= max_chart_paths, ErrorKind::InvalidInput, "paths",
                      "err_paths_outside", "{} {} is outside 1-{}", paths, max_chart_paths);
    // The burden chart draws groups, the trend chart the allies it is given: --allies would
    // change nothing there (and --highlight nothing on burden).
    HAGUE_CHECK_FIELD(only.empty() || (kind != K::Burden && kind != K::Trend),
                      ErrorKind::InvalidInput, "allies", "err_chart_option_kinds",
                      "{} applies to the shares, map, gap and fan charts, not '{}'", name);
    HAGUE_CHECK_FIELD(highlight.empty() || kind != K::Burden, ErrorKind::InvalidInput, "highlight",
                      "err_chart_option_kinds",
                      "{} applies to the shares, map, gap, fan and trend charts, not '{}'", name);
    for (const auto* t : {&text.title, &text.subtitle, &text.note, &text.byline})
        HAGUE_CHECK(!*t || ((*t)->size() <= 500 && !(*t)->empty()), ErrorKind::InvalidInput,
                    "err_chart_text_length", "a chart's text is 1-500 characters, not {}",
                    std::to_string(t->value_or("").size()));
    HAGUE_CHECK_FIELD(width >= report::min_chart_width && width <= report::max_chart_width,
                      ErrorKind::InvalidInput, "width", "err_chart_width",
                      "{} {} is outside {}-{} (pixels)", std::int64_t{width},
                      static_cast<std::int64_t>(report::min_chart_width),
                      static_cast<std::int64_t>(report::max_chart_width));
}

ChartResponse answer_all(const engine::EditionSnapshot& e, const ChartRequest& r,
                         const History& older);

namespace {

/// The fan chart's simulation: the scenario's projection under the budget rule, or why the
/// edition cannot give one (no ally has a baseline GDP).
std::variant<SimulateResponse, Error> fan_simulation(const engine::EditionSnapshot& e,
                                                     const History& older, const ChartRequest& r) {
    SimulateRequest sr;
    sr.projection.common = r.common;
    sr.projection.scenario = r.scenario;
    sr.projection.plan = r.plan;
    sr.paths = r.paths;
    sr.seed = r.seed;
    sr.rule = engine::SpendingRule::Execution; // simulate's default: spending and growth uncertain
    sr.growth_shift_pct = r.growth_shift_pct;
    sr.volatility_scale = r.volatility_scale;
    sr.threads = r.threads;
    sr.cancelled = r.cancelled;
    sr.validate(); // the fan chart takes simulate's options: the same checks
    auto projection = answer(e, sr.projection); // computed once, simulated below
    if (auto why = nothing_to_simulate(projection))
        return std::move(*why);
    return simulate_projection(e, older, sr, std::move(projection));
}

} // namespace

bool chart_compares_shares(report::ChartKind kind) {
    using K = report::ChartKind;
    return kind == K::Shares || kind == K::Map || kind == K::Gap;
}

std::vector<std::string> resolve_allies(const engine::EditionSnapshot& e,
                                        const std::vector<std::string>& items, Year year) {
    std::vector<std::string> codes;
    for (const auto& item : items) {
        if (item == "EU" || item == "eu") {
            for (const auto& a : e.allies())
                if (a.eu_member_in(year) && a.nato_member_in(year))
                    codes.push_back(a.code.str());
            continue;
        }
        if (const auto code = EntityCode::parse(item); code && code->is_aggregate()) {
            codes.push_back(code->str());
            continue;
        }
        const auto code = parse_ally(e, item);
        HAGUE_CHECK(code.has_value(), ErrorKind::NotFound, "err_unknown_ally_iso_code",
                    "unknown ally '{}' (expected an ISO3 code such as DEU, or NATO or "
                    "NATO_EUROPE_CAN)",
                    item);
        codes.push_back(code->str());
    }
    return codes;
}

namespace {
template <typename T, typename Id>
void keep_only(std::vector<T>& v, const std::vector<std::string>& codes, Id id) {
    if (codes.empty())
        return;
    std::erase_if(
        v, [&](const T& x) { return std::find(codes.begin(), codes.end(), id(x)) == codes.end(); });
}

/// Whether a chart's figures, after --allies, leave it nothing to draw.
bool nothing_drawn(report::ChartKind kind, const decltype(ChartResponse::figures)& figures) {
    if (const auto* s = std::get_if<engine::Status>(&figures)) // the map draws allies only
        return s->allies.empty() && (kind == report::ChartKind::Map || s->aggregates.empty());
    if (const auto* g = std::get_if<engine::GapResult>(&figures))
        return g->allies.empty();
    if (const auto* f = std::get_if<FanFigures>(&figures))
        return std::none_of(f->result.entities.begin(), f->result.entities.end(),
                            [](const auto& x) { return !x.group; });
    return false;
}
} // namespace

ChartResponse answer(const engine::EditionSnapshot& e, const ChartRequest& r,
                     const History& older) {
    auto out = answer_all(e, r, older);
    out.text = r.text;
    out.width = r.width;
    const auto year = resolve_year(e.edition(), r.year);
    out.highlight = resolve_allies(e, r.highlight, year);
    const auto only = resolve_allies(e, r.only, year);
    if (auto* s = std::get_if<engine::Status>(&out.figures)) {
        keep_only(s->allies, only, [](const auto& a) { return a.ally.str(); });
        keep_only(s->aggregates, only, [](const auto& a) { return a.entity.str(); });
        if (!only.empty()) // the summary counts the allies drawn, not the alliance
            s->summary = engine::summarize(s->allies);
    } else if (auto* g = std::get_if<engine::GapResult>(&out.figures)) {
        keep_only(g->allies, only, [](const auto& a) { return a.ally.str(); });
    } else if (auto* f = std::get_if<FanFigures>(&out.figures)) {
        keep_only(f->result.entities, only, [](const auto& x) { return x.id; });
    }
    // A choice that leaves nothing to draw is refused, not drawn as an empty chart: aggregates
    // where the chart draws allies only (gap, map, fan), allies that were not members in the
    // year, or Iceland, which has no figure to project.
    HAGUE_CHECK(only.empty() || !nothing_drawn(r.kind, out.figures), ErrorKind::InvalidInput,
                "err_chart_allies_none",
                "--allies {} selects nothing the {} chart draws (give "
                "ISO3 codes of allies such as DEU, or EU)",
                fmt::format("{}", fmt::join(r.only, ",")), std::string(report::to_string(r.kind)));
    return out;
}

ChartResponse answer_all(const engine::EditionSnapshot& e, const ChartRequest& r,
                         const History& older) {
    ChartResponse out{r.kind,
                      e.edition(),
                      {e.allies().begin(), e.allies().end()},
                      e.pledge(pledges::hague_total).target_pct,
                      {},
                      {},
                      {},
                      {},
                      r.width};
    using K = report::ChartKind;
    if (r.kind == K::Shares || r.kind == K::Map) {
        out.figures = answer(e, StatusRequest{r.common, r.year, r.rounding}).status;
    } else if (r.kind == K::Gap) {
        GapRequest g;
        g.common = r.common;
        g.year = r.year;
        g.rounding = r.rounding;
        out.figures = answer(e, g).gaps;
    } else if (r.kind == K::Burden) {
        const auto year = resolve_year(e.edition(), r.year);
        auto b = compute_burden(e, year, PriceBasis::Current, {});
        out.unavailable = burden_unavailable(b, e.edition(), year);
        if (!out.unavailable)
            out.figures = std::move(b);
    } else if (r.kind == K::Trend) {
        const auto& core = e.pledge(pledges::hague_core);
        TrendFigures t{{},
                       e.edition().first_year,
                       core.by_year.value_or(e.edition().last_year),
                       e.thresholds()};
        for (const auto& ally : r.allies) {
            ShowRequest sr{r.common, ally, {std::string(indicators::share_gdp_pct)}};
            report::TrendLine line{answer(e, sr).series, std::nullopt, {}, {}};
            // NATO and Europe-and-Canada are drawn as published; they have no path of their own.
            if (!line.history.entity.is_aggregate()) {
                const auto p =
                    compute_paths(e, ally, engine::PathTarget::Core, e.edition().last_year);
                if (!p.paths.empty())
                    line.path = p.paths.front();
            }
            // The plan page draws a plan against its ally's path: the core leg as plan check
            // reads it (money converted to shares).
            if (r.plan && line.history.entity == r.plan->ally) {
                const auto check = answer(e, History{}, PlanCheckRequest{r.common, *r.plan}).check;
                for (const auto& y : check.core)
                    line.plan.push_back({y.year, y.share_pct, y.from_money});
                line.plan_title = r.plan->title;
            }
            t.lines.push_back(std::move(line));
        }
        out.figures = std::move(t);
    } else { // fan
        auto simulation = fan_simulation(e, older, r);
        if (auto* why = std::get_if<Error>(&simulation)) {
            out.unavailable = std::move(*why);
            return out;
        }
        auto& sim = std::get<SimulateResponse>(simulation);
        const auto& p = sim.projection;
        out.figures =
            FanFigures{std::move(sim.result), sim.threshold_pct,
                       p.projection.assumptions.target_year, p.projection.scenario, p.plan_file};
    }
    return out;
}

} // namespace hague::app
