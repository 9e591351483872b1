// The analytics of the facade: gaps, paths, plans, burden sharing, revisions, facts, comparison.
#include <algorithm>
#include <map>
#include <set>

#include "hague/app/common.hpp"
#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/engine/groups.hpp"
#include "hague/i18n/names.hpp"
#include "hague/io/bundled.hpp"
#include "hague/report/words.hpp"

namespace hague::app {

namespace {

void validate_target(double pct) {
    HAGUE_CHECK_FIELD(
        pct > 0 && pct <= 100, ErrorKind::InvalidInput, "target", "err_target_outside_share_gdp",
        "{} {} must be above 0 and at most 100 (a share of GDP in percent, such as 2, 3.5 or 5)",
        pct);
}

/// Parses "NAME=ISO3,ISO3" into a group; every member must be an ally.
engine::Group parse_group(const std::string& spec, std::span<const Ally> allies) {
    const auto eq = spec.find('=');
    HAGUE_CHECK_FIELD(eq != std::string::npos && eq > 0, ErrorKind::InvalidInput, "group",
                      "err_group_name_iso_iso",
                      "{} '{}' is not NAME=ISO3,ISO3,... (such as Nordics=DNK,FIN,ISL,NOR,SWE)",
                      spec);
    auto name = spec.substr(0, eq);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    // The name is printed in tables and CSV as it stands: no control character (an escape
    // sequence would drive the reader's terminal, a newline would split a CSV row), and an empty
    // item (X=DEU,) is as wrong as an empty name.
    const bool printable = std::none_of(spec.begin(), spec.end(), [](char c) {
        return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
    });
    const bool empty_item = spec.back() == ',' || spec.find(",,") != std::string::npos ||
                            spec.find("=,") != std::string::npos;
    HAGUE_CHECK_FIELD(!name.empty() && printable && !empty_item, ErrorKind::InvalidInput, "group",
                      "err_group_name_iso_iso",
                      "{} '{}' is not NAME=ISO3,ISO3,... (such as Nordics=DNK,FIN,ISL,NOR,SWE)",
                      spec);
    engine::Group g{name, name, {}};
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
            HAGUE_CHECK_FIELD(known, ErrorKind::InvalidInput, "group", "err_group_ally_iso_codes",
                              "{} '{}': '{}' is not an ally (expected ISO3 codes such as DEU)",
                              g.name, item);
            HAGUE_CHECK_FIELD(std::find(g.members.begin(), g.members.end(), *code) ==
                                  g.members.end(),
                              ErrorKind::InvalidInput, "group", "err_group_member_twice",
                              "{} '{}' names {} twice", g.name, code->str());
            g.members.push_back(*code);
        }
        start = end + 1;
    }
    HAGUE_CHECK_FIELD(!g.members.empty(), ErrorKind::InvalidInput, "group",
                      "err_group_has_members_name",
                      "{} '{}' has no members (expected NAME=ISO3,ISO3,...)", g.name);
    return g;
}

} // namespace

void GapRequest::validate() const {
    if (target_pct)
        validate_target(*target_pct);
    validate_year_field(year, "year");
    validate_ally_list(allies, "allies");
}

void PathRequest::validate() const {
    HAGUE_CHECK(!ally.empty(), ErrorKind::InvalidInput, "err_no_ally_or_all",
                "no ally given (an ISO3 code such as DEU, or all)");
    validate_year_field(from, "from");
}

void PathCheckRequest::validate() const {
    validate_edition_pair(old_edition, new_edition);
}

void PlanCheckRequest::validate() const {
    HAGUE_CHECK(!plan.file.empty(), ErrorKind::InvalidInput, "err_plan_file_given",
                "no plan file given");
}

void ShareRequest::validate() const {
    validate_year_field(year, "year");
}

