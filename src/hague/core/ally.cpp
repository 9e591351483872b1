#include "hague/core/ally.hpp"

namespace hague {

bool Ally::nato_member_in(Year year) const noexcept {
    return nato_joined <= year;
}

bool Ally::eu_member_in(Year year) const noexcept {
    return eu_joined && *eu_joined <= year && (!eu_left || year < *eu_left);
}

} // namespace hague
