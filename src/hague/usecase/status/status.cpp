// hague status [--year Y] [--rounding R]; GET /api/v1/status
#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& status_use_case() {
    static const UseCase u{
        .name = "status",
        .summary = "Who meets 2% of GDP, 3.5% and 20% on equipment, sorted by share of GDP",
        .fields = {fields::edition(), fields::year(), fields::rounding()},
        .nato_tables = {"3", "8a"},
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            app::StatusRequest r{{a.text("edition")},
                                 a.integer<int>("year"),
                                 app::parse_rounding_field(*a.text("rounding"))};
            r.validate();
            return [r, c](const app::Service& s) {
                return app::render(s.status(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