void DiffRequest::validate() const {
    validate_edition_pair(old_edition, new_edition);
    HAGUE_CHECK_FIELD(!min_change || *min_change >= 0, ErrorKind::InvalidInput, "min_change",
                      "err_min_change_negative_more",
                      "{} {} is negative (expected 0 or more, in the indicator's unit)",
                      min_change.value_or(0));
    validate_ally_list(allies, "allies");
}

void FactsRequest::validate() const {
    validate_year_field(year, "year");
}

void CompareRequest::validate() const {
    validate_year_field(year, "year");
}

EntityCode euro_reference() {
    return *EntityCode::parse("DEU");
}

Year resolve_year(const Edition& e, const std::optional<int>& year) {
    if (!year)
        return e.last_year;
    const Year y(*year);
    HAGUE_CHECK_FIELD(e.covers(y), ErrorKind::InvalidInput, "year", "err_year_edition_which_covers",
                      "{} {} is not in edition {}, which covers {}-{}", *year, e.id, e.first_year,
                      e.last_year);
    return y;
}

std::optional<EntityCode> parse_ally(const engine::EditionSnapshot& s, std::string_view text) {
    if (auto code = EntityCode::parse(text); code && s.find_ally(*code))
        return code;
    std::vector<std::string> codes, names;
    for (const auto& a : s.allies()) {
        codes.push_back(a.code.str());
        names.push_back(a.name_en);
    }
    if (const auto found = i18n::code_for_name(text, codes, names))
        return EntityCode::parse(*found);
    return std::nullopt;
}

std::vector<Ally> select_allies(const engine::EditionSnapshot& s, const std::string& which) {
    if (which == "all" || which == "ALL")
        return {s.allies().begin(), s.allies().end()};
    const auto code = parse_ally(s, which);
    if (code)
        if (const auto* a = s.find_ally(*code))
            return {*a};
    HAGUE_THROW(ErrorKind::NotFound, "err_unknown_ally_or_all",
                "unknown ally '{}' (expected an ISO3 code such as DEU, or all)", which);
}

const Ally& plan_ally(const engine::EditionSnapshot& s, const Plan& plan) {
    const auto* a = s.find_ally(plan.ally);
    HAGUE_CHECK(a != nullptr, ErrorKind::NotFound, "err_plan_unknown_ally",
                "{}: ally '{}' is not a NATO ally in edition {} (expected an ISO3 code such as "
                "DEU)",
                plan.file, plan.ally.str(), s.edition().id);
    return *a;
}

engine::GapResult compute_gaps(const engine::EditionSnapshot& s, Year year, double target_pct,
                               Currency currency, PriceBasis prices, Rounding rounding) {
    const auto groups = engine::standard_groups(s.allies(), year);
    return engine::compute_gaps({.edition = &s.edition(),
                                 .index = &s.index(),
                                 .year = year,
                                 .target_pct = target_pct,
                                 .currency = currency,
                                 .prices = prices,
                                 .rounding = rounding,
                                 .euro_reference = euro_reference(),
                                 .allies = s.allies(),
                                 .groups = groups,
                                 .missing_reasons = s.missing_reasons()});
}

GapResponse answer(const engine::EditionSnapshot& e, const GapRequest& r) {
    const auto year = resolve_year(e.edition(), r.year);
    const double target = r.target_pct.value_or(e.pledge(pledges::hague_core).target_pct);
    GapResponse out{e.edition(),
                    {e.allies().begin(), e.allies().end()},
                    compute_gaps(e, year, target, r.currency, r.prices, r.rounding)};
    if (!r.allies.empty()) {
        const auto codes = resolve_allies(e, r.allies, year);
        std::erase_if(out.gaps.allies, [&](const engine::AllyGap& g) {
            return std::find(codes.begin(), codes.end(), g.ally.str()) == codes.end();
        });
        out.gaps.groups.clear();
    }
    return out;
}

