#include "hague/engine/burden.hpp"

#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/engine/exchange.hpp"

namespace hague::engine {

namespace {

struct Sums {
    int counted = 0;
    double gdp = 0;
    double spending = 0;
    double population = 0;
    bool population_complete = true;
    bool estimate = false; ///< some spending figure summed is a NATO estimate
};

Sums sum_group(const BurdenInput& in, const Group& g) {
    const auto& e = *in.edition;
    const auto spending_name = in.prices == PriceBasis::Current
                                   ? std::string(indicators::exp_usd_current_m)
                                   : indicators::exp_usd_constant_m(e.constant_price_base);
    Sums s;
    for (const auto& m : g.members) {
        const auto gdp = gdp_usd_m(*in.index, e, m, in.year, in.prices);
        const auto spending = in.index->find(m, in.year, spending_name);
        if (!gdp || !spending)
            continue;
        ++s.counted;
        s.gdp += *gdp;
        s.spending += spending->value;
        s.estimate = s.estimate || spending->estimate;
        // Population = real GDP / real GDP per capita, both at the edition's constant prices:
        // (gdp million USD x 1e6) / (per capita thousand USD x 1e3) persons = gdp / pc / 1000
        // million persons.
        const auto real_gdp = gdp_usd_m(*in.index, e, m, in.year, PriceBasis::Constant);
        const auto per_capita_k = in.index->value(
            m, in.year, indicators::gdp_per_capita_constant_k(e.constant_price_base));
        if (real_gdp && per_capita_k && *per_capita_k > 0)
            s.population += *real_gdp / *per_capita_k / 1000.0;
        else
            s.population_complete = false;
    }
    return s;
}

} // namespace

BurdenResult compute_burden(const BurdenInput& in) {
    HAGUE_REQUIRE(in.edition && in.index && !in.groups.empty(), ErrorKind::Internal,
                  "compute_burden without data");
    BurdenResult out{in.edition->id, in.year, in.prices, in.edition->constant_price_base,
                     false,          {}};
    const auto alliance = sum_group(in, in.groups.front());
    out.estimate = alliance.estimate;
    for (const auto& g : in.groups) {
        const auto s = sum_group(in, g);
        GroupBurden b{.group = g,
                      .members_counted = s.counted,
                      .gdp_usd_m = s.gdp,
                      .spending_usd_m = s.spending,
                      .share_of_alliance_gdp_pct = 0,
                      .share_of_alliance_spending_pct = 0,
                      .share_gdp_pct = 0,
                      .population_m = {},
                      .spending_per_capita_usd = {}};
        if (alliance.gdp > 0)
            b.share_of_alliance_gdp_pct = 100.0 * s.gdp / alliance.gdp;
        if (alliance.spending > 0)
            b.share_of_alliance_spending_pct = 100.0 * s.spending / alliance.spending;
        if (s.gdp > 0)
            b.share_gdp_pct = 100.0 * s.spending / s.gdp;
        if (s.counted > 0 && s.population_complete && s.population > 0) {
            b.population_m = s.population;
            b.spending_per_capita_usd = s.spending / s.population; // million USD / million people
        }
        out.groups.push_back(std::move(b));
    }
    return out;
}

} // namespace hague::engine
