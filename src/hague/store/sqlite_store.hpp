#pragma once
/// The embedded default store: one SQLite file.

#include <memory>
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

    std::vector<Edition> editions() const override;
    std::vector<Ally> allies() const override;
    std::vector<Indicator> indicators() const override;
    std::vector<Commitment> commitments() const override;
    std::vector<MissingReason> missing_reasons() const override;
    std::vector<SipriObservation> sipri() const override;
    std::vector<Observation> observations(const ObservationQuery& q) const override;
    StoreInfo info() const override;
    std::vector<std::string> check() const override;
    std::string bundle_digest() const override;
    LoadResult load(const Dataset& d, const std::string& digest) override;

  private:
    explicit SqliteStore(const std::string& path);
    void migrate();

    std::unique_ptr<Connection> db_;
};

} // namespace hague::store
