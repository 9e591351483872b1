// The API as the router answers it, without sockets: every endpoint, format, error and limit.
// Expected figures are the ones the facade's own tests work out from the bundled data.
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include <nlohmann/json.hpp>

#include "hague/app/render.hpp"
#include "server/router.hpp"
#include "server/site.hpp"
#include "support/service_fixture.hpp"

namespace hague::server {

namespace {

class RouterTest : public hague::testing::ServiceFixture {
  protected:
    Router router_{service_, Limits{}};

    HttpResponse get(const std::string& target, const std::string& accept_language = {}) {
        return router_.handle({"GET", target, "", accept_language, "", ""});
    }
    static std::string header(const HttpResponse& r, const std::string& name) {
        for (const auto& [k, v] : r.headers)
            if (k == name)
                return v;
        return {};
    }
    static nlohmann::json json(const HttpResponse& r) { return nlohmann::json::parse(r.body); }
};

} // namespace

// 2026-07, 2024: 17 of 31 reporting allies at 2% (ServiceTest lists them); POL 3.75 first.
TEST_F(RouterTest, status_is_the_cli_json) {
    const auto r = get("/api/v1/status?year=2024");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type, "application/json; charset=utf-8");
    const auto j = json(r);
    EXPECT_EQ(j["summary"]["at_or_above_2pct"], 17);
    EXPECT_EQ(j["summary"]["reporting"], 31);
    EXPECT_EQ(j["allies"][0]["ally"], "POL");
    EXPECT_EQ(header(r, "X-Content-Type-Options"), "nosniff");
    EXPECT_NE(header(r, "Content-Security-Policy").find("default-src 'none'"), std::string::npos);
}

// The same bytes as `hague status --format json`: one renderer for both front ends.
TEST_F(RouterTest, json_is_byte_for_byte_the_facades) {
    app::StatusRequest req;
    req.year = 2024;
    EXPECT_EQ(get("/api/v1/status?year=2024").body,
              app::render(service_.status(req), report::Format::Json, i18n::Language::En));
}

// DEU 2026 gap in euros: (0.035 x 5,455,980 - 147,002) x 124,660 / 147,002 = 37,276.479 m EUR
// (AnalyticsTest works it out); CSV by suffix and by Accept.
TEST_F(RouterTest, csv_by_suffix_or_accept) {
    const auto r = get("/api/v1/gap.csv?currency=EUR");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
    EXPECT_EQ(r.body.rfind("edition,year,target_pct,currency,prices,rounding,kind,ally,", 0), 0u);
    const auto deu = r.body.find(",ally,DEU,Germany,2.69,true,0.81");
    ASSERT_NE(deu, std::string::npos);
    EXPECT_NE(r.body.find(",37276.47", deu), std::string::npos);
    const auto by_accept =
        router_.handle({"GET", "/api/v1/gap?currency=EUR", "text/csv", "", "", ""});
    EXPECT_EQ(by_accept.body, r.body);
}

TEST_F(RouterTest, every_endpoint_answers) {
    for (const char* target : {"/api/v1/",
                               "/api/v1/editions",
                               "/api/v1/allies?year=2000",
                               "/api/v1/show?ally=DEU",
                               "/api/v1/show?ally=NATO&indicator=share_gdp_pct",
                               "/api/v1/status",
                               "/api/v1/gap?target=2&prices=constant",
                               "/api/v1/path?ally=DEU",
                               "/api/v1/path-check?old=2024-06&new=2026-07",
                               "/api/v1/share?group=Nordics=DNK,FIN",
                               "/api/v1/diff?old=2024-06&new=2026-07&min_change=0.5",
                               "/api/v1/facts",
                               "/api/v1/compare",
                               "/api/v1/project?scenario=linear",
                               "/api/v1/simulate?paths=500",
                               "/chart/shares.svg",
                               "/chart/map.svg?year=2014",
                               "/chart/gap.svg",
                               "/chart/burden.svg",
                               "/chart/trend.svg?ally=DEU~POL",
                               "/chart/fan.svg?paths=500",
                               "/chart/shares.png",
                               "/chart/shares.csv",
                               "/chart/fan.csv?paths=500",
                               "/api/v1/openapi.json"}) {
        const auto r = get(target);
        EXPECT_EQ(r.status, 200) << target << ": " << r.body.substr(0, 300);
    }
}

