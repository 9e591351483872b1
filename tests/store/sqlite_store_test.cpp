#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <functional>
#include <iterator>
#include <set>
#include <thread>
#include <tuple>

#include <unistd.h>

#include <fmt/format.h>
#include <sqlite3.h>

#include "hague/core/error.hpp"
#include "hague/io/bundled.hpp"
#include "hague/store/schema.hpp"
#include "hague/store/sqlite_store.hpp"
#include "support/temp_dir.hpp"

namespace hague::store {

namespace {

void raw_exec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::string error_of(const std::string& path) {
    try {
        (void)SqliteStore::open(path);
    } catch (const Error& e) {
        return std::string(to_string(e.kind())) + ": " + e.what();
    }
    return "no error";
}

/// "kind: message" of the hague::Error that f throws, or "no error".
template <typename F> std::string error_of_call(F&& f) {
    try {
        f();
    } catch (const Error& e) {
        return std::string(to_string(e.kind())) + ": " + e.what();
    }
    return "no error";
}

std::int64_t rows(const StoreInfo& info, const std::string& table) {
    for (const auto& [name, n] : info.row_counts)
        if (name == table)
            return n;
    return -1;
}

} // namespace

// --- the contract every Store passes -------------------------------------------------------
// Each kind of store (SQLite now, PostgreSQL later) adds its factory to the list below and must
// pass every test of this suite unchanged.

struct StoreKind {
    const char* name;
    std::function<std::unique_ptr<Store>(const testing::TempDir&)> make;
};

class StoreContract : public ::testing::TestWithParam<StoreKind> {
  protected:
    testing::TempDir dir_;
    std::unique_ptr<Store> store_ = GetParam().make(dir_);
};

INSTANTIATE_TEST_SUITE_P(kinds, StoreContract,
                         ::testing::Values(StoreKind{"sqlite_path",
                                                     [](const testing::TempDir& d) {
                                                         return open(d.file("h.db"));
                                                     }},
                                           StoreKind{"sqlite_uri",
                                                     [](const testing::TempDir& d) {
                                                         return open("sqlite:" + d.file("u.db"));
                                                     }}),
                         [](const auto& p) { return std::string(p.param.name); });

TEST_P(StoreContract, loads_the_bundled_editions_in_one_go) {
    const auto result = store_->load(io::bundled_dataset(), "d1");
    EXPECT_EQ(result.editions_added, 3);
    const auto info = store_->info();
    EXPECT_EQ(rows(info, "observations"), 11691); // observations.csv rows
    EXPECT_EQ(rows(info, "entities"), 34);        // 32 allies + NATO + NATO_EUROPE_CAN
    EXPECT_EQ(info.editions, (std::vector<std::string>{"2024-06", "2025-08", "2026-07"}));
    EXPECT_EQ(store_->bundle_digest(), "d1");
}

TEST_P(StoreContract, loading_again_changes_nothing) {
    (void)store_->load(io::bundled_dataset(), "d1");
    const auto again = store_->load(io::bundled_dataset(), "d1");
    EXPECT_EQ(again.editions_added, 0);
    EXPECT_EQ(again.rows_changed, 0);
}

TEST_P(StoreContract, a_new_bundle_keeps_stored_editions_and_refreshes_reference_data) {
    (void)store_->load(io::bundled_dataset(), "d1");
    const auto again = store_->load(io::bundled_dataset(), "d2");
    EXPECT_EQ(again.editions_added, 0);
    EXPECT_EQ(rows(store_->info(), "observations"), 11691);
    EXPECT_EQ(store_->reference().commitments.size(), 30u); // pledges.csv 3 + commitments.csv 27
}

// editions.csv published dates: 2024-06-17, 2025-08-28, 2026-07-10; allies.csv 32 rows;
// missing.csv 16 rows, the first Iceland's; sipri.csv: RUS and CHN rows.
TEST_P(StoreContract, reads_the_reference_data_in_one_read) {
    (void)store_->load(io::bundled_dataset(), "d1");
    const auto r = store_->reference();
    ASSERT_EQ(r.editions.size(), 3u);
    EXPECT_EQ(r.editions.front().id, "2024-06"); // oldest published first
    EXPECT_EQ(r.editions.back().id, "2026-07");
    EXPECT_EQ(r.allies.size(), 32u);
    EXPECT_EQ(r.allies.front().code.str(), "ALB"); // allies.csv order
    EXPECT_EQ(r.missing_reasons.size(), 16u);
    EXPECT_EQ(r.missing_reasons.front().key, "missing_no_armed_forces");
    EXPECT_FALSE(r.sipri.empty());
    EXPECT_FALSE(r.indicators.empty());
}

TEST_P(StoreContract, reads_back_a_real_value_with_its_flag_and_source) {
    (void)store_->load(io::bundled_dataset(), "d1");
    // observations.csv: 2026-07,DEU,2025,share_gdp_pct,2.22,true,...
    const auto obs = store_->observations("2026-07");
    const auto it = std::find_if(obs.begin(), obs.end(), [](const Observation& o) {
        return o.entity.str() == "DEU" && o.year == Year(2025) && o.indicator == "share_gdp_pct";
    });
    ASSERT_NE(it, obs.end());
    EXPECT_DOUBLE_EQ(it->value, 2.22);
    EXPECT_TRUE(it->estimate);
    EXPECT_NE(it->source.str().find("Table 3"), std::string::npos);
    EXPECT_TRUE(std::all_of(obs.begin(), obs.end(),
                            [](const Observation& o) { return o.edition == "2026-07"; }));
}

TEST_P(StoreContract, rows_of_one_table_share_one_source_text) {
    (void)store_->load(io::bundled_dataset(), "d1");
    // Thousands of rows name a handful of tables: a copy of the text per row was most of the
    // memory (and of the time) of reading an edition. Rows of the same source share one string.
    const auto obs = store_->observations("2026-07");
    std::set<const std::string*> distinct;
    std::set<std::string> texts;
    for (const auto& o : obs) {
        distinct.insert(&o.source.str());
        texts.insert(o.source.str());
    }
    EXPECT_GT(obs.size(), 6000u);
    EXPECT_EQ(distinct.size(), texts.size()); // one string per distinct text
    EXPECT_LE(texts.size(), 16u);
    EXPECT_EQ(obs.capacity(), obs.size()); // counted first: no growth by doubling (libstdc++
                                           // reserves exactly what is asked)
}

TEST_P(StoreContract, an_editions_observations_come_ordered_by_entity_indicator_and_year) {
    (void)store_->load(io::bundled_dataset(), "d1");
    const auto obs = store_->observations("2024-06");
    ASSERT_FALSE(obs.empty());
    EXPECT_TRUE(std::is_sorted(obs.begin(), obs.end(), [](const auto& a, const auto& b) {
        return std::tie(a.entity, a.indicator, a.year) < std::tie(b.entity, b.indicator, b.year);
    }));
}

TEST_P(StoreContract, an_unknown_edition_has_no_observations) {
    (void)store_->load(io::bundled_dataset(), "d1");
    EXPECT_TRUE(store_->observations("1999-01").empty());
}

// A workbook's import names the cell of every value ("NATO workbook F, TABLE3 N32"): a source a
// row. Each row reads back with its own text, and rows that name the same text share it.
TEST_P(StoreContract, an_edition_with_a_source_a_row_reads_each_back) {
    (void)store_->load(io::bundled_dataset(), "d1");
    auto edition = store_->reference().editions.front(); // 2024-06
    auto obs = store_->observations("2024-06");
    ASSERT_EQ(obs.size(), 5005u);
    edition.id = "cells";
    for (std::size_t i = 0; i < obs.size(); ++i) {
        obs[i].edition = "cells";
        // Rows 0 and 1 name one cell; every other row its own (4,004 distinct texts in all).
        obs[i].source = fmt::format("NATO workbook cells.xlsx, TABLE3 N{}", i < 2 ? 0 : i - 1);
    }
    store_->put_edition(edition, obs, false);
    const auto back = store_->observations("cells");
    ASSERT_EQ(back.size(), 5005u);
    std::set<std::string> texts;
    std::set<const std::string*> strings;
    for (const auto& o : back) {
        texts.insert(o.source.str());
        strings.insert(&o.source.str());
    }
    EXPECT_EQ(texts.size(), 5004u); // 5,005 rows, two of them naming cell N0
    EXPECT_EQ(strings.size(), 5004u);
    EXPECT_EQ(texts.count("NATO workbook cells.xlsx, TABLE3 N0"), 1u);
    EXPECT_EQ(texts.count("NATO workbook cells.xlsx, TABLE3 N5003"), 1u);
}

// One indicator of an edition: data/nato/observations.csv holds 363 share_gdp_pct rows of
// 2024-06 (33 entities x 11 years, 2014-2024), read in the whole read's order and with its
// figures: POL 2024 is 4.120190989357147, an estimate. An unknown indicator or edition: none.
TEST_P(StoreContract, one_indicator_of_an_edition_reads_as_its_rows_of_the_whole) {
    (void)store_->load(io::bundled_dataset(), "d1");
    const auto whole = store_->observations("2024-06");
    const auto share = store_->observations("2024-06", "share_gdp_pct");
    ASSERT_EQ(share.size(), 363u);
    std::vector<const Observation*> expected;
    for (const auto& o : whole)
        if (o.indicator == "share_gdp_pct")
            expected.push_back(&o);
    ASSERT_EQ(expected.size(), share.size());
    for (std::size_t i = 0; i < share.size(); ++i) {
        EXPECT_EQ(share[i].entity, expected[i]->entity);
        EXPECT_EQ(share[i].year, expected[i]->year);
        EXPECT_EQ(share[i].value, expected[i]->value);
        EXPECT_EQ(share[i].estimate, expected[i]->estimate);
        EXPECT_EQ(share[i].source.str(), expected[i]->source.str());
    }
    const auto pol = std::find_if(share.begin(), share.end(), [](const Observation& o) {
        return o.entity.str() == "POL" && o.year == Year(2024);
    });
    ASSERT_NE(pol, share.end());
    EXPECT_DOUBLE_EQ(pol->value, 4.120190989357147);
    EXPECT_TRUE(pol->estimate);
    EXPECT_TRUE(store_->observations("2024-06", "no_such_indicator").empty());
    EXPECT_TRUE(store_->observations("1999-01", "share_gdp_pct").empty());
}

// put_edition: an imported edition (a copy of 2024-06's 5,005 observations under another id)
// is stored whole, refused when its id is taken, replaced with `replace`, removed; a bundled
// edition cannot be removed; a failed put leaves the store as it was.
TEST_P(StoreContract, an_imported_edition_is_stored_whole_replaced_and_removed) {
    (void)store_->load(io::bundled_dataset(), "d1");
    auto edition = store_->reference().editions.front(); // 2024-06
    auto obs = store_->observations("2024-06");
    ASSERT_EQ(obs.size(), 5005u);
    edition.id = "copy";
    edition.notes = "FRA 2020: a note";
    for (auto& o : obs)
        o.edition = "copy";
    store_->put_edition(edition, obs, false);
    EXPECT_EQ(store_->observations("copy").size(), 5005u);
    const auto stored = store_->reference().editions;
    const auto it =
        std::find_if(stored.begin(), stored.end(), [](const Edition& e) { return e.id == "copy"; });
    ASSERT_NE(it, stored.end());
    EXPECT_EQ(it->origin, Origin::Imported);
    EXPECT_EQ(it->notes, "FRA 2020: a note");
    EXPECT_EQ(error_of_call([&] { store_->put_edition(edition, obs, false); }),
              "invalid_input: edition copy is already stored; --replace replaces it (after "
              "showing what would change)");
    obs.erase(obs.begin() + 10, obs.end());
    store_->put_edition(edition, obs, true);
    EXPECT_EQ(store_->observations("copy").size(), 10u);
    // A put that fails half way (an unknown indicator in its last row) leaves the 10.
    auto bad = obs;
    bad.back().indicator = "no_such_indicator";
    EXPECT_THROW(store_->put_edition(edition, bad, true), Error);
    EXPECT_EQ(store_->observations("copy").size(), 10u);
    EXPECT_EQ(error_of_call([&] { store_->remove_edition("2024-06"); }),
              "invalid_input: edition 2024-06 is bundled with hague and cannot be removed (only "
              "imported editions can)");
    store_->remove_edition("copy");
    EXPECT_TRUE(store_->observations("copy").empty());
    EXPECT_EQ(error_of_call([&] { store_->remove_edition("copy"); }),
              "not_found: no edition 'copy' is stored (see 'hague editions')");
    EXPECT_EQ(rows(store_->info(), "observations"), 11691);
}

// SIPRI figures from SIPRI's workbook replace the bundle's of their country and year, and a later
// load of the bundled data (a new hague) keeps them.
TEST_P(StoreContract, imported_sipri_figures_outlive_the_bundle) {
    (void)store_->load(io::bundled_dataset(), "d1");
    auto rows = store_->reference().sipri;
    ASSERT_EQ(rows.size(), 22u);
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const SipriObservation& s) {
                                  return s.country.str() != "RUS" || s.year != Year(2014);
                              }),
               rows.end());
    ASSERT_EQ(rows.size(), 1u);
    rows[0].source = "SIPRI workbook test";
    rows[0].milex_usd_current_m = 1.0;
    store_->put_sipri(rows);
    (void)store_->load(io::bundled_dataset(), "d2");
    const auto after = store_->reference().sipri;
    ASSERT_EQ(after.size(), 22u);
    const auto it = std::find_if(after.begin(), after.end(), [](const SipriObservation& s) {
        return s.country.str() == "RUS" && s.year == Year(2014);
    });
    ASSERT_NE(it, after.end());
    EXPECT_EQ(it->source, "SIPRI workbook test");
    EXPECT_EQ(it->milex_usd_current_m, 1.0);
}

