#include "hague/engine/projection.hpp"

#include <algorithm>
#include <cmath>

#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/engine/exchange.hpp"

namespace hague::engine {

std::string_view to_string(Scenario s) {
    switch (s) {
    case Scenario::StatusQuo: return "status-quo";
    case Scenario::Linear: return "linear";
    case Scenario::Commitments: return "commitments";
    case Scenario::Plan: return "plan";
    }
    return "status-quo";
}

namespace {

/// Linear interpolation through (year, share) anchors from the baseline; held after the last.
std::vector<double> through_anchors(const Path& path, std::map<int, double> anchors) {
    const auto& in = path.input;
    std::vector<double> out;
    int y0 = in.baseline_year.value();
    double v0 = in.baseline_share_pct;
    auto it = anchors.begin();
    for (int y = in.baseline_year.value(); y <= in.target_year.value(); ++y) {
        while (it != anchors.end() && it->first < y) {
            y0 = it->first;
            v0 = it->second;
            ++it;
        }
        if (it == anchors.end()) {
            out.push_back(v0);
        } else if (it->first == y0) {
            out.push_back(it->second);
        } else {
            const double t = double(y - y0) / double(it->first - y0);
            out.push_back(v0 + t * (it->second - v0));
        }
    }
    return out;
}

} // namespace

std::vector<double> scenario_shares(Scenario s, const Path& path,
                                    std::span<const Commitment> commitments,
                                    const std::map<int, double>& plan_shares,
                                    std::vector<ScenarioNote>* notes) {
    const auto& in = path.input;
    switch (s) {
    case Scenario::StatusQuo: return std::vector<double>(path.points.size(), in.baseline_share_pct);
    case Scenario::Linear: {
        std::vector<double> out;
        for (const auto& p : path.points)
            out.push_back(p.share_pct);
        return out;
    }
    case Scenario::Commitments: {
        const int first = in.baseline_year.value() + 1;
        std::map<int, double> anchors;
        std::optional<double> position;
        EntityCode ally = EntityCode::parse("NATO").value();
        for (const auto& c : commitments) {
            if (const auto code = EntityCode::parse(c.entity))
                ally = *code;
            if (c.kind == "national_position") { // a level instead of the Alliance target
                position = std::max(position.value_or(0.0), c.target_pct);
                continue;
            }
            if (!c.by_year || *c.by_year <= in.baseline_year || *c.by_year > in.target_year)
                continue;
            if (c.kind != "national_target" && c.kind != "budget_plan")
                continue;
            auto& a = anchors[c.by_year->value()];
            a = std::max(a, c.target_pct);
        }
        if (position) // from the first projected year, and held: no path to the target
            anchors[first] = std::max(anchors.count(first) ? anchors[first] : 0.0, *position);
        // A pledge is a floor: one below the share already reached does not lower it.
        int level_year = in.baseline_year.value();
        double level = in.baseline_share_pct;
        for (auto& [y, v] : anchors) {
            // Said only against the published baseline: a share the scenario itself set (a
            // position, an earlier pledge) is not "already reached".
            if (v < level && notes && level_year == in.baseline_year.value())
                notes->push_back(
                    {ScenarioNote::Kind::Floor, ally, Year(level_year), Year(y), level, v});
            v = std::max(v, level);
            level = v;
            level_year = y;
        }
        if (position) {
            if (notes)
                notes->push_back({ScenarioNote::Kind::Position, ally, Year(first), in.target_year,
                                  *position, in.target_pct});
        } else if (anchors.empty() || anchors.rbegin()->first < in.target_year.value()) {
            // After the last national anchor, on to the target in the target year.
            anchors[in.target_year.value()] = std::max(level, in.target_pct);
        }
        auto out = through_anchors(path, anchors);
        // A rise of more than half a point in one year is said, not hidden in a line.
        for (std::size_t k = 1; notes && k < out.size(); ++k)
            if (out[k] - out[k - 1] > 0.5 + 1e-9)
                notes->push_back({ScenarioNote::Kind::Jump, ally,
                                  Year(in.baseline_year.value() + static_cast<int>(k) - 1),
                                  Year(in.baseline_year.value() + static_cast<int>(k)), out[k - 1],
                                  out[k]});
        return out;
    }
    case Scenario::Plan: {
        std::map<int, double> anchors;
        for (const auto& [y, v] : plan_shares)
            if (y > in.baseline_year.value() && y <= in.target_year.value())
                anchors[y] = v;
        return through_anchors(path, anchors);
    }
    }
    return {};
}

Projection project(const ProjectionInput& in) {
    HAGUE_REQUIRE(in.edition && in.index && in.growth, ErrorKind::Internal, "project without data");
    const auto& e = *in.edition;
    Projection out;
    out.edition = e.id;
    out.scenario = in.scenario;
    out.assumptions = {in.baseline_year,
                       in.target_year,
                       in.target_pct,
                       in.default_inflation_pct,
                       in.growth->first_year,
                       in.growth->last_year,
                       static_cast<int>(in.outlook.size()),
                       in.euro_reference.str(),
                       in.growth->excluded_years,
                       in.growth->pandemic_default,
                       in.growth->breaks_used};
    const auto eur =
        nc_per_usd(*in.index, e, in.euro_reference, in.baseline_year, PriceBasis::Current);
    const auto b = in.baseline_year;
    for (const auto& a : in.allies) {
        if (!a.nato_member_in(b))
            continue;
        if (in.scenario == Scenario::Plan && in.plan_ally && !(a.code == *in.plan_ally))
            continue;
        const auto share = in.index->find(a.code, b, indicators::share_gdp_pct);
        const auto gdp = gdp_usd_m(*in.index, e, a.code, b, PriceBasis::Current);
        const auto gdp_const = gdp_usd_m(*in.index, e, a.code, b, PriceBasis::Constant);
        const auto rate = nc_per_usd(*in.index, e, a.code, b, PriceBasis::Current);
        const auto* growth = in.growth->find(a.code);
        std::optional<Reason> why;
        if (!share)
            why = Reason::of(Reason::Kind::NoShare, b);
        else if (!gdp || !gdp_const)
            why = Reason::of(Reason::Kind::NoGdp, b);
        else if (!rate || !eur)
            why = Reason::of(Reason::Kind::NoRate, b);
        else if (!growth)
            why = Reason::of(Reason::Kind::FewGrowthYears, b);
        if (why) {
            out.skipped.emplace_back(a.code, std::move(*why));
            continue;
        }
        // NATO's tables can disagree (the Netherlands): said beside the projection.
        if (const auto spent = in.index->value(a.code, b, indicators::exp_usd_current_m);
            spent && *gdp > 0 && std::fabs(100.0 * *spent / *gdp - share->value) > 0.05)
            out.tables_disagree.emplace_back(a.code, share->value, 100.0 * *spent / *gdp);
        AllyProjection p{Baseline{a.code, a.currency, share->value, share->estimate, *gdp,
                                  *gdp_const, *rate, *eur},
                         growth->mu,
                         {},
                         {}};
        const auto path =
            linear_path({b, share->value, in.target_pct, in.target_year, in.target_year});
        std::vector<Commitment> own;
        for (const auto& c : in.commitments)
            if (c.entity == a.code.str())
                own.push_back(c);
        p.shares = scenario_shares(in.scenario, path, own, in.plan_shares, &out.notes);
        // A plan's entries outside the projected years are said, not silently dropped.
        if (in.scenario == Scenario::Plan)
            for (const auto& [y, v] : in.plan_shares) {
                if (y <= b.value())
                    out.notes.push_back({ScenarioNote::Kind::PlanBeforeBaseline, a.code, Year(y), b,
                                         v, share->value});
                else if (y > in.target_year.value())
                    out.notes.push_back({ScenarioNote::Kind::PlanAfterTarget, a.code, Year(y),
                                         in.target_year, v, 0.0});
            }

        double gdp_nc = *gdp * *rate;
        double gdp_real = *gdp_const;
        double cumulative = 0;
        for (std::size_t k = 0; k < p.shares.size(); ++k) {
            const Year y(b.value() + static_cast<int>(k));
            YearOutlook o{(std::exp(growth->mu) - 1) * 100, in.default_inflation_pct, false, false};
            if (auto it = in.outlook.find({a.code.str(), y.value()}); it != in.outlook.end()) {
                if (it->second.real_growth_pct) {
                    o.real_growth_pct = *it->second.real_growth_pct;
                    o.growth_from_file = true;
                }
                if (it->second.inflation_pct) {
                    o.inflation_pct = *it->second.inflation_pct;
                    o.inflation_from_file = true;
                }
            }
            if (k > 0) {
                // Default real growth factor is exp(mu) itself, so that the Monte Carlo with zero
                // volatility multiplies by exactly the same factor.
                const double real =
                    o.growth_from_file ? 1 + o.real_growth_pct / 100 : std::exp(growth->mu);
                gdp_real *= real;
                gdp_nc *= real * (1 + o.inflation_pct / 100);
            }
            ProjectedYear py;
            py.year = y;
            py.share_gdp_pct = p.shares[k];
            py.gdp_nc_m = gdp_nc;
            py.gdp_usd_m = gdp_nc / *rate;
            py.gdp_const_usd_m = gdp_real;
            py.spending_nc_m = p.shares[k] / 100 * gdp_nc;
            py.spending_usd_m = p.shares[k] / 100 * py.gdp_usd_m;
            py.spending_eur_m = py.spending_usd_m * *eur;
            py.spending_const_usd_m = p.shares[k] / 100 * gdp_real;
            py.extra_usd_m = (p.shares[k] - share->value) / 100 * py.gdp_usd_m;
            if (k > 0)
                cumulative += py.extra_usd_m;
            py.cumulative_extra_usd_m = cumulative;
            py.real_growth_pct = k > 0 ? o.real_growth_pct : 0;
            py.inflation_pct = k > 0 ? o.inflation_pct : 0;
            p.years.push_back(py);
        }
        out.allies.push_back(std::move(p));
    }
    for (const auto& g : in.groups) {
        // The sums are of the members projected (those with a baseline): the group lists only
        // them, and a group with none is left out rather than shown as zeros.
        GroupProjection gp{g, {}};
        gp.group.members.clear();
        for (const auto& p : out.allies)
            if (std::find(g.members.begin(), g.members.end(), p.baseline.ally) != g.members.end())
                gp.group.members.push_back(p.baseline.ally);
        if (gp.group.members.empty())
            continue;
        for (int y = b.value(); y <= in.target_year.value(); ++y) {
            ProjectedYear sum;
            sum.year = Year(y);
            for (const auto& p : out.allies) {
                if (std::find(g.members.begin(), g.members.end(), p.baseline.ally) ==
                    g.members.end())
                    continue;
                const auto& py = p.years[static_cast<std::size_t>(y - b.value())];
                sum.gdp_usd_m += py.gdp_usd_m;
                sum.gdp_const_usd_m += py.gdp_const_usd_m;
                sum.spending_usd_m += py.spending_usd_m;
                sum.spending_eur_m += py.spending_eur_m;
                sum.spending_const_usd_m += py.spending_const_usd_m;
                sum.extra_usd_m += py.extra_usd_m;
                sum.cumulative_extra_usd_m += py.cumulative_extra_usd_m;
            }
            sum.share_gdp_pct = sum.gdp_usd_m > 0 ? 100 * sum.spending_usd_m / sum.gdp_usd_m : 0;
            gp.years.push_back(sum);
        }
        // NATO publishes two of the groups itself: where its figure and the ratio of the sums
        // print differently, both are said.
        const std::string_view aggregate = g.id == "nato" ? EntityCode::nato_total
                                           : g.id == "europe_canada"
                                               ? EntityCode::nato_europe_canada
                                               : std::string_view{};
        if (!aggregate.empty())
            if (const auto published =
                    in.index->find(*EntityCode::parse(aggregate), b, indicators::share_gdp_pct)) {
                const double ours = gp.years.front().share_gdp_pct;
                if (std::round(published->value * 100) != std::round(ours * 100))
                    out.published_groups.emplace_back(g.id, published->value, published->estimate,
                                                      ours);
            }
        out.groups.push_back(std::move(gp));
    }
    return out;
}

} // namespace hague::engine
