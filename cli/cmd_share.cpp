// hague share [--prices current|constant] [--group NAME=ISO3,ISO3...] [--year Y]
#include "cli/options.hpp"

namespace hague::cli {

void add_share_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "share", "Burden sharing: each group's share of alliance GDP and of defence spending");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::ShareRequest>();
    auto prices = std::make_shared<std::string>("current");
    cmd->add_option("--prices", *prices, "current, or the edition's constant prices")
        ->type_name("BASIS")
        ->capture_default_str();
    cmd->add_option("--group", req->groups, "An extra group, NAME=ISO3,ISO3,... (repeatable)")
        ->type_name("SPEC");
    cmd->add_option("--year", req->year, "Year (default: the edition's last year)")
        ->type_name("YEAR");
    cmd->callback([&g, req, prices] {
        refuse_global_rounding(g, "share"); // it compares no share with a threshold
        req->common.edition = g.edition;
        req->prices = app::parse_prices_field(*prices);
        emit(open_service(g).share(*req), g);
    });
}

} // namespace hague::cli
