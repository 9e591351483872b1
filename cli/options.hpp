#pragma once
// Options every subcommand takes, and the few steps every subcommand shares.

#include <map>
#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/app/service.hpp"
#include "hague/core/money.hpp"
#include "hague/core/rounding.hpp"
#include "hague/i18n/language.hpp"
#include "hague/report/table.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::cli {

/// --edition, --format, --db, --rounding, --lang: accepted before or after the subcommand.
struct GlobalOptions {
    std::optional<std::string> edition;
    std::optional<std::string> format; ///< table when not given (chart: from -o's extension)
    std::optional<std::string> db;
    std::optional<std::string> rounding; ///< 2dp when not given
    std::optional<std::string> lang;
};

/// Which of the global options a command's own --help lists and takes after its name (--db and
/// --lang always): before the command, all five are accepted, and a command refuses those it has
/// no use for rather than ignoring them.
struct GlobalSet {
    bool edition = true;
    bool format = true;
    bool rounding = true;
};
void add_global_options(CLI::App& app, GlobalOptions& g, GlobalSet which = {});

/// A whole number written in decimal digits only: CLI11 reads "-1" into an unsigned as
/// 18446744073709551615 and "010" as octal 8. Every option that takes a count, seed, port or
/// scale carries it.
const CLI::Validator& whole_number();

/// A count of threads or of simultaneous simulations: a whole number from 1 to 256 (0 is not
/// "the default": leave the option out for that; 100,000 threads would exhaust the machine).
const CLI::Validator& thread_count();

/// Refuses an option the user gave where it has no effect (InvalidInput: "--paths has no effect
/// on 'chart shares': it applies to chart fan only"), rather than ignoring it.
void refuse_unused(const CLI::Option* option, bool applies, std::string_view command);

/// Refuses the global --edition for a command that does not use it (InvalidInput naming the
/// command), rather than ignoring it.
void refuse_global_edition(const GlobalOptions& g, std::string_view command);
/// The same for the global --format, for a command that writes one kind of file.
void refuse_global_format(const GlobalOptions& g, std::string_view command);

/// The parsed --format; InvalidInput naming the value and the valid ones.
[[nodiscard]] report::Format format(const GlobalOptions& g);
/// "DEU,POL" as {"DEU", "POL"}; "" as none; an empty item stays (the request refuses it).
[[nodiscard]] std::vector<std::string> split_list(const std::string& list);
/// The parsed --rounding; InvalidInput naming the value and the valid ones.
[[nodiscard]] Rounding rounding(const GlobalOptions& g);
/// A --rounding given to a command that compares no share with a threshold is refused, not
/// ignored.
void refuse_global_rounding(const GlobalOptions& g, std::string_view command);

/// The language of --lang, else of LC_ALL / LC_MESSAGES / LANG, else English; InvalidInput
/// listing the six for an unsupported code.
[[nodiscard]] i18n::Language language(const GlobalOptions& g);
/// Writes content to path through a temporary file in the same directory and a rename, so the
/// file is either the old one or the whole new one; "-" writes to stdout. Io naming the path.
void write_output(const std::string& path, std::string_view content);
/// Which --format values a command takes: a table's (table, csv, json), or a chart's (svg, png,
/// csv), which the chart command has checked itself.
enum class FormatKind { Table, Chart };
/// The service on the database chosen by --db, $HAGUE_DB, $XDG_DATA_HOME or ~/.local/share, after
/// --format (as `kind`), --rounding and --lang are checked.
[[nodiscard]] app::Service open_service(const GlobalOptions& g,
                                        FormatKind kind = FormatKind::Table);
/// Writes the view in the chosen format to stdout.
/// Run first in main: a closed standard stream is held by /dev/null, so that no file opened
/// later takes its number (and output to a closed stdout fails in write_stdout).
void guard_standard_streams();
/// Writes text to stdout.
void write_stdout(std::string_view text);
/// The response in the --format and --lang asked for, on stdout.
template <typename Response> void emit(const Response& response, const GlobalOptions& g) {
    write_stdout(app::render(response, format(g), language(g)));
}

/// The command of one declared use case (cli/bind.cpp): its options from the use case's fields.
CLI::App* add_use_case_command(CLI::App& app, GlobalOptions& g, const usecase::UseCase& u);
/// A command for every use case the command line takes (usecase::all()), by name.
std::map<std::string_view, CLI::App*> add_use_case_commands(CLI::App& app, GlobalOptions& g);
/// `editions remove ID`, under the editions command.
void add_editions_remove_command(CLI::App& editions, GlobalOptions& g);
void add_db_command(CLI::App& app, GlobalOptions& g);
void add_serve_command(CLI::App& app, GlobalOptions& g);
void add_site_command(CLI::App& app, GlobalOptions& g);
void add_import_command(CLI::App& app, GlobalOptions& g);
void add_export_command(CLI::App& app, GlobalOptions& g);
void add_plan_command(CLI::App& app, GlobalOptions& g);
void add_chart_command(CLI::App& app, GlobalOptions& g);
void add_report_command(CLI::App& app, GlobalOptions& g);

} // namespace hague::cli