TEST_P(StoreContract, a_failed_load_leaves_nothing_behind) {
    auto d = io::bundled_dataset();
    d.observations.back().indicator = "no_such_indicator"; // violates the foreign key, last row
    EXPECT_THROW((void)store_->load(d, "d1"), Error);
    const auto info = store_->info();
    EXPECT_EQ(rows(info, "observations"), 0);
    EXPECT_EQ(rows(info, "editions"), 0);
    EXPECT_EQ(store_->bundle_digest(), "");
}

// Reads from several threads at once return what one thread reads (the store serializes its
// connection); run under ThreadSanitizer by the tsan preset.
TEST_P(StoreContract, reads_from_many_threads_at_once) {
    (void)store_->load(io::bundled_dataset(), "d1");
    const auto expected = store_->observations("2025-08").size();
    std::vector<std::thread> threads;
    std::atomic<int> wrong{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 5; ++i) {
                if (store_->observations("2025-08").size() != expected)
                    ++wrong;
                if (store_->reference().editions.size() != 3)
                    ++wrong;
            }
        });
    for (auto& t : threads)
        t.join();
    EXPECT_EQ(wrong.load(), 0);
}

TEST_P(StoreContract, check_passes_on_a_sound_store) {
    (void)store_->load(io::bundled_dataset(), "d1");
    EXPECT_TRUE(store_->check().empty());
}

