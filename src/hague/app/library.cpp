#include "hague/app/library.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "hague/core/error.hpp"
#include "hague/engine/edition_checks.hpp"

namespace hague::app {

namespace {

/// The key of one indicator of an edition in State::series.
std::string series_key(std::string_view id, std::string_view indicator) {
    return fmt::format("{}\n{}", id, indicator);
}

std::string list_ids(const std::vector<Edition>& editions) {
    std::string s;
    for (const auto& e : editions)
        s += (s.empty() ? "" : ", ") + e.id;
    return s;
}

} // namespace

Library::Library(std::unique_ptr<store::Store> store) : store_(std::move(store)) {
    HAGUE_REQUIRE(store_ != nullptr, ErrorKind::Internal, "a library without a store");
}

std::shared_ptr<const Library::State> Library::load() const {
    const std::lock_guard lock(state_mutex_);
    return state_;
}

void Library::publish(std::shared_ptr<const State> s) const {
    const std::lock_guard lock(state_mutex_);
    state_ = std::move(s);
}

std::shared_ptr<const Library::State> Library::state() const {
    if (auto s = load())
        return s;
    const std::lock_guard lock(build_mutex_);
    return state_locked();
}

std::shared_ptr<const Library::State> Library::state_locked() const {
    if (auto s = load())
        return s; // another thread read it while this one waited for the lock
    generation_ = store_->generation();
    auto fresh = std::make_shared<State>();
    fresh->reference = std::make_shared<const ReferenceData>(store_->reference());
    const auto impossible = engine::impossible_reference(*fresh->reference, 1);
    HAGUE_CHECK(impossible.empty(), ErrorKind::DataIntegrity, "err_db_impossible_value",
                "the database is damaged: {} (see 'hague db check' and 'hague db repair')",
                impossible.empty() ? std::string() : impossible.front());
    std::shared_ptr<const State> published = std::move(fresh);
    publish(published);
    return published;
}

std::vector<Edition> Library::editions() const {
    return state()->reference->editions;
}

std::shared_ptr<const engine::EditionSnapshot>
Library::edition(const std::optional<std::string>& id) const {
    const auto s = state();
    const auto& editions = s->reference->editions;
    HAGUE_REQUIRE(!editions.empty(), ErrorKind::DataIntegrity, "the database holds no edition");
    std::string wanted;
    if (!id) {
        wanted = editions.back().id; // the store lists them oldest published first
    } else {
        const bool held = std::any_of(editions.begin(), editions.end(),
                                      [&](const Edition& e) { return e.id == *id; });
        HAGUE_CHECK(held, ErrorKind::NotFound, "err_unknown_edition_editions_editions",
                    "unknown edition '{}' (editions: {})", *id, list_ids(editions));
        wanted = *id;
    }
    if (auto held = s->find(wanted, std::nullopt))
        return held;
    return build(wanted);
}

std::shared_ptr<const engine::EditionSnapshot>
Library::build(const std::string& id, std::optional<std::string_view> indicator) const {
    const std::lock_guard lock(build_mutex_);
    const auto current = state_locked();
    if (auto held = current->find(id, indicator))
        return held; // built by another thread while this one waited
    const auto& editions = current->reference->editions;
    const auto e = std::find_if(editions.begin(), editions.end(),
                                [&](const Edition& x) { return x.id == id; });
    HAGUE_REQUIRE(e != editions.end(), ErrorKind::Internal, "edition '{}' vanished", id);
    auto rows = indicator ? store_->observations(id, *indicator) : store_->observations(id);
    // Nothing impossible reaches the engine: a damaged database is an error, not a figure.
    const auto impossible = engine::impossible_values(*e, rows, current->reference->indicators, 1);
    HAGUE_CHECK(impossible.empty(), ErrorKind::DataIntegrity, "err_db_impossible_value",
                "the database is damaged: {} (see 'hague db check' and 'hague db repair')",
                impossible.empty() ? std::string() : impossible.front());
    auto snapshot =
        std::make_shared<const engine::EditionSnapshot>(*e, current->reference, std::move(rows));
    auto next = std::make_shared<State>(*current); // copies pointers, not editions
    if (indicator)
        next->series.emplace(series_key(id, *indicator), snapshot);
    else
        next->built.emplace(id, snapshot);
    publish(std::move(next));
    return snapshot;
}

std::shared_ptr<const engine::EditionSnapshot> Library::previous(const Edition& e) const {
    // The editions are oldest published first: the previous one stands just before e.
    const auto& editions = state()->reference->editions;
    const auto it = std::find_if(editions.begin(), editions.end(),
                                 [&](const Edition& x) { return x.id == e.id; });
    if (it == editions.end() || it == editions.begin())
        return nullptr;
    return edition(std::prev(it)->id);
}

std::vector<std::shared_ptr<const engine::EditionSnapshot>>
Library::older_series(const Edition& e, std::string_view indicator) const {
    const auto s = state();
    const auto& editions = s->reference->editions; // oldest published first
    std::vector<std::shared_ptr<const engine::EditionSnapshot>> out;
    auto it = std::find_if(editions.begin(), editions.end(),
                           [&](const Edition& x) { return x.id == e.id; });
    while (it != editions.end() && it != editions.begin()) {
        --it;
        auto held = s->find(it->id, indicator);
        out.push_back(held ? std::move(held) : build(it->id, indicator));
    }
    return out;
}

std::shared_ptr<const engine::EditionSnapshot>
Library::State::find(const std::string& id, std::optional<std::string_view> indicator) const {
    if (auto whole = built.find(id); whole != built.end())
        return whole->second; // a whole edition serves for any one of its indicators
    if (!indicator)
        return nullptr;
    const auto one = series.find(series_key(id, *indicator));
    return one != series.end() ? one->second : nullptr;
}

void Library::refresh() {
    const std::lock_guard lock(build_mutex_);
    publish(nullptr);
    ++epoch_;
}

void Library::put_edition(const Edition& e, const std::vector<Observation>& observations,
                          bool replace) const {
    const std::lock_guard lock(build_mutex_);
    store_->put_edition(e, observations, replace);
    publish(nullptr);
    ++epoch_;
}

store::LoadResult Library::repair(const Dataset& bundle, const std::string& digest) const {
    const std::lock_guard lock(build_mutex_);
    const auto result = store_->repair(bundle, digest);
    publish(nullptr);
    ++epoch_;
    return result;
}

void Library::remove_edition(const std::string& id) const {
    const std::lock_guard lock(build_mutex_);
    store_->remove_edition(id);
    publish(nullptr);
    ++epoch_;
}

void Library::put_sipri(const std::vector<SipriObservation>& rows) const {
    const std::lock_guard lock(build_mutex_);
    store_->put_sipri(rows);
    publish(nullptr);
    ++epoch_;
}

bool Library::refresh_if_changed() const {
    const std::lock_guard lock(build_mutex_);
    if (!load() || store_->generation() == generation_)
        return false;
    publish(nullptr);
    ++epoch_;
    return true;
}

} // namespace hague::app
