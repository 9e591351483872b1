// Many readers at once: any number of threads may run any use case on the shared snapshots and get
// what one thread gets alone. Labelled slow (about a thousand requests, each rendered).
#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <thread>

#include "hague/app/render.hpp"
#include "hague/app/views.hpp"
#include "support/counting_store.hpp"

namespace hague::app {

using testing::Counted;

namespace {

/// One request of a mixed workload, rendered to text: a use case, an edition and a language
/// drawn from `rng`.
std::string run_one(const Service& s, std::mt19937& rng) {
    static const std::vector<std::string> editions = {"2024-06", "2025-08", "2026-07"};
    static const std::vector<i18n::Language> languages = {i18n::Language::En, i18n::Language::Nl,
                                                          i18n::Language::De, i18n::Language::Fr,
                                                          i18n::Language::Es, i18n::Language::Pt};
    const auto edition = editions[rng() % editions.size()];
    const auto language = languages[rng() % languages.size()];
    const auto format = rng() % 2 ? report::Format::Json : report::Format::Table;
    const Common common{edition};
    auto render = [&](const auto& response) {
        return report::render(view(response, language), format);
    };
    try {
        switch (rng() % 12) {
        case 0: return render(s.status(StatusRequest{common, std::nullopt, Rounding::TwoDp}));
        case 1:
            return render(s.gap(GapRequest{common,
                                           std::nullopt,
                                           std::nullopt,
                                           Currency::Eur,
                                           PriceBasis::Current,
                                           Rounding::TwoDp,
                                           {}}));
        case 2: return render(s.path(PathRequest{common, "all", engine::PathTarget::Core, {}}));
        case 3: return render(s.share(ShareRequest{common, std::nullopt, PriceBasis::Current, {}}));
        case 4: return render(s.facts(FactsRequest{common, std::nullopt}));
        case 5: return render(s.compare(CompareRequest{common, std::nullopt}));
        case 6: return render(s.show(ShowRequest{common, "DEU", {}}));
        case 7: {
            DiffRequest d;
            d.old_edition = edition == "2024-06" ? "2025-08" : "2024-06";
            d.new_edition = edition;
            return render(s.diff(d));
        }
        case 8: {
            ProjectRequest p;
            p.common = common;
            p.scenario = "linear";
            return render(s.project(p));
        }
        case 9: {
            SimulateRequest m;
            m.projection.common = common;
            m.paths = 256;
            m.threads = 1;
            return render(s.simulate(m));
        }
        case 10: {
            ChartRequest ch;
            ch.common = common;
            ch.kind = rng() % 2 ? report::ChartKind::Shares : report::ChartKind::Burden;
            const auto r = s.chart(ch);
            return r.unavailable ? std::string(r.unavailable->what()) : render_svg(r, language);
        }
        default: {
            ReportRequest rep;
            rep.common = common;
            rep.paths = 0;
            return render_html(s.report(rep), language);
        }
        }
    } catch (const Error& e) {
        // An edition without the figures a use case needs (2025-08 has no GDP) is an answer too.
        return std::string("error: ") + e.what();
    }
}

} // namespace

// 1,000 mixed requests (every use case, random editions, languages and formats) on 2 threads give
// byte for byte what the same requests give one after another.
TEST(snapshots, a_thousand_mixed_requests_on_two_threads_match_sequential_runs) {
    constexpr std::size_t requests = 1000;
    Counted sequential;
    std::vector<std::string> expected(requests);
    for (std::size_t i = 0; i < requests; ++i) {
        std::mt19937 rng(static_cast<std::uint32_t>(i));
        expected[i] = run_one(sequential.service, rng);
    }

    Counted shared;
    std::vector<std::string> got(requests);
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < requests; i = next++) {
            std::mt19937 rng(static_cast<std::uint32_t>(i));
            got[i] = run_one(shared.service, rng);
        }
    };
    std::thread a(worker), b(worker);
    a.join();
    b.join();
    std::size_t differ = 0;
    for (std::size_t i = 0; i < requests; ++i)
        differ += got[i] != expected[i] ? 1 : 0;
    EXPECT_EQ(differ, 0u);
    // The reference and the three editions, each read whole once. A simulation reads the
    // share of GDP of an older edition not yet read whole (Library::older_series): at most once
    // each for 2025-08 and 2024-06, how often depending on which request came first.
    EXPECT_EQ(shared.store->reference_reads.load(), 1);
    EXPECT_EQ(shared.store->observation_reads.load(), 3);
    EXPECT_LE(shared.store->indicator_reads.load(), 2);
}

} // namespace hague::app
