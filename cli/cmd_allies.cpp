// hague allies [--year Y]
#include "cli/options.hpp"

namespace hague::cli {

void add_allies_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand("allies", "The 32 allies: code, name, NATO accession, EU "
                                             "membership in a year");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::AlliesRequest>();
    cmd->add_option("--year", req->year, "Year of membership (default: the edition's last year)")
        ->type_name("YEAR");
    cmd->callback([&g, req] {
        refuse_global_rounding(g, "allies"); // it compares no share with a threshold
        req->common.edition = g.edition;
        emit(open_service(g).allies(*req), g);
    });
}

} // namespace hague::cli
