// hague facts [--year Y]
#include "cli/options.hpp"

namespace hague::cli {

void add_facts_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand("facts", "What a journalist needs in one screen");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::FactsRequest>();
    cmd->add_option("--year", req->year, "Year (default: the edition's last year)")
        ->type_name("YEAR");
    cmd->callback([&g, req] {
        refuse_global_rounding(g, "facts"); // it compares no share with a threshold
        req->common.edition = g.edition;
        emit(open_service(g).facts(*req), g);
    });
}

} // namespace hague::cli
