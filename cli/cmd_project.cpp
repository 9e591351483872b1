// hague project [--scenario status-quo|linear|commitments|PLAN.toml] [--target core|total]
//               [--outlook FILE.csv] [--from YEAR] [--inflation PCT]
#include "cli/options.hpp"

namespace hague::cli {

/// Options shared by `project` and `simulate`.
void add_projection_options(CLI::App& cmd, app::ProjectRequest& req, std::string& target) {
    cmd.add_option("--scenario", req.scenario,
                   "status-quo, linear, commitments, or a plan file (.toml)")
        ->type_name("NAME")
        ->capture_default_str();
    cmd.add_option("--target", target, "core (3.5%) or total (5%)")
        ->type_name("TARGET")
        ->capture_default_str();
    cmd.add_option("--outlook", req.outlook_file,
                   "CSV iso3,year,real_growth_pct,inflation_pct overriding the defaults")
        ->type_name("FILE");
    cmd.add_option("--from", req.from, "Baseline year (default: the edition's last year)")
        ->type_name("YEAR");
    cmd.add_option("--inflation", req.inflation_pct, "Inflation, % a year (default 2)")
        ->type_name("PCT");
}

void add_project_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "project", "Every ally to 2035: GDP, spending in NC, USD and EUR, extra cost");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::ProjectRequest>();
    auto target = std::make_shared<std::string>("core");
    add_projection_options(*cmd, *req, *target);
    cmd->callback([&g, req, target] {
        req->common.edition = g.edition;
        req->target = path_target_option(*target);
        emit(app::view(open_service(g).project(*req), language(g)), g);
    });
}

} // namespace hague::cli
