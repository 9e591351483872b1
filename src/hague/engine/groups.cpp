#include "hague/engine/groups.hpp"

#include <algorithm>

namespace hague::engine {

namespace {
constexpr std::string_view usa = "USA";
constexpr std::string_view canada = "CAN";
} // namespace

std::vector<Group> standard_groups(std::span<const Ally> allies, Year year) {
    std::vector<Group> groups{{"nato", "NATO", {}},
                              {"usa", "United States", {}},
                              {"north_america", "North America", {}},
                              {"europe_canada", "Europe and Canada", {}},
                              {"eu", "EU allies", {}},
                              {"non_eu", "Non-EU allies", {}}};
    for (const auto& a : allies) {
        if (!a.nato_member_in(year))
            continue;
        const bool is_usa = a.code.str() == usa;
        groups[0].members.push_back(a.code);
        if (is_usa)
            groups[1].members.push_back(a.code);
        if (is_usa || a.code.str() == canada)
            groups[2].members.push_back(a.code);
        if (!is_usa)
            groups[3].members.push_back(a.code);
        groups[a.eu_member_in(year) ? 4 : 5].members.push_back(a.code);
    }
    return groups;
}

Group members_in(const Group& group, std::span<const Ally> allies, Year year) {
    Group out{group.id, group.name, {}};
    for (const auto& code : group.members) {
        auto it = std::find_if(allies.begin(), allies.end(),
                               [&](const Ally& a) { return a.code == code; });
        if (it != allies.end() && it->nato_member_in(year))
            out.members.push_back(code);
    }
    return out;
}

} // namespace hague::engine
