// hague gap [--target PCT] [--currency USD|EUR|NC] [--prices current|constant] [--year Y]
//           [--allies LIST]
#include "cli/options.hpp"

namespace hague::cli {

void add_gap_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand("gap", "How far each ally is from a target share of GDP, in "
                                          "points and in money");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::GapRequest>();
    auto currency = std::make_shared<std::string>("USD");
    auto prices = std::make_shared<std::string>("current");
    cmd->add_option("--target", req->target_pct, "Target, % of GDP: 2, 3.5 (default) or 5")
        ->type_name("PCT");
    cmd->add_option("--currency", *currency, "USD, EUR or NC (national currency)")
        ->type_name("CUR")
        ->capture_default_str();
    cmd->add_option("--prices", *prices, "current, or the edition's constant prices")
        ->type_name("BASIS")
        ->capture_default_str();
    cmd->add_option("--year", req->year, "Year (default: the edition's last year)")
        ->type_name("YEAR");
    auto allies = std::make_shared<std::string>();
    cmd->add_option("--allies", *allies,
                    "Only these allies, comma-separated (codes or names, EU for the EU allies); "
                    "no group totals")
        ->type_name("LIST");
    cmd->callback([&g, req, currency, prices, allies] {
        req->common.edition = g.edition;
        req->allies = split_list(*allies);
        req->currency = app::parse_currency_field(*currency);
        req->prices = app::parse_prices_field(*prices);
        req->rounding = rounding(g);
        emit(open_service(g).gap(*req), g);
    });
}

} // namespace hague::cli
