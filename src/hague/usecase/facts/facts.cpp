// hague facts [--year Y]; GET /api/v1/facts
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& facts_use_case() {
    static const UseCase u{.name = "facts",
                           .summary = "What a journalist needs in one screen",
                           .fields = {fields::edition(), fields::year()},
                           .nato_tables = {"2", "3", "5"},
                           .prepare = [](const Args& a, const RunContext& c) -> Job {
                               app::FactsRequest r{{a.text("edition")}, a.integer<int>("year")};
                               r.validate();
                               return [r, c](const app::Service& s) {
                                   return app::render(s.facts(r), c.format, c.language);
                               };
                           }};
    return u;
}

} // namespace hague::usecase
