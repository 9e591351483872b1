// hague show ALLY [--indicator NAME]...
#include "cli/options.hpp"

namespace hague::cli {

void add_show_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand("show", "Every indicator of one ally by year");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::ShowRequest>();
    cmd->add_option("ally", req->ally, "ISO3 code (DEU), or NATO or NATO_EUROPE_CAN")
        ->required()
        ->type_name("ALLY");
    cmd->add_option("--indicator", req->indicators,
                    "Only this indicator (repeatable; default: all)")
        ->type_name("NAME")
        ->take_all();
    cmd->callback([&g, req] {
        refuse_global_rounding(g, "show"); // it compares no share with a threshold
        req->common.edition = g.edition;
        emit(open_service(g).show(*req), g);
    });
}

} // namespace hague::cli
