// hague plan check FILE
#include "cli/options.hpp"

namespace hague::cli {

void add_plan_command(CLI::App& app, GlobalOptions& g) {
    auto* plan = app.add_subcommand("plan", "National plans (docs/plans.md)");
    add_global_options(*plan, g);
    plan->require_subcommand(1);
    auto* check = plan->add_subcommand(
        "check", "Judge a plan file: credible, back-loaded, insufficient or declining");
    add_global_options(*check, g);
    auto req = std::make_shared<app::PlanCheckRequest>();
    check->add_option("file", req->file, "Plan file (TOML)")->required()->type_name("FILE");
    check->callback([&g, req] {
        req->common.edition = g.edition;
        emit(app::view(open_service(g).plan_check(*req), language(g)), g);
    });
}

} // namespace hague::cli
