// hague plan check FILE
#include "cli/options.hpp"

namespace hague::cli {

void add_plan_command(CLI::App& app, GlobalOptions& g) {
    auto* plan = app.add_subcommand("plan", "National plans (docs/plans.md)");
    add_global_options(*plan, g, {.rounding = false});
    plan->require_subcommand(1);
    auto* check = plan->add_subcommand(
        "check", "Judge a plan file: credible, back-loaded, insufficient or declining");
    add_global_options(*check, g, {.rounding = false});
    auto file = std::make_shared<std::string>();
    check->add_option("file", *file, "Plan file (TOML)")->required()->type_name("FILE");
    check->callback([&g, file] {
        refuse_global_rounding(g, "plan check"); // it compares no share with a threshold
        const app::PlanCheckRequest req{{g.edition}, app::read_plan(*file)};
        emit(open_service(g).plan_check(req), g);
    });
}

} // namespace hague::cli
