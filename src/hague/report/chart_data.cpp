#include "hague/report/chart_data.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "hague/engine/projection.hpp"
#include "hague/report/format.hpp"
#include "hague/report/views.hpp"

namespace hague::report {

Band band_of(const engine::AllyStatus& a) {
    if (a.meets_core == engine::Compliance::Met)
        return Band::Core;
    if (a.meets_spending == engine::Compliance::Met)
        return Band::Spending;
    if (a.meets_spending == engine::Compliance::NotMet)
        return Band::Below;
    return Band::NoData;
}

std::string_view to_string(Band b) {
    switch (b) {
    case Band::Core: return "core";
    case Band::Spending: return "spending";
    case Band::Below: return "below";
    case Band::NoData: return "no_data";
    }
    return "no_data";
}

GapBars gap_bars(const engine::GapResult& g) {
    GapBars out;
    for (const auto& a : g.allies) {
        if (!a.share) {
            out.unknown.push_back(&a);
        } else if (a.gap_pp <= 0) {
            out.met.push_back(&a);
        } else if (a.gap_m) {
            out.short_of.push_back(&a);
            out.currency = a.currency_code;
        } else {
            out.unknown.push_back(&a);
        }
    }
    if (out.currency.empty())
        out.currency = g.currency == Currency::Eur ? "EUR" : "USD";
    std::stable_sort(out.short_of.begin(), out.short_of.end(),
                     [](const auto* a, const auto* b) { return *a->gap_m > *b->gap_m; });
    return out;
}

std::vector<const engine::GroupBurden*> burden_groups(const engine::BurdenResult& b) {
    std::vector<const engine::GroupBurden*> out;
    for (const auto& g : b.groups)
        if (g.group.id != "nato")
            out.push_back(&g);
    return out;
}

std::vector<const engine::McEntityResult*> fan_rows(const engine::McResult& r) {
    std::vector<const engine::McEntityResult*> rows;
    for (const auto& e : r.entities)
        if (!e.group)
            rows.push_back(&e);
    std::stable_sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
        return a->share_pct.p50 > b->share_pct.p50;
    });
    return rows;
}

namespace {

std::string flag(bool b) {
    return b ? "true" : "false";
}

} // namespace

Table shares_chart_csv(const engine::Status& s, double total_pct, std::span<const Ally> allies,
                       bool with_aggregates) {
    const auto names = english_names(allies);
    Table csv;
    csv.columns = {{"edition"}, {"year"},          {"kind"},     {"ally"},          {"name"},
                   {"band"},    {"share_gdp_pct"}, {"estimate"}, {"missing_reason"}};
    const auto year = fmt::format("{}", s.year);
    for (const auto& a : s.allies)
        csv.rows.push_back({s.edition, year, "ally", a.ally.str(),
                            name_or_code(names, a.ally.str()), std::string(to_string(band_of(a))),
                            a.share_gdp_pct ? format_exact(a.share_gdp_pct->value) : "",
                            a.share_gdp_pct ? flag(a.share_gdp_pct->estimate) : "",
                            a.missing_reason.value_or("")});
    if (!with_aggregates)
        return csv;
    for (const auto& g : s.aggregates)
        csv.rows.push_back({s.edition, year, "aggregate", g.entity.str(),
                            name_or_code(names, g.entity.str()), "",
                            g.share_gdp_pct ? format_exact(g.share_gdp_pct->value) : "",
                            g.share_gdp_pct ? flag(g.share_gdp_pct->estimate) : "", ""});
    const std::pair<const char*, double> lines[] = {{"wales_spending", s.thresholds.spending_pct},
                                                    {"hague_core", s.thresholds.core_pct},
                                                    {"hague_total", total_pct}};
    for (const auto& [id, value] : lines)
        csv.rows.push_back(
            {s.edition, year, "reference_line", "", id, "", format_exact(value), "", ""});
    return csv;
}