// --- opening by URI ----------------------------------------------------------------------------

TEST(store_open, refuses_postgresql_until_it_is_built) {
    try {
        (void)open("postgresql://localhost/hague");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Unsupported);
        EXPECT_EQ(std::string(e.what()),
                  "database 'postgresql://localhost/hague': PostgreSQL stores are not built yet "
                  "(use a file path or sqlite:PATH)");
    }
}

TEST(store_open, names_an_unknown_scheme) {
    try {
        (void)open("mysql://x/y");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_EQ(std::string(e.what()), "database 'mysql://x/y' has an unknown scheme (expected "
                                         "a file path, sqlite:PATH or postgresql:...)");
    }
}

TEST(store_open, a_path_with_a_colon_after_a_slash_is_a_path) {
    testing::TempDir dir;
    const auto path = dir.file("a:b.db"); // /tmp/...: the slash comes before the colon
    auto store = open(path);
    EXPECT_EQ(store->info().location, path);
}

// --- SQLite only -------------------------------------------------------------------------------

// A database written by schema version 1 (before missing reasons had keys) is migrated to the
// current version in place, and the next load fills the new column.
TEST(sqlite_store, migrates_a_version_1_database) {
    testing::TempDir dir;
    const auto path = dir.file("v1.db");
    {
        std::string v1_sql(migrations()[0].sql);
        raw_exec(path, v1_sql +
                           "PRAGMA user_version = 1;"
                           "INSERT INTO meta VALUES ('bundle_digest', 'old');"
                           "INSERT INTO missing_reasons VALUES (0, 'ISL', '*', '*', '*', 'x');");
    }
    auto store = SqliteStore::open(path);
    EXPECT_EQ(store->info().schema_version, current_schema_version());
    EXPECT_EQ(store->bundle_digest(), ""); // the migration asks for a reload
    const auto before = store->reference().missing_reasons;
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].key, "");
    (void)store->load(io::bundled_dataset(), "d2");
    const auto after = store->reference().missing_reasons;
    ASSERT_EQ(after.size(), 16u); // data/missing.csv rows
    EXPECT_EQ(after[0].key, "missing_no_armed_forces");
}

