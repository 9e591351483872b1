// hague simulate --paths N [--seed S] [--threads T] [--rule execution|share|budget]
//                [--calibration C] [--execution-error walk|level] [projection fields];
// GET /api/v1/simulate
#include <limits>
#include <string>

#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/project/project.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

namespace {

/// ISO3=PERCENT, as in --sigma DEU=1.5; InvalidInput naming the field otherwise.
std::pair<std::string, double> ally_value(const std::string& spec, std::string_view field) {
    const auto eq = spec.find('=');
    double v = 0;
    bool ok = eq != std::string::npos && eq > 0;
    if (ok) {
        const auto number = std::string_view(spec).substr(eq + 1);
        const auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), v);
        ok = ec == std::errc() && end == number.data() + number.size() && !number.empty();
    }
    HAGUE_CHECK_FIELD(ok, ErrorKind::InvalidInput, field, "err_iso_percent_deu",
                      "{} '{}' is not ISO3=PERCENT (such as DEU=1.5)", spec);
    return {spec.substr(0, eq), v};
}

std::vector<Field> simulate_fields() {
    auto f = projection_fields();
    const std::vector<Field> own = {
        {.name = "paths",
         .type = FieldType::Integer,
         .metavar = "N",
         .help = "Number of paths (1 to 50,000,000)",
         .fallback = "100000",
         .max = std::numeric_limits<std::uint64_t>::max()},
        {.name = "seed",
         .type = FieldType::Integer,
         .metavar = "S",
         .help = "Seed (0 to 4294967295)",
         .fallback = "20250625",
         .max = std::numeric_limits<std::uint32_t>::max()},
        {.name = "threads",
         .type = FieldType::Integer,
         .metavar = "T",
         .help = "Threads, 1-256 (default: every core)",
         .fronts = Fronts::Cli,
         .min = 1,
         .max = 256},
        {.name = "rule",
         .type = FieldType::Choice,
         .metavar = "RULE",
         .help = "execution (spending misses its plan as the record shows, and growth varies), "
                 "share (only the cost varies) or budget (only growth varies)",
         .fallback = "execution",
         .choices = {"execution", "share", "budget"}},
        {.name = "calibration",
         .type = FieldType::Choice,
         .metavar = "NAME",
         .help = "What measures the execution error (rule execution): revisions (default), "
                 "revisions-all, changes-2014, changes-2022",
         .choices = {"revisions", "revisions-all", "changes-2014", "changes-2022"}},
        {.name = "execution_error",
         .type = FieldType::Choice,
         .metavar = "KIND",
         .help = "walk (default: a miss stays in the base) or level (each year misses afresh); "
                 "rule execution",
         .choices = {"walk", "level"}},
        fields::rounding(),
        {.name = "rho",
         .type = FieldType::Number,
         .metavar = "X",
         .help = "Correlation of growth across allies (default: estimated)"},
        {.name = "mu",
         .type = FieldType::List,
         .metavar = "SPEC",
         .help = "Mean log real growth of an ally, ISO3=PERCENT (repeatable)",
         .fronts = Fronts::Cli,
         .list = ListForm::Repeat},
        {.name = "sigma",
         .type = FieldType::List,
         .metavar = "SPEC",
         .help = "Volatility of an ally's growth, ISO3=PERCENT (repeatable)",
         .fronts = Fronts::Cli,
         .list = ListForm::Repeat},
        {.name = "growth_shift",
         .type = FieldType::Number,
         .metavar = "PP",
         .help = "Points a year added to every ally's real growth, -5 to 5 (GDP only: budgets "
                 "in money stay as planned)",
         .fallback = "0"},
        {.name = "volatility_scale",
         .type = FieldType::Number,
         .metavar = "X",
         .help = "Multiplies every ally's volatility, 0 to 3",
         .fallback = "1"}};
    f.insert(f.end(), own.begin(), own.end());
    return f;
}

} // namespace

const UseCase& simulate_use_case() {
    static const UseCase u{
        .name = "simulate",
        .summary = "Monte Carlo of spending and growth to 2035: probability of 3.5% in 2029 and "
                   "2035, bands",
        .fields = simulate_fields(),
        .nato_tables = {"1", "2", "3", "5"},
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            app::SimulateRequest r;
            r.projection = projection_request(a, c);
            r.paths = *a.integer<std::uint64_t>("paths");
            HAGUE_CHECK_FIELD(r.paths >= 1 && r.paths <= c.max_paths, ErrorKind::InvalidInput,
                              "paths", "err_paths_outside", "{} {} is outside 1-{}", r.paths,
                              c.max_paths);
            r.seed = *a.integer<std::uint32_t>("seed");
            r.threads = a.integer<unsigned>("threads").value_or(c.threads);
            r.rule = app::parse_rule_field(*a.text("rule"));
            r.calibration = a.text("calibration");
            r.persistence = a.text("execution_error");
            r.rounding = app::parse_rounding_field(*a.text("rounding"));
            r.rho = a.number("rho");
            for (const auto& s : a.list("mu"))
                r.mu_pct.push_back(ally_value(s, "mu"));
            for (const auto& s : a.list("sigma"))
                r.sigma_pct.push_back(ally_value(s, "sigma"));
            r.growth_shift_pct = *a.number("growth_shift");
            r.volatility_scale = *a.number("volatility_scale");
            r.progress = c.progress;
            r.cancelled = c.cancelled;
            r.validate();
            return [r, c](const app::Service& s) {
                const auto held = c.admit ? c.admit() : nullptr;
                return app::render(s.simulate(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
