// hague editions
// hague editions remove ID
#include "cli/options.hpp"

namespace hague::cli {

void add_editions_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand("editions", "The NATO editions held, newest last");
    add_global_options(*cmd, g);
    auto* remove =
        cmd->add_subcommand("remove", "Removes an imported edition (a bundled one cannot be)");
    add_global_options(*remove, g);
    auto id = std::make_shared<std::string>();
    remove->add_option("id", *id, "The edition's id (see 'hague editions')")
        ->required()
        ->type_name("ID");
    remove->callback([&g, id] {
        refuse_global_rounding(g, "editions remove"); // it compares no share with a threshold
        refuse_global_edition(g, "editions remove");
        open_service(g).remove_edition({*id});
        std::fprintf(stderr, "hague: removed edition %s\n", id->c_str());
    });
    cmd->callback([&g, remove] {
        refuse_global_rounding(g, "editions"); // it compares no share with a threshold
        if (remove->parsed())
            return;
        refuse_global_edition(g, "editions");
        emit(open_service(g).editions({}), g);
    });
}

} // namespace hague::cli