// Version 3 re-keys observations by (edition, entity, indicator, year): a version 2 database keeps
// every row, and reads them back in that order.
TEST(sqlite_store, migrates_a_version_2_database_keeping_its_observations) {
    testing::TempDir dir;
    const auto path = dir.file("v2.db");
    raw_exec(path, std::string(migrations()[0].sql) + std::string(migrations()[1].sql) +
                       "PRAGMA user_version = 2;"
                       "INSERT INTO editions VALUES ('E', 't', '2024-06-17', 2014, 2024, '2024', "
                       "2015, 's', 'c');"
                       "INSERT INTO entities VALUES ('POL', 'ally', 'Poland'), "
                       "('DEU', 'ally', 'Germany');"
                       "INSERT INTO indicators VALUES ('share_gdp_pct', 0, '%', 'Table 3', 'd');"
                       "INSERT INTO observations VALUES ('E', 'POL', 2024, 'share_gdp_pct', 4.12, "
                       "1, 'x'), ('E', 'DEU', 2024, 'share_gdp_pct', 2.12, 1, 'y'), "
                       "('E', 'DEU', 2023, 'share_gdp_pct', 1.52, 0, 'z');");
    auto store = SqliteStore::open(path);
    EXPECT_EQ(store->info().schema_version, 5);
    // Version 4: an edition from before says it is bundled and has no notes.
    const auto editions = store->reference().editions;
    ASSERT_EQ(editions.size(), 1u);
    EXPECT_EQ(editions[0].origin, Origin::Bundled);
    EXPECT_EQ(editions[0].notes, "");
    const auto obs = store->observations("E");
    ASSERT_EQ(obs.size(), 3u);
    EXPECT_EQ(obs[0].entity.str(), "DEU"); // DEU 2023, DEU 2024, POL 2024
    EXPECT_EQ(obs[0].year, Year(2023));
    EXPECT_DOUBLE_EQ(obs[0].value, 1.52);
    EXPECT_EQ(obs[1].year, Year(2024));
    EXPECT_EQ(obs[2].entity.str(), "POL");
    EXPECT_DOUBLE_EQ(obs[2].value, 4.12);
    EXPECT_TRUE(obs[2].estimate);
    // Version 5: each row keeps its source text, now stored once in sources.
    EXPECT_EQ(obs[0].source.str(), "z");
    EXPECT_EQ(obs[1].source.str(), "y");
    EXPECT_EQ(obs[2].source.str(), "x");
    const auto info = store->info();
    const auto sources = std::find_if(info.row_counts.begin(), info.row_counts.end(),
                                      [](const auto& r) { return r.first == "sources"; });
    ASSERT_NE(sources, info.row_counts.end());
    EXPECT_EQ(sources->second, 3);
}

