#include "hague/core/edition.hpp"

#include <algorithm>

namespace hague {

bool Edition::covers(Year year) const noexcept {
    return first_year <= year && year <= last_year;
}

bool Edition::is_estimate_year(Year year) const noexcept {
    return std::find(estimate_years.begin(), estimate_years.end(), year) != estimate_years.end();
}

} // namespace hague
