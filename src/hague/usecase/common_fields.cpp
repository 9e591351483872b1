#include "hague/usecase/common_fields.hpp"

namespace hague::usecase::fields {

Field edition() {
    return {.name = "edition",
            .type = FieldType::Text,
            .metavar = "ID",
            .help = "NATO edition id, e.g. 2026-07 (default: the newest)"};
}

Field year(std::string_view help) {
    return {.name = "year", .type = FieldType::Integer, .metavar = "YEAR", .help = help};
}

Field rounding() {
    return {.name = "rounding",
            .type = FieldType::Choice,
            .metavar = "RULE",
            .help = "How a share is compared with a threshold: raw, 2dp (as NATO publishes it; "
                    "the default) or 1dp",
            .fallback = "2dp",
            .choices = {"raw", "2dp", "1dp"}};
}

Field allies(std::string_view help) {
    return {.name = "allies", .type = FieldType::List, .metavar = "LIST", .help = help};
}

Field path_target() {
    return {.name = "target",
            .type = FieldType::Choice,
            .metavar = "TARGET",
            .help = "core (3.5%) or total (5%)",
            .fallback = "core",
            .choices = {"core", "total"}};
}

Field ally_or_all(CliForm cli) {
    return {.name = "ally",
            .type = FieldType::Text,
            .metavar = "ALLY",
            .help = "ISO3 code (DEU) or all",
            .fallback = "all",
            .cli = cli};
}

Field prices() {
    return {.name = "prices",
            .type = FieldType::Choice,
            .metavar = "BASIS",
            .help = "current, or the edition's constant prices",
            .fallback = "current",
            .choices = {"current", "constant"}};
}

} // namespace hague::usecase::fields
