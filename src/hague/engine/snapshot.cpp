#include "hague/engine/snapshot.hpp"

#include <algorithm>
#include <tuple>

#include "hague/core/error.hpp"

namespace hague::engine {

namespace {

bool entity_indicator_year(const Observation& a, const Observation& b) {
    return std::tie(a.entity, a.indicator, a.year) < std::tie(b.entity, b.indicator, b.year);
}

const Commitment& find_pledge(std::span<const Commitment> commitments, std::string_view kind) {
    auto it = std::find_if(commitments.begin(), commitments.end(), [&](const Commitment& c) {
        return c.entity == EntityCode::nato_total && c.kind == kind;
    });
    HAGUE_REQUIRE(it != commitments.end(), ErrorKind::DataIntegrity,
                  "no Alliance commitment of kind '{}' in the data (pledges.csv, commitments.csv)",
                  kind);
    return *it;
}

std::vector<Observation> sorted(std::vector<Observation> v) {
    if (!std::is_sorted(v.begin(), v.end(), entity_indicator_year))
        std::sort(v.begin(), v.end(), entity_indicator_year);
    return v;
}

} // namespace

EditionSnapshot::EditionSnapshot(Edition edition, std::shared_ptr<const ReferenceData> reference,
                                 std::vector<Observation> observations)
    : edition_(std::move(edition)), reference_(std::move(reference)),
      observations_(sorted(std::move(observations))), index_(observations_) {
    HAGUE_REQUIRE(reference_ != nullptr, ErrorKind::Internal, "a snapshot without reference data");
    const auto& c = reference_->commitments;
    thresholds_ = {.spending_pct = find_pledge(c, pledges::wales_spending).target_pct,
                   .core_pct = find_pledge(c, pledges::hague_core).target_pct,
                   .equipment_pct = find_pledge(c, pledges::wales_equipment).target_pct};
}

std::span<const Observation> EditionSnapshot::observations_of(const EntityCode& entity) const {
    const auto [first, last] = std::equal_range(
        observations_.begin(), observations_.end(), entity, [](const auto& a, const auto& b) {
            if constexpr (std::is_same_v<std::decay_t<decltype(a)>, EntityCode>)
                return a < b.entity;
            else
                return a.entity < b;
        });
    return {first, last};
}

const Commitment& EditionSnapshot::pledge(std::string_view kind) const {
    return find_pledge(reference_->commitments, kind);
}

const Ally* EditionSnapshot::find_ally(const EntityCode& code) const noexcept {
    for (const auto& a : reference_->allies)
        if (a.code == code)
            return &a;
    return nullptr;
}

} // namespace hague::engine
