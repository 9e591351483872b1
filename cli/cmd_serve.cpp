// hague serve [--host 127.0.0.1] [--port 8080] [--threads N] [--max-simulations N]
#include <algorithm>
#include <cstdio>
#include <thread>

#include "cli/options.hpp"
#include "hague/core/error.hpp"
#include "server/http_server.hpp"

namespace hague::cli {

void add_serve_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "serve", "The JSON API and the charts over HTTP (docs/api.md); read-only, on loopback "
                 "unless --host says otherwise");
    add_global_options(*cmd, g, {.edition = false, .format = false, .rounding = false});
    auto options = std::make_shared<server::ServerOptions>();
    auto limits = std::make_shared<server::Limits>();
    limits->max_simulations = 0; // the compute threads, unless given
    auto quiet = std::make_shared<bool>(false);
    cmd->add_option("--host", options->host, "Address to listen on (default: loopback)")
        ->type_name("ADDRESS")
        ->capture_default_str();
    cmd->add_option("--port", options->port, "Port (0: any free port, printed on start)")
        ->type_name("PORT")
        ->capture_default_str()
        ->check(whole_number());
    cmd->add_option("--threads", options->compute_threads,
                    "Threads computing answers, 1-256 (default: cores)")
        ->type_name("N")
        ->check(thread_count());
    cmd->add_option("--io-threads", options->threads,
                    "Threads reading requests and sending cached answers, 1-256 (default: 2)")
        ->type_name("N")
        ->check(thread_count());
    cmd->add_option("--max-simulations", limits->max_simulations,
                    "Simulations run at once, 1-256; more get 429 at once (default: --threads)")
        ->type_name("N")
        ->check(thread_count());
    cmd->add_option("--max-paths", limits->max_paths, "Simulated paths one request may ask for")
        ->type_name("N")
        ->capture_default_str();
    cmd->add_flag("--quiet", *quiet, "No request log on stderr");
    cmd->callback([&g, options, limits, quiet] {
        refuse_global_rounding(g, "serve"); // it compares no share with a threshold
        refuse_global_edition(g, "serve");  // each request names its edition
        HAGUE_CHECK_FIELD(limits->max_paths >= 1 && limits->max_paths <= app::max_paths,
                          ErrorKind::InvalidInput, "max_paths", "err_paths_outside",
                          "{} {} is outside 1-{}", limits->max_paths, app::max_paths);
        options->log = !*quiet;
        const auto service = open_service(g);
        const unsigned threads = options->compute_threads
                                     ? options->compute_threads
                                     : std::max(1u, std::thread::hardware_concurrency());
        if (limits->max_simulations == 0)
            limits->max_simulations = threads;
        const server::Router router(service, *limits);
        server::Server server(router, *options);
        std::fprintf(stderr,
                     "hague: serving on http://%s:%u/api/v1/ (%u compute threads; Ctrl-C stops)\n",
                     options->host.c_str(), static_cast<unsigned>(server.port()), threads);
        server.run(true);
        std::fprintf(stderr, "hague: stopped\n");
    });
}

} // namespace hague::cli