// 2025-08 publishes no GDP: the burden chart says why, as a 400 with the reason.
TEST_F(RouterTest, a_chart_the_edition_cannot_give_says_why) {
    const auto r = get("/chart/burden.svg?edition=2025-08");
    EXPECT_EQ(r.status, 400);
    EXPECT_NE(json(r)["error"]["message"].get<std::string>().find("no GDP"), std::string::npos);
}

TEST_F(RouterTest, field_errors_are_400_in_the_readers_language) {
    auto r = get("/api/v1/status?year=1990&lang=de");
    EXPECT_EQ(r.status, 400);
    auto e = json(r)["error"];
    EXPECT_EQ(e["code"], "invalid_input");
    EXPECT_EQ(e["field"], "year");
    EXPECT_EQ(e["message"], "year 1990 liegt nicht in der Ausgabe 2026-07, die 2014-2026 abdeckt");
    // Accept-Language when there is no lang=: the first language hague speaks.
    r = get("/api/v1/status?year=abc", "it-IT, fr;q=0.8, en;q=0.5");
    e = json(r)["error"];
    EXPECT_EQ(e["field"], "year");
    EXPECT_EQ(e["message"], "year 'abc' n’est pas un nombre entier dans les limites");
    r = get("/api/v1/gap?currency=GBP");
    EXPECT_EQ(json(r)["error"]["field"], "currency");
    EXPECT_EQ(json(r)["error"]["message"], "currency 'GBP' is not one of USD, EUR, NC");
}

TEST_F(RouterTest, unknown_things_are_404_and_wrong_methods_405) {
    EXPECT_EQ(get("/api/v1/show?ally=XYZ").status, 404);
    EXPECT_EQ(get("/api/v1/status?edition=1999-01").status, 404);
    EXPECT_EQ(get("/api/v1/nothing").status, 404);
    EXPECT_EQ(get("/index.php").status, 404);
    const auto post = router_.handle({"POST", "/api/v1/status", "", "", "", ""});
    EXPECT_EQ(post.status, 405);
    EXPECT_EQ(header(post, "Allow"), "GET, HEAD");
    EXPECT_EQ(get("/api/v1/plan/check").status, 405);
}

TEST_F(RouterTest, bad_query_strings_are_400_never_500) {
    for (const char* target : {"/api/v1/status?yaer=2020",
                               "/api/v1/status?year=2020&year=2021",
                               "/api/v1/status?%zz=1",
                               "/api/v1/status?year=%",
                               "/api/v1/status?year=99999999999999999999",
                               "/api/v1/status?rounding=3dp",
                               "/api/v1/gap?target=nan",
                               "/api/v1/gap?target=1e999",
                               "/api/v1/gap?target=-1",
                               "/api/v1/simulate?paths=0",
                               "/api/v1/simulate?paths=-5",
                               "/api/v1/simulate?paths=1000001",
                               "/api/v1/simulate?rho=2",
                               "/api/v1/simulate?seed=x",
                               "/api/v1/path?target=3.5",
                               "/api/v1/diff?old=2024-06",
                               "/api/v1/diff?old=a&new=a",
                               "/api/v1/share?group=x",
                               "/chart/nope.svg",
                               "/chart/trend.svg",
                               "/chart/trend.svg?ally=DEU&allies=DEU",
                               "/api/v1/status?lang=xx",
                               "/api/v1/project?scenario=x"}) {
        const auto r = get(target);
        EXPECT_GE(r.status, 400) << target;
        EXPECT_LT(r.status, 500) << target << ": " << r.body;
        EXPECT_NO_THROW((void)json(r)) << target;
    }
}

// plan/check takes the plan as a TOML body (POST, at most 64 KiB).
TEST_F(RouterTest, plan_check_takes_a_toml_body) {
    const std::string plan = "ally = \"DEU\"\nedition = \"2026-07\"\n\n[[core]]\nyear = 2029\n"
                             "share_gdp_pct = 3.5\nsource = \"test\"\n";
    const auto r = router_.handle({"POST", "/api/v1/plan/check", "", "", "", plan});
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(json(r)["ally"], "DEU");
    const auto big =
        router_.handle({"POST", "/api/v1/plan/check", "", "", "", std::string(64 * 1024 + 1, '#')});
    EXPECT_EQ(big.status, 400);
    const auto bad = router_.handle({"POST", "/api/v1/plan/check", "", "", "", "ally = 42\n"});
    EXPECT_EQ(bad.status, 400);
}

