#include "hague/engine/pillar.hpp"

#include "hague/core/error.hpp"

namespace hague::engine {

PillarScenario pillar_scenario(const Projection& p, double us_status_quo_usd_m) {
    const GroupProjection* europe = nullptr;
    const GroupProjection* nato = nullptr;
    for (const auto& g : p.groups) {
        if (g.group.id == "europe_canada")
            europe = &g;
        if (g.group.id == "nato")
            nato = &g;
    }
    HAGUE_REQUIRE(europe && nato && !europe->years.empty() && !nato->years.empty(),
                  ErrorKind::Internal,
                  "a projection without the NATO and Europe-and-Canada groups");
    const double ec = europe->years.back().spending_usd_m;
    const double all = nato->years.back().spending_usd_m;
    return {p.scenario, all > 0 ? 100.0 * ec / all : 0.0,
            us_status_quo_usd_m + ec > 0 ? 100.0 * us_status_quo_usd_m / (us_status_quo_usd_m + ec)
                                         : 0.0};
}

} // namespace hague::engine
