#include "hague/engine/plan_check.hpp"

#include "hague/core/error.hpp"
#include "hague/engine/exchange.hpp"

namespace hague::engine {

namespace {

/// Shares closer than this are equal: plans and NATO's shares have at most two decimals.
constexpr double tolerance_pp = 0.005;

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
        const auto gdp = gdp_usd_m(*in.index, *in.edition, plan.ally, e.year, PriceBasis::Current);
        const auto rate =
            nc_per_usd(*in.index, *in.edition, plan.ally, e.year, PriceBasis::Current);
        HAGUE_CHECK(gdp && rate, ErrorKind::InvalidInput, "err_spending_nc_m_needs",
                    "{}:{}: spending_nc_m for {} needs gdp_nc_m: edition {} has no GDP and "
                    "exchange rate for {} in {} (it covers {}-{})",
                    plan.file, e.line, e.year, in.edition->id, plan.ally, e.year,
                    in.edition->first_year, in.edition->last_year);
        gdp_nc = *gdp * *rate;
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

} // namespace

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

    bool declining = false;
    double previous = base.baseline_share_pct;
    for (const auto& p : judged) {
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
    out.verdict = declining      ? Verdict::Declining
                  : insufficient ? Verdict::Insufficient
                  : back_loaded  ? Verdict::BackLoaded
                                 : Verdict::Credible;
    return out;
}

} // namespace hague::engine
