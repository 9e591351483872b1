// hague diff OLD NEW [--indicator NAME] [--min-change X] [--allies LIST]; GET /api/v1/diff
#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& diff_use_case() {
    static const UseCase u{
        .name = "diff",
        .summary = "What edition NEW revised in edition OLD",
        .fields = {{.name = "old",
                    .type = FieldType::Text,
                    .metavar = "OLD",
                    .help = "Older edition id",
                    .cli = CliForm::Required},
                   {.name = "new",
                    .type = FieldType::Text,
                    .metavar = "NEW",
                    .help = "Newer edition id",
                    .cli = CliForm::Required},
                   {.name = "indicator",
                    .type = FieldType::Text,
                    .metavar = "NAME",
                    .help = "Only this indicator"},
                   {.name = "min_change",
                    .type = FieldType::Number,
                    .metavar = "X",
                    .help = "Smallest revision listed, in the indicator's unit (default: every "
                            "change visible at the precision NATO publishes; 0 lists every pair)"},
                   fields::rounding(),
                   fields::allies("Only these allies' figures, comma-separated (codes or names, "
                                  "NATO, NATO_EUROPE_CAN); the threshold counts are left out")},
        .nato_tables = {"1", "2", "3", "5", "6", "7", "8a", "8b"},
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            app::DiffRequest r;
            r.old_edition = a.text_or_empty("old");
            r.new_edition = a.text_or_empty("new");
            r.indicator = a.text("indicator");
            r.min_change = a.number("min_change");
            r.rounding = app::parse_rounding_field(*a.text("rounding"));
            r.allies = a.list("allies");
            r.validate();
            return [r, c](const app::Service& s) {
                return app::render(s.diff(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
