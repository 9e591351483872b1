// hague simulate --paths N [--seed S] [--threads T] [--rule execution|share|budget]
//                [--calibration C] [--execution-error walk|level] [projection options]
#include <unistd.h>

#include <atomic>
#include <cstdio>

#include "cli/options.hpp"
#include "hague/core/error.hpp"

namespace hague::cli {

namespace {

/// ISO3=PERCENT, as in --sigma DEU=1.5.
std::pair<std::string, double> ally_value(const std::string& spec, const char* option) {
    const auto eq = spec.find('=');
    double v = 0;
    bool ok = eq != std::string::npos && eq > 0;
    if (ok) {
        try {
            std::size_t used = 0;
            v = std::stod(spec.substr(eq + 1), &used);
            ok = used == spec.size() - eq - 1;
        } catch (const std::exception&) {
            ok = false;
        }
    }
    HAGUE_CHECK(ok, ErrorKind::InvalidInput, "err_iso_percent_deu",
                "{} '{}' is not ISO3=PERCENT (such as DEU=1.5)", option, spec);
    return {spec.substr(0, eq), v};
}

/// A progress bar on stderr, only when stderr is a terminal.
std::function<void(std::uint64_t, std::uint64_t)> progress_bar() {
    if (!::isatty(STDERR_FILENO))
        return {};
    auto last = std::make_shared<std::atomic<int>>(-1);
    return [last](std::uint64_t done, std::uint64_t total) {
        const int pct = static_cast<int>(100 * done / total);
        int prev = last->load();
        if (pct == prev || !last->compare_exchange_strong(prev, pct))
            return;
        const int width = 40;
        const int filled = pct * width / 100;
        std::fprintf(stderr, "\r[%.*s%*s] %3d%%", filled,
                     "########################################", width - filled, "", pct);
        if (done >= total)
            std::fprintf(stderr, "\r%*s\r", width + 8, "");
        std::fflush(stderr);
    };
}

} // namespace

void add_simulate_command(CLI::App& app, GlobalOptions& g) {
    auto* cmd = app.add_subcommand(
        "simulate",
        "Monte Carlo of spending and growth to 2035: probability of 3.5% in 2029 and 2035, bands");
    add_global_options(*cmd, g);
    auto req = std::make_shared<app::SimulateRequest>();
    auto options = std::make_shared<ProjectionOptions>();
    auto rule = std::make_shared<std::string>("execution");
    auto mu = std::make_shared<std::vector<std::string>>();
    auto sigma = std::make_shared<std::vector<std::string>>();
    add_projection_options(*cmd, req->projection, *options);
    cmd->add_option("--paths", req->paths, "Number of paths (1 to 50,000,000)")
        ->type_name("N")
        ->capture_default_str()
        ->check(whole_number());
    cmd->add_option("--seed", req->seed, "Seed (0 to 4294967295)")
        ->type_name("S")
        ->capture_default_str()
        ->check(whole_number());
    cmd->add_option("--threads", req->threads, "Threads, 1-256 (default: every core)")
        ->type_name("T")
        ->check(thread_count());
    cmd->add_option("--rule", *rule,
                    "execution (spending misses its plan as the record shows, and growth varies), "
                    "share (only the cost varies) or budget (only growth varies)")
        ->type_name("RULE")
        ->capture_default_str();
    cmd->add_option("--calibration", req->calibration,
                    "What measures the execution error (rule execution): revisions (default), "
                    "revisions-all, changes-2014, changes-2022")
        ->type_name("NAME");
    cmd->add_option("--execution-error", req->persistence,
                    "walk (default: a miss stays in the base) or level (each year misses "
                    "afresh); rule execution")
        ->type_name("KIND");
    cmd->add_option("--rho", req->rho, "Correlation of growth across allies (default: estimated)")
        ->type_name("X");
    cmd->add_option("--mu", *mu, "Mean log real growth of an ally, ISO3=PERCENT (repeatable)")
        ->type_name("SPEC");
    cmd->add_option("--sigma", *sigma, "Volatility of an ally's growth, ISO3=PERCENT (repeatable)")
        ->type_name("SPEC");
    cmd->add_option("--growth-shift", req->growth_shift_pct,
                    "Points a year added to every ally's real growth, -5 to 5 (GDP only: "
                    "budgets in money stay as planned)")
        ->type_name("PP");
    cmd->add_option("--volatility-scale", req->volatility_scale,
                    "Multiplies every ally's volatility, 0 to 3")
        ->type_name("X");
    cmd->callback([&g, req, options, rule, mu, sigma] {
        finish_projection(req->projection, *options, g);
        req->rounding = rounding(g); // the share compared with 3.5%, as status compares it
        req->rule = app::parse_rule_field(*rule);
        for (const auto& s : *mu)
            req->mu_pct.push_back(ally_value(s, "--mu"));
        for (const auto& s : *sigma)
            req->sigma_pct.push_back(ally_value(s, "--sigma"));
        req->progress = progress_bar();
        emit(open_service(g).simulate(*req), g);
    });
}

} // namespace hague::cli
