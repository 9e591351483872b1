// hague db info | check
#include "cli/options.hpp"
#include "hague/core/error.hpp"

namespace hague::cli {

void add_db_command(CLI::App& app, GlobalOptions& g) {
    auto* db = app.add_subcommand("db", "Inspect the database");
    db->require_subcommand(1);
    add_global_options(*db, g, {.edition = false, .rounding = false});

    auto* info = db->add_subcommand("info", "Path, schema version, editions and row counts");
    add_global_options(*info, g, {.edition = false, .rounding = false});
    info->callback([&g] {
        refuse_global_rounding(g, "db info"); // it compares no share with a threshold
        refuse_global_edition(g, "db info");
        emit(open_service(g).db_info(), g);
    });

    auto* check = db->add_subcommand(
        "check", "SQLite integrity check; every observation refers to a known edition, entity "
                 "and indicator (exit 1 if not)");
    add_global_options(*check, g, {.edition = false, .rounding = false});
    check->callback([&g] {
        refuse_global_rounding(g, "db check"); // it compares no share with a threshold
        refuse_global_edition(g, "db check");
        const auto result = open_service(g).db_check();
        emit(result, g);
        HAGUE_REQUIRE(result.problems.empty(), ErrorKind::DataIntegrity,
                      "database '{}' failed its check (problems found: {})", result.location,
                      result.problems.size());
    });

    auto* repair = db->add_subcommand(
        "repair", "Restores the bundled editions and reference data in one transaction "
                  "(imported editions stay); exit 1 if problems remain");
    add_global_options(*repair, g, {.edition = false, .rounding = false});
    repair->callback([&g] {
        refuse_global_rounding(g, "db repair"); // it compares no share with a threshold
        refuse_global_edition(g, "db repair");
        const auto result = open_service(g).db_repair();
        emit(result, g);
        HAGUE_REQUIRE(result.after.empty(), ErrorKind::DataIntegrity,
                      "database '{}' still has problems after the repair (remaining: {}; in "
                      "imported editions: remove or import them again)",
                      result.location, result.after.size());
    });
}

} // namespace hague::cli
