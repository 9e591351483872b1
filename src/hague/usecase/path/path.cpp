// hague path [ALLY|all] [--target core|total] [--from YEAR]; GET /api/v1/path
// hague path --check OLD NEW [ALLY|all] is the path-check use case on the command line.
#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const UseCase& path_use_case() {
    static const UseCase u{
        .name = "path",
        .summary = "The linear path to 3.5% (or 5%) by 2035, with national commitments beside it",
        .fields = {fields::edition(),
                   fields::ally_or_all(CliForm::Positional),
                   fields::path_target(),
                   {.name = "from",
                    .type = FieldType::Integer,
                    .metavar = "YEAR",
                    .help = "Baseline year (default: the edition's last year)"},
                   {.name = "check",
                    .type = FieldType::List,
                    .metavar = "OLD NEW",
                    .help = "Paths set from edition OLD against the outturns of edition NEW",
                    .fronts = Fronts::Cli,
                    .arity = 2}},
        .nato_tables = {"3"},
        .prepare = [](const Args& a, const RunContext& c) -> Job {
            const auto target = app::parse_target_field(*a.text("target"));
            if (const auto check = a.list("check"); !check.empty()) {
                // The command line's spelling of path-check: it names its two editions and
                // starts at OLD's last year.
                HAGUE_CHECK_FIELD(!a.given("edition"), ErrorKind::InvalidInput, "edition",
                                  "err_edition_not_used",
                                  "{} '{}' has no effect on 'hague {}': leave it out",
                                  a.text_or_empty("edition"), std::string("path --check"));
                HAGUE_CHECK_FIELD(!a.given("from"), ErrorKind::InvalidInput, "from",
                                  "err_option_not_used", "{} has no effect on 'hague {}'",
                                  std::string("path --check"));
                app::PathCheckRequest r{check.at(0), check.at(1), *a.text("ally"), target};
                r.validate();
                return [r, c](const app::Service& s) {
                    return app::render(s.path_check(r), c.format, c.language);
                };
            }
            app::PathRequest r{
                {a.text("edition")}, *a.text("ally"), target, a.integer<int>("from")};
            r.validate();
            return [r, c](const app::Service& s) {
                return app::render(s.path(r), c.format, c.language);
            };
        }};
    return u;
}

} // namespace hague::usecase
