// hague diff OLD NEW [--indicator NAME] [--min-change X] [--allies LIST]
#include "cli/options.hpp"

namespace hague::cli {

void add_diff_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand("diff", "What edition NEW revised in edition OLD");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::DiffRequest>();
    cmd->add_option("old", req->old_edition, "Older edition id")->required()->type_name("OLD");
    cmd->add_option("new", req->new_edition, "Newer edition id")->required()->type_name("NEW");
    cmd->add_option("--indicator", req->indicator, "Only this indicator")->type_name("NAME");
    cmd->add_option(
           "--min-change", req->min_change,
           "Smallest revision listed, in the indicator's unit (default: every change visible "
           "at the precision NATO publishes; 0 lists every pair)")
        ->type_name("X");
    auto allies = std::make_shared<std::string>();
    cmd->add_option("--allies", *allies,
                    "Only these allies' figures, comma-separated (codes or names, NATO, "
                    "NATO_EUROPE_CAN); the threshold counts are left out")
        ->type_name("LIST");
    cmd->callback([&g, req, allies] {
        req->allies = split_list(*allies);
        refuse_global_edition(g, "diff"); // it compares the two editions it names
        req->rounding = rounding(g);
        emit(open_service(g).diff(*req), g);
    });
}

} // namespace hague::cli
