// hague share [--prices current|constant] [--group NAME=ISO3,ISO3...] [--year Y];
// GET /api/v1/share
#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& share_use_case() {
    static const UseCase u{
        .name = "share",
        .summary = "Burden sharing: each group's share of alliance GDP and of defence spending",
        .fields = {fields::edition(),
                   fields::year(),
                   fields::prices(),
                   {.name = "group",
                    .type = FieldType::List,
                    .metavar = "SPEC",
                    .help = "An extra group, NAME=ISO3,ISO3,... (repeatable)",
                    .list = ListForm::Repeat}},
        .nato_tables = {"2", "5", "6"},
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            app::ShareRequest r{{a.text("edition")},
                                a.integer<int>("year"),
                                app::parse_prices_field(*a.text("prices")),
                                a.list("group")};
            r.validate();
            return [r, c](const app::Service& s) {
                return app::render(s.share(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