Table gap_chart_csv(const engine::GapResult& g, std::span<const Ally> allies) {
    const auto names = english_names(allies);
    const auto bars = gap_bars(g);
    const auto key = fmt::format("gap_{}_m", bars.currency == "EUR" ? "eur" : "usd");
    Table csv;
    csv.columns = {{"edition"},  {"year"},          {"target_pct"}, {"prices"},
                   {"shown_as"}, {"ally"},          {"name"},       {"currency"},
                   {key},        {"share_gdp_pct"}, {"estimate"},   {"missing_reason"}};
    const auto year = fmt::format("{}", g.year);
    const auto target = format_exact(g.target_pct);
    const auto prices = std::string(to_string(g.prices));
    auto add = [&](const engine::AllyGap* a, std::string_view shown_as, bool money) {
        csv.rows.push_back({g.edition, year, target, prices, std::string(shown_as), a->ally.str(),
                            name_or_code(names, a->ally.str()), money ? bars.currency : "",
                            money ? format_exact(*a->gap_m) : "",
                            a->share ? format_exact(a->share->value) : "",
                            a->share ? flag(a->share->estimate) : "",
                            a->missing ? reason_in_english(*a->missing) : ""});
    };
    for (const auto* a : bars.short_of)
        add(a, "bar", true);
    for (const auto* a : bars.met)
        add(a, "at_or_above_target", false);
    for (const auto* a : bars.unknown)
        add(a, "no_figure", false);
    return csv;
}

Table burden_chart_csv(const engine::BurdenResult& b) {
    Table csv;
    csv.columns = {{"edition"},
                   {"year"},
                   {"prices"},
                   {"group"},
                   {"name"},
                   {"members_counted"},
                   {"share_of_alliance_gdp_pct"},
                   {"share_of_alliance_spending_pct"}};
    for (const auto* g : burden_groups(b))
        csv.rows.push_back({b.edition, fmt::format("{}", b.year), std::string(to_string(b.prices)),
                            g->group.id, g->group.name, fmt::format("{}", g->members_counted),
                            format_exact(g->share_of_alliance_gdp_pct),
                            format_exact(g->share_of_alliance_spending_pct)});
    return csv;
}

Table trend_chart_csv(std::string_view edition, std::span<const TrendLine> lines, Year first,
                      Year last, std::span<const Ally> allies) {
    const auto names = english_names(allies);
    Table csv;
    csv.columns = {{"edition"},       {"ally"},     {"name"},  {"series"},   {"year"},
                   {"share_gdp_pct"}, {"estimate"}, {"dated"}, {"announced"}};
    const auto in_range = [&](Year y) { return y >= first && y <= last; };
    for (const auto& l : lines) {
        const auto code = l.history.entity.str();
        const auto name = name_or_code(names, code);
        for (const auto& s : l.history.series)
            for (const auto& o : s.values)
                if (in_range(o.year))
                    csv.rows.push_back({std::string(edition), code, name, "published",
                                        fmt::format("{}", o.year), format_exact(o.value),
                                        flag(o.estimate), "", ""});
        for (const auto& p : l.plan)
            if (in_range(p.year))
                csv.rows.push_back({std::string(edition), code, name, "plan",
                                    fmt::format("{}", p.year), format_exact(p.share_pct), "", "",
                                    ""});
        if (!l.path)
            continue;
        for (const auto& p : l.path->path.points)
            if (p.year <= last)
                csv.rows.push_back({std::string(edition), code, name, "path",
                                    fmt::format("{}", p.year), format_exact(p.share_pct), "", "",
                                    ""});
        for (const auto& c : l.path->commitments)
            if (in_range(c.compared_year))
                csv.rows.push_back(
                    {std::string(edition), code, name, "commitment",
                     fmt::format("{}", c.compared_year), format_exact(c.commitment.target_pct), "",
                     flag(c.commitment.by_year.has_value()), c.commitment.announced});
    }
    return csv;
}

Table fan_chart_csv(std::string_view edition, const engine::McResult& r, double threshold_pct,
                    Year last_year, std::string_view scenario, std::span<const Ally> allies) {
    const auto names = english_names(allies);
    Table csv;
    csv.columns = {{"edition"},
                   {"scenario"},
                   {"paths"},
                   {"seed"},
                   {"year"},
                   {"ally"},
                   {"name"},
                   {"share_gdp_pct_p5"},
                   {"share_gdp_pct_p50"},
                   {"share_gdp_pct_p95"},
                   {"threshold_pct"},
                   {"probability_at_or_above"}};
    for (const auto* e : fan_rows(r))
        csv.rows.push_back({std::string(edition), std::string(scenario), fmt::format("{}", r.paths),
                            fmt::format("{}", r.seed), fmt::format("{}", last_year), e->id,
                            name_or_code(names, e->id), format_exact(e->share_pct.p5),
                            format_exact(e->share_pct.p50), format_exact(e->share_pct.p95),
                            format_exact(threshold_pct), format_exact(e->probability_at_or_above)});
    return csv;
}

} // namespace hague::report
