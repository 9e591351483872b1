// hague project [--scenario status-quo|linear|commitments|PLAN.toml] [--target core|total]
//               [--outlook FILE.csv] [--from YEAR] [--inflation PCT]; GET /api/v1/project
#include "hague/usecase/project/project.hpp"

#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

std::vector<Field> projection_fields() {
    return {fields::edition(),
            {.name = "scenario",
             .type = FieldType::Text,
             .metavar = "NAME",
             .help = "status-quo, linear, commitments, or a plan file (.toml; command line only)",
             .fallback = "status-quo",
             .choices = {"status-quo", "linear", "commitments"}},
            fields::path_target(),
            {.name = "outlook",
             .type = FieldType::Text,
             .metavar = "FILE",
             .help = "CSV iso3,year,real_growth_pct,inflation_pct overriding the defaults",
             .fronts = Fronts::Cli},
            {.name = "from",
             .type = FieldType::Integer,
             .metavar = "YEAR",
             .help = "Baseline year (default: the edition's last year)"},
            {.name = "inflation",
             .type = FieldType::Number,
             .metavar = "PCT",
             .help = "Inflation, % a year (default 2)"},
            {.name = "growth_years",
             .type = FieldType::Text,
             .metavar = "FIRST-LAST",
             .help = "Growth years that estimate the growth model, such as 2015-2024 (default: "
                     "the edition's actual years)"},
            {.name = "growth_exclude",
             .type = FieldType::Text,
             .metavar = "YEARS",
             .help = "Growth years left out of the estimate, such as 2020,2021 (the default), or "
                     "none"}};
}

app::ProjectRequest projection_request(const Args& a, const RunContext& c) {
    app::ProjectRequest r;
    r.common.edition = a.text("edition");
    r.scenario = *a.text("scenario");
    r.target = app::parse_target_field(*a.text("target"));
    r.from = a.integer<int>("from");
    r.inflation_pct = a.number("inflation");
    r.growth_years = a.text("growth_years");
    r.growth_exclude = a.text("growth_exclude");
    if (c.reads_files && r.scenario.ends_with(".toml"))
        r.plan = app::read_plan(r.scenario);
    if (c.reads_files && a.given("outlook"))
        r.outlook = app::read_outlook(*a.text("outlook"));
    return r;
}

const UseCase& project_use_case() {
    static const UseCase u{.name = "project",
                           .summary =
                               "Every ally to 2035: GDP, spending in NC, USD and EUR, extra cost",
                           .fields = projection_fields(),
                           .nato_tables = {"1", "2", "3", "5"},
                           .prepare = [](const Args& a, const RunContext& c) -> Job {
                               auto r = projection_request(a, c);
                               r.validate();
                               return [r, c](const app::Service& s) {
                                   return app::render(s.project(r), c.format, c.language);
                               };
                           }};
    return u;
}

} // namespace hague::usecase
