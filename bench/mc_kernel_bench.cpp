// The Monte Carlo kernels side by side: plain x86-64 against AVX2 (chosen at run time), on a model
// the size of hague's (31 allies, 9 projected years, 6 groups), one thread.
#include <benchmark/benchmark.h>

#include "hague/engine/monte_carlo.hpp"

namespace {

hague::engine::McModel model() {
    using namespace hague::engine;
    McModel m;
    m.years = 9;
    m.threshold_pct = 3.5;
    m.rule = SpendingRule::Budget;
    for (int i = 0; i < 31; ++i) {
        McAlly a;
        a.id = "A" + std::to_string(i);
        a.factor_loading = 0.01 + 0.001 * i;
        a.own_loading = 0.02;
        for (int t = 0; t <= m.years; ++t) {
            a.gdp_usd_m.push_back(1000.0 * (i + 1) * (1 + 0.02 * t));
            a.share_fraction.push_back(0.02 + 0.0015 * t);
            a.spending_usd_m.push_back(a.gdp_usd_m.back() * a.share_fraction.back());
        }
        m.allies.push_back(std::move(a));
    }
    for (int g = 0; g < 6; ++g) {
        McGroup group{"G" + std::to_string(g), {}};
        for (std::size_t i = static_cast<std::size_t>(g); i < 31; i += 2)
            group.members.push_back(i);
        m.groups.push_back(std::move(group));
    }
    return m;
}

void monte_carlo_kernel(benchmark::State& state) {
    const auto kernel = static_cast<hague::engine::Kernel>(state.range(0));
    if (!hague::engine::kernel_available(kernel)) {
        state.SkipWithError("this CPU lacks the kernel");
        return;
    }
    const auto m = model();
    for (auto _ : state)
        benchmark::DoNotOptimize(hague::engine::run_monte_carlo(
            m, {.paths = 100'000, .seed = 1, .threads = 1, .progress = {}, .kernel = kernel}));
    state.SetItemsProcessed(state.iterations() * 100'000);
    state.SetLabel(kernel == hague::engine::Kernel::Plain  ? "plain x86-64"
                   : kernel == hague::engine::Kernel::Avx2 ? "AVX2"
                                                           : "AVX-512");
}
BENCHMARK(monte_carlo_kernel)
    ->Arg(static_cast<int>(hague::engine::Kernel::Plain))
    ->Arg(static_cast<int>(hague::engine::Kernel::Avx2))
    ->Arg(static_cast<int>(hague::engine::Kernel::Avx512))
    ->Unit(benchmark::kMillisecond);

} // namespace
