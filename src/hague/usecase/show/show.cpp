// hague show ALLY [--indicator NAME]...; GET /api/v1/show?ally=DEU
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& show_use_case() {
    static const UseCase u{
        .name = "show",
        .summary = "Every indicator of one ally by year",
        .fields = {fields::edition(),
                   {.name = "ally",
                    .type = FieldType::Text,
                    .metavar = "ALLY",
                    .help = "ISO3 code (DEU), or NATO or NATO_EUROPE_CAN",
                    .cli = CliForm::Required},
                   {.name = "indicator",
                    .type = FieldType::List,
                    .metavar = "NAME",
                    .help = "Only this indicator (repeatable; default: all)",
                    .list = ListForm::Repeat}},
        .nato_tables = {"1", "2", "3", "5", "6", "7", "8a", "8b"},
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            app::ShowRequest r{{a.text("edition")}, a.text_or_empty("ally"), a.list("indicator")};
            r.validate();
            return [r, c](const app::Service& s) {
                return app::render(s.show(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
