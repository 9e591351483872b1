#include "hague/app/requests.hpp"

#include "hague/core/error.hpp"

namespace hague::app {

void validate_year_field(const std::optional<int>& year, std::string_view field) {
    HAGUE_CHECK_FIELD(!year || (*year >= Year::min_value && *year <= Year::max_value),
                      ErrorKind::InvalidInput, field, "err_outside", "{} {} is outside {}-{}",
                      year.value_or(0), Year::min_value, Year::max_value);
}

void AlliesRequest::validate() const {
    validate_year_field(year, "year");
}

void ShowRequest::validate() const {
    HAGUE_CHECK(!ally.empty(), ErrorKind::InvalidInput, "err_ally_given_iso_code",
                "no ally given (expected an ISO3 code such as DEU)");
}

void StatusRequest::validate() const {
    validate_year_field(year, "year");
}

} // namespace hague::app
