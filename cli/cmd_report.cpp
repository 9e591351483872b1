// hague report -o FILE.html [--year Y] [--lang L] [--trend ALLY,...] [--paths N] [--seed S]
#include "cli/options.hpp"

namespace hague::cli {

void add_report_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "report", "A self-contained HTML report: facts, status, charts, paths, revisions, method");
    add_global_options(*cmd, g, {.format = false, .rounding = false});
    auto req = std::make_shared<app::ReportRequest>();
    auto output = std::make_shared<std::string>("-");
    cmd->add_option("-o,--output", *output, "The HTML file to write (default: - for stdout)")
        ->type_name("FILE");
    cmd->add_option("--year", req->year, "Year (default: the edition's last year)")
        ->type_name("YEAR");
    // One value split here, not by CLI11's delimiter, which drops empty items and then takes the
    // next option ("--trend ,, -o r.html") as an ally: an empty item is refused by validate().
    cmd->add_option_function<std::string>(
           "--trend",
           [req](const std::string& list) {
               req->trend.clear();
               std::size_t start = 0;
               for (;;) {
                   const auto comma = list.find(',', start);
                   req->trend.push_back(list.substr(start, comma - start));
                   if (comma == std::string::npos)
                       break;
                   start = comma + 1;
               }
           },
           "Allies of the trend chart, ISO3 codes (default: the five largest economies)")
        ->type_name("ALLY,...");
    cmd->add_option("--paths", req->paths, "Simulated paths of the fan chart (0: no fan chart)")
        ->type_name("N")
        ->capture_default_str()
        ->check(whole_number());
    cmd->add_option("--seed", req->seed, "Random seed of the fan chart")
        ->type_name("S")
        ->capture_default_str()
        ->check(whole_number());
    cmd->callback([&g, req, output] {
        refuse_global_rounding(g, "report"); // it compares no share with a threshold
        refuse_global_format(g, "report");   // it writes one HTML document
        req->common.edition = g.edition;
        const auto lang = language(g);
        req->validate();
        write_output(*output, app::render_html(open_service(g).report(*req), lang));
    });
}

} // namespace hague::cli
