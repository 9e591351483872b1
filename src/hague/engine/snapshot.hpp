#pragma once
/// One edition as the use cases read it: immutable once built, shared between threads.

#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "hague/core/dataset.hpp"
#include "hague/engine/observation_index.hpp"
#include "hague/engine/status.hpp"

namespace hague::engine {

/// Everything about one edition that the use cases need: the edition, the reference data it
/// shares with the other editions (allies and membership, commitments and the thresholds they
/// set, missing reasons, indicators, SIPRI), and its observations with an index over them.
/// Built once from a store's reads, never changed after: any number of threads may read one
/// through a `std::shared_ptr<const EditionSnapshot>` without a lock.
class EditionSnapshot {
  public:
    /// Takes the edition's observations (any order; sorted here by entity, indicator, year).
    /// DataIntegrity if the reference data lacks an Alliance pledge the thresholds need.
    EditionSnapshot(Edition edition, std::shared_ptr<const ReferenceData> reference,
                    std::vector<Observation> observations);

    [[nodiscard]] const Edition& edition() const noexcept { return edition_; }
    [[nodiscard]] const std::string& id() const noexcept { return edition_.id; }
    /// The reference data this snapshot was built with (shared with its sibling editions).
    [[nodiscard]] const ReferenceData& reference() const noexcept { return *reference_; }
    [[nodiscard]] std::span<const Ally> allies() const noexcept { return reference_->allies; }
    [[nodiscard]] std::span<const Indicator> indicators() const noexcept {
        return reference_->indicators;
    }
    [[nodiscard]] std::span<const Commitment> commitments() const noexcept {
        return reference_->commitments;
    }
    [[nodiscard]] std::span<const MissingReason> missing_reasons() const noexcept {
        return reference_->missing_reasons;
    }
    [[nodiscard]] std::span<const SipriObservation> sipri() const noexcept {
        return reference_->sipri;
    }
    /// Every observation of the edition, ordered by entity, indicator and year.
    [[nodiscard]] std::span<const Observation> observations() const noexcept {
        return observations_;
    }
    /// The observations of one entity (every indicator and year), in the same order.
    [[nodiscard]] std::span<const Observation> observations_of(const EntityCode& entity) const;
    [[nodiscard]] const ObservationIndex& index() const noexcept { return index_; }

    /// The Alliance pledges the status compares against (2%, 3.5%, 20%), read once.
    [[nodiscard]] const Thresholds& thresholds() const noexcept { return thresholds_; }
    /// The Alliance pledge of `kind` (pledges.csv, commitments.csv); DataIntegrity if absent.
    [[nodiscard]] const Commitment& pledge(std::string_view kind) const;
    /// The ally with `code`, or nullptr.
    [[nodiscard]] const Ally* find_ally(const EntityCode& code) const noexcept;

  private:
    Edition edition_;
    std::shared_ptr<const ReferenceData> reference_;
    std::vector<Observation> observations_;
    ObservationIndex index_;
    Thresholds thresholds_;
};

} // namespace hague::engine
