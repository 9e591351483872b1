#pragma once
/// Groups of allies for totals and burden sharing: NATO, North America, the EU allies, ...

#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"

namespace hague::engine {

/// A named set of allies.
struct Group {
    std::string
        id; ///< machine name: nato, usa, north_america, europe_canada, eu, non_eu, or custom
    std::string name; ///< English name
    std::vector<EntityCode> members;
};

/// The standard groups in `year`, counting only the allies that were NATO members that year:
/// NATO (all), United States, North America (USA, CAN), Europe and Canada (all but USA),
/// EU allies (EU members that year) and non-EU allies.
[[nodiscard]] std::vector<Group> standard_groups(std::span<const Ally> allies, Year year);

/// `group` restricted to the allies that were NATO members in `year`.
[[nodiscard]] Group members_in(const Group& group, std::span<const Ally> allies, Year year);

} // namespace hague::engine