// A figure depends only on its parameters: the second request is served from the cache with the
// same strong ETag, and If-None-Match gets 304 with no body.
TEST_F(RouterTest, responses_are_cached_with_strong_etags) {
    const auto first = get("/api/v1/facts");
    const auto second = get("/api/v1/facts");
    EXPECT_EQ(router_.cache_hits(), 1u);
    const auto etag = header(first, "ETag");
    ASSERT_EQ(etag.size(), 18u); // "16 hex digits"
    EXPECT_EQ(header(second, "ETag"), etag);
    EXPECT_EQ(header(first, "Cache-Control"), "public, max-age=3600");
    const auto again = router_.handle({"GET", "/api/v1/facts", "", "", etag, ""});
    EXPECT_EQ(again.status, 304);
    EXPECT_TRUE(again.body.empty());
    EXPECT_EQ(router_.cache_hits(), 2u); // the second request and the 304
    // Parameters in another order are the same figure.
    (void)get("/api/v1/status?year=2024&rounding=raw");
    (void)get("/api/v1/status?rounding=raw&year=2024");
    EXPECT_EQ(router_.cache_hits(), 3u);
}

// The cache is bounded in bytes: it never holds more than its limit.
TEST_F(RouterTest, the_cache_evicts_beyond_its_bytes) {
    Router small(
        service_,
        Limits{.max_paths = 1000, .max_simulations = 1, .cache_bytes = 60'000, .max_body = 1024});
    for (int year = 2014; year <= 2026; ++year)
        (void)small.handle({"GET", "/api/v1/status?year=" + std::to_string(year), "", "", "", ""});
    // Each status is about 10 KB, and 2 KB more gzipped (a response over a quarter of the cache,
    // 15 KB, would not be kept): the first years were evicted, the last is still there.
    (void)small.handle({"GET", "/api/v1/status?year=2014", "", "", "", ""});
    (void)small.handle({"GET", "/api/v1/status?year=2026", "", "", "", ""});
    EXPECT_EQ(small.cache_hits(), 1u);
    // And a limit of its own on paths.
    EXPECT_EQ(small.handle({"GET", "/api/v1/simulate?paths=1001", "", "", "", ""}).status, 400);
}

// Many threads at once through one router (its cache, its simulation slots) get what one thread
// gets alone; the tsan preset runs this under ThreadSanitizer.
TEST_F(RouterTest, many_threads_get_what_one_thread_gets) {
    const std::vector<std::string> targets = {
        "/api/v1/status?year=2024",      "/api/v1/gap?currency=EUR",
        "/api/v1/facts?edition=2024-06", "/api/v1/path?ally=DEU",
        "/api/v1/status?year=abc",       "/chart/shares.svg?lang=de",
        "/api/v1/show?ally=POL",         "/api/v1/simulate?paths=64&seed=3"};
    Router alone(service_, Limits{});
    std::vector<std::string> expected;
    for (const auto& t : targets)
        expected.push_back(alone.handle({"GET", t, "", "", "", ""}).body);
    Router shared(
        service_,
        Limits{.max_paths = 1000, .max_simulations = 8, .cache_bytes = 30'000, .max_body = 1024});
    std::atomic<int> wrong{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 40; ++i) {
                const auto k = static_cast<std::size_t>(t + i) % targets.size();
                if (shared.handle({"GET", targets[k], "", "", "", ""}).body != expected[k])
                    ++wrong;
            }
        });
    for (auto& th : threads)
        th.join();
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_GT(shared.cache_hits(), 0u);
}

// editions.csv: 2026-07 was published 2026-07-10 and marks 2025 and 2026 as estimates; the status
// figures are NATO's Tables 3 (share of GDP) and 8a (equipment).
TEST_F(RouterTest, metadata_says_what_to_cite) {
    const auto r = get("/api/v1/status.metadata.json");
    ASSERT_EQ(r.status, 200) << r.body;
    const auto j = json(r);
    EXPECT_EQ(j["edition"]["id"], "2026-07");
    EXPECT_EQ(j["edition"]["published"], "2026-07-10");
    EXPECT_EQ(j["edition"]["estimate_years"], nlohmann::json::array({2025, 2026}));
    EXPECT_EQ(j["nato_tables"], nlohmann::json::array({"Table 3", "Table 8a"}));
    EXPECT_EQ(j["citation"], "NATO, Defence Expenditure of NATO Countries (2014-2026), edition "
                             "2026-07, Tables 3 and 8a");
    EXPECT_TRUE(j["sipri"].is_null());
    const auto compare = json(get("/api/v1/compare.metadata.json?edition=2024-06"));
    EXPECT_EQ(compare["edition"]["id"], "2024-06");
    EXPECT_EQ(compare["sipri"].get<std::string>().rfind("SIPRI Military Expenditure Database", 0),
              0u);
    const auto missing = get("/api/v1/nope.metadata.json");
    EXPECT_EQ(missing.status, 404);
    EXPECT_EQ(json(missing)["error"]["message"],
              "no endpoint /api/v1/nope.metadata.json (see /api/v1/ for the list)");
}

// A simulation that runs past the request's deadline is stopped, and answered 503 with the
// reason, whether asked for as /api/v1/simulate or drawn as the fan chart; the next request is
// served.
TEST_F(RouterTest, a_simulation_past_its_deadline_is_503) {
    Router hasty(service_, Limits{.max_paths = 1'000'000,
                                  .max_simulations = 1,
                                  .cache_bytes = 1 << 20,
                                  .max_body = 1024,
                                  .deadline_ms = 1});
    for (const char* target : {"/api/v1/simulate?paths=1000000", "/chart/fan.svg?paths=1000000"}) {
        const auto r = hasty.handle({"GET", target, "", "", "", ""});
        EXPECT_EQ(r.status, 503) << target;
        EXPECT_EQ(json(r)["error"]["code"], "timeout") << target;
    }
    EXPECT_EQ(hasty.handle({"GET", "/api/v1/status", "", "", "", ""}).status, 200);
}

// A chart as SVG, PNG or CSV by its suffix; the CSV is the chart's rows (AppTest's gap CSV: the
// first bar is the United States, 107,407 m USD short of 3.5% in 2026).
TEST_F(RouterTest, charts_come_as_svg_png_or_their_data) {
    auto r = get("/chart/gap.png?scale=2");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type, "image/png");
    EXPECT_EQ(r.body.substr(1, 3), "PNG");
    r = get("/chart/gap.csv");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
    // USA: 3.5% of 32,547,624 m less its 1,032,849 m = 106,317.84 m.
    EXPECT_NE(r.body.find("\n2026-07,2026,3.5,current,bar,USA,United States,USD,106317.84"),
              std::string::npos)
        << r.body.substr(0, 300);
    EXPECT_EQ(get("/chart/gap.svg").content_type, "image/svg+xml; charset=utf-8");
    for (const char* target : {"/chart/gap.json", "/chart/gap", "/chart/gap.gif", "/chart/.svg"})
        EXPECT_EQ(get(target).status, 404) << target;
    r = get("/chart/gap.png?scale=9");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(json(r)["error"]["field"], "scale");
    EXPECT_EQ(json(r)["error"]["message"], "scale 9 is outside 1-4");
    r = get("/chart/fan.svg?paths=2000000");
    EXPECT_EQ(json(r)["error"]["message"], "paths 2000000 is outside 1-1000000");
    EXPECT_EQ(router_.handle({"POST", "/chart/gap.svg", "", "", "", ""}).status, 405);
}

// The OpenAPI document is served as it is in server/openapi.json.
TEST_F(RouterTest, openapi_document_is_served) {
    const auto r = get("/api/v1/openapi.json");
    ASSERT_EQ(r.status, 200);
    const auto j = json(r);
    EXPECT_EQ(j["openapi"], "3.1.0");
    EXPECT_EQ(json(get("/api/v1/"))["openapi"], "/api/v1/openapi.json");
}

// `hague site`: a URL's file, and how many URLs a copy of the bundled data holds. Per language
// (none, then the six: 7): the index, openapi.json, editions as JSON and CSV, and diff and
// path-check for the 3 pairs of the 3 editions in two formats (12): 16. Per edition (none, then
// the 3: 4): 9 endpoints in two formats (18) and their 9 metadata, show's metadata, show for 32
// allies and 2 aggregates in two formats (68), 5 charts in 3 formats (15), trend for 32 allies in 3
// formats (96): 207. In all 7 x (16 + 4 x 207) = 5,908.
TEST_F(RouterTest, a_static_site_holds_every_default_answer) {
    EXPECT_EQ(site_file("/api/v1/status"), "api/v1/status");
    EXPECT_EQ(site_file("/api/v1/"), "api/v1/index.json");
    EXPECT_EQ(site_file("/api/v1/status.csv?edition=2024-06&lang=de"),
              "q/edition=2024-06&lang=de/api/v1/status.csv");
    EXPECT_EQ(site_file("/api/v1/?lang=fr"), "q/lang=fr/api/v1/index.json");
    const auto urls = site_urls(service_);
    EXPECT_EQ(urls.size(), 5908u);
    // Parameters in name order, as the static server looks them up.
    EXPECT_NE(
        std::find(urls.begin(), urls.end(), "/chart/trend.png?ally=DEU&edition=2024-06&lang=nl"),
        urls.end());
    EXPECT_NE(std::find(urls.begin(), urls.end(), "/api/v1/diff?lang=pt&new=2026-07&old=2024-06"),
              urls.end());
}

// An import by another process (here another Service on the same database file, as `hague
// import` would be) is seen by a running server: the newest edition becomes the imported one,
// and a cached answer of the old store is not served again.
TEST_F(RouterTest, a_running_server_sees_an_edition_imported_by_another_process) {
    Router router(service_, Limits{.store_check_ms = 0});
    EXPECT_EQ(json(router.handle({"GET", "/api/v1/status", "", "", "", ""}))["edition"], "2026-07");
    const auto other = app::Service::open(dir_.file("hague.db"));
    app::ExportRequest what; // the newest, 2026-07, stored again as 2027-07
    const auto exported = other.export_edition(what);
    const auto files = dir_.file("export");
    std::filesystem::create_directories(files);
    std::ofstream(files + "/editions.csv") << exported.editions_csv;
    std::ofstream(files + "/observations.csv") << exported.observations_csv;
    app::ImportRequest r;
    r.path = files;
    r.edition = "2027-07";
    r.published = "2027-07-10";
    r.accept_warnings = true;
    ASSERT_EQ(other.import_edition(r).outcome, app::ImportOutcome::Stored);
    EXPECT_EQ(json(router.handle({"GET", "/api/v1/status", "", "", "", ""}))["edition"], "2027-07");
}

TEST(http_status, every_error_kind_has_one) {
    EXPECT_EQ(http_status(ErrorKind::InvalidInput), 400);
    EXPECT_EQ(http_status(ErrorKind::NotFound), 404);
    EXPECT_EQ(http_status(ErrorKind::Database), 500);
    EXPECT_EQ(http_status(ErrorKind::Internal), 500);
    EXPECT_EQ(http_status(ErrorKind::Timeout), 503);
}

// A list parameter reads as the command line's list: an empty item is refused (allies= is not
// "every ally", DEU~~FRA not DEU~FRA), as `--allies ''` and `--allies DEU,,FRA` are.
TEST_F(RouterTest, an_empty_item_of_a_list_is_refused_as_on_the_command_line) {
    for (const auto* target : {"/api/v1/gap?allies=", "/api/v1/gap?allies=DEU~~FRA",
                               "/api/v1/diff?old=2024-06&new=2026-07&allies=DEU~"}) {
        const auto r = get(target);
        EXPECT_EQ(r.status, 400) << target << ": " << r.body;
        EXPECT_NE(r.body.find("\"field\": \"allies\""), std::string::npos) << r.body;
    }
    EXPECT_EQ(get("/api/v1/gap?allies=DEU~FRA").status, 200);
}

// The metadata of a comparison cites both editions it compares, not the newest edition held:
// path-check of 2024-06 against 2026-07 is NEW's outturns against OLD's paths (Table 3).
TEST_F(RouterTest, a_comparisons_metadata_cites_both_editions) {
    const auto r = get("/api/v1/path-check.metadata.json?old=2024-06&new=2025-08");
    ASSERT_EQ(r.status, 200) << r.body;
    const auto j = json(r);
    EXPECT_EQ(j["edition"]["id"], "2025-08");
    EXPECT_EQ(j["old_edition"]["id"], "2024-06");
    const std::string citation = j["citation"];
    EXPECT_NE(citation.find("edition 2025-08, against "), std::string::npos) << citation;
    EXPECT_NE(citation.find("edition 2024-06, Table 3"), std::string::npos) << citation;
    EXPECT_EQ(get("/api/v1/diff.metadata.json").status, 400);                 // two editions needed
    EXPECT_EQ(get("/api/v1/diff.metadata.json?edition=2026-07").status, 400); // not its field
    EXPECT_FALSE(json(get("/api/v1/status.metadata.json")).contains("old_edition"));
}

} // namespace hague::server
