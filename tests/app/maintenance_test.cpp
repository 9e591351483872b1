// `db check` against the bundled data, values validated before use, and `db repair` (issue 9,
// item 6). Each case tampers with a fresh database the way a careless or hostile hand would.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include <sqlite3.h>

#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "support/temp_dir.hpp"

namespace hague::app {
namespace {

void raw_exec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    EXPECT_EQ(rc, SQLITE_OK) << (message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
}

bool has_line(const std::vector<std::string>& lines, const std::string& wanted) {
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

bool has_text(const std::vector<std::string>& lines, const std::string& part) {
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

/// A database seeded from the bundle, then tampered with by `sql`.
struct Tampered {
    testing::TempDir dir;
    std::string path = dir.file("h.db");
    explicit Tampered(const std::string& sql) {
        (void)Service::open(path).db_check(); // create and seed
        raw_exec(path, sql);
    }
    [[nodiscard]] Service service() const { return Service::open(path); }
};

/// Germany's share of GDP in 2025, edition 2026-07, through `status`.
double germany_2025(const Service& s) {
    StatusRequest r;
    r.common.edition = "2026-07";
    r.year = 2025;
    for (const auto& row : s.status(r).status.allies)
        if (row.ally.str() == "DEU" && row.share_gdp_pct)
            return row.share_gdp_pct->value;
    return -1;
}

const char* germany_share =
    "entity = 'DEU' AND indicator = 'share_gdp_pct' AND year = 2025 AND edition = '2026-07'";

TEST(db_check, a_fresh_database_passes) {
    Tampered t("SELECT 1");
    EXPECT_TRUE(t.service().db_check().problems.empty());
}

// data/nato/observations.csv: 2026-07,DEU,2025,share_gdp_pct,2.22,true.
TEST(db_check, a_changed_value_is_named_with_both_figures_and_repaired) {
    Tampered t(std::string("UPDATE observations SET value = 9.99 WHERE ") + germany_share);
    const auto s = t.service();
    EXPECT_EQ(germany_2025(s), 9.99); // plausible, so used: only the check can tell
    const auto problems = s.db_check().problems;
    EXPECT_TRUE(has_line(problems, "edition 2026-07: DEU share_gdp_pct 2025 is 9.99 in the "
                                   "database, 2.22 in the bundled data"))
        << ::testing::PrintToString(problems);
    const auto repaired = s.db_repair();
    EXPECT_EQ(repaired.before.size(), 1u);
    EXPECT_TRUE(repaired.after.empty());
    EXPECT_TRUE(s.db_check().problems.empty());
    EXPECT_EQ(germany_2025(s), 2.22);
}

// France's share series in 2024-06 covers 2014-2024: 11 rows, each named as missing; a reload
// would not bring them back (the edition is "already stored"), the repair does.
TEST(db_check, deleted_rows_are_missing_and_the_repair_restores_them) {
    Tampered t("DELETE FROM observations WHERE entity = 'FRA' AND indicator = 'share_gdp_pct' "
               "AND edition = '2024-06'");
    const auto s = t.service();
    const auto problems = s.db_check().problems;
    EXPECT_EQ(problems.size(), 11u) << ::testing::PrintToString(problems);
    EXPECT_TRUE(has_text(problems, "edition 2024-06: FRA share_gdp_pct 2014 is missing"));
    (void)s.db_repair();
    EXPECT_TRUE(s.db_check().problems.empty());
}

// A value of the wrong type or outside its domain never reaches a figure: reading it is a data
// integrity error (exit 1), and the check names the row.
TEST(db_check, text_infinity_and_negative_shares_are_refused_before_use) {
    for (const auto* value : {"'abc'", "1e999", "-5"}) {
        Tampered t(std::string("UPDATE observations SET value = ") + value + " WHERE " +
                   germany_share);
        const auto s = t.service();
        try {
            (void)germany_2025(s);
            ADD_FAILURE() << value << " was used";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::DataIntegrity) << value;
        }
        const auto problems = s.db_check().problems;
        EXPECT_FALSE(problems.empty()) << value;
        (void)s.db_repair();
        EXPECT_TRUE(s.db_check().problems.empty()) << value;
        EXPECT_EQ(germany_2025(s), 2.22) << value;
    }
}

// Each is also refused before use: a 500% pledge, a zero GDP (every share divides by it).
TEST(db_check, lower_cased_codes_impossible_years_and_impossible_reference_data_are_named) {
    const std::pair<const char*, const char*> cases[] = {
        {"PRAGMA foreign_keys = OFF; UPDATE observations SET entity = 'deu' WHERE entity = 'DEU'",
         "entity code is not in capitals"},
        {"UPDATE editions SET first_year = -5 WHERE id = '2024-06'",
         "years -5-2024 are not two years from 1949 to 2100 in order"},
        {"UPDATE editions SET last_year = 100000 WHERE id = '2026-07'",
         "years 2014-100000 are not two years"},
        {"DELETE FROM commitments", "commitments: 0 in the database"},
        {"UPDATE commitments SET target_pct = 500 WHERE position = 0",
         "NATO wales_spending: target 500"},
        {"UPDATE sipri SET milex_usd_current_m = 99999 WHERE country = 'RUS' AND year = 2024",
         "SIPRI: RUS 2024 differs from the bundled data (99999 against"},
        {"DELETE FROM sipri WHERE country = 'RUS'", "SIPRI: RUS 2024 is missing"},
        {"UPDATE sipri SET share_gdp_pct = 500 WHERE country = 'RUS' AND year = 2024",
         "SIPRI RUS 2024: a figure (500) is not a finite amount or share"},
        {"UPDATE editions SET constant_price_base = 1800 WHERE id = '2024-06'",
         "edition 2024-06: constant-price base 1800 is not a year"},
        {"UPDATE observations SET value = 0 WHERE entity = 'DEU' AND indicator = "
         "'gdp_usd_current_bn' AND year = 2024 AND edition = '2026-07'",
         "edition 2026-07: DEU gdp_usd_current_bn 2024 is 0 in the database"},
    };
    for (const auto& [sql, wanted] : cases) {
        Tampered t(sql);
        const auto s = t.service();
        EXPECT_TRUE(has_text(s.db_check().problems, wanted)) << sql;
        const auto repaired = s.db_repair();
        EXPECT_TRUE(repaired.after.empty()) << sql;
        EXPECT_TRUE(s.db_check().problems.empty()) << sql;
    }
}

// An impossible year read from the database is the database's fault, not the user's option.
TEST(db_check, an_impossible_stored_year_is_a_data_integrity_error) {
    Tampered t("UPDATE editions SET last_year = 100000 WHERE id = '2026-07'");
    try {
        (void)germany_2025(t.service());
        ADD_FAILURE() << "the year was used";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::DataIntegrity);
        EXPECT_NE(std::string(e.what()).find("year 100000 is outside 1949-2100"), std::string::npos)
            << e.what();
    }
}

} // namespace
} // namespace hague::app
