// hague allies [--year Y]; GET /api/v1/allies
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& allies_use_case() {
    static const UseCase u{
        .name = "allies",
        .summary = "The 32 allies: code, name, NATO accession, EU membership in a year",
        .fields = {fields::edition(),
                   fields::year("Year of membership (default: the edition's last year)")},
        .nato_tables = {},
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            app::AlliesRequest r{{a.text("edition")}, a.integer<int>("year")};
            r.validate();
            return [r, c](const app::Service& s) {
                return app::render(s.allies(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
