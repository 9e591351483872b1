#pragma once
/// Everything hague loads: editions, allies, indicators, observations, commitments, comparators.

#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/commitment.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/indicator.hpp"
#include "hague/core/missing_reason.hpp"
#include "hague/core/observation.hpp"
#include "hague/core/sipri_observation.hpp"

namespace hague {

/// Everything but the editions' observations: what every edition shares. A store reads it in one
/// go (Store::reference); the editions' observations are read one edition at a time.
struct ReferenceData {
    std::vector<Edition> editions; ///< oldest published first
    std::vector<Ally> allies;      ///< in allies.csv order
    std::vector<Indicator> indicators;
    std::vector<Commitment> commitments; ///< pledges.csv then commitments.csv
    std::vector<SipriObservation> sipri;
    std::vector<MissingReason> missing_reasons; ///< most specific first
};

/// A complete dataset, as read from the bundled files or from a store.
struct Dataset {
    std::vector<Edition> editions;
    std::vector<Ally> allies;
    std::vector<Indicator> indicators;
    std::vector<Observation> observations;
    std::vector<Commitment> commitments; ///< pledges.csv then commitments.csv
    std::vector<SipriObservation> sipri;
    std::vector<MissingReason> missing_reasons; ///< most specific first
};

} // namespace hague
