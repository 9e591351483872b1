// Snapshots are read from the store once and shared: the reads a use case makes, counted.
#include <gtest/gtest.h>

#include <thread>

#include "support/counting_store.hpp"

namespace hague::app {

using testing::Counted;

// The report of 2026-07 needs the reference data (1 read), its own edition (1), the edition
// before it, 2025-08, for the revisions (1), and 2024-06, whose estimates calibrate the fan
// chart's spending model with 2025-08's (1): 4 reads, however many charts and tables it draws.
TEST(snapshots, the_report_makes_four_store_reads) {
    Counted c;
    ReportRequest r;
    r.paths = 200;
    (void)c.service.report(r);
    EXPECT_EQ(c.store->reference_reads.load(), 1);
    EXPECT_EQ(c.store->observation_reads.load(), 3);
    EXPECT_EQ(c.reads(), 4);
}

// A snapshot is built once: a second request of the same edition reads nothing more.
TEST(snapshots, a_second_request_reads_nothing) {
    Counted c;
    (void)c.service.status({});
    EXPECT_EQ(c.reads(), 2); // reference + 2026-07
    (void)c.service.status({});
    (void)c.service.facts({}); // facts also reads 2025-08, the edition before
    EXPECT_EQ(c.reads(), 3);
    (void)c.service.facts({});
    (void)c.service.gap({});
    EXPECT_EQ(c.reads(), 3);
}

// A simulation under rule execution reads the older editions' share of GDP only (its
// calibration reads nothing else): reference (1) + 2026-07 whole (1) + 2025-08's and 2024-06's
// share_gdp_pct (2) = 4 reads, of which 1 whole edition. The other rules read no older edition:
// reference + 2026-07 = 2. A second simulation reads nothing more, and a simulation after the
// report (which reads 2025-08 and 2024-06 whole) uses those and reads nothing.
TEST(snapshots, a_simulation_reads_only_the_share_of_the_older_editions) {
    SimulateRequest r;
    r.paths = 64;
    r.threads = 1;
    {
        Counted c;
        (void)c.service.simulate(r);
        EXPECT_EQ(c.store->observation_reads.load(), 1);
        EXPECT_EQ(c.store->indicator_reads.load(), 2);
        EXPECT_EQ(c.reads(), 4);
        (void)c.service.simulate(r);
        EXPECT_EQ(c.reads(), 4);
    }
    {
        Counted c;
        auto share = r;
        share.rule = engine::SpendingRule::Share;
        (void)c.service.simulate(share);
        EXPECT_EQ(c.reads(), 2);
        EXPECT_EQ(c.store->indicator_reads.load(), 0);
    }
    {
        Counted c;
        ReportRequest report;
        report.paths = 200;
        (void)c.service.report(report);
        EXPECT_EQ(c.reads(), 4); // as the_report_makes_four_store_reads
        (void)c.service.simulate(r);
        EXPECT_EQ(c.reads(), 4);
        EXPECT_EQ(c.store->indicator_reads.load(), 0);
    }
}

// The calibration gives the same figures from the older editions' share of GDP as from the whole
// editions: a simulation before the report (series read) and after it (whole editions) agree.
TEST(snapshots, the_calibration_is_the_same_from_the_series_as_from_the_whole_editions) {
    SimulateRequest r;
    r.paths = 512;
    r.threads = 1;
    Counted series;
    const auto from_series = series.service.simulate(r);
    Counted whole;
    ReportRequest report;
    report.paths = 200;
    (void)whole.service.report(report);
    const auto from_whole = whole.service.simulate(r);
    EXPECT_EQ(series.store->indicator_reads.load(), 2);
    EXPECT_EQ(whole.store->indicator_reads.load(), 0);
    EXPECT_EQ(from_series.execution.samples.size(), from_whole.execution.samples.size());
    EXPECT_GT(from_series.execution.samples.size(), 0u);
    EXPECT_EQ(from_series.execution.tau, from_whole.execution.tau);
    const auto& a = from_series.result.entities;
    const auto& b = from_whole.result.entities;
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].probability_at_or_above, b[i].probability_at_or_above) << a[i].id;
        EXPECT_EQ(a[i].share_pct.mean, b[i].share_pct.mean) << a[i].id;
    }
}

// The same snapshot object serves every request of the edition, from any thread.
TEST(snapshots, threads_share_one_snapshot_per_edition) {
    Counted c;
    std::vector<std::shared_ptr<const engine::EditionSnapshot>> seen(8);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < seen.size(); ++i)
        threads.emplace_back([&, i] { seen[i] = c.service.library().edition("2024-06"); });
    for (auto& t : threads)
        t.join();
    for (const auto& s : seen)
        EXPECT_EQ(s.get(), seen.front().get());
    EXPECT_EQ(c.store->observation_reads.load(), 1);
}

} // namespace hague::app
