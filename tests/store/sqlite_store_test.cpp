#include <gtest/gtest.h>

#include <fstream>
#include <algorithm>
#include <iterator>

#include <unistd.h>

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

std::int64_t rows(const StoreInfo& info, const std::string& table) {
    for (const auto& [name, n] : info.row_counts)
        if (name == table)
            return n;
    return -1;
}

} // namespace

TEST(sqlite_store, loads_the_bundled_editions_in_one_go) {
    testing::TempDir dir;
    auto store = SqliteStore::open(dir.file("h.db"));
    const auto result = store->load(io::bundled_dataset(), "d1");
    EXPECT_EQ(result.editions_added, 3);
    const auto info = store->info();
    EXPECT_EQ(info.schema_version, current_schema_version());
    EXPECT_EQ(rows(info, "observations"), 11691); // observations.csv rows
    EXPECT_EQ(rows(info, "entities"), 34);        // 32 allies + NATO + NATO_EUROPE_CAN
    EXPECT_EQ(info.editions, (std::vector<std::string>{"2024-06", "2025-08", "2026-07"}));
    EXPECT_EQ(store->bundle_digest(), "d1");
}

TEST(sqlite_store, loading_again_changes_nothing) {
    testing::TempDir dir;
    auto store = SqliteStore::open(dir.file("h.db"));
    (void)store->load(io::bundled_dataset(), "d1");
    const auto again = store->load(io::bundled_dataset(), "d1");
    EXPECT_EQ(again.editions_added, 0);
    EXPECT_EQ(again.rows_changed, 0);
}

TEST(sqlite_store, a_new_bundle_keeps_stored_editions_and_refreshes_reference_data) {
    testing::TempDir dir;
    auto store = SqliteStore::open(dir.file("h.db"));
    (void)store->load(io::bundled_dataset(), "d1");
    const auto again = store->load(io::bundled_dataset(), "d2");
    EXPECT_EQ(again.editions_added, 0);
    EXPECT_EQ(rows(store->info(), "observations"), 11691);
    EXPECT_EQ(store->commitments().size(), 30u); // pledges.csv 3 + commitments.csv 27
}

TEST(sqlite_store, reads_back_a_real_value_with_its_flag_and_source) {
    testing::TempDir dir;
    auto store = SqliteStore::open(dir.file("h.db"));
    (void)store->load(io::bundled_dataset(), "d1");
    // observations.csv: 2026-07,DEU,2025,share_gdp_pct,2.22,true,...
    const auto obs = store->observations(
        {"2026-07", EntityCode::parse("DEU"), Year(2025), {"share_gdp_pct"}});
    ASSERT_EQ(obs.size(), 1u);
    EXPECT_DOUBLE_EQ(obs[0].value, 2.22);
    EXPECT_TRUE(obs[0].estimate);
    EXPECT_NE(obs[0].source.find("Table 3"), std::string::npos);
}

TEST(sqlite_store, a_failed_load_leaves_nothing_behind) {
    testing::TempDir dir;
    auto store = SqliteStore::open(dir.file("h.db"));
    auto d = io::bundled_dataset();
    d.observations.back().indicator = "no_such_indicator"; // violates the foreign key, last row
    EXPECT_THROW((void)store->load(d, "d1"), Error);
    const auto info = store->info();
    EXPECT_EQ(rows(info, "observations"), 0);
    EXPECT_EQ(rows(info, "editions"), 0);
    EXPECT_EQ(store->bundle_digest(), "");
}

// A database written by schema version 1 (before missing reasons had keys) is migrated to the
// current version in place, and the next load fills the new column.
TEST(sqlite_store, migrates_a_version_1_database) {
    testing::TempDir dir;
    const auto path = dir.file("v1.db");
    {
        std::string v1_sql(migrations()[0].sql);
        raw_exec(path, v1_sql + "PRAGMA user_version = 1;"
                               "INSERT INTO meta VALUES ('bundle_digest', 'old');"
                               "INSERT INTO missing_reasons VALUES (0, 'ISL', '*', '*', '*', 'x');");
    }
    auto store = SqliteStore::open(path);
    EXPECT_EQ(store->info().schema_version, current_schema_version());
    EXPECT_EQ(store->bundle_digest(), ""); // the migration asks for a reload
    const auto before = store->missing_reasons();
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].key, "");
    (void)store->load(io::bundled_dataset(), "d2");
    const auto after = store->missing_reasons();
    ASSERT_EQ(after.size(), 16u); // data/missing.csv rows
    EXPECT_EQ(after[0].key, "missing_no_armed_forces");
}

TEST(sqlite_store, refuses_a_newer_schema) {
    testing::TempDir dir;
    const auto path = dir.file("h.db");
    (void)SqliteStore::open(path);
    raw_exec(path, "PRAGMA user_version = 99");
    EXPECT_EQ(error_of(path),
              "database: database '" + path + "' has schema version 99, newer than this hague " +
                  "reads (2); upgrade hague or pass another --db");
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
    EXPECT_EQ(error.rfind("database: database '" + path + "' is corrupt or not a SQLite database", 0),
              0u)
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
    EXPECT_EQ(error.rfind("io: cannot create database directory '" + dir.file("plain-file") +
                              "/sub'",
                          0),
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
                   "('1999-01', 'DEU', 2020, 'share_gdp_pct', 1.0, 0, 'test')");
    auto store = SqliteStore::open(path);
    const auto problems = store->check();
    ASSERT_FALSE(problems.empty());
    EXPECT_NE(std::find(problems.begin(), problems.end(),
                        "observations: unknown edition '1999-01'"),
              problems.end());
}

} // namespace hague::store
