#include "hague/engine/status.hpp"

#include <algorithm>
#include <map>

#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"

namespace hague::engine {

Compliance compare(const std::optional<Figure>& value, double threshold, Rounding rounding) {
    if (!value)
        return Compliance::NoData;
    return apply(rounding, value->value) >= threshold ? Compliance::Met : Compliance::NotMet;
}

namespace {

using FigureKey = std::pair<std::string, std::string_view>; // entity code, indicator

std::map<FigureKey, Figure> index_figures(const StatusInput& in) {
    std::map<FigureKey, Figure> figures;
    for (const auto& o : in.observations) {
        if (o.edition != in.edition->id || o.year != in.year)
            continue;
        std::string_view indicator;
        if (o.indicator == indicators::share_gdp_pct)
            indicator = indicators::share_gdp_pct;
        else if (o.indicator == indicators::equipment_share_pct)
            indicator = indicators::equipment_share_pct;
        else
            continue;
        figures[{o.entity.str(), indicator}] = Figure{o.value, o.estimate, o.source};
    }
    return figures;
}

std::optional<Figure> lookup(const std::map<FigureKey, Figure>& figures, const EntityCode& e,
                             std::string_view indicator) {
    auto it = figures.find({e.str(), indicator});
    if (it == figures.end())
        return std::nullopt;
    return it->second;
}

} // namespace

Status compute_status(const StatusInput& in) {
    HAGUE_REQUIRE(in.edition != nullptr, ErrorKind::Internal, "compute_status without an edition");
    const auto figures = index_figures(in);

    Status status;
    status.edition = in.edition->id;
    status.year = in.year;
    status.rounding = in.rounding;
    status.thresholds = in.thresholds;

    for (const auto& ally : in.allies) {
        if (!ally.nato_member_in(in.year))
            continue;
        AllyStatus row{.ally = ally.code,
                       .share_gdp_pct = {},
                       .equipment_share_pct = {},
                       .meets_spending = Compliance::NoData,
                       .meets_core = Compliance::NoData,
                       .meets_equipment = Compliance::NoData,
                       .missing_reason = {}};
        row.share_gdp_pct = lookup(figures, ally.code, indicators::share_gdp_pct);
        row.equipment_share_pct = lookup(figures, ally.code, indicators::equipment_share_pct);
        row.meets_spending = compare(row.share_gdp_pct, in.thresholds.spending_pct, in.rounding);
        row.meets_core = compare(row.share_gdp_pct, in.thresholds.core_pct, in.rounding);
        row.meets_equipment =
            compare(row.equipment_share_pct, in.thresholds.equipment_pct, in.rounding);
        if (!row.share_gdp_pct)
            row.missing_reason = find_missing_reason(in.missing_reasons, ally.code, in.edition->id,
                                                     indicators::share_gdp_pct, in.year);

        auto& s = status.summary;
        ++s.members;
        if (row.share_gdp_pct) {
            ++s.reporting;
            s.estimates += row.share_gdp_pct->estimate ? 1 : 0;
        }
        s.at_or_above_spending += row.meets_spending == Compliance::Met ? 1 : 0;
        s.at_or_above_core += row.meets_core == Compliance::Met ? 1 : 0;
        s.equipment_reporting += row.equipment_share_pct ? 1 : 0;
        s.at_or_above_equipment += row.meets_equipment == Compliance::Met ? 1 : 0;
        status.allies.push_back(std::move(row));
    }

    std::stable_sort(status.allies.begin(), status.allies.end(),
                     [](const AllyStatus& a, const AllyStatus& b) {
                         if (a.share_gdp_pct && b.share_gdp_pct) {
                             if (a.share_gdp_pct->value != b.share_gdp_pct->value)
                                 return a.share_gdp_pct->value > b.share_gdp_pct->value;
                             return a.ally < b.ally;
                         }
                         if (a.share_gdp_pct || b.share_gdp_pct)
                             return a.share_gdp_pct.has_value();
                         return a.ally < b.ally;
                     });

    for (auto code : {EntityCode::nato_total, EntityCode::nato_europe_canada}) {
        const auto entity = *EntityCode::parse(code);
        if (auto share = lookup(figures, entity, indicators::share_gdp_pct))
            status.aggregates.push_back({entity, std::move(share)});
    }
    return status;
}

} // namespace hague::engine
