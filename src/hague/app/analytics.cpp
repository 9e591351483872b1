// The analytics of the facade: gaps, paths, plans, burden sharing, revisions, facts, comparison.
#include <algorithm>
#include <map>
#include <set>

#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/engine/groups.hpp"
#include "hague/io/plan_reader.hpp"

namespace hague::app {

namespace {

/// The ally whose Table 1 / Table 2 ratio gives the euro's rate: Germany has used the euro in
/// every year NATO's editions cover (docs/methodology.md, "Currencies").
constexpr std::string_view euro_reference = "DEU";

void validate_target(double pct) {
    HAGUE_CHECK(pct > 0 && pct <= 100, ErrorKind::InvalidInput, "err_target_outside_share_gdp",
                "--target {} is outside 0-100 (a share of GDP in percent, such as 2, 3.5 or 5)",
                pct);
}

void validate_edition_pair(const std::string& old_id, const std::string& new_id) {
    HAGUE_CHECK(!old_id.empty() && !new_id.empty(), ErrorKind::InvalidInput,
                "err_two_editions_are_needed",
                "two editions are needed, OLD and NEW (see 'hague editions')");
    HAGUE_CHECK(old_id != new_id, ErrorKind::InvalidInput, "err_old_new_are_same",
                "OLD and NEW are the same edition '{}'", old_id);
}

/// Parses "NAME=ISO3,ISO3" into a group; every member must be an ally.
engine::Group parse_group(const std::string& spec, const std::vector<Ally>& allies) {
    const auto eq = spec.find('=');
    HAGUE_CHECK(
        eq != std::string::npos && eq > 0, ErrorKind::InvalidInput, "err_group_name_iso_iso",
        "--group '{}' is not NAME=ISO3,ISO3,... (such as Nordics=DNK,FIN,ISL,NOR,SWE)", spec);
    engine::Group g{spec.substr(0, eq), spec.substr(0, eq), {}};
    std::string rest = spec.substr(eq + 1);
    std::size_t start = 0;
    while (start <= rest.size()) {
        auto end = rest.find(',', start);
        if (end == std::string::npos)
            end = rest.size();
        const auto item = rest.substr(start, end - start);
        if (!item.empty()) {
            const auto code = EntityCode::parse(item);
            const bool known = code && std::any_of(allies.begin(), allies.end(),
                                                   [&](const Ally& a) { return a.code == *code; });
            HAGUE_CHECK(known, ErrorKind::InvalidInput, "err_group_ally_iso_codes",
                        "--group '{}': '{}' is not an ally (expected ISO3 codes such as DEU; "
                        "see 'hague allies')",
                        g.name, item);
            g.members.push_back(*code);
        }
        start = end + 1;
    }
    HAGUE_CHECK(!g.members.empty(), ErrorKind::InvalidInput, "err_group_has_members_name",
                "--group '{}' has no members (expected NAME=ISO3,ISO3,...)", g.name);
    return g;
}

} // namespace

void GapRequest::validate() const {
    if (target_pct)
        validate_target(*target_pct);
    validate_year_option(year, "--year");
}

void PathRequest::validate() const {
    HAGUE_CHECK(!ally.empty(), ErrorKind::InvalidInput, "err_no_ally_or_all",
                "no ally given (an ISO3 code such as DEU, or all)");
    validate_year_option(from, "--from");
}

void PathCheckRequest::validate() const { validate_edition_pair(old_edition, new_edition); }

void PlanCheckRequest::validate() const {
    HAGUE_CHECK(!file.empty(), ErrorKind::InvalidInput, "err_plan_file_given",
                "no plan file given");
}

void ShareRequest::validate() const { validate_year_option(year, "--year"); }

void DiffRequest::validate() const {
    validate_edition_pair(old_edition, new_edition);
    HAGUE_CHECK(min_change >= 0, ErrorKind::InvalidInput, "err_min_change_negative_more",
                "--min-change {} is negative (expected 0 or more, in the indicator's unit)",
                min_change);
}

void FactsRequest::validate() const { validate_year_option(year, "--year"); }

void CompareRequest::validate() const { validate_year_option(year, "--year"); }

std::vector<Ally> Service::select_allies(const std::string& which) const {
    auto allies = store_->allies();
    if (which == "all" || which == "ALL")
        return allies;
    const auto code = EntityCode::parse(which);
    for (const auto& a : allies)
        if (code && a.code == *code)
            return {a};
    HAGUE_THROW(ErrorKind::NotFound, "err_unknown_ally_or_all",
                "unknown ally '{}' (expected an ISO3 code such as DEU, or all; see 'hague allies')",
                which);
}

engine::GapResult Service::gaps(const Edition& e, Year year, double target_pct, Currency currency,
                                PriceBasis prices) const {
    const auto observations = store_->observations({e.id, {}, year, {}});
    const engine::ObservationIndex index(observations);
    const auto allies = store_->allies();
    const auto groups = engine::standard_groups(allies, year);
    const auto reasons = store_->missing_reasons();
    return engine::compute_gaps({.edition = &e,
                                 .index = &index,
                                 .year = year,
                                 .target_pct = target_pct,
                                 .currency = currency,
                                 .prices = prices,
                                 .euro_reference = *EntityCode::parse(euro_reference),
                                 .allies = allies,
                                 .groups = groups,
                                 .missing_reasons = reasons});
}

GapResponse Service::gap(const GapRequest& r) const {
    r.validate();
    auto edition = resolve_edition(r.common);
    const auto year = resolve_year(edition, r.year);
    const double target = r.target_pct.value_or(pledge(pledges::hague_core).target_pct);
    auto result = gaps(edition, year, target, r.currency, r.prices);
    return {std::move(edition), store_->allies(), std::move(result)};
}

PathResponse Service::paths(const Edition& e, const std::string& which, engine::PathTarget target,
                            Year from) const {
    const auto goal = pledge(target == engine::PathTarget::Core ? pledges::hague_core : pledges::hague_total);
    HAGUE_REQUIRE(goal.by_year.has_value(), ErrorKind::DataIntegrity,
                  "the Hague commitment '{}' has no year", goal.kind);
    const auto review = pledge(pledges::hague_review);
    HAGUE_CHECK(from < *goal.by_year, ErrorKind::InvalidInput, "err_from_before_year_target",
                "--from {} is not before {}, the year of the Hague target", from, *goal.by_year);
    HAGUE_CHECK(e.covers(from), ErrorKind::InvalidInput, "err_from_edition_which_covers",
                "--from {} is not in edition {}, which covers {}-{}", from, e.id, e.first_year,
                e.last_year);
    const auto selected = select_allies(which);
    const auto observations =
        store_->observations({e.id, {}, from, {std::string(indicators::share_gdp_pct)}});
    const engine::ObservationIndex index(observations);
    const auto reasons = store_->missing_reasons();
    const auto commitments = store_->commitments();

    PathResponse out{e, target, {}, {}};
    for (const auto& a : selected) {
        if (!a.nato_member_in(from))
            continue;
        const auto share = index.find(a.code, from, indicators::share_gdp_pct);
        if (!share) {
            out.skipped.emplace_back(
                a.code, find_missing_reason(reasons, a.code, e.id, indicators::share_gdp_pct, from)
                            .value_or(fmt::format("no share of GDP in {}", from)));
            continue;
        }
        engine::AllyPath p{a.code, a.name_en, share->estimate,
                   engine::linear_path({from, share->value, goal.target_pct, *goal.by_year,
                                        review.by_year.value_or(*goal.by_year)}),
                   {}};
        std::vector<Commitment> national;
        for (const auto& c : commitments)
            if (c.entity == a.code.str())
                national.push_back(c);
        p.commitments = engine::check_commitments(p.path, national);
        out.paths.push_back(std::move(p));
    }
    HAGUE_CHECK(!out.paths.empty() || !out.skipped.empty(), ErrorKind::InvalidInput,
                "err_was_nato_member", "'{}' was not a NATO member in {}", which, from);
    return out;
}

PathResponse Service::path(const PathRequest& r) const {
    r.validate();
    const auto edition = resolve_edition(r.common);
    const Year from = r.from ? Year(*r.from) : edition.last_year;
    return paths(edition, r.ally, r.target, from);
}

PathCheckResponse Service::path_check(const PathCheckRequest& r) const {
    r.validate();
    const auto old_edition = resolve_edition({r.old_edition});
    const auto new_edition = resolve_edition({r.new_edition});
    auto set = paths(old_edition, r.ally, r.target, old_edition.last_year);
    const auto outturns = store_->observations(
        {new_edition.id, {}, {}, {std::string(indicators::share_gdp_pct)}});
    const engine::ObservationIndex index(outturns);
    PathCheckResponse out{old_edition, new_edition, r.target, {}};
    for (auto& p : set.paths) {
        engine::AllyPathCheck check{p.ally, p.name, p.path, {}};
        for (int y = old_edition.last_year.value() + 1; y <= new_edition.last_year.value(); ++y) {
            const auto share = index.find(p.ally, Year(y), indicators::share_gdp_pct);
            if (!share || !p.path.at(Year(y)))
                continue;
            check.outturns.push_back(
                engine::compare_outturn(p.path, Year(y), share->value, share->estimate));
        }
        out.allies.push_back(std::move(check));
    }
    HAGUE_CHECK(new_edition.last_year > old_edition.last_year, ErrorKind::InvalidInput,
                "err_edition_ends_after_so",
                "edition {} ends in {}, not after {} ({}), so it has no outturns to check",
                new_edition.id, new_edition.last_year, old_edition.id, old_edition.last_year);
    return out;
}

PlanCheckResponse Service::plan_check(const PlanCheckRequest& r) const {
    r.validate();
    auto plan = io::read_plan_file(r.file);
    Common c = r.common;
    if (!c.edition)
        c.edition = plan.edition;
    auto edition = resolve_edition(c);
    const auto set = paths(edition, plan.ally.str(), engine::PathTarget::Core, edition.last_year);
    HAGUE_CHECK(!set.paths.empty(), ErrorKind::InvalidInput, "err_has_share_gdp_so",
                "{}: {} has no share of GDP in {} ({}), so there is no baseline to judge from",
                plan.file, plan.ally, edition.last_year,
                set.skipped.empty() ? std::string("no data") : set.skipped.front().second);
    const auto observations = store_->observations({edition.id, plan.ally, {}, {}});
    const engine::ObservationIndex index(observations);
    const auto& p = set.paths.front();
    auto check = engine::check_plan({.plan = &plan,
                                     .edition = &edition,
                                     .index = &index,
                                     .path = p.path,
                                     .related_ceiling_pct =
                                         pledge(pledges::hague_related).target_pct});
    return {std::move(edition), std::move(plan), p.name, p.baseline_estimate, std::move(check)};
}

engine::BurdenResult Service::burden(const Edition& e, Year year, PriceBasis prices,
                                     const std::vector<engine::Group>& extra) const {
    const auto allies = store_->allies();
    auto groups = engine::standard_groups(allies, year);
    for (const auto& g : extra)
        groups.push_back(engine::members_in(g, allies, year));
    const auto observations = store_->observations({e.id, {}, year, {}});
    const engine::ObservationIndex index(observations);
    return engine::compute_burden({&e, &index, year, prices, groups});
}

void Service::require_burden_data(const engine::BurdenResult& b, const Edition& e, Year year) {
    // Sums over no ally would read as 0% of the alliance: say there is nothing instead.
    HAGUE_CHECK(!b.groups.empty() && b.groups.front().members_counted > 0, ErrorKind::InvalidInput,
                "err_no_burden_data",
                "edition {} publishes no GDP and defence expenditure in US dollars for {} (Tables "
                "2 and 5), so it has no burden sharing to show",
                e.id, year);
}

ShareResponse Service::share(const ShareRequest& r) const {
    r.validate();
    auto edition = resolve_edition(r.common);
    const auto year = resolve_year(edition, r.year);
    auto allies = store_->allies();
    std::vector<engine::Group> extra;
    for (const auto& spec : r.groups)
        extra.push_back(parse_group(spec, allies));
    auto result = burden(edition, year, r.prices, extra);
    require_burden_data(result, edition, year);
    return {std::move(edition), std::move(allies), std::move(result)};
}

DiffResponse Service::diff(const DiffRequest& r) const {
    r.validate();
    auto old_edition = resolve_edition({r.old_edition});
    auto new_edition = resolve_edition({r.new_edition});
    if (r.indicator) {
        const auto all = store_->indicators();
        HAGUE_CHECK(std::any_of(all.begin(), all.end(),
                                [&](const Indicator &i) { return i.name == *r.indicator; }),
                    ErrorKind::NotFound, "err_unknown_indicator_show_ally",
                    "unknown indicator '{}' (see 'hague show ALLY')", *r.indicator);
    }
    const auto old_obs = store_->observations({old_edition.id, {}, {}, {}});
    const auto new_obs = store_->observations({new_edition.id, {}, {}, {}});
    const auto allies = store_->allies();
    const auto t = thresholds();
    DiffResponse out{old_edition, new_edition, r.indicator, r.min_change, r.rounding, {}, {}, t};
    out.revisions = engine::find_revisions(old_obs, new_obs, r.min_change, r.indicator);
    out.counts = engine::count_changes(old_edition, old_obs, new_edition, new_obs, allies, t,
                                       r.rounding);
    return out;
}

FactsResponse Service::facts(const FactsRequest& r) const {
    r.validate();
    auto edition = resolve_edition(r.common);
    const auto year = resolve_year(edition, r.year);
    StatusRequest status_request;
    status_request.common.edition = edition.id;
    status_request.year = year.value();
    auto st = status(status_request);

    FactsResponse out{edition, st.allies, std::move(st.status),
                      burden(edition, year, PriceBasis::Current, {}),
                      gaps(edition, year, pledge(pledges::hague_core).target_pct, Currency::Usd,
                           PriceBasis::Current),
                      {}, {}};
    auto editions = store_->editions();
    std::sort(editions.begin(), editions.end(),
              [](const Edition& a, const Edition& b) { return a.published < b.published; });
    for (const auto& e : editions)
        if (e.published < edition.published)
            out.previous = e;
    if (out.previous) {
        const std::vector<std::string> share{std::string(indicators::share_gdp_pct)};
        const auto old_obs = store_->observations({out.previous->id, {}, {}, share});
        const auto new_obs = store_->observations({edition.id, {}, {}, share});
        auto revisions = engine::find_revisions(old_obs, new_obs, 0, std::nullopt);
        if (!revisions.empty())
            out.largest_revision = revisions.front();
    }
    return out;
}

CompareResponse Service::compare(const CompareRequest& r) const {
    r.validate();
    auto edition = resolve_edition(r.common);
    const auto sipri = store_->sipri();
    HAGUE_REQUIRE(!sipri.empty(), ErrorKind::DataIntegrity, "the database holds no SIPRI figures");
    Year year = edition.last_year;
    if (r.year) {
        year = resolve_year(edition, r.year);
    } else {
        Year last_sipri = sipri.front().year;
        for (const auto& s : sipri)
            last_sipri = std::max(last_sipri, s.year);
        year = std::min(year, last_sipri);
    }
    const auto observations = store_->observations({edition.id, {}, year, {}});
    const engine::ObservationIndex index(observations);
    return {std::move(edition), year, engine::compare_year(index, year, sipri),
            sipri.front().source};
}

} // namespace hague::app