PathResponse compute_paths(const engine::EditionSnapshot& s, const std::string& which,
                           engine::PathTarget target, Year from) {
    const auto& e = s.edition();
    const auto& goal =
        s.pledge(target == engine::PathTarget::Core ? pledges::hague_core : pledges::hague_total);
    HAGUE_REQUIRE(goal.by_year.has_value(), ErrorKind::DataIntegrity,
                  "the Hague commitment '{}' has no year", goal.kind);
    const auto& review = s.pledge(pledges::hague_review);
    const auto& core = s.pledge(pledges::hague_core);
    HAGUE_CHECK_FIELD(from < *goal.by_year, ErrorKind::InvalidInput, "from",
                      "err_from_before_year_target",
                      "{} {} is not before {}, the year of the Hague target", from, *goal.by_year);
    HAGUE_CHECK_FIELD(
        e.covers(from), ErrorKind::InvalidInput, "from", "err_from_edition_which_covers",
        "{} {} is not in edition {}, which covers {}-{}", from, e.id, e.first_year, e.last_year);
    const auto selected = select_allies(s, which);

    PathResponse out{e, target, {}, {}, {goal.target_pct, *goal.by_year}, from, {}};
    for (const auto& a : selected) {
        if (!a.nato_member_in(from)) { // said, not silently left out
            out.joined_later.emplace_back(a.code, a.nato_joined);
            continue;
        }
        const auto share = s.index().find(a.code, from, indicators::share_gdp_pct);
        if (!share) {
            out.skipped.emplace_back(
                a.code, data_reason_or(s.missing_reasons(), a.code, e.id, indicators::share_gdp_pct,
                                       from, Reason::of(Reason::Kind::NoShare, from)));
            continue;
        }
        engine::AllyPath p{a.code,
                           a.name_en,
                           share->estimate,
                           engine::linear_path({from, share->value, goal.target_pct, *goal.by_year,
                                                review.by_year.value_or(*goal.by_year)}),
                           {},
                           core.target_pct};
        // National commitments are core defence (NATO's definition): against the core path.
        const auto core_path = target == engine::PathTarget::Core
                                   ? p.path
                                   : engine::linear_path({from, share->value, core.target_pct,
                                                          core.by_year.value_or(*goal.by_year),
                                                          review.by_year.value_or(*goal.by_year)});
        std::vector<Commitment> national;
        for (const auto& c : s.commitments())
            if (c.entity == a.code.str())
                national.push_back(c);
        // The ally's own figures up to the baseline: a commitment for those years is judged by
        // what was spent, not by the path.
        std::vector<engine::OwnShare> own;
        for (int y = e.first_year.value(); y <= from.value(); ++y)
            if (const auto f = s.index().find(a.code, Year(y), indicators::share_gdp_pct))
                own.push_back({Year(y), f->value, f->estimate});
        p.commitments = engine::check_commitments(core_path, national, own);
        out.paths.push_back(std::move(p));
    }
    HAGUE_CHECK(!out.paths.empty() || !out.skipped.empty(), ErrorKind::InvalidInput,
                "err_was_nato_member", "'{}' was not a NATO member in {}", which, from);
    return out;
}

PathResponse answer(const engine::EditionSnapshot& e, const PathRequest& r) {
    const Year from = r.from ? Year(*r.from) : e.edition().last_year;
    return compute_paths(e, r.ally, r.target, from);
}

