// hague compare [--year Y]
#include "cli/options.hpp"

namespace hague::cli {

void add_compare_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand("compare", "Russia and China (SIPRI) beside NATO's totals");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::CompareRequest>();
    cmd->add_option("--year", req->year,
                    "Year (default: the latest year both NATO and SIPRI cover)")
        ->type_name("YEAR");
    cmd->callback([&g, req] {
        refuse_global_rounding(g, "compare"); // it compares no share with a threshold
        req->common.edition = g.edition;
        emit(open_service(g).compare(*req), g);
    });
}

} // namespace hague::cli
