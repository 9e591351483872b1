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