PathCheckResponse answer(const engine::EditionSnapshot& old_edition,
                         const engine::EditionSnapshot& new_edition, const PathCheckRequest& r) {
    const auto& o = old_edition.edition();
    const auto& n = new_edition.edition();
    auto set = compute_paths(old_edition, r.ally, r.target, o.last_year);
    PathCheckResponse out{o, n, r.target, {}, std::move(set.skipped)};
    for (auto& p : set.paths) {
        engine::AllyPathCheck check{p.ally, p.name, p.path, {}};
        for (int y = o.last_year.value() + 1; y <= n.last_year.value(); ++y) {
            const auto share = new_edition.index().find(p.ally, Year(y), indicators::share_gdp_pct);
            if (!share || !p.path.at(Year(y)))
                continue;
            check.outturns.push_back(
                engine::compare_outturn(p.path, Year(y), share->value, share->estimate));
        }
        if (check.outturns.empty()) // said, not silently left out
            out.skipped.emplace_back(p.ally,
                                     data_reason_or(new_edition.missing_reasons(), p.ally, n.id,
                                                    indicators::share_gdp_pct, n.last_year,
                                                    Reason::of(Reason::Kind::EditionNoShare,
                                                               n.last_year, n.id, p.ally.str())));
        else
            out.allies.push_back(std::move(check));
    }
    HAGUE_CHECK(n.last_year > o.last_year, ErrorKind::InvalidInput, "err_edition_ends_after_so",
                "edition {} ends in {}, not after {} ({}), so it has no outturns to check", n.id,
                n.last_year, o.id, o.last_year);
    return out;
}

PlanCheckResponse answer(const engine::EditionSnapshot& e, const History& older,
                         const PlanCheckRequest& r) {
    const auto& plan = r.plan;
    const auto& edition = e.edition();
    const auto set = compute_paths(e, plan_ally(e, plan).code.str(), engine::PathTarget::Core,
                                   edition.last_year);
    HAGUE_CHECK(!set.paths.empty(), ErrorKind::InvalidInput, "err_has_share_gdp_so",
                "{}: {} has no share of GDP in {} ({}), so there is no baseline to judge from",
                plan.file, plan.ally, edition.last_year,
                set.skipped.empty() ? std::string("no data")
                                    : report::reason_in_english(set.skipped.front().second));
    const auto& p = set.paths.front();
    // The record: the ally's rises of its share, the alliance's top decile, and how far the
    // ally's in-year estimates in older editions missed this edition's outturns.
    std::vector<engine::EditionRecord> records;
    for (const auto& o : older)
        if (o && o->edition().published < edition.published)
            records.push_back({&o->edition(), &o->index()});
    const auto* ally = e.find_ally(p.ally);
    const auto& breaks = io::bundled_breaks();
    auto misses = engine::revision_samples(
        {.calibration = engine::Calibration::Revisions,
         .edition = &edition,
         .index = &e.index(),
         .older = records,
         .allies = ally ? std::span<const Ally>(ally, 1) : std::span<const Ally>(),
         .excluded_years = {},
         .breaks = breaks,
         .changes_last = edition.last_year},
        true);
    const auto record =
        engine::track_record(e.index(), edition, p.ally, e.allies(), breaks, std::move(misses));
    auto check =
        engine::check_plan({.plan = &plan,
                            .edition = &edition,
                            .index = &e.index(),
                            .path = p.path,
                            .related_ceiling_pct = e.pledge(pledges::hague_related).target_pct,
                            .record = &record});
    return {edition, plan, p.name, p.baseline_estimate, std::move(check)};
}

engine::BurdenResult compute_burden(const engine::EditionSnapshot& s, Year year, PriceBasis prices,
                                    const std::vector<engine::Group>& extra) {
    auto groups = engine::standard_groups(s.allies(), year);
    for (const auto& g : extra)
        groups.push_back(engine::members_in(g, s.allies(), year));
    return engine::compute_burden({&s.edition(), &s.index(), year, prices, groups});
}

std::optional<Error> burden_unavailable(const engine::BurdenResult& b, const Edition& e,
                                        Year year) {
    // Sums over no ally would read as 0% of the alliance: say there is nothing instead.
    if (!b.groups.empty() && b.groups.front().members_counted > 0)
        return std::nullopt;
    return detail::keyed_error(
        ErrorKind::InvalidInput, "err_no_burden_data",
        "edition {} publishes no GDP and defence expenditure in US dollars for {} (Tables 2 and "
        "5), so it has no burden sharing to show",
        e.id, year);
}

