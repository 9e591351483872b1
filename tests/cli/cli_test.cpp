// End-to-end: runs the built `hague` binary as a user would, from a directory with no data files.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include "support/temp_dir.hpp"

namespace {

struct RunResult {
    int code = -1;
    std::string out;
    std::string err;
};

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

class CliTest : public ::testing::Test {
  protected:
    hague::testing::TempDir dir_;
    std::string db_ = dir_.file("hague.db");

    /// Runs `hague ARGS` in the temp dir, with HAGUE_DB pointing into it unless env overrides.
    RunResult hague(const std::string& args, const std::string& env = "") {
        const auto out = dir_.file("stdout"), err = dir_.file("stderr");
        const std::string cmd = "cd '" + dir_.path().string() + "' && env HAGUE_DB='" + db_ +
                                "' " + env + " '" HAGUE_BINARY "' " + args + " >'" + out +
                                "' 2>'" + err + "'";
        const int status = std::system(cmd.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
    }
};

int lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

} // namespace

TEST_F(CliTest, status_prints_the_summary_of_the_newest_edition) {
    const auto r = hague("status --year 2024");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("17 of 31 allies at or above 2% in 2024 (2026-07 edition)."),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("Iceland (ISL): Iceland has no armed forces"), std::string::npos);
    EXPECT_NE(r.out.find("--rounding 2dp"), std::string::npos);
    EXPECT_EQ(r.err, "");
}

TEST_F(CliTest, status_json_is_the_documented_contract) {
    const auto r = hague("status --year 2024 --edition 2024-06 --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["edition"], "2024-06");
    EXPECT_EQ(j["year"], 2024);
    EXPECT_EQ(j["rounding"], "2dp");
    EXPECT_EQ(j["summary"]["reporting"], 31);
    EXPECT_EQ(j["summary"]["at_or_above_2pct"], 23); // hand count in tests/app/service_test.cpp
    EXPECT_EQ(j["summary"]["at_or_above_3_5pct"], 1);
    const auto& pol = j["allies"][0]; // 2024-06 POL 2024 = 4.120190989357147, the highest
    EXPECT_EQ(pol["ally"], "POL");
    EXPECT_DOUBLE_EQ(pol["share_gdp_pct"].get<double>(), 4.120190989357147);
    EXPECT_EQ(pol["estimate"], true); // 2024 is an estimate year of the 2024 edition
    EXPECT_EQ(pol["meets_2pct"], true);
    EXPECT_EQ(pol["meets_3_5pct"], true);
    EXPECT_TRUE(pol.contains("equipment_share_pct"));
    EXPECT_TRUE(pol.contains("meets_20pct_equipment"));
    const auto& isl = j["allies"].back();
    EXPECT_EQ(isl["ally"], "ISL");
    EXPECT_TRUE(isl["share_gdp_pct"].is_null());
    EXPECT_TRUE(isl["meets_2pct"].is_null());
}

TEST_F(CliTest, global_options_work_before_the_subcommand_too) {
    const auto r = hague("--format csv --edition 2026-07 status --year 2024");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("edition,year,rounding,kind,ally,name,share_gdp_pct,", 0), 0u);
    // 2026-07 POL 2024 = 3.75, not an estimate, equipment 42.9 (observations.csv).
    EXPECT_NE(r.out.find("2026-07,2024,2dp,ally,POL,Poland,3.75,false,42.9,false,true,true,true,"),
              std::string::npos)
        << r.out;
}

TEST_F(CliTest, rounding_option_is_named_in_the_output) {
    const auto r = hague("status --edition 2024-06 --year 2016 --rounding raw --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["rounding"], "raw");
    EXPECT_EQ(j["summary"]["at_or_above_3_5pct"], 0); // USA 3.49608... is below 3.5 raw
}

TEST_F(CliTest, show_marks_estimates_and_prints_units) {
    const auto r = hague("show DEU --indicator share_gdp_pct --indicator exp_usd_current_m");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("% of GDP"), std::string::npos);
    EXPECT_NE(r.out.find("million USD"), std::string::npos);
    EXPECT_NE(r.out.find("2.22 e"), std::string::npos) << r.out; // 2026-07 DEU 2025e
    EXPECT_NE(r.out.find("Table 3"), std::string::npos);
}

TEST_F(CliTest, show_csv_is_long_and_names_the_source) {
    const auto r = hague("show EST --indicator share_gdp_pct --format csv");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("edition,ally,indicator,unit,nato_table,year,value,estimate,source\n", 0),
              0u);
    EXPECT_EQ(lines(r.out), 14); // header + 2014..2026
    EXPECT_NE(r.out.find("2026-07,EST,share_gdp_pct,% of GDP,Table 3,2026,5.1,true,"),
              std::string::npos);
}

