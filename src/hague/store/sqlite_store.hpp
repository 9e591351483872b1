#pragma once
/// The embedded default store: one SQLite file.

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "hague/store/sqlite.hpp"
#include "hague/store/store.hpp"

namespace hague::store {

/// A Store in a SQLite database file, created and migrated on open.
class SqliteStore final : public Store {
  public:
    /// Opens path, creating its directory and the file if absent, and migrates an older schema.
    /// Throws Io if the directory cannot be created or written, and Database if the file is not a
    /// hague database, is corrupt, or has a newer schema version. Never overwrites such a file.
    [[nodiscard]] static std::unique_ptr<SqliteStore> open(const std::string& path);

    ReferenceData reference() const override;
    std::vector<Observation> observations(std::string_view edition) const override;
    std::vector<Observation> observations(std::string_view edition,
                                          std::string_view indicator) const override;
    StoreInfo info() const override;
    std::string location() const override;
    std::vector<std::string> check() const override;
    std::string bundle_digest() const override;
    LoadResult load(const Dataset& d, const std::string& digest) override;
    LoadResult repair(const Dataset& d, const std::string& digest) override;
    void put_edition(const Edition& e, const std::vector<Observation>& observations,
                     bool replace) override;
    void remove_edition(const std::string& id) override;
    void put_sipri(const std::vector<SipriObservation>& rows) override;
    [[nodiscard]] std::int64_t generation() const override;

  private:
    explicit SqliteStore(const std::string& path);
    void migrate();
    // The readers below expect mutex_ held.
    [[nodiscard]] std::vector<Edition> editions() const;
    [[nodiscard]] std::vector<Ally> allies() const;
    [[nodiscard]] std::vector<Indicator> indicators() const;
    [[nodiscard]] std::vector<Commitment> commitments() const;
    [[nodiscard]] std::vector<MissingReason> missing_reasons() const;
    [[nodiscard]] std::vector<SipriObservation> sipri() const;
    [[nodiscard]] std::string read_digest() const;
    /// observations(): every indicator, or only `indicator`.
    [[nodiscard]] std::vector<Observation>
    read_observations(std::string_view edition, std::optional<std::string_view> indicator) const;
    /// load() and repair(), with mutex_ held.
    LoadResult load_locked(const Dataset& d, const std::string& digest, bool repair);

    /// The connection is opened without SQLite's own mutex: this one serializes every use of it,
    /// so a store may be shared between threads.
    mutable std::mutex mutex_;
    std::unique_ptr<Connection> db_;
};

} // namespace hague::store