// Schema version 5 stores each source text once: the bundle's 11,691 observations cite 26 texts
// (data/nato/observations.csv's source column has 26 distinct values), and removing an imported
// edition forgets the texts only it cited.
TEST(sqlite_store, stores_each_source_text_once) {
    testing::TempDir dir;
    auto store = SqliteStore::open(dir.file("h.db"));
    (void)store->load(io::bundled_dataset(), "d1");
    const auto count = [&](std::string_view table) {
        for (const auto& [name, n] : store->info().row_counts)
            if (name == table)
                return n;
        return std::int64_t{-1};
    };
    EXPECT_EQ(count("observations"), 11691);
    EXPECT_EQ(count("sources"), 26);
    const auto e = store->reference().editions.back();
    auto rows = store->observations(e.id);
    Edition copy = e;
    copy.id = "2099-01";
    for (auto& o : rows)
        o.edition = copy.id;
    rows.front().source = SharedText("a text no other row cites");
    store->put_edition(copy, rows, false);
    EXPECT_EQ(count("sources"), 27);
    EXPECT_EQ(store->observations(copy.id).front().source.str(), "a text no other row cites");
    store->remove_edition(copy.id);
    EXPECT_EQ(count("sources"), 26);
    EXPECT_TRUE(store->check().empty());
}

