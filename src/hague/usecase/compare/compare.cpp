// hague compare [--year Y]; GET /api/v1/compare
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& compare_use_case() {
    static const UseCase u{
        .name = "compare",
        .summary = "Russia and China (SIPRI) beside NATO's totals",
        .fields = {fields::edition(),
                   fields::year("Year (default: the latest year both NATO and SIPRI cover)")},
        .nato_tables = {"2", "3"},
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            app::CompareRequest r{{a.text("edition")}, a.integer<int>("year")};
            r.validate();
            return [r, c](const app::Service& s) {
                return app::render(s.compare(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
