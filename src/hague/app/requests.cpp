#include "hague/app/requests.hpp"

#include "hague/core/error.hpp"

namespace hague::app {

namespace {
void validate_year(const std::optional<int>& year) {
    HAGUE_REQUIRE(!year || (*year >= Year::min_value && *year <= Year::max_value),
                  ErrorKind::InvalidInput, "--year {} is outside {}-{}", year.value_or(0),
                  Year::min_value, Year::max_value);
}
} // namespace

void AlliesRequest::validate() const { validate_year(year); }

void ShowRequest::validate() const {
    HAGUE_REQUIRE(!ally.empty(), ErrorKind::InvalidInput,
                  "no ally given (expected an ISO3 code such as DEU; see 'hague allies')");
}

void StatusRequest::validate() const { validate_year(year); }

} // namespace hague::app