TEST_F(CliTest, allies_gives_eu_membership_in_a_year) {
    const auto r = hague("allies --year 2019 --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["allies"].size(), 32u);
    for (const auto& a : j["allies"]) {
        if (a["ally"] == "GBR") {
            EXPECT_EQ(a["eu_member"], true); // left in 2020
        }
        if (a["ally"] == "FIN") {
            EXPECT_EQ(a["nato_member"], false); // joined in 2023
        }
    }
    // NATO in 2019: 32 less MKD (2020), FIN (2023), SWE (2024) = 29. EU members among them: the
    // 24 allies with an EU accession year, less FIN and SWE = 22 (GBR is in until 2019).
    EXPECT_NE(hague("allies --year 2019").out.find("29 allies in NATO in 2019, 22 of them in the EU."),
              std::string::npos);
}

TEST_F(CliTest, editions_lists_all_three) {
    const auto r = hague("editions --format csv");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(lines(r.out), 4);
    EXPECT_NE(r.out.find("\n2026-07,Defence Expenditure of NATO Countries (2014-2026),2026-07-10,"
                         "2014,2026,2025;2026,2021,"),
              std::string::npos);
}

TEST_F(CliTest, db_info_and_check) {
    auto r = hague("db info --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["path"], db_);
    EXPECT_EQ(j["schema_version"], 1);
    EXPECT_EQ(j["row_counts"]["observations"], 11691);
    r = hague("db check");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("ok: integrity check passed"), std::string::npos);
}

TEST_F(CliTest, database_path_follows_xdg_data_home) {
    const auto r = hague("db info --format json", "HAGUE_DB= XDG_DATA_HOME='" +
                                                      dir_.path().string() + "/xdg'");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["path"], dir_.path().string() + "/xdg/hague/hague.db");
}

TEST_F(CliTest, version_names_the_program) {
    const auto r = hague("--version");
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(r.out.rfind("hague 0.1.0 (SQLite ", 0), 0u) << r.out;
}

// Bad input: one line on stderr naming the value and what would be valid; exit 2 (usage) or 1.
TEST_F(CliTest, unknown_ally_points_to_hague_allies) {
    const auto r = hague("show XYZ");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: unknown ally 'XYZ' (expected an ISO3 code such as DEU, or NATO or "
                     "NATO_EUROPE_CAN; see 'hague allies')\n");
    EXPECT_EQ(r.out, "");
}

TEST_F(CliTest, year_outside_the_edition_gives_its_years) {
    const auto r = hague("status --year 1990");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: --year 1990 is not in edition 2026-07, which covers 2014-2026\n");
}

TEST_F(CliTest, year_that_is_not_a_number) {
    const auto r = hague("status --year 20x4");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(lines(r.err), 1);
    EXPECT_NE(r.err.find("20x4"), std::string::npos) << r.err;
}

TEST_F(CliTest, unknown_edition_lists_the_editions) {
    const auto r = hague("status --edition 2030-01");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: unknown edition '2030-01' (editions: 2024-06, 2025-08, 2026-07; see "
                     "'hague editions')\n");
}

TEST_F(CliTest, bad_format_and_rounding_name_the_valid_values) {
    auto r = hague("status --format xml");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: --format 'xml' is not one of table, csv, json\n");
    r = hague("status --rounding 3dp");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: --rounding '3dp' is not one of raw, 2dp, 1dp\n");
}

TEST_F(CliTest, unknown_subcommand_and_missing_argument_are_usage_errors) {
    auto r = hague("frobnicate");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(lines(r.err), 1);
    EXPECT_NE(r.err.find("frobnicate"), std::string::npos) << r.err;
    r = hague("show");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(lines(r.err), 1);
    EXPECT_NE(r.err.find("ally"), std::string::npos) << r.err;
}

TEST_F(CliTest, corrupt_database_is_reported_and_kept) {
    {
        std::ofstream out(db_);
        out << "not a database\n";
    }
    const auto r = hague("status");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lines(r.err), 1);
    EXPECT_EQ(r.err.rfind("hague: database '" + db_ + "' is corrupt or not a SQLite database", 0),
              0u)
        << r.err;
    EXPECT_EQ(slurp(db_), "not a database\n");
}

TEST_F(CliTest, unwritable_database_directory_names_the_path) {
    {
        std::ofstream out(dir_.file("file"));
        out << "x";
    }
    const auto r = hague("status --db '" + dir_.file("file") + "/hague.db'");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "hague: cannot create database directory '" + dir_.file("file") +
                         "': Not a directory\n");
}
