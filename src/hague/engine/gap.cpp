#include "hague/engine/gap.hpp"

#include <cmath>

#include <algorithm>
#include <map>

#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/engine/exchange.hpp"

namespace hague::engine {

namespace {

/// Units of the requested currency per USD for the ally; nullopt with a reason when unknown.
std::optional<double> rate_for(const GapInput& in, const Ally& ally, std::optional<Reason>& why) {
    switch (in.currency) {
    case Currency::Usd: return 1.0;
    case Currency::Eur: {
        auto r = nc_per_usd(*in.index, *in.edition, in.euro_reference, in.year, in.prices);
        if (!r)
            why = Reason::of(Reason::Kind::EditionNoEuroRate, in.year, in.edition->id,
                             in.euro_reference.str(), in.prices);
        return r;
    }
    case Currency::Nc: {
        auto r = nc_per_usd(*in.index, *in.edition, ally.code, in.year, in.prices);
        if (!r)
            why = Reason::of(Reason::Kind::EditionNoRate, in.year, in.edition->id, ally.code.str(),
                             in.prices);
        return r;
    }
    }
    return std::nullopt;
}

} // namespace

namespace {
/// Table 3 has two decimals, Tables 2 and 5 whole millions and three decimals of a billion: a
/// difference above this is not rounding.
constexpr double disagreement_pp = 0.05;
} // namespace

GapResult compute_gaps(const GapInput& in) {
    HAGUE_REQUIRE(in.edition && in.index, ErrorKind::Internal, "compute_gaps without data");
    GapResult out{.edition = in.edition->id,
                  .year = in.year,
                  .target_pct = in.target_pct,
                  .currency = in.currency,
                  .prices = in.prices,
                  .rounding = in.rounding,
                  .constant_price_base = in.edition->constant_price_base,
                  .allies = {},
                  .groups = {}};
    std::map<std::string, const AllyGap*> by_code;
    for (const auto& ally : in.allies) {
        if (!ally.nato_member_in(in.year))
            continue;
        AllyGap g{.ally = ally.code,
                  .currency_code = in.currency == Currency::Nc
                                       ? ally.currency
                                       : std::string(to_string(in.currency)),
                  .share = in.index->find(ally.code, in.year, indicators::share_gdp_pct),
                  .gap_pp = 0,
                  .surplus_pp = 0,
                  .gdp_m = {},
                  .spending_m = {},
                  .gap_m = {},
                  .tables_disagree_pct = {},
                  .rate = {},
                  .missing = {}};
        if (!g.share) {
            g.missing = data_reason_or(
                in.missing_reasons, ally.code, in.edition->id, indicators::share_gdp_pct, in.year,
                Reason::of(Reason::Kind::EditionNoShare, in.year, in.edition->id, ally.code.str()));
            out.allies.push_back(std::move(g));
            continue;
        }
        const double share = apply(in.rounding, g.share->value);
        g.gap_pp = std::max(0.0, in.target_pct - share);
        g.surplus_pp = std::max(0.0, share - in.target_pct);
        const auto gdp_usd = gdp_usd_m(*in.index, *in.edition, ally.code, in.year, in.prices);
        std::optional<Reason> why;
        g.rate = rate_for(in, ally, why);
        if (!gdp_usd)
            g.missing = Reason::of(Reason::Kind::EditionNoGdp, in.year, in.edition->id,
                                   ally.code.str(), in.prices);
        else if (!g.rate)
            g.missing = std::move(why);
        else {
            g.gdp_m = *gdp_usd * *g.rate;
            g.gap_m = g.gap_pp / 100.0 * *g.gdp_m;
            // The money the ally spends is Table 2's, not Table 3's share of Table 5's GDP.
            const auto spending = in.index->value(
                ally.code, in.year,
                in.prices == PriceBasis::Current
                    ? std::string(indicators::exp_usd_current_m)
                    : indicators::exp_usd_constant_m(in.edition->constant_price_base));
            if (spending && *gdp_usd > 0) {
                g.spending_m = *spending * *g.rate;
                if (g.gap_pp > 0)
                    g.gap_m = std::max(0.0, in.target_pct / 100.0 * *g.gdp_m - *g.spending_m);
                const double tables = 100.0 * *spending / *gdp_usd;
                if (std::fabs(tables - g.share->value) > disagreement_pp)
                    g.tables_disagree_pct = tables;
            }
        }
        out.allies.push_back(std::move(g));
    }
    std::stable_sort(out.allies.begin(), out.allies.end(), [](const AllyGap& a, const AllyGap& b) {
        if (a.share && b.share)
            return a.share->value < b.share->value;
        return a.share.has_value() && !b.share.has_value();
    });

    for (const auto& g : out.allies)
        by_code[g.ally.str()] = &g;
    for (const auto& group : in.groups) {
        GroupGap total{group, {}, 0, 0};
        double sum = 0;
        for (const auto& m : group.members) {
            auto it = by_code.find(m.str());
            if (it == by_code.end())
                continue;
            ++total.members;
            if (it->second->gap_m) {
                ++total.members_with_money;
                sum += *it->second->gap_m;
            }
        }
        if (in.currency != Currency::Nc && total.members_with_money > 0)
            total.gap_m = sum;
        out.groups.push_back(std::move(total));
    }
    return out;
}

} // namespace hague::engine