ShareResponse answer(const engine::EditionSnapshot& e, const ShareRequest& r) {
    const auto year = resolve_year(e.edition(), r.year);
    std::vector<engine::Group> extra;
    const auto standard = engine::standard_groups(e.allies(), year);
    const auto lower = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return s;
    };
    for (const auto& spec : r.groups) {
        auto g = parse_group(spec, e.allies());
        const auto taken = [&](const engine::Group& other) {
            return lower(other.id) == lower(g.id);
        };
        HAGUE_CHECK_FIELD(std::none_of(standard.begin(), standard.end(), taken) &&
                              std::none_of(extra.begin(), extra.end(), taken),
                          ErrorKind::InvalidInput, "group", "err_group_name_taken",
                          "{} name '{}' is taken (by a standard group: nato, usa, north_america, "
                          "europe_canada, eu, non_eu; or by another group); give another",
                          g.name);
        extra.push_back(std::move(g));
    }
    auto result = compute_burden(e, year, r.prices, extra);
    if (auto why = burden_unavailable(result, e.edition(), year))
        throw *why;
    // Prices: the pillar is in current prices whatever --prices asks (it compares with SIPRI's).
    return {e.edition(),
            {e.allies().begin(), e.allies().end()},
            std::move(result),
            european_pillar(e, year)};
}

DiffResponse answer(const engine::EditionSnapshot& old_edition,
                    const engine::EditionSnapshot& new_edition, const DiffRequest& r) {
    if (r.indicator) {
        const auto all = new_edition.indicators();
        if (std::none_of(all.begin(), all.end(),
                         [&](const Indicator& i) { return i.name == *r.indicator; })) {
            std::string names;
            for (const auto& i : all)
                names += (names.empty() ? "" : ", ") + i.name;
            HAGUE_THROW(ErrorKind::NotFound, "err_unknown_indicator_indicators",
                        "unknown indicator '{}' (indicators: {})", *r.indicator, names);
        }
    }
    const auto& t = new_edition.thresholds();
    DiffResponse out{old_edition.edition(),
                     new_edition.edition(),
                     r.indicator,
                     r.min_change,
                     r.rounding,
                     {},
                     0,
                     0,
                     {},
                     t};
    if (!r.allies.empty()) {
        // One ally's (or a group's) figures: the pairs compared are its own, and the threshold
        // counts, which are the alliance's, are left out.
        const auto codes = resolve_allies(new_edition, r.allies, new_edition.edition().last_year);
        const auto theirs = [&](std::span<const Observation> all) {
            std::vector<Observation> kept;
            for (const auto& o : all)
                if (std::find(codes.begin(), codes.end(), o.entity.str()) != codes.end())
                    kept.push_back(o);
            return kept;
        };
        const auto old_obs = theirs(old_edition.observations());
        const auto new_obs = theirs(new_edition.observations());
        auto set = engine::find_revisions(old_obs, new_obs, r.min_change, r.indicator);
        out.revisions = std::move(set.revisions);
        out.compared = set.compared;
        out.unchanged = set.unchanged;
        return out;
    }
    auto set = engine::find_revisions(old_edition.observations(), new_edition.observations(),
                                      r.min_change, r.indicator);
    out.revisions = std::move(set.revisions);
    out.compared = set.compared;
    out.unchanged = set.unchanged;
    out.counts = engine::count_changes(old_edition.edition(), old_edition.observations(),
                                       new_edition.edition(), new_edition.observations(),
                                       new_edition.allies(), t, r.rounding);
    return out;
}

