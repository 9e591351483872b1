#include "hague/app/requests.hpp"

#include <cctype>
#include <set>

#include "hague/core/error.hpp"

namespace hague::app {

void validate_edition_pair(const std::string& old_id, const std::string& new_id) {
    HAGUE_CHECK(!old_id.empty() && !new_id.empty(), ErrorKind::InvalidInput,
                "err_two_editions_are_needed", "two editions are needed, OLD and NEW");
    HAGUE_CHECK(old_id != new_id, ErrorKind::InvalidInput, "err_old_new_are_same",
                "OLD and NEW are the same edition '{}'", old_id);
}

void validate_year_field(const std::optional<int>& year, std::string_view field) {
    HAGUE_CHECK_FIELD(!year || (*year >= Year::min_value && *year <= Year::max_value),
                      ErrorKind::InvalidInput, field, "err_outside", "{} {} is outside {}-{}",
                      year.value_or(0), Year::min_value, Year::max_value);
}

void validate_ally_list(const std::vector<std::string>& allies, std::string_view field) {
    std::set<std::string> seen;
    for (const auto& a : allies) {
        HAGUE_CHECK_FIELD(!a.empty(), ErrorKind::InvalidInput, field, "err_ally_list_empty_item",
                          "{} has an empty item (ISO3 codes separated by commas, such as DEU,POL)");
        std::string upper = a;
        for (auto& c : upper)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        HAGUE_CHECK_FIELD(seen.insert(upper).second, ErrorKind::InvalidInput, field,
                          "err_ally_list_twice", "{} lists '{}' twice", a);
    }
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
