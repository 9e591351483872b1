// hague path [ALLY|all] [--target core|total] [--from YEAR]
// hague path --check OLD NEW [ALLY|all]
#include "cli/options.hpp"

namespace hague::cli {

void add_path_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "path", "The linear path to 3.5% (or 5%) by 2035, with national commitments beside it");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::PathRequest>();
    auto target = std::make_shared<std::string>("core");
    auto check = std::make_shared<std::vector<std::string>>();
    cmd->add_option("ally", req->ally, "ISO3 code (DEU) or all")->type_name("ALLY");
    cmd->add_option("--target", *target, "core (3.5%) or total (5%)")
        ->type_name("TARGET")
        ->capture_default_str();
    auto* from_opt =
        cmd->add_option("--from", req->from, "Baseline year (default: the edition's last year)")
            ->type_name("YEAR");
    cmd->add_option("--check", *check,
                    "Paths set from edition OLD against the outturns of edition NEW")
        ->expected(2)
        ->type_name("OLD NEW");
    cmd->callback([&g, req, target, check, from_opt] {
        refuse_global_rounding(g, "path"); // it compares no share with a threshold
        req->target = app::parse_target_field(*target);
        if (check->empty()) {
            req->common.edition = g.edition;
            emit(open_service(g).path(*req), g);
            return;
        }
        refuse_global_edition(g, "path --check");       // it names its two editions
        refuse_unused(from_opt, false, "path --check"); // a check starts at OLD's last year
        app::PathCheckRequest c{(*check)[0], (*check)[1], req->ally, req->target};
        emit(open_service(g).path_check(c), g);
    });
}

} // namespace hague::cli
