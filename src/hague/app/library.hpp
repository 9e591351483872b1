#pragma once
/// The snapshots the use cases read: one immutable EditionSnapshot per edition, built on first use
/// from the store and shared by every thread that asks for it.

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hague/engine/snapshot.hpp"
#include "hague/store/store.hpp"

namespace hague::app {

/// Owns the store and the snapshots built from it. A reader copies the current state's pointer
/// (a few nanoseconds under state_mutex_) and then works on immutable data with no lock held. A
/// miss (an edition not yet built) takes build_mutex_, reads the edition once, and publishes a new
/// state with it; a write (refresh) publishes an empty state, so a reader that holds a snapshot
/// keeps a whole edition, old or new, never half of one. (A mutex rather than
/// std::atomic<std::shared_ptr>: libstdc++ 12 implements that with a lock bit ThreadSanitizer
/// cannot see, and the copy costs the same.)
class Library {
  public:
    explicit Library(std::unique_ptr<store::Store> store);
    Library(const Library&) = delete;
    Library& operator=(const Library&) = delete;

    /// The editions held, oldest published first.
    [[nodiscard]] std::vector<Edition> editions() const;
    /// The edition `id`, or the newest published when absent. NotFound (listing the editions
    /// held) when there is no such edition; DataIntegrity when the store holds none.
    [[nodiscard]] std::shared_ptr<const engine::EditionSnapshot>
    edition(const std::optional<std::string>& id) const;
    /// The edition published just before `e`, or nullptr when `e` is the oldest.
    [[nodiscard]] std::shared_ptr<const engine::EditionSnapshot> previous(const Edition& e) const;
    /// The editions published before `e`, newest first, each holding one indicator's
    /// observations only: for a use case that reads one series of the older editions (the
    /// execution model's calibration reads the share of GDP) and need not read each whole. An
    /// edition already built whole serves as it is; the others are read for `indicator` alone,
    /// once, and kept beside the whole ones (never given out as a whole edition).
    [[nodiscard]] std::vector<std::shared_ptr<const engine::EditionSnapshot>>
    older_series(const Edition& e, std::string_view indicator) const;

    /// The store, for what is not a snapshot (db info, db check) and for writes.
    [[nodiscard]] const store::Store& store() const noexcept { return *store_; }
    /// Forgets every snapshot after a write to the store: the next read builds them anew.
    void refresh();

    /// Writes through the store (one transaction each, store.hpp) and forgets the snapshots, so
    /// the next read sees the store as it now is.
    void put_edition(const Edition& e, const std::vector<Observation>& observations,
                     bool replace) const;
    /// Store::repair, then forgets every snapshot (an epoch later).
    store::LoadResult repair(const Dataset& bundle, const std::string& digest) const;
    void remove_edition(const std::string& id) const;
    void put_sipri(const std::vector<SipriObservation>& rows) const;
    /// Forgets the snapshots if another process wrote to the store since they were read (an
    /// import while `hague serve` runs); true if it did. Cheap: one PRAGMA.
    bool refresh_if_changed() const;
    /// How many times the snapshots were forgotten: a cache of answers keys by it.
    [[nodiscard]] std::uint64_t epoch() const noexcept { return epoch_; }

  private:
    struct State {
        std::shared_ptr<const ReferenceData> reference;
        std::map<std::string, std::shared_ptr<const engine::EditionSnapshot>, std::less<>> built;
        /// One indicator of an edition (older_series), by series_key.
        std::map<std::string, std::shared_ptr<const engine::EditionSnapshot>, std::less<>> series;
        /// Edition `id` if built whole, else (with `indicator`) its series; nullptr if neither.
        [[nodiscard]] std::shared_ptr<const engine::EditionSnapshot>
        find(const std::string& id, std::optional<std::string_view> indicator) const;
    };
    [[nodiscard]] std::shared_ptr<const State> state() const;
    /// The current state, reading the reference data if there is none; build_mutex_ held.
    [[nodiscard]] std::shared_ptr<const State> state_locked() const;
    /// Reads edition `id` (only `indicator`'s observations when given), checks it and publishes
    /// it; build_mutex_ taken here.
    [[nodiscard]] std::shared_ptr<const engine::EditionSnapshot>
    build(const std::string& id, std::optional<std::string_view> indicator = std::nullopt) const;

    /// The current state (nullptr: not read yet).
    [[nodiscard]] std::shared_ptr<const State> load() const;
    void publish(std::shared_ptr<const State> s) const;

    std::unique_ptr<store::Store> store_;
    mutable std::shared_ptr<const State> state_; ///< guarded by state_mutex_
    mutable std::mutex state_mutex_;             ///< held only to copy or replace state_
    mutable std::mutex build_mutex_;             ///< serializes the reads that build a state
    mutable std::atomic<std::uint64_t> epoch_{0};
    mutable std::atomic<std::int64_t> generation_{0}; ///< the store's, when state_ was read
};

} // namespace hague::app
