// hague editions; GET /api/v1/editions
#include "hague/app/render.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& editions_use_case() {
    static const UseCase u{.name = "editions",
                           .summary = "The NATO editions held, newest last",
                           .fields = {},
                           .nato_tables = {},
                           .prepare = [](const Args&, const RunContext& c) -> Job {
                               return [c](const app::Service& s) {
                                   return app::render(s.editions({}), c.format, c.language);
                               };
                           }};
    return u;
}

} // namespace hague::usecase
