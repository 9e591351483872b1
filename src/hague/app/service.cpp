#include "hague/app/service.hpp"

#include <algorithm>

#include "hague/core/error.hpp"
#include "hague/io/bundled.hpp"
#include "hague/store/sqlite.hpp"
#include "hague/store/sqlite_store.hpp"

namespace hague::app {

namespace {

std::string list_ids(const std::vector<Edition>& editions) {
    std::string s;
    for (const auto& e : editions)
        s += (s.empty() ? "" : ", ") + e.id;
    return s;
}

} // namespace

Service::Service(std::unique_ptr<store::Store> store) : store_(std::move(store)) {}

Service Service::open(const std::string& path) {
    auto store = store::SqliteStore::open(path);
    const auto digest = io::bundled_digest();
    if (store->bundle_digest() != digest)
        (void)store->load(io::bundled_dataset(), digest);
    return Service(std::move(store));
}

Edition Service::resolve_edition(const Common& c) const {
    auto editions = store_->editions();
    HAGUE_REQUIRE(!editions.empty(), ErrorKind::DataIntegrity, "the database holds no edition");
    if (!c.edition)
        return *std::max_element(editions.begin(), editions.end(),
                                 [](const Edition& a, const Edition& b) {
                                     return a.published < b.published;
                                 });
    auto it = std::find_if(editions.begin(), editions.end(),
                           [&](const Edition& e) { return e.id == *c.edition; });
    HAGUE_CHECK(it != editions.end(), ErrorKind::NotFound, "err_unknown_edition_editions_editions",
                "unknown edition '{}' (editions: {}; see 'hague editions')", *c.edition,
                list_ids(editions));
    return *it;
}

Year Service::resolve_year(const Edition& e, const std::optional<int>& year) const {
    if (!year)
        return e.last_year;
    const Year y(*year);
    HAGUE_CHECK(e.covers(y), ErrorKind::InvalidInput, "err_year_edition_which_covers",
                "--year {} is not in edition {}, which covers {}-{}", *year, e.id, e.first_year,
                e.last_year);
    return y;
}

EditionsResponse Service::editions(const EditionsRequest&) const {
    auto editions = store_->editions();
    std::sort(editions.begin(), editions.end(),
              [](const Edition& a, const Edition& b) { return a.published < b.published; });
    return {std::move(editions)};
}

AlliesResponse Service::allies(const AlliesRequest& r) const {
    r.validate();
    auto edition = resolve_edition(r.common);
    // Membership is a fact of the year, not of the edition: any year from 1949 is allowed.
    const Year year = r.year ? Year(*r.year) : edition.last_year;
    return {std::move(edition), year, store_->allies()};
}

ShowResponse Service::show(const ShowRequest& r) const {
    r.validate();
    auto edition = resolve_edition(r.common);
    const auto code = EntityCode::parse(r.ally);
    const auto allies = store_->allies();
    std::string name;
    if (code) {
        if (code->str() == EntityCode::nato_total)
            name = "NATO Total";
        else if (code->str() == EntityCode::nato_europe_canada)
            name = "NATO Europe and Canada";
        for (const auto& a : allies)
            if (a.code == *code)
                name = a.name_en;
    }
    HAGUE_CHECK(code && !name.empty(), ErrorKind::NotFound, "err_unknown_ally_iso_code",
                "unknown ally '{}' (expected an ISO3 code such as DEU, or NATO or "
                "NATO_EUROPE_CAN; see 'hague allies')",
                r.ally);

    const auto all = store_->indicators();
    std::vector<Indicator> chosen;
    for (const auto& wanted : r.indicators) {
        auto it = std::find_if(all.begin(), all.end(),
                               [&](const Indicator& i) { return i.name == wanted; });
        if (it == all.end()) {
            std::string names;
            for (const auto& i : all)
                names += (names.empty() ? "" : ", ") + i.name;
            HAGUE_THROW(ErrorKind::NotFound, "err_unknown_indicator_indicators",
                        "unknown indicator '{}' (indicators: {})", wanted, names);
        }
        chosen.push_back(*it);
    }
    if (chosen.empty())
        chosen = all;

    store::ObservationQuery q{.edition = edition.id, .entity = *code, .year = {}, .indicators = {}};
    for (const auto& i : chosen)
        q.indicators.push_back(i.name);
    const auto observations = store_->observations(q);
    const auto reasons = store_->missing_reasons();
    auto series = engine::group_series(edition.id, *code, name, chosen, observations, reasons);
    return {std::move(edition), std::move(series)};
}

StatusResponse Service::status(const StatusRequest& r) const {
    r.validate();
    auto edition = resolve_edition(r.common);
    const Year year = resolve_year(edition, r.year);
    store::ObservationQuery q{.edition = edition.id,
                              .entity = {},
                              .year = year,
                              .indicators = {std::string(indicators::share_gdp_pct),
                                             std::string(indicators::equipment_share_pct)}};
    const auto observations = store_->observations(q);
    auto allies = store_->allies();
    const auto reasons = store_->missing_reasons();
    engine::StatusInput input{.edition = &edition,
                              .year = year,
                              .rounding = r.rounding,
                              .thresholds = thresholds(),
                              .allies = allies,
                              .observations = observations,
                              .missing_reasons = reasons};
    auto status = engine::compute_status(input);
    return {std::move(edition), std::move(allies), std::move(status)};
}

namespace {
/// The Alliance pledge of `kind` among `commitments`; DataIntegrity if absent.
const Commitment& find_pledge(const std::vector<Commitment>& commitments, std::string_view kind) {
    auto it = std::find_if(commitments.begin(), commitments.end(), [&](const Commitment& c) {
        return c.entity == EntityCode::nato_total && c.kind == kind;
    });
    HAGUE_REQUIRE(it != commitments.end(), ErrorKind::DataIntegrity,
                  "no Alliance commitment of kind '{}' in the data (pledges.csv, commitments.csv)",
                  kind);
    return *it;
}
} // namespace

Commitment Service::pledge(std::string_view kind) const {
    return find_pledge(store_->commitments(), kind);
}

engine::Thresholds Service::thresholds() const {
    const auto commitments = store_->commitments(); // one query for the three thresholds
    return {.spending_pct = find_pledge(commitments, pledges::wales_spending).target_pct,
            .core_pct = find_pledge(commitments, pledges::hague_core).target_pct,
            .equipment_pct = find_pledge(commitments, pledges::wales_equipment).target_pct};
}

DbInfoResponse Service::db_info() const { return {store_->info()}; }

DbCheckResponse Service::db_check() const {
    return {store_->info().location, store_->check()};
}

std::string version_string() {
    return fmt::format("hague {} (SQLite {}, bundled data {})", HAGUE_VERSION,
                       store::sqlite_version(), io::bundled_digest().substr(0, 12));
}

} // namespace hague::app
