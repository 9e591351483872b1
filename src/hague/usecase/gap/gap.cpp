// hague gap [--target PCT] [--currency USD|EUR|NC] [--prices current|constant] [--year Y]
//           [--allies LIST]; GET /api/v1/gap
#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& gap_use_case() {
    static const UseCase u{
        .name = "gap",
        .summary = "How far each ally is from a target share of GDP, in points and in money",
        .fields = {fields::edition(),
                   fields::year(),
                   {.name = "target",
                    .type = FieldType::Number,
                    .metavar = "PCT",
                    .help = "Target, % of GDP, such as 2, 3.5 (the default) or 5"},
                   {.name = "currency",
                    .type = FieldType::Choice,
                    .metavar = "CUR",
                    .help = "USD, EUR or NC (national currency)",
                    .fallback = "USD",
                    .choices = {"USD", "EUR", "NC"}},
                   fields::prices(),
                   fields::rounding(),
                   fields::allies("Only these allies, comma-separated (codes or names, EU for the "
                                  "EU allies); no group totals")},
        .nato_tables = {"1", "2", "3", "5"},
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            app::GapRequest r;
            r.common.edition = a.text("edition");
            r.year = a.integer<int>("year");
            r.target_pct = a.number("target");
            r.currency = app::parse_currency_field(*a.text("currency"));
            r.prices = app::parse_prices_field(*a.text("prices"));
            r.rounding = app::parse_rounding_field(*a.text("rounding"));
            r.allies = a.list("allies");
            r.validate();
            return [r, c](const app::Service& s) {
                return app::render(s.gap(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
