// hague chart KIND [ALLY...] -o FILE.svg [--year Y] [--lang L] [--paths N] [--seed S]
#include "cli/options.hpp"
#include "hague/core/error.hpp"

namespace hague::cli {

void add_chart_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "chart", "An SVG chart: shares, trend ALLY..., gap, burden, fan (Monte Carlo) or map");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::ChartRequest>();
    auto output = std::make_shared<std::string>("-");
    cmd->add_option("kind", req->kind, "shares, trend, gap, burden, fan or map")
        ->required()
        ->type_name("KIND");
    cmd->add_option("allies", req->allies, "trend: the allies to draw (ISO3 codes, at most 7)")
        ->type_name("ALLY");
    cmd->add_option("-o,--output", *output, "The SVG file to write (default: - for stdout)")
        ->type_name("FILE");
    cmd->add_option("--year", req->year, "Year (default: the edition's last year)")
        ->type_name("YEAR");
    cmd->add_option("--paths", req->paths, "fan: simulated paths")
        ->type_name("N")
        ->capture_default_str();
    cmd->add_option("--seed", req->seed, "fan: random seed")->type_name("S")->capture_default_str();
    cmd->add_option("--scenario", req->scenario,
                    "fan: status-quo, linear, commitments or a plan file (as in 'simulate')")
        ->type_name("S")
        ->capture_default_str();
    cmd->callback([&g, req, output] {
        req->common.edition = g.edition;
        const auto lang = language(g);
        if (req->kind == "fan" && req->scenario.ends_with(".toml"))
            req->plan = app::read_plan(req->scenario);
        req->validate(); // reject bad input before opening the database
        write_output(*output, app::render_svg(open_service(g).chart(*req), lang));
    });
}

} // namespace hague::cli
