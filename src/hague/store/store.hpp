#pragma once
/// Where the dataset lives: the interface the app layer reads snapshots from and writes through.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "hague/core/dataset.hpp"

namespace hague::store {

/// What `hague db info` shows; the same fields for every kind of store.
struct StoreInfo {
    std::string location;      ///< where the data is: a file path, or a connection URI
    int schema_version = 0;    ///< the store's schema version
    std::string engine;        ///< the database engine and its version: "SQLite 3.40.1"
    std::string bundle_digest; ///< digest of the bundled data last loaded
    std::vector<std::string> editions;
    std::vector<std::pair<std::string, std::int64_t>> row_counts; ///< table name, rows
};

/// What a load changed.
struct LoadResult {
    int editions_added = 0;
    std::int64_t rows_changed = 0;
};

/// A store of editions and reference data. Its job is to produce what snapshots are built from
/// (one read for the reference data, one read per edition) and to write. Every method may be
/// called from any thread: a store serializes access to its own connection. Writes are one
/// transaction each: all or nothing.
class Store {
  public:
    virtual ~Store() = default;

    /// Editions (oldest published first), allies, indicators, commitments, SIPRI figures and
    /// missing reasons, in one read.
    [[nodiscard]] virtual ReferenceData reference() const = 0;
    /// Every observation of one edition, ordered by entity, indicator and year, in one read;
    /// empty when the store holds no such edition.
    [[nodiscard]] virtual std::vector<Observation> observations(std::string_view edition) const = 0;
    /// The observations of one indicator of one edition, in the same order: for a use case that
    /// reads one series of the older editions (the execution model's calibration) and need not
    /// read all of each.
    [[nodiscard]] virtual std::vector<Observation>
    observations(std::string_view edition, std::string_view indicator) const = 0;

    [[nodiscard]] virtual StoreInfo info() const = 0;
    /// Where the data is (StoreInfo::location), without reading anything that could be damaged.
    [[nodiscard]] virtual std::string location() const = 0;
    /// Integrity problems, one line each; empty when the store is sound.
    [[nodiscard]] virtual std::vector<std::string> check() const = 0;
    /// The digest of the bundled data last loaded, empty if none was.
    [[nodiscard]] virtual std::string bundle_digest() const = 0;
    /// In one transaction: replaces the reference data (allies, indicators, commitments, SIPRI,
    /// missing reasons), adds every edition of d not yet stored with its observations, and
    /// records digest. Editions already stored are kept as they are. All or nothing.
    virtual LoadResult load(const Dataset& d, const std::string& digest) = 0;
    /// In one transaction: load() that replaces, rather than keeps, every stored edition whose id
    /// is one of d's (whatever was done to its rows), with the reference data; imported editions
    /// of other ids and imported SIPRI figures stay. All or nothing.
    virtual LoadResult repair(const Dataset& d, const std::string& digest) = 0;
    /// In one transaction: stores edition `e` (its origin "imported") with `observations`, all
    /// of which belong to it. An edition of that id already stored is InvalidInput unless
    /// `replace`, which deletes it and its observations first. All or nothing: a reader sees the
    /// store as before or with the whole edition.
    virtual void put_edition(const Edition& e, const std::vector<Observation>& observations,
                             bool replace) = 0;
    /// In one transaction: removes an imported edition and its observations. NotFound when there
    /// is no such edition; InvalidInput for a bundled one (it would come back with the next load).
    virtual void remove_edition(const std::string& id) = 0;
    /// In one transaction: stores SIPRI figures read from SIPRI's workbook ("imported"), each
    /// replacing the figure of its country and year. A later load of the bundled data keeps them.
    virtual void put_sipri(const std::vector<SipriObservation>& rows) = 0;
    /// A number that changes whenever another connection commits a change (SQLite's
    /// data_version): a running server compares it to see that an import landed.
    [[nodiscard]] virtual std::int64_t generation() const = 0;
};

/// Opens the store that `uri` names, creating and migrating it as needed: a file path or
/// `sqlite:PATH` is an embedded SQLite database; `postgresql:` is reserved for the server store
/// (Unsupported until it is built); any other `scheme:` is InvalidInput.
[[nodiscard]] std::unique_ptr<Store> open(const std::string& uri);

/// The embedded default store's engine and version, "SQLite 3.40.1", for `hague --version`.
[[nodiscard]] std::string embedded_engine();

} // namespace hague::store
