// GET /api/v1/path-check?old=OLD&new=NEW; on the command line, hague path --check OLD NEW.
#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& path_check_use_case() {
    static const UseCase u{
        .name = "path-check",
        .summary = "Paths set from an older edition against a newer edition's outturns",
        .fields = {{.name = "old",
                    .type = FieldType::Text,
                    .metavar = "OLD",
                    .help = "The edition the paths are set from"},
                   {.name = "new",
                    .type = FieldType::Text,
                    .metavar = "NEW",
                    .help = "The edition whose outturns are compared"},
                   fields::ally_or_all(),
                   fields::path_target()},
        .nato_tables = {"3"},
        .fronts = Fronts::Api,
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            app::PathCheckRequest r{a.text_or_empty("old"), a.text_or_empty("new"), *a.text("ally"),
                                    app::parse_target_field(*a.text("target"))};
            r.validate();
            return [r, c](const app::Service& s) {
                return app::render(s.path_check(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
