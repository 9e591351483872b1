// hague editions remove ID (the editions command itself is a declared use case: bind.cpp)
#include "cli/options.hpp"

namespace hague::cli {

void add_editions_remove_command(CLI::App& editions, GlobalOptions& g) {
    auto* remove =
        editions.add_subcommand("remove", "Removes an imported edition (a bundled one cannot be)");
    add_global_options(*remove, g, {.edition = false, .format = false, .rounding = false});
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
}

} // namespace hague::cli
