// hague status [--year Y]
#include "cli/options.hpp"

namespace hague::cli {

void add_status_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "status", "Who meets 2% of GDP, 3.5% and 20% on equipment, sorted by share of GDP");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::StatusRequest>();
    cmd->add_option("--year", req->year, "Year (default: the edition's last year)")
        ->type_name("YEAR");
    cmd->callback([&g, req] {
        req->common.edition = g.edition;
        req->rounding = rounding(g);
        (void)language(g); // a bad --lang is rejected before any work
        emit(open_service(g).status(*req), g);
    });
}

} // namespace hague::cli
