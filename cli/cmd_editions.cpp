// hague editions
#include "cli/options.hpp"

namespace hague::cli {

void add_editions_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand("editions", "The NATO editions held, newest last");
    add_global_options(*cmd, g);
    cmd->callback([&g] { emit(open_service(g).editions({}), g); });
}

} // namespace hague::cli
