// hague: NATO allies against their defence-spending commitments.
// One try/catch turns every error into one line on stderr and an exit code.
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include "cli/options.hpp"
#include "hague/core/error.hpp"
#include "hague/i18n/catalog.hpp"

namespace {

constexpr int exit_failure = 1;
constexpr int exit_usage = 2;

/// Exit code of each ErrorKind: 2 for what the user typed, 1 for everything else.
constexpr std::array<std::pair<hague::ErrorKind, int>, hague::error_kind_count> exit_codes = {{
    {hague::ErrorKind::InvalidInput, exit_usage},
    {hague::ErrorKind::NotFound, exit_usage},
    {hague::ErrorKind::DataIntegrity, exit_failure},
    {hague::ErrorKind::Io, exit_failure},
    {hague::ErrorKind::Database, exit_failure},
    {hague::ErrorKind::Unsupported, exit_usage},
    {hague::ErrorKind::Internal, exit_failure},
    {hague::ErrorKind::Timeout, exit_failure},
}};

constexpr bool covers_every_kind() {
    for (std::size_t i = 0; i < exit_codes.size(); ++i)
        if (exit_codes[i].first != hague::all_error_kinds[i])
            return false;
    return true;
}
static_assert(covers_every_kind(), "exit_codes must list every ErrorKind, in order");

int exit_code(hague::ErrorKind kind) {
    return exit_codes[static_cast<std::size_t>(kind)].second;
}

/// A command-line error as one hague::Error: ours (a missing or unknown command, naming the
/// commands) carry a message key; CLI11's own messages stay as CLI11 words them, in English.
hague::Error usage_error(const CLI::App& app, const CLI::ParseError& e) {
    using hague::ErrorKind;
    const CLI::App* level = &app;
    std::string path = "hague";
    // The chain of commands parsed, with their paths ("hague", "hague path").
    std::vector<std::pair<const CLI::App*, std::string>> chain{{level, path}};
    while (!level->get_subcommands().empty()) {
        level = level->get_subcommands().front();
        path += " " + level->get_name();
        chain.emplace_back(level, path);
    }
    // An option the command does not take (its --help lists those it does): named, in the
    // reader's language, with the command whose help to read (the one it was given to: before
    // the command, hague's own).
    if (dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr) {
        for (auto it = chain.rbegin(); it != chain.rend(); ++it)
            for (const auto& arg : it->first->remaining())
                if (arg.size() > 1 && arg.front() == '-')
                    return hague::detail::keyed_error(ErrorKind::InvalidInput, "err_unknown_option",
                                                      "'{}' takes no option {} (see '{} --help')",
                                                      it->second, arg.substr(0, arg.find('=')),
                                                      it->second);
    }
    // CLI11's own words (a missing argument, a repeated option), pointing to the help of the
    // command they are about.
    if (level->get_require_subcommand_min() == 0 || !level->get_subcommands().empty())
        return hague::Error(ErrorKind::InvalidInput,
                            std::string(e.what()) + " (see '" + path + " --help')");
    std::string commands;
    for (const auto* sub : level->get_subcommands([](const CLI::App*) { return true; }))
        commands += (commands.empty() ? "" : ", ") + sub->get_name();
    const auto rest = app.remaining();
    if (rest.empty())
        return hague::detail::keyed_error(ErrorKind::InvalidInput, "err_needs_command",
                                          "'{}' needs a command ({}; see '{} --help')", path,
                                          commands, path);
    return hague::detail::keyed_error(ErrorKind::InvalidInput, "err_unknown_command",
                                      "unknown command '{}' for '{}' ({}; see '{} --help')",
                                      rest.front(), path, commands, path);
}

/// The error in the reader's language; when --lang itself is bad, in the environment's.
std::string localized(const hague::Error& e, const hague::cli::GlobalOptions& g) {
    hague::i18n::Language language = hague::i18n::Language::En;
    try {
        language = hague::cli::language(g);
    } catch (const hague::Error&) {
        auto without_lang = g;
        without_lang.lang.reset();
        try {
            language = hague::cli::language(without_lang);
        } catch (const hague::Error&) {
        }
    }
    // The library names fields ("min_change"); the command line spells them as its flags.
    auto message = hague::i18n::error_message(e, language, [](std::string_view field) {
        std::string flag = "--" + std::string(field);
        std::replace(flag.begin(), flag.end(), '_', '-');
        return flag;
    });
    // And points to the command that lists what would be valid.
    const auto& key = e.key();
    const char* hint = nullptr;
    if (key.starts_with("err_unknown_ally") || key == "err_ally_given_iso_code" ||
        key == "err_group_ally_iso_codes")
        hint = "hint_see_allies";
    else if (key == "err_unknown_edition_editions_editions" || key == "err_two_editions_are_needed")
        hint = "hint_see_editions";
    if (hint) {
        const auto text = hague::i18n::Catalog(language).text(hint);
        if (message.ends_with(')'))
            message.insert(message.size() - 1,
                           (language == hague::i18n::Language::Fr ? "\u00a0; " : "; ") + text);
        else
            message += " (" + text + ")";
    }
    return message;
}

/// The message with every control character (ESC, BEL, newline, NUL, ...) written as \xNN, so
/// that a value typed by the user cannot drive the terminal or forge a second line.
std::string printable(std::string_view message) {
    std::string out;
    out.reserve(message.size());
    for (const char c : message) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            out += fmt::format("\\x{:02x}", u);
        else
            out += c;
    }
    return out;
}

