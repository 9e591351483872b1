// hague import FILE [--edition ID] [--published DATE] [--against ID] [--dry-run] [--replace]
//              [--accept-warnings]
// hague export [--edition ID] -o DIR
#include <chrono>
#include <filesystem>

#include "cli/options.hpp"
#include "hague/core/error.hpp"

namespace hague::cli {

void add_import_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "import", "Loads an edition: NATO's workbook (.xlsx) or hague's CSV layout (a directory "
                  "from 'hague export'); checks it and shows what it revises first");
    add_global_options(*cmd, g, {.rounding = false});
    auto req = std::make_shared<app::ImportRequest>();
    cmd->add_option("file", req->path,
                    "NATO's workbook, or a directory with editions.csv and "
                    "observations.csv")
        ->required()
        ->type_name("FILE");
    cmd->add_option("--published", req->published,
                    "Publication date, YYYY-MM-DD (default: the workbook's own date)")
        ->type_name("DATE");
    cmd->add_option("--against", req->against,
                    "The stored edition to compare with (default: the one replaced, else the one "
                    "of the same years, else the newest)")
        ->type_name("ID");
    cmd->add_flag("--dry-run", req->dry_run, "Store nothing; show what would be stored");
    cmd->add_flag("--replace", req->replace, "Replace a stored edition of the same id");
    cmd->add_flag("--accept-warnings", req->accept_warnings,
                  "Store an edition whose consistency checks fail, with them as its notes");
    cmd->callback([&g, req] {
        refuse_global_rounding(g, "import"); // it compares no share with a threshold
        req->edition = g.edition;            // --edition names the new edition's id
        req->validate();
        const auto start = std::chrono::steady_clock::now();
        const auto response = open_service(g).import_edition(*req);
        write_stdout(app::render(response, format(g), language(g)));
        // A dry run whose import would be refused says so the same way, and fails too.
        if (!response.refusal_key.empty()) {
            if (response.refusal_key == "err_edition_exists")
                HAGUE_THROW(ErrorKind::InvalidInput, "err_edition_exists",
                            "edition {} is already stored; --replace replaces it (after showing "
                            "what would change)",
                            response.edition.id);
            if (req->dry_run)
                HAGUE_THROW(ErrorKind::DataIntegrity, "err_import_would_refuse",
                            "edition {} would not be stored: {} consistency checks fail (listed "
                            "above); --accept-warnings stores it with them as its notes",
                            response.edition.id, response.findings.size());
            HAGUE_THROW(ErrorKind::DataIntegrity, "err_import_findings",
                        "edition {} was not stored: {} consistency checks fail (listed above); "
                        "--accept-warnings stores it with them as its notes",
                        response.edition.id, response.findings.size());
        }
        const auto ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        if (response.outcome == app::ImportOutcome::Stored && response.kind == "sipri")
            std::fprintf(stderr, "hague: imported %zu SIPRI figures in %.0f ms\n",
                         response.sipri.size(), ms);
        else if (response.outcome == app::ImportOutcome::Stored)
            std::fprintf(stderr, "hague: imported %zu values as edition %s in %.0f ms\n",
                         response.observations, response.edition.id.c_str(), ms);
    });
}

void add_export_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "export", "Writes an edition in hague's CSV layout (editions.csv, observations.csv), "
                  "which 'hague import' reads back");
    add_global_options(*cmd, g, {.format = false, .rounding = false});
    auto output = std::make_shared<std::string>();
    cmd->add_option("-o,--output", *output, "The directory to write")->required()->type_name("DIR");
    cmd->callback([&g, output] {
        refuse_global_rounding(g, "export"); // it compares no share with a threshold
        refuse_global_format(g, "export");   // it writes hague's CSV layout
        const auto response = open_service(g).export_edition({{g.edition}});
        const std::filesystem::path dir(*output);
        std::error_code ec;
        std::filesystem::create_directories(dir, ec);
        HAGUE_CHECK(!ec && std::filesystem::is_directory(dir), ErrorKind::Io, "err_cannot_write",
                    "cannot write '{}': {}", *output,
                    ec ? ec.message() : std::string("not a directory"));
        write_output((dir / "editions.csv").string(), response.editions_csv);
        write_output((dir / "observations.csv").string(), response.observations_csv);
    });
}

} // namespace hague::cli
