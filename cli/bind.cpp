// The commands of the declared use cases (src/hague/usecase/registry.hpp), built from their
// fields: each field an option or a positional argument, its help, default and checks from the
// declaration. Nothing here names a use case.
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <cstdio>
#include <map>

#include "cli/options.hpp"
#include "hague/core/error.hpp"
#include "hague/usecase/registry.hpp"

namespace hague::cli {

namespace {

/// A progress bar on stderr, only when stderr is a terminal.
std::function<void(std::uint64_t, std::uint64_t)> progress_bar() {
    if (!::isatty(STDERR_FILENO))
        return {};
    auto last = std::make_shared<std::atomic<int>>(-1);
    return [last](std::uint64_t done, std::uint64_t total) {
        const int pct = static_cast<int>(100 * done / total);
        int prev = last->load();
        if (pct == prev || !last->compare_exchange_strong(prev, pct))
            return;
        const int width = 40;
        const int filled = pct * width / 100;
        std::fprintf(stderr, "\r[%.*s%*s] %3d%%", filled,
                     "########################################", width - filled, "", pct);
        if (done >= total)
            std::fprintf(stderr, "\r%*s\r", width + 8, "");
        std::fflush(stderr);
    };
}

/// An Integer field's range on the command line (a whole number in decimal digits, within it).
CLI::Validator range_of(const usecase::Field& f) {
    return CLI::Validator(
        [min = f.min, max = f.max](std::string& text) {
            std::uint64_t value = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (ec != std::errc{} || end != text.data() + text.size() || value < min || value > max)
                return fmt::format("'{}' is outside {}-{}", text, min, max);
            return std::string();
        },
        "", fmt::format("{}-{}", f.min, f.max));
}

/// The help line of a field: its own, and its default where it has one.
std::string help_of(const usecase::Field& f) {
    std::string help(f.help);
    if (!f.fallback.empty() && help.find("default") == std::string::npos)
        help += fmt::format(" [{}]", f.fallback);
    return help;
}

/// Where the command line keeps what it read for one field.
struct Slot {
    const usecase::Field* field = nullptr;
    CLI::Option* option = nullptr;
    std::string text;                ///< a single value, or a comma list
    std::vector<std::string> values; ///< a repeated list, or the values of an option of arity 2
};

} // namespace

CLI::App* add_use_case_command(CLI::App& app, GlobalOptions& g, const usecase::UseCase& u) {
    auto* cmd = app.add_subcommand(std::string(u.name), std::string(u.summary));
    add_global_options(*cmd, g, {.edition = false, .rounding = false});
    auto slots = std::make_shared<std::vector<Slot>>();
    slots->reserve(u.fields.size());
    for (const auto& f : u.fields) {
        if (!usecase::takes(f.fronts, usecase::Fronts::Cli))
            continue;
        auto& s = slots->emplace_back();
        s.field = &f;
        const bool many =
            (f.type == usecase::FieldType::List && f.list == usecase::ListForm::Repeat) ||
            f.arity > 1;
        s.option = many ? cmd->add_option(f.flag(), s.values, help_of(f))
                        : cmd->add_option(f.flag(), s.text, help_of(f));
        s.option->type_name(std::string(f.metavar));
        if (f.arity > 1) // exactly that many: `path --check OLD NEW DEU` leaves DEU to the ally
            s.option->expected(static_cast<int>(f.arity))->allow_extra_args(false);
        else if (many)
            s.option->take_all();
        if (f.cli == usecase::CliForm::Required)
            s.option->required();
        if (f.type == usecase::FieldType::Integer) {
            s.option->check(whole_number());
            s.option->check(range_of(f));
        }
    }
    cmd->callback([&g, &u, cmd, slots] {
        // A subcommand of its own (editions remove) answers instead.
        if (!cmd->get_subcommands().empty())
            return;
        usecase::Args args(u);
        for (const auto& s : *slots) {
            if (s.option->count() == 0)
                continue;
            const auto& f = *s.field;
            if (!s.values.empty() || f.arity > 1 || f.list == usecase::ListForm::Repeat)
                args.set(f.name, s.values);
            else if (f.type == usecase::FieldType::List)
                args.set(f.name, split_list(s.text));
            else
                args.set(f.name, {s.text});
        }
        // --edition and --rounding before the command: taken where the use case has the field,
        // refused where it does not (rather than ignored).
        if (!u.takes_field("edition", usecase::Fronts::Cli))
            refuse_global_edition(g, u.name);
        else if (g.edition && !args.given("edition"))
            args.set("edition", {*g.edition});
        if (!u.takes_field("rounding", usecase::Fronts::Cli))
            refuse_global_rounding(g, u.name);
        else if (g.rounding && !args.given("rounding"))
            args.set("rounding", {*g.rounding});
        usecase::RunContext context;
        context.format = format(g);
        context.language = language(g);
        context.reads_files = true;
        context.threads = 0; // every core
        context.max_paths = app::max_paths;
        context.progress = progress_bar();
        const auto job = u.prepare(args, context);
        write_stdout(job(open_service(g)));
    });
    return cmd;
}

std::map<std::string_view, CLI::App*> add_use_case_commands(CLI::App& app, GlobalOptions& g) {
    std::map<std::string_view, CLI::App*> commands;
    for (const auto* u : usecase::all())
        if (usecase::takes(u->fronts, usecase::Fronts::Cli))
            commands[u->name] = add_use_case_command(app, g, *u);
    return commands;
}

} // namespace hague::cli
