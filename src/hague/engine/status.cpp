#include "hague/engine/status.hpp"

#include <algorithm>

#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"

namespace hague::engine {

Compliance compare(const std::optional<Figure>& value, double threshold, Rounding rounding) {
    if (!value)
        return Compliance::NoData;
    return apply(rounding, value->value) >= threshold ? Compliance::Met : Compliance::NotMet;
}

StatusSummary summarize(std::span<const AllyStatus> allies) {
    StatusSummary s;
    for (const auto& row : allies) {
        ++s.members;
        if (row.share_gdp_pct) {
            ++s.reporting;
            s.estimates += row.share_gdp_pct->estimate ? 1 : 0;
        } else {
            s.without_share.push_back(row.ally.str());
        }
        if (!row.equipment_share_pct)
            s.without_equipment.push_back(row.ally.str());
        s.at_or_above_spending += row.meets_spending == Compliance::Met ? 1 : 0;
        s.at_or_above_core += row.meets_core == Compliance::Met ? 1 : 0;
        s.equipment_reporting += row.equipment_share_pct ? 1 : 0;
        s.at_or_above_equipment += row.meets_equipment == Compliance::Met ? 1 : 0;
    }
    return s;
}

Status compute_status(const StatusInput& in) {
    HAGUE_REQUIRE(in.edition != nullptr, ErrorKind::Internal, "compute_status without an edition");
    std::vector<Observation> rows;
    for (const auto& o : in.observations)
        if (o.edition == in.edition->id && o.year == in.year)
            rows.push_back(o);
    const ObservationIndex figures(rows);

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
                       .missing_reason = {},
                       .missing_key = {}};
        row.share_gdp_pct = figures.find(ally.code, in.year, indicators::share_gdp_pct);
        row.equipment_share_pct = figures.find(ally.code, in.year, indicators::equipment_share_pct);
        row.meets_spending = compare(row.share_gdp_pct, in.thresholds.spending_pct, in.rounding);
        row.meets_core = compare(row.share_gdp_pct, in.thresholds.core_pct, in.rounding);
        row.meets_equipment =
            compare(row.equipment_share_pct, in.thresholds.equipment_pct, in.rounding);
        if (!row.share_gdp_pct)
            if (const auto* why =
                    match_missing_reason(in.missing_reasons, ally.code, in.edition->id,
                                         indicators::share_gdp_pct, in.year)) {
                row.missing_reason = why->reason;
                row.missing_key = why->key;
            }

        status.allies.push_back(std::move(row));
    }

    status.summary = summarize(status.allies);
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
        if (auto share = figures.find(entity, in.year, indicators::share_gdp_pct))
            status.aggregates.push_back({entity, std::move(share)});
    }
    return status;
}

} // namespace hague::engine