/// With HAGUE_MESSAGE_KEYS=1 in the environment, each error line starts with its message key in
/// brackets ("[err_unknown_ally_iso_code]", "[-]" for CLI11's own): the adversarial suite
/// (tests/adversarial) asserts the key, which does not change with the language or the wording.
void print_error(const std::string& message, const std::string& key = {}) {
    static const bool keys = [] {
        const char* v = std::getenv("HAGUE_MESSAGE_KEYS");
        return v != nullptr && std::string_view(v) == "1";
    }();
    if (keys)
        std::fprintf(stderr, "hague: [%s] %s\n", key.empty() ? "-" : key.c_str(),
                     printable(message).c_str());
    else
        std::fprintf(stderr, "hague: %s\n", printable(message).c_str());
}

/// Rules for every option of every command, so that no command can forget one: a value may not
/// be empty (`--year ''` is not "the newest year"); an unsigned option is a whole number in
/// decimal digits (the ones with a type name of their own carry whole_number() where declared).
void guard_option_values(CLI::App& app) {
    for (auto* opt : app.get_options()) {
        if (opt->get_type_size() == 0)
            continue; // a flag: no value
        opt->check(CLI::Validator(
            [](std::string& v) {
                return v.empty() ? std::string("an empty value is not valid") : "";
            },
            "", "non-empty"));
        if (!opt->get_positional()) // a number read from an option is finite: nan is no --rho
            opt->check(CLI::Validator(
                [](std::string& v) {
                    // Whatever strtod reads whole (nan, nan(1), inf, 1e999) must be finite.
                    char* end = nullptr;
                    const double x = std::strtod(v.c_str(), &end);
                    return !v.empty() && end == v.c_str() + v.size() && !std::isfinite(x)
                               ? "'" + v + "' is not a finite number"
                               : std::string();
                },
                "", "finite"));
        // A year is decimal digits: CLI11 would read 03751 as octal 2025 and 0x7e9 as hex.
        if (opt->check_lname("year") || opt->check_lname("from"))
            opt->check(hague::cli::whole_number());
        if (std::string_view(opt->get_type_name()) == "UINT") // an unsigned without a type name
            opt->check(hague::cli::whole_number());
    }
    for (auto* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        guard_option_values(*sub);
}

} // namespace

int main(int argc, char** argv) {
    hague::cli::guard_standard_streams();
    CLI::App app{"hague: NATO allies against their defence-spending commitments", "hague"};
    app.set_version_flag("--version", hague::app::version_string());
    app.require_subcommand(1);
    hague::cli::GlobalOptions global;
    hague::cli::add_global_options(app, global);
    // Every declared use case (src/hague/usecase/registry.cpp), then the commands of their own.
    const auto commands = hague::cli::add_use_case_commands(app, global);
    hague::cli::add_editions_remove_command(*commands.at("editions"), global);
    hague::cli::add_plan_command(app, global);
    hague::cli::add_chart_command(app, global);
    hague::cli::add_report_command(app, global);
    hague::cli::add_import_command(app, global);
    hague::cli::add_export_command(app, global);
    hague::cli::add_db_command(app, global);
    hague::cli::add_serve_command(app, global);
    hague::cli::add_site_command(app, global);
    guard_option_values(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0)
            return app.exit(e);
        const auto error = usage_error(app, e);
        print_error(localized(error, global), error.key());
        return exit_usage;
    } catch (const hague::Error& e) {
        print_error(localized(e, global), e.key());
        return exit_code(e.kind());
    } catch (const std::filesystem::filesystem_error& e) {
        // Any file the system refuses is an I/O failure with its path and reason, not an
        // internal error (the code reports them itself; this catches what it missed).
        const auto io = hague::detail::keyed_error(hague::ErrorKind::Io, "err_cannot_access",
                                                   "cannot access '{}': {}", e.path1().string(),
                                                   e.code().message());
        print_error(localized(io, global), io.key());
        return exit_failure;
    } catch (const std::exception& e) {
        print_error(std::string("internal error: ") + e.what(), "internal");
        return exit_failure;
    }
    // What CLI11 printed (--help) must have reached its reader too.
    if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        const auto e = hague::detail::keyed_error(hague::ErrorKind::Io, "err_stdout",
                                                  "cannot write to standard output: {}",
                                                  std::string(std::strerror(errno)));
        print_error(localized(e, global), e.key());
        return exit_failure;
    }
    return 0;
}