TEST(sqlite_store, refuses_a_newer_schema) {
    testing::TempDir dir;
    const auto path = dir.file("h.db");
    (void)SqliteStore::open(path);
    raw_exec(path, "PRAGMA user_version = 99");
    EXPECT_EQ(error_of(path), "database: database '" + path +
                                  "' has schema version 99, newer than this hague " +
                                  "reads (5); upgrade hague or open another database");
}

TEST(sqlite_store, reports_a_corrupt_file_and_leaves_it_untouched) {
    testing::TempDir dir;
    const auto path = dir.file("h.db");
    {
        std::ofstream out(path, std::ios::binary);
        out << "this is not a database, but somebody's notes\n";
    }
    const auto before = slurp(path);
    const auto error = error_of(path);
    EXPECT_EQ(
        error.rfind("database: database '" + path + "' is corrupt or not a SQLite database", 0), 0u)
        << error;
    EXPECT_EQ(slurp(path), before);
}

TEST(sqlite_store, refuses_another_programs_database) {
    testing::TempDir dir;
    const auto path = dir.file("other.db");
    raw_exec(path, "CREATE TABLE notes (body TEXT)");
    const auto error = error_of(path);
    EXPECT_NE(error.find("is a SQLite database but not a hague database"), std::string::npos)
        << error;
}

TEST(sqlite_store, names_an_unwritable_directory) {
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes anywhere; the CLI test covers a path under a regular file";
    testing::TempDir dir;
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_read |
                                                 std::filesystem::perms::owner_exec);
    const auto error = error_of(dir.file("h.db"));
    EXPECT_NE(error.find("is not writable"), std::string::npos) << error;
}

TEST(sqlite_store, names_a_directory_that_cannot_be_created) {
    testing::TempDir dir;
    {
        std::ofstream out(dir.file("plain-file"));
        out << "x";
    }
    const auto error = error_of(dir.file("plain-file") + "/sub/h.db");
    EXPECT_EQ(
        error.rfind("io: cannot create database directory '" + dir.file("plain-file") + "/sub'", 0),
        0u)
        << error;
}

TEST(sqlite_store, check_passes_on_a_sound_database) {
    testing::TempDir dir;
    auto store = SqliteStore::open(dir.file("h.db"));
    (void)store->load(io::bundled_dataset(), "d1");
    EXPECT_TRUE(store->check().empty());
}

TEST(sqlite_store, check_finds_an_observation_of_an_unknown_edition) {
    testing::TempDir dir;
    const auto path = dir.file("h.db");
    {
        auto store = SqliteStore::open(path);
        (void)store->load(io::bundled_dataset(), "d1");
    }
    raw_exec(path, "PRAGMA foreign_keys = OFF; INSERT INTO observations VALUES "
                   "('1999-01', 'DEU', 2020, 'share_gdp_pct', 1.0, 0, 1)");
    auto store = SqliteStore::open(path);
    const auto problems = store->check();
    ASSERT_FALSE(problems.empty());
    EXPECT_NE(
        std::find(problems.begin(), problems.end(), "observations: unknown edition '1999-01'"),
        problems.end());
}

// An observation that cites a source not stored (written with the foreign keys off) is damage:
// `db check` names it, and reading its edition says so instead of giving an empty source.
TEST(sqlite_store, an_observation_citing_a_missing_source_is_damage) {
    testing::TempDir dir;
    const auto path = dir.file("h.db");
    std::string id;
    {
        auto store = SqliteStore::open(path);
        (void)store->load(io::bundled_dataset(), "d1");
        id = store->reference().editions.back().id;
    }
    raw_exec(path, "PRAGMA foreign_keys = OFF; UPDATE observations SET source_id = 999 WHERE "
                   "entity = 'DEU' AND indicator = 'share_gdp_pct' AND year = 2020");
    auto store = SqliteStore::open(path);
    const auto problems = store->check();
    EXPECT_NE(std::find(problems.begin(), problems.end(), "observations: unknown source '999'"),
              problems.end());
    try {
        (void)store->observations(id);
        ADD_FAILURE() << "read an edition citing a missing source";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::DataIntegrity);
        EXPECT_NE(std::string(e.what()).find("cites source 999, which is not stored"),
                  std::string::npos)
            << e.what();
    }
}

} // namespace hague::store
