// hague project [--scenario status-quo|linear|commitments|PLAN.toml] [--target core|total]
//               [--outlook FILE.csv] [--from YEAR] [--inflation PCT]
#include "cli/options.hpp"

namespace hague::cli {

void add_projection_options(CLI::App& cmd, app::ProjectRequest& req, ProjectionOptions& o) {
    cmd.add_option("--scenario", req.scenario,
                   "status-quo, linear, commitments, or a plan file (.toml)")
        ->type_name("NAME")
        ->capture_default_str();
    cmd.add_option("--target", o.target, "core (3.5%) or total (5%)")
        ->type_name("TARGET")
        ->capture_default_str();
    cmd.add_option("--outlook", o.outlook_file,
                   "CSV iso3,year,real_growth_pct,inflation_pct overriding the defaults")
        ->type_name("FILE");
    cmd.add_option("--from", req.from, "Baseline year (default: the edition's last year)")
        ->type_name("YEAR");
    cmd.add_option("--inflation", req.inflation_pct, "Inflation, % a year (default 2)")
        ->type_name("PCT");
    cmd.add_option("--growth-years", req.growth_years,
                   "Growth years that estimate the growth model, such as 2015-2024 (default: "
                   "the edition's actual years)")
        ->type_name("FIRST-LAST");
    cmd.add_option("--growth-exclude", req.growth_exclude,
                   "Growth years left out of the estimate, such as 2020,2021 (the default), or "
                   "none")
        ->type_name("YEARS");
}

void finish_projection(app::ProjectRequest& req, const ProjectionOptions& o,
                       const GlobalOptions& g) {
    req.common.edition = g.edition;
    req.target = app::parse_target_field(o.target);
    if (req.scenario.ends_with(".toml"))
        req.plan = app::read_plan(req.scenario);
    if (o.outlook_file)
        req.outlook = app::read_outlook(*o.outlook_file);
}

void add_project_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "project", "Every ally to 2035: GDP, spending in NC, USD and EUR, extra cost");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::ProjectRequest>();
    auto options = std::make_shared<ProjectionOptions>();
    add_projection_options(*cmd, *req, *options);
    cmd->callback([&g, req, options] {
        refuse_global_rounding(g, "project"); // it compares no share with a threshold
        finish_projection(*req, *options, g);
        emit(open_service(g).project(*req), g);
    });
}

} // namespace hague::cli
