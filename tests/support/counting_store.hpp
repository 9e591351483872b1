#pragma once
// A store that counts the reads made of it, and a facade over one seeded from the bundled data.

#include <atomic>
#include <memory>

#include "hague/app/service.hpp"
#include "hague/io/bundled.hpp"
#include "support/temp_dir.hpp"

namespace hague::testing {

/// A store that counts the reads the library makes of the store it wraps.
class CountingStore final : public store::Store {
  public:
    explicit CountingStore(std::unique_ptr<store::Store> inner) : inner_(std::move(inner)) {}

    ReferenceData reference() const override {
        ++reference_reads;
        return inner_->reference();
    }
    std::vector<Observation> observations(std::string_view edition) const override {
        ++observation_reads;
        return inner_->observations(edition);
    }
    std::vector<Observation> observations(std::string_view edition,
                                          std::string_view indicator) const override {
        ++indicator_reads;
        return inner_->observations(edition, indicator);
    }
    store::StoreInfo info() const override { return inner_->info(); }
    std::string location() const override { return inner_->location(); }
    std::vector<std::string> check() const override { return inner_->check(); }
    std::string bundle_digest() const override { return inner_->bundle_digest(); }
    store::LoadResult load(const Dataset& d, const std::string& digest) override {
        return inner_->load(d, digest);
    }
    store::LoadResult repair(const Dataset& d, const std::string& digest) override {
        return inner_->repair(d, digest);
    }
    void put_edition(const Edition& e, const std::vector<Observation>& o, bool replace) override {
        inner_->put_edition(e, o, replace);
    }
    void remove_edition(const std::string& id) override { inner_->remove_edition(id); }
    void put_sipri(const std::vector<SipriObservation>& rows) override { inner_->put_sipri(rows); }
    std::int64_t generation() const override { return inner_->generation(); }

    mutable std::atomic<int> reference_reads{0};
    mutable std::atomic<int> observation_reads{0}; ///< whole editions
    mutable std::atomic<int> indicator_reads{0};   ///< one indicator of an edition

  private:
    std::unique_ptr<store::Store> inner_;
};

/// A seeded store, wrapped so that its reads are counted.
struct Counted {
    TempDir dir;
    CountingStore* store = nullptr; // owned by service
    app::Service service = make();

    app::Service make() {
        auto inner = store::open(dir.file("h.db"));
        (void)inner->load(io::bundled_dataset(), io::bundled_digest());
        auto counting = std::make_unique<CountingStore>(std::move(inner));
        store = counting.get();
        return app::Service(std::move(counting));
    }
    [[nodiscard]] int reads() const {
        return store->reference_reads + store->observation_reads + store->indicator_reads;
    }
};

} // namespace hague::testing
