#include "hague/engine/edition_checks.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "hague/core/text.hpp"

namespace hague::engine {

namespace {

using Key = std::tuple<std::string, std::string, int>; // indicator, entity, year

/// The rounding unit of a total's published figures, in the indicator's unit: whole millions
/// (NATO's tables in million dollars; GDP is stored in billions), thousands of personnel to
/// three decimals. Full-precision workbooks agree to 1e-9 relative; a transcription rounded to
/// these units agrees to half a unit per ally summed.
double unit_of(std::string_view indicator) {
    if (indicator.ends_with("_bn") || indicator.ends_with("_k"))
        return 0.001;
    return 1.0;
}

} // namespace

std::vector<CheckFinding> check_edition(const Edition& e, std::span<const Observation> observations,
                                        std::span<const Ally> allies) {
    std::map<Key, double> v;
    for (const auto& o : observations)
        v[{o.indicator, o.entity.str(), o.year.value()}] = o.value;
    const auto get = [&](const std::string& indicator, const std::string& entity,
                         int year) -> const double* {
        const auto it = v.find({indicator, entity, year});
        return it == v.end() ? nullptr : &it->second;
    };
    std::vector<CheckFinding> findings;

    // Estimate years: contiguous, at the end of the edition's years.
    for (std::size_t i = 0; i < e.estimate_years.size(); ++i) {
        const int expected = e.last_year.value() - static_cast<int>(e.estimate_years.size()) + 1 +
                             static_cast<int>(i);
        if (e.estimate_years[i].value() != expected) {
            findings.push_back({"estimate_years", "", 0,
                                fmt::format("the estimate years are not the last years of the "
                                            "edition ({}-{})",
                                            e.first_year.value(), e.last_year.value())});
            break;
        }
    }

    // Table 3 against Tables 2 and 5, at constant prices (NATO's share is of real GDP); a share
    // missing where both have a figure is a gap in Table 3, not NATO's silence.
    for (const auto& [key, value] : v) {
        const auto& [indicator, entity, year] = key;
        if (indicator == fmt::format("exp_usd_const{}_m", e.constant_price_base) &&
            get(fmt::format("gdp_usd_const{}_bn", e.constant_price_base), entity, year) &&
            !get("share_gdp_pct", entity, year))
            findings.push_back({"share_missing", entity, year,
                                fmt::format("{} {}: Tables 2 and 5 have figures but Table 3 has "
                                            "no share of GDP",
                                            entity, year)});
        (void)value;
    }
    // Table 3 against Tables 2 and 5, at constant prices (NATO's share is of real GDP).
    const auto base = e.constant_price_base;
    const auto spending = fmt::format("exp_usd_const{}_m", base);
    const auto gdp = fmt::format("gdp_usd_const{}_bn", base);
    for (const auto& o : observations) {
        if (o.indicator != "share_gdp_pct")
            continue;
        const auto* s = get(spending, o.entity.str(), o.year.value());
        const auto* g = get(gdp, o.entity.str(), o.year.value());
        if (!s || !g || *g <= 0)
            continue;
        const double computed = 100 * *s / (*g * 1000);
        if (std::abs(computed - o.value) > share_tolerance_pp + 1e-9)
            findings.push_back(
                {"share_vs_tables_2_and_5", o.entity.str(), o.year.value(),
                 fmt::format("{} {}: Table 3 gives a share of {:.2f}% where Tables 2 and 5 give "
                             "{:.2f}% ({:.4f}), more than the published rounding apart",
                             o.entity.str(), o.year.value(), o.value, computed, computed)});
    }

    // Domains: a share of GDP or of spending lies between 0 and 100; money, GDP and personnel
    // are not negative (a SIPRI-style fraction written as a percentage, a sign lost, a unit
    // divided: each lands outside).
    for (const auto& o : observations) {
        const bool share = o.indicator.ends_with("_pct") && o.indicator != "exp_real_change_pct";
        const bool amount = o.indicator.ends_with("_m") || o.indicator.ends_with("_bn") ||
                            o.indicator.ends_with("_k") ||
                            o.indicator.starts_with("exp_per_capita");
        if ((share && (o.value < 0 || o.value > 100)) || (amount && o.value < 0))
            findings.push_back({"domain", o.entity.str(), o.year.value(),
                                fmt::format("{} {} {}: {} is outside the values it can take",
                                            o.entity.str(), o.indicator, o.year.value(), o.value)});
    }

    // Tables 8a and 8b split spending into four categories: they add up to 100% (NATO's own
    // check allows 99.995-100.005; a transcription to 2 decimals, 0.02 either way).
    const std::string categories[] = {"equipment_share_pct", "personnel_share_pct",
                                      "infrastructure_share_pct", "other_share_pct"};
    std::map<std::pair<std::string, int>, std::pair<double, int>> sums;
    for (const auto& o : observations)
        if (std::find(std::begin(categories), std::end(categories), o.indicator) !=
            std::end(categories)) {
            auto& [sum, n] = sums[{o.entity.str(), o.year.value()}];
            sum += o.value;
            ++n;
        }
    for (const auto& [key, value] : sums)
        if (value.second == 4 && std::abs(value.first - 100) > 0.02 + 1e-9)
            findings.push_back({"categories_vs_100", key.first, key.second,
                                fmt::format("{} {}: Tables 8a and 8b add up to {:.3f}%, not 100%",
                                            key.first, key.second, value.first)});

    // NATO's totals against the sum of the allies that were members that year.
    const std::string nato(EntityCode::nato_total), europe(EntityCode::nato_europe_canada);
    std::map<std::pair<std::string, int>, bool> indicator_years;
    for (const auto& o : observations)
        if (o.entity.str() == nato || o.entity.str() == europe)
            indicator_years[{o.indicator, o.year.value()}] = true;
    for (const auto& [key, unused] : indicator_years) {
        const auto& [indicator, year] = key;
        // Shares, changes and per-capita figures are ratios: they do not add up.
        const bool additive = indicator.starts_with("exp_usd_") && indicator.ends_with("_m");
        const bool additive_gdp = indicator.starts_with("gdp_usd_") && indicator.ends_with("_bn");
        if (!additive && !additive_gdp && indicator != "military_personnel_k")
            continue;
        double all = 0, without_us = 0;
        int members = 0;
        for (const auto& a : allies) {
            if (!a.nato_member_in(Year(year)))
                continue;
            const auto* x = get(indicator, a.code.str(), year);
            if (!x)
                continue;
            ++members;
            all += *x;
            if (a.code.str() != "USA")
                without_us += *x;
        }
        const double tolerance = 0.5 * (members + 1) * unit_of(indicator);
        for (const auto& [entity, sum] : {std::pair{nato, all}, std::pair{europe, without_us}}) {
            const auto* total = get(indicator, entity, year);
            if (!total)
                continue;
            const double allowed = std::max(tolerance, 1e-9 * std::abs(*total));
            // An ally without a figure (Iceland's spending) is not in NATO's total either.
            if (std::abs(*total - sum) > allowed)
                findings.push_back(
                    {"total_vs_allies", entity, year,
                     fmt::format("{} {} {}: NATO's total is {} but its {} allies with a figure "
                                 "add up to {}",
                                 entity, indicator, year, *total, members, sum)});
        }
    }
    return findings;
}

Domain indicator_domain(const Indicator& indicator) {
    if (indicator.unit == "%")
        return {-100.0, 1000.0}; // a real change: -100% is the whole budget gone
    if (indicator.unit.starts_with("%"))
        return {0.0, 100.0}; // a share of GDP or of defence expenditure
    // Money, people, per capita: 1e12 is above any ally's GDP in millions of any currency.
    // GDP is never 0: every share and every gap divides by it.
    if (indicator.name.starts_with("gdp_"))
        return {std::numeric_limits<double>::min(), max_amount};
    return {0.0, max_amount};
}

std::vector<std::string> impossible_reference(const ReferenceData& r, std::size_t limit) {
    std::vector<std::string> out;
    const auto add = [&](std::string line) {
        if (out.size() < limit)
            out.push_back(std::move(line));
    };
    for (const auto& e : r.editions) {
        if (!valid_iso_date(e.published))
            add(fmt::format("edition {}: publication date '{}' is not a date", e.id, e.published));
        if (e.constant_price_base < Year::min_value || e.constant_price_base > Year::max_value)
            add(fmt::format("edition {}: constant-price base {} is not a year", e.id,
                            e.constant_price_base));
    }
    for (const auto& c : r.commitments)
        if (!std::isfinite(c.target_pct) || c.target_pct < 0 || c.target_pct > 100)
            add(fmt::format("commitment {} {}: target {}% is outside 0-100", c.entity, c.kind,
                            c.target_pct));
    for (const auto& s : r.sipri)
        for (const double v : {s.milex_usd_current_m, s.milex_usd_const2023_m, s.share_gdp_pct})
            if (!std::isfinite(v) || v < 0 || v > max_amount || (v == s.share_gdp_pct && v > 100)) {
                add(fmt::format("SIPRI {} {}: a figure ({}) is not a finite amount or share",
                                s.country.str(), s.year.value(), v));
                break;
            }
    for (const auto& a : r.allies)
        if (a.currency.size() != 3)
            add(fmt::format("ally {}: currency '{}' is not an ISO 4217 code", a.code.str(),
                            a.currency));
    return out;
}

std::vector<std::string> impossible_values(const Edition& e,
                                           std::span<const Observation> observations,
                                           std::span<const Indicator> indicators,
                                           std::size_t limit) {
    std::vector<std::string> out;
    std::size_t more = 0;
    const auto add = [&](std::string line) {
        if (out.size() < limit)
            out.push_back(std::move(line));
        else
            ++more;
    };
    const auto in_range = [](Year y) {
        return y.value() >= Year::min_value && y.value() <= Year::max_value;
    };
    if (!in_range(e.first_year) || !in_range(e.last_year) || e.first_year > e.last_year)
        add(fmt::format("edition {}: years {}-{} are not two years from {} to {} in order", e.id,
                        e.first_year.value(), e.last_year.value(), Year::min_value,
                        Year::max_value));
    for (const auto y : e.estimate_years)
        if (!e.covers(y))
            add(fmt::format("edition {}: estimate year {} is outside its years {}-{}", e.id,
                            y.value(), e.first_year.value(), e.last_year.value()));
    std::map<std::string_view, Domain> domains;
    for (const auto& i : indicators)
        domains.emplace(i.name, indicator_domain(i));
    for (const auto& o : observations) {
        const auto where =
            fmt::format("edition {}: {} {} {}", e.id, o.entity.str(), o.indicator, o.year.value());
        const auto d = domains.find(o.indicator);
        if (o.edition != e.id)
            add(fmt::format("{}: belongs to edition '{}'", where, o.edition));
        else if (!e.covers(o.year))
            add(fmt::format("{}: the year is outside the edition's {}-{}", where,
                            e.first_year.value(), e.last_year.value()));
        else if (d == domains.end())
            add(fmt::format("{}: unknown indicator", where));
        else if (!std::isfinite(o.value) || o.value < d->second.low || o.value > d->second.high)
            add(d->second.low > 0 ? fmt::format("{}: {} is not above 0 and at most {:g}", where,
                                                o.value, d->second.high)
                                  : fmt::format("{}: {} is outside {:g}-{:g}", where, o.value,
                                                d->second.low, d->second.high));
    }
    if (more > 0)
        out.push_back(fmt::format("edition {}: and {} more like these", e.id, more));
    return out;
}

} // namespace hague::engine
