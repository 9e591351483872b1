// hague site -o DIR [--threads N]
#include <algorithm>
#include <cstdio>
#include <thread>

#include "cli/options.hpp"
#include "hague/core/error.hpp"
#include "server/site.hpp"

namespace hague::cli {

void add_site_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "site", "Every API answer and chart, for every edition and language, as static files at "
                "the API's URLs (docs/deploy.md)");
    add_global_options(*cmd, g, {.edition = false, .format = false, .rounding = false});
    auto output = std::make_shared<std::string>();
    auto threads = std::make_shared<unsigned>(0);
    cmd->add_option("-o,--output", *output, "The directory to write (new, empty, or a site)")
        ->required()
        ->type_name("DIR");
    cmd->add_option("--threads", *threads, "Threads, 1-256 (default: cores)")
        ->type_name("N")
        ->check(thread_count());
    cmd->callback([&g, output, threads] {
        refuse_global_rounding(g, "site"); // it compares no share with a threshold
        refuse_global_edition(g, "site");  // it writes every edition
        HAGUE_CHECK(!output->empty(), ErrorKind::InvalidInput, "err_o_needs_directory",
                    "-o needs a directory name");
        const auto service = open_service(g);
        const unsigned n = *threads ? *threads : std::max(1u, std::thread::hardware_concurrency());
        const auto s = server::write_site(service, *output, n);
        std::fprintf(stderr,
                     "hague: wrote %zu files (%.1f MB) to %s in %.1f s; %zu URLs the editions "
                     "cannot answer are listed in its site.json\n",
                     s.files, static_cast<double>(s.bytes) / 1e6, output->c_str(), s.seconds,
                     s.skipped);
    });
}

} // namespace hague::cli
