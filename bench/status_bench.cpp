// Google Benchmark: the pieces behind `hague status`, on the bundled data.
// Run: build/release/bench/hague_bench   (or `make bench`, which also times whole commands)
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "hague/app/render.hpp"
#include "hague/app/views.hpp"
#include "hague/io/bundled.hpp"
#include "hague/report/charts.hpp"
#include "hague/store/sqlite_store.hpp"

namespace {

std::string temp_db(const char* name) {
    const auto path = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove(path);
    return path.string();
}

/// Parsing and validating every bundled CSV file (done once, when a database is first created).
void parse_bundled_dataset(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(hague::io::bundled_dataset());
}
BENCHMARK(parse_bundled_dataset)->Unit(benchmark::kMillisecond);

/// Creating a database and loading the three editions in one transaction (first run of hague).
void seed_new_database(benchmark::State& state) {
    const auto dataset = hague::io::bundled_dataset();
    for (auto _ : state) {
        const auto path = temp_db("hague-bench-seed.db");
        auto store = hague::store::SqliteStore::open(path);
        benchmark::DoNotOptimize(store->load(dataset, "bench"));
    }
}
BENCHMARK(seed_new_database)->Unit(benchmark::kMillisecond);

/// Opening an existing database (schema and bundle checks) and answering `status`.
void status_on_existing_database(benchmark::State& state) {
    const auto path = temp_db("hague-bench-status.db");
    (void)hague::app::Service::open(path);
    for (auto _ : state) {
        const auto service = hague::app::Service::open(path);
        benchmark::DoNotOptimize(service.status({}));
    }
}
BENCHMARK(status_on_existing_database)->Unit(benchmark::kMicrosecond);

/// Rendering the status as JSON: the JSON renderer alone (render), against building every format
/// and keeping the JSON (view, as the front ends did before one renderer per format).
void status_to_json(benchmark::State& state) {
    const auto path = temp_db("hague-bench-json.db");
    const auto service = hague::app::Service::open(path);
    const auto response = service.status({});
    const bool all_formats = state.range(0) == 1;
    state.SetLabel(all_formats ? "view (table, CSV and JSON)" : "render (JSON only)");
    for (auto _ : state)
        benchmark::DoNotOptimize(
            all_formats
                ? hague::report::render(hague::app::view(response), hague::report::Format::Json)
                : hague::app::render(response, hague::report::Format::Json,
                                     hague::i18n::Language::En));
}
BENCHMARK(status_to_json)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

/// The status table in German (catalog messages, ICU numbers and names) against English.
void status_table(benchmark::State& state) {
    const auto path = temp_db("hague-bench-table.db");
    const auto service = hague::app::Service::open(path);
    const auto response = service.status({});
    const auto language = static_cast<hague::i18n::Language>(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(hague::report::render(hague::app::view(response, language),
                                                       hague::report::Format::Table));
}
BENCHMARK(status_table)
    ->Arg(static_cast<int>(hague::i18n::Language::En))
    ->Arg(static_cast<int>(hague::i18n::Language::De))
    ->Unit(benchmark::kMicrosecond);

/// One chart, from the request to the SVG text (state.range(0) indexes report::all_chart_kinds; the
/// fan chart simulates 20,000 paths).
void chart(benchmark::State& state) {
    const auto path = temp_db("hague-bench-chart.db");
    const auto service = hague::app::Service::open(path);
    hague::app::ChartRequest request;
    request.kind = hague::report::all_chart_kinds[state.range(0)];
    if (request.kind == hague::report::ChartKind::Trend)
        request.allies = {"DEU", "POL", "ESP", "USA"};
    state.SetLabel(std::string(hague::report::to_string(request.kind)));
    for (auto _ : state)
        benchmark::DoNotOptimize(
            hague::app::render_svg(service.chart(request), hague::i18n::Language::En));
}
BENCHMARK(chart)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);

/// The whole report (six charts, tables, revisions) in French.
void report(benchmark::State& state) {
    const auto path = temp_db("hague-bench-report.db");
    const auto service = hague::app::Service::open(path);
    hague::app::ReportRequest request;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            hague::app::render_html(service.report(request), hague::i18n::Language::Fr));
}
BENCHMARK(report)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