std::optional<engine::EuropeanPillar> european_pillar(const engine::EditionSnapshot& e, Year year) {
    const auto burden = compute_burden(e, year, PriceBasis::Current, {});
    const auto group = [&](const char* id) -> const engine::GroupBurden* {
        for (const auto& g : burden.groups)
            if (g.group.id == id && g.members_counted > 0)
                return &g;
        return nullptr;
    };
    const auto* europe = group("europe_canada");
    if (!europe)
        return std::nullopt;
    engine::EuropeanPillar out;
    out.year = year;
    out.europe_canada_share_pct = europe->share_of_alliance_spending_pct;
    out.estimate = burden.estimate;
    out.core_pct = e.pledge(pledges::hague_core).target_pct;
    out.total_pct = e.pledge(pledges::hague_total).target_pct;
    // The projections: the US under the status quo, every ally under each scenario. An edition
    // without GDP for its last year projects no ally (each is skipped, with its reason): then
    // there are no groups, and "now" stands alone. Nothing is caught to find that out.
    {
        ProjectRequest pr;
        pr.common.edition = e.id();
        const auto status_quo = answer(e, pr).projection;
        const auto us = std::find_if(status_quo.allies.begin(), status_quo.allies.end(),
                                     [](const auto& a) { return a.baseline.ally.str() == "USA"; });
        if (us != status_quo.allies.end() && !status_quo.groups.empty()) {
            out.baseline_year = status_quo.assumptions.baseline_year;
            out.target_year = status_quo.assumptions.target_year;
            out.us_share_gdp_pct = us->baseline.share_pct;
            const double us_held = us->years.back().spending_usd_m;
            out.scenarios.push_back(engine::pillar_scenario(status_quo, us_held));
            for (const char* scenario : {"linear", "commitments"}) {
                pr.scenario = scenario;
                out.scenarios.push_back(engine::pillar_scenario(answer(e, pr).projection, us_held));
            }
        }
    }
    // Russia (SIPRI) in the latest year it gives up to `year`, against Europe and Canada's GDP.
    for (const auto& o : e.sipri())
        if (o.country.str() == "RUS" && o.year <= year && o.milex_usd_current_m > 0 &&
            (!out.russia_year || o.year > *out.russia_year)) {
            out.russia_year = o.year;
            out.russia_usd_m = o.milex_usd_current_m;
            out.russia_estimate = o.estimate;
        }
    if (out.russia_year) {
        const auto then = compute_burden(e, *out.russia_year, PriceBasis::Current, {});
        const auto it = std::find_if(then.groups.begin(), then.groups.end(), [](const auto& g) {
            return g.group.id == "europe_canada" && g.members_counted > 0;
        });
        if (it == then.groups.end())
            out.russia_year.reset();
        else
            out.europe_canada_gdp_usd_m = it->gdp_usd_m;
    }
    return out;
}

FactsResponse answer(const engine::EditionSnapshot& e, const engine::EditionSnapshot* previous,
                     const FactsRequest& r) {
    const auto year = resolve_year(e.edition(), r.year);
    StatusRequest status_request;
    status_request.year = year.value();
    auto st = answer(e, status_request);
    FactsResponse out{e.edition(),
                      std::move(st.allies),
                      std::move(st.status),
                      compute_burden(e, year, PriceBasis::Current, {}),
                      compute_gaps(e, year, e.pledge(pledges::hague_core).target_pct, Currency::Usd,
                                   PriceBasis::Current),
                      {},
                      {},
                      european_pillar(e, year)};
    if (previous) {
        out.previous = previous->edition();
        auto revisions =
            engine::find_revisions(previous->observations(), e.observations(), std::nullopt,
                                   std::string(indicators::share_gdp_pct))
                .revisions;
        if (!revisions.empty())
            out.largest_revision = revisions.front();
    }
    return out;
}

CompareResponse answer(const engine::EditionSnapshot& e, const CompareRequest& r) {
    const auto sipri = e.sipri();
    HAGUE_REQUIRE(!sipri.empty(), ErrorKind::DataIntegrity, "the database holds no SIPRI figures");
    Year year = e.edition().last_year;
    if (r.year) {
        year = resolve_year(e.edition(), r.year);
    } else {
        Year last_sipri = sipri.front().year;
        for (const auto& x : sipri)
            last_sipri = std::max(last_sipri, x.year);
        year = std::min(year, last_sipri);
    }
    return {e.edition(), year, engine::compare_year(e.index(), year, sipri), sipri.front().source};
}

} // namespace hague::app
