#pragma once
/// Where the dataset lives: the interface the app layer reads through.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "hague/core/dataset.hpp"

namespace hague::store {

/// Which observations to read. Empty optionals and an empty indicator list match everything.
struct ObservationQuery {
    std::string edition;
    std::optional<EntityCode> entity;
    std::optional<Year> year;
    std::vector<std::string> indicators;
};

/// What `hague db info` shows.
struct StoreInfo {
    std::string location;   ///< file path
    int schema_version = 0; ///< PRAGMA user_version
    std::string engine;     ///< "SQLite 3.40.1"
    std::string bundle_digest; ///< digest of the bundled data last loaded
    std::vector<std::string> editions;
    std::vector<std::pair<std::string, std::int64_t>> row_counts; ///< table name, rows
};

/// What a load changed.
struct LoadResult {
    int editions_added = 0;
    std::int64_t rows_changed = 0;
};

/// A store of editions and reference data. Reads are const; load() is one transaction.
class Store {
  public:
    virtual ~Store() = default;

    [[nodiscard]] virtual std::vector<Edition> editions() const = 0;
    [[nodiscard]] virtual std::vector<Ally> allies() const = 0;
    [[nodiscard]] virtual std::vector<Indicator> indicators() const = 0;
    [[nodiscard]] virtual std::vector<Commitment> commitments() const = 0;
    [[nodiscard]] virtual std::vector<MissingReason> missing_reasons() const = 0;
    [[nodiscard]] virtual std::vector<SipriObservation> sipri() const = 0;
    /// Observations matching q, ordered by entity, indicator and year.
    [[nodiscard]] virtual std::vector<Observation> observations(const ObservationQuery& q) const = 0;

    [[nodiscard]] virtual StoreInfo info() const = 0;
    /// Integrity problems, one line each; empty when the store is sound.
    [[nodiscard]] virtual std::vector<std::string> check() const = 0;
    /// The digest of the bundled data last loaded, empty if none was.
    [[nodiscard]] virtual std::string bundle_digest() const = 0;
    /// In one transaction: replaces the reference data (allies, indicators, commitments, SIPRI,
    /// missing reasons), adds every edition of d not yet stored with its observations, and
    /// records digest. Editions already stored are kept as they are. All or nothing.
    virtual LoadResult load(const Dataset& d, const std::string& digest) = 0;
};

} // namespace hague::store
