#include "hague/engine/plan_check.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/engine/exchange.hpp"

namespace hague::engine {

namespace {

/// Shares closer than this are equal: plans and NATO's shares have at most two decimals.
constexpr double tolerance_pp = 0.005;

/// GDP in national currency, millions, at current prices: Table 5's dollars times the rate of
/// Tables 1 and 2; nullopt when either is missing or not above 0.
std::optional<double> gdp_nc_m(const PlanCheckInput& in, const EntityCode& ally, Year year) {
    const auto gdp = gdp_usd_m(*in.index, *in.edition, ally, year, PriceBasis::Current);
    const auto rate = nc_per_usd(*in.index, *in.edition, ally, year, PriceBasis::Current);
    if (!gdp || !rate || *gdp <= 0 || *rate <= 0)
        return std::nullopt;
    return *gdp * *rate;
}

PlannedYear to_share(const PlanCheckInput& in, const PlanEntry& e) {
    PlannedYear p{e.year, 0, false, in.path.at(e.year), e.source};
    if (e.share_gdp_pct) {
        p.share_pct = *e.share_gdp_pct;
        return p;
    }
    p.from_money = true;
    double gdp_nc = 0;
    if (e.gdp_nc_m) {
        gdp_nc = *e.gdp_nc_m;
    } else {
        const auto& plan = *in.plan;
        const auto gdp = gdp_nc_m(in, plan.ally, e.year);
        HAGUE_CHECK(gdp, ErrorKind::InvalidInput, "err_spending_nc_m_needs",
                    "{}:{}: spending_nc_m for {} needs gdp_nc_m: edition {} has no GDP and "
                    "exchange rate for {} in {} (it covers {}-{})",
                    plan.file, e.line, e.year, in.edition->id, plan.ally, e.year,
                    in.edition->first_year, in.edition->last_year);
        gdp_nc = *gdp;
    }
    p.share_pct = 100.0 * *e.spending_nc_m / gdp_nc;
    return p;
}

/// The plan's share in `year`: linear between the baseline and the planned years, then held.
double plan_at(const Path& path, const std::vector<PlannedYear>& judged, Year year) {
    Year y0 = path.input.baseline_year;
    double v0 = path.input.baseline_share_pct;
    for (const auto& p : judged) {
        if (year <= p.year) {
            if (p.year == y0)
                return p.share_pct;
            const double t = double(year.value() - y0.value()) / (p.year.value() - y0.value());
            return v0 + t * (p.share_pct - v0);
        }
        y0 = p.year;
        v0 = p.share_pct;
    }
    return v0;
}

/// The q-quantile of x (linear between order statistics, as numpy's default); 0 when empty.
double quantile(std::vector<double> x, double q) {
    if (x.empty())
        return 0;
    std::sort(x.begin(), x.end());
    const double pos = q * static_cast<double>(x.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(pos));
    const auto hi = std::min(lo + 1, x.size() - 1);
    return x[lo] + (pos - static_cast<double>(lo)) * (x[hi] - x[lo]);
}

/// The largest rise the plan needs over `span` years, in its planned shares from the baseline to
/// its last planned year (from the published share of the year before when the plan gives the
/// baseline year itself). (end year, rise); nullopt when the plan spans fewer years.
std::optional<std::pair<Year, double>> needed_rise(const Path& path,
                                                   const std::vector<PlannedYear>& judged,
                                                   const std::map<int, double>& published,
                                                   int span) {
    const int b = path.input.baseline_year.value();
    const int last = judged.back().year.value();
    const bool planned_baseline = judged.front().year.value() == b;
    const auto at = [&](int y) -> std::optional<double> {
        if (y >= b)
            return plan_at(path, judged, Year(y));
        const auto it = published.find(y);
        return it == published.end() ? std::nullopt : std::optional(it->second);
    };
    // A window starts in the baseline year, or the year before when the plan gives the baseline
    // year itself (its figure replaces NATO's estimate): the rises before are history.
    const int first_start = planned_baseline ? b - 1 : b;
    std::optional<std::pair<Year, double>> out;
    for (int y = first_start + span; y <= last; ++y) {
        const auto now = at(y), then = at(y - span);
        if (!now || !then)
            continue;
        const double rise = *now - *then;
        if (!out || rise > out->second + 1e-12)
            out = std::pair{Year(y), rise};
    }
    return out;
}

void judge_record(const PlanCheckInput& in, const std::vector<PlannedYear>& judged,
                  PlanCheck& out) {
    const auto& r = *in.record;
    for (const int span : {1, 3}) {
        const auto need = needed_rise(in.path, judged, r.published, span);
        const auto& largest = span == 1 ? r.largest_1y : r.largest_3y;
        if (!need || !largest)
            continue;
        Finding f{need->second <= *largest + tolerance_pp ? Finding::Kind::RiseWithinRecord
                                                          : Finding::Kind::RiseBeyondRecord,
                  need->first, need->second, *largest};
        f.span = span;
        f.other_year = span == 1 ? r.largest_1y_year : r.largest_3y_year;
        f.reference = span == 1 ? r.alliance_p90_1y : r.alliance_p90_3y;
        f.beyond_alliance = need->second > f.reference + tolerance_pp;
        f.alliance_max = span == 1 ? r.alliance_max_1y : r.alliance_max_3y;
        f.unprecedented = need->second > f.alliance_max + tolerance_pp;
        out.findings.push_back(f);
    }
    for (const auto& m : r.misses) {
        if (std::fabs(m.to_pct - m.from_pct) < tolerance_pp)
            continue; // an estimate that came out as published missed nothing
        Finding f{Finding::Kind::EstimateMissed, m.year, m.from_pct, m.to_pct};
        f.edition = m.estimate_edition;
        out.findings.push_back(f);
    }
}

} // namespace

std::vector<std::pair<Year, double>> share_rises(const ObservationIndex& index,
                                                 const Edition& edition, const EntityCode& ally,
                                                 int span, std::span<const LevelBreak> breaks) {
    std::vector<std::pair<Year, double>> out;
    for (int y = edition.first_year.value() + span; y <= edition.last_year.value(); ++y) {
        const auto now = index.find(ally, Year(y), indicators::share_gdp_pct);
        const auto then = index.find(ally, Year(y - span), indicators::share_gdp_pct);
        if (!now || !then || now->estimate || then->estimate)
            continue;
        const bool crosses = std::any_of(breaks.begin(), breaks.end(), [&](const LevelBreak& b) {
            return b.ally == ally && b.year.value() > y - span && b.year.value() <= y;
        });
        if (!crosses)
            out.emplace_back(Year(y), now->value - then->value);
    }
    return out;
}

TrackRecord track_record(const ObservationIndex& index, const Edition& edition,
                         const EntityCode& ally, std::span<const Ally> allies,
                         std::span<const LevelBreak> breaks, std::vector<ExecutionSample> misses) {
    TrackRecord r;
    r.misses = std::move(misses);
    r.first_year = Year(edition.first_year.value() + 1);
    for (int y = edition.first_year.value(); y <= edition.last_year.value(); ++y)
        if (const auto f = index.find(ally, Year(y), indicators::share_gdp_pct))
            r.published[y] = f->value;
    r.last_year = edition.first_year;
    for (const int span : {1, 3}) {
        std::vector<double> all;
        for (const auto& a : allies)
            for (const auto& [y, rise] : share_rises(index, edition, a.code, span, breaks)) {
                all.push_back(rise);
                r.last_year = std::max(r.last_year, y);
                if (!(a.code == ally))
                    continue;
                auto& largest = span == 1 ? r.largest_1y : r.largest_3y;
                auto& when = span == 1 ? r.largest_1y_year : r.largest_3y_year;
                if (!largest || rise > *largest) {
                    largest = rise;
                    when = y;
                }
            }
        (span == 1 ? r.alliance_p90_1y : r.alliance_p90_3y) = quantile(all, 0.9);
        (span == 1 ? r.alliance_max_1y : r.alliance_max_3y) =
            all.empty() ? 0.0 : *std::max_element(all.begin(), all.end());
        (span == 1 ? r.alliance_rises_1y : r.alliance_rises_3y) = static_cast<int>(all.size());
    }
    return r;
}

PlanCheck check_plan(const PlanCheckInput& in) {
    HAGUE_REQUIRE(in.plan && in.edition && in.index, ErrorKind::Internal,
                  "check_plan without data");
    PlanCheck out;
    out.path = in.path;
    out.related_ceiling_pct = in.related_ceiling_pct;
    const auto& base = in.path.input;

    std::vector<PlannedYear> judged;
    for (const auto& e : in.plan->core) {
        auto p = to_share(in, e);
        if (e.year < base.baseline_year)
            out.findings.push_back({Finding::Kind::BeforeBaseline, e.year, p.share_pct, 0});
        else
            judged.push_back(p);
        out.core.push_back(std::move(p));
    }
    for (const auto& e : in.plan->related) {
        auto p = to_share(in, e);
        p.path_pct.reset(); // the path is for the core leg
        if (p.share_pct > in.related_ceiling_pct + tolerance_pp)
            out.findings.push_back(
                {Finding::Kind::RelatedAboveCeiling, e.year, p.share_pct, in.related_ceiling_pct});
        out.related.push_back(std::move(p));
    }
    HAGUE_CHECK(!judged.empty(), ErrorKind::InvalidInput, "err_core_entry_from_baseline",
                "{}: no [[core]] entry from the baseline year {} on, so there is nothing to "
                "judge",
                in.plan->file, base.baseline_year);

    // Money is converted with Tables 1, 2 and 5; where they and Table 3 disagree for the
    // baseline (the Netherlands in 2026: 2.29% against 2.58%), a money entry is compared with the
    // baseline on its own basis, and the disagreement is said: a plan that keeps NATO's own money
    // must not read as a fall.
    std::optional<double> money_basis;
    if (std::any_of(judged.begin(), judged.end(), [](const auto& p) { return p.from_money; })) {
        const auto& ally = in.plan->ally;
        const auto spent = in.index->find(ally, base.baseline_year, indicators::exp_nc_current_m);
        const auto gdp = gdp_nc_m(in, ally, base.baseline_year);
        if (spent && gdp) {
            const double basis = 100.0 * spent->value / *gdp;
            if (std::fabs(basis - base.baseline_share_pct) > 0.05) {
                money_basis = basis;
                out.findings.push_back({Finding::Kind::MoneyBasisDiffers, base.baseline_year,
                                        base.baseline_share_pct, basis});
            }
        }
    }
    bool declining = false;
    double previous = base.baseline_share_pct;
    bool previous_is_baseline = true;
    for (const auto& p : judged) {
        if (previous_is_baseline && p.from_money && money_basis)
            previous = *money_basis; // like with like
        previous_is_baseline = false;
        if (p.share_pct < previous - tolerance_pp) {
            declining = true;
            out.findings.push_back({Finding::Kind::Declines, p.year, previous, p.share_pct});
        }
        previous = p.share_pct;
    }
    for (const auto& p : judged)
        if (p.share_pct >= base.target_pct - tolerance_pp) {
            out.findings.push_back(
                {Finding::Kind::ReachesTarget, p.year, p.share_pct, base.target_pct});
            break;
        }
    const auto& last = judged.back();
    const bool insufficient = last.share_pct < base.target_pct - tolerance_pp;
    if (insufficient)
        out.findings.push_back(
            {Finding::Kind::EndsBelowTarget, last.year, last.share_pct, base.target_pct});
    bool back_loaded = false;
    if (const auto path_review = in.path.at(base.review_year)) {
        const double planned = plan_at(in.path, judged, base.review_year);
        back_loaded = planned < *path_review - tolerance_pp;
        out.findings.push_back(
            {back_loaded ? Finding::Kind::BehindPathAtReview : Finding::Kind::AtOrAbovePathAtReview,
             base.review_year, planned, *path_review});
    }
    if (in.record)
        judge_record(in, judged, out);
    out.verdict = declining      ? Verdict::Declining
                  : insufficient ? Verdict::Insufficient
                  : back_loaded  ? Verdict::BackLoaded
                                 : Verdict::Credible;
    return out;
}

} // namespace hague::engine
