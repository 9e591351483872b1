// End-to-end: runs the built `hague` binary as a user would, from a directory with no data files.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
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
                                "' LC_ALL=C.UTF-8 " + env + " '" HAGUE_BINARY "' " + args + " >'" +
                                out + "' 2>'" + err + "'";
        const int status = std::system(cmd.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, slurp(out), slurp(err)};
    }
};

int lines(const std::string& s) {
    return static_cast<int>(std::count(s.begin(), s.end(), '\n'));
}

} // namespace

// A plan projects one ally: no "NATO" or "EU allies" row that is Germany under another name.
TEST_F(CliTest, a_plans_projection_has_no_group_rows) {
    const auto r = hague("project --scenario " + std::string(HAGUE_EXAMPLES) + "/germany.toml");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("DEU   Germany"), std::string::npos) << r.out;
    for (const char* group : {"NATO  ", "Europe and Canada", "EU allies", "United States"})
        EXPECT_EQ(r.out.find(group), std::string::npos) << group << "\n" << r.out;
}

// NATO publishes two decimals: only 2dp is "as published".
TEST_F(CliTest, one_decimal_rounding_is_not_called_as_published) {
    const auto r = hague("status --year 2024 --rounding 1dp");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("rounded to 1 decimal (--rounding 1dp); NATO publishes 2."),
              std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("as published"), std::string::npos);
}

TEST_F(CliTest, status_prints_the_summary_of_the_newest_edition) {
    const auto r = hague("status --year 2024");
    ASSERT_EQ(r.code, 0) << r.err;
    // 31 members with a figure (Iceland has none, so it is named): 17 at or above 2%.
    EXPECT_NE(r.out.find("17 of the 31 allies with a figure are at or above 2% in 2024 (2026-07 "
                         "edition); no figure for Iceland."),
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
    // A source line names the publication and its date (editions.csv: 2026-07 published
    // 2026-07-10).
    EXPECT_NE(r.out.find("edition 2026-07, published 10 July 2026, Tables 3, 2."),
              std::string::npos)
        << r.out;
}

TEST_F(CliTest, show_csv_is_long_and_names_the_source) {
    const auto r = hague("show EST --indicator share_gdp_pct --format csv");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("edition,ally,indicator,unit,nato_table,year,value,estimate,source,name,"
                          "missing_reason\n",
                          0),
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
    EXPECT_NE(
        hague("allies --year 2019").out.find("29 allies in NATO in 2019, 22 of them in the EU."),
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
    EXPECT_EQ(j["schema_version"], 5); // schema.cpp: migrations 1 to 5
    EXPECT_EQ(j["row_counts"]["observations"], 11691);
    EXPECT_EQ(j["row_counts"]["sources"], 26); // distinct texts of observations.csv's source
    r = hague("db check");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("ok: integrity check passed"), std::string::npos);
}

TEST_F(CliTest, database_path_follows_xdg_data_home) {
    const auto r = hague("db info --format json",
                         "HAGUE_DB= XDG_DATA_HOME='" + dir_.path().string() + "/xdg'");
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

// A setting of the execution error under a GDP-only rule would be ignored: it is refused.
TEST_F(CliTest, an_execution_setting_under_another_rule_is_refused) {
    auto r = hague("simulate --rule share --calibration changes-2014 --paths 100");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: --calibration 'changes-2014' applies only to rule execution (the rule "
                     "is share)\n");
    r = hague("simulate --rule budget --execution-error level --paths 100");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: --execution-error 'level' applies only to rule execution (the rule "
                     "is budget)\n");
    EXPECT_EQ(hague("simulate --execution-error level --paths 100").code, 0);
    // One path is "1 path" (an ICU plural), in every language.
    EXPECT_NE(hague("simulate --paths 1").out.find(", 1 path (edition 2026-07)"),
              std::string::npos);
    EXPECT_NE(hague("--lang de simulate --paths 1").out.find(", 1 Pfad (Ausgabe 2026-07)"),
              std::string::npos);
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

// ---- analytics (issue 3): the JSON contract and the exit code of each bad input ----

TEST_F(CliTest, gap_json_carries_currency_in_field_names) {
    const auto r = hague("gap --currency EUR --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["edition"], "2026-07");
    EXPECT_EQ(j["currency"], "EUR");
    EXPECT_DOUBLE_EQ(j["target_pct"].get<double>(), 3.5);
    const auto& first = j["allies"][0]; // SVN 1.61, the lowest share in 2026
    EXPECT_EQ(first["ally"], "SVN");
    EXPECT_NEAR(first["gap_pp"].get<double>(), 1.89, 1e-9);
    EXPECT_TRUE(first.contains("gap_eur_m"));
    EXPECT_EQ(j["groups"][0]["group"], "nato");
    EXPECT_TRUE(j["groups"][0].contains("gap_eur_m"));
}

// The gap's notes say what its totals count (2026-07, 2026): 31 allies have a share (all but
// Iceland); 26 are below 3.5% (all but GRC 3.65, POL 4.68, LVA 4.92, EST 5.10, LTU 5.33). The
// totals leave Iceland out, by name. A group has no ISO code: its id is not printed.
TEST_F(CliTest, gap_says_what_its_totals_count) {
    const auto r = hague("gap");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("26 of the 31 allies with a figure are below 3.5%.\n"), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("NATO: total of 31 of its 32 members; no figure for Iceland.\n"),
              std::string::npos);
    EXPECT_NE(r.out.find("Thresholds compare the share rounded to 2 decimals as published "
                         "(--rounding 2dp)."),
              std::string::npos);
    EXPECT_EQ(r.out.find("members have a gap"), std::string::npos);
    EXPECT_EQ(r.out.find("\nnorth_america "), std::string::npos);
    EXPECT_EQ(r.out.find("\nnato "), std::string::npos);
    const auto j = nlohmann::json::parse(hague("gap --format json --rounding raw").out);
    EXPECT_EQ(j["rounding"], "raw");
    EXPECT_EQ(j["groups"][0]["members_without_money"], nlohmann::json::array({"ISL"}));
}

// diff --min-change: the threshold as the language writes it, with its unit. 2025-08 -> 2026-07,
// share of GDP (observations.csv): 388 pairs both publish; 5 moved by 0.25 or more: EST 2025
// +0.55, ALB 2025 -0.53, ALB 2023 -0.46, ALB 2024 -0.35, FIN 2024 -0.2937.
TEST_F(CliTest, diff_min_change_is_written_in_the_language_with_its_unit) {
    auto r = hague("diff 2025-08 2026-07 --indicator share_gdp_pct --min-change 0.25");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("5 values revised by at least 0.25 in % of GDP (of 388 that both editions "
                         "publish)"),
              std::string::npos)
        << r.out;
    r = hague("diff 2025-08 2026-07 --min-change 0.3 --lang de");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("um mindestens 0,3 in der Einheit des jeweiligen Indikators revidiert"),
              std::string::npos)
        << r.out;
}

// gap --allies: one ally is named, not counted ("1 of the 1 allies"), and nothing is said of
// groups it does not show. 2026-07: Poland 4.68% e is above 3.5%; Germany 2.69% e below it.
TEST_F(CliTest, gap_for_one_ally_names_it) {
    auto r = hague("gap --allies POL");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("\nPoland: at or above 3.5%, no gap.\n"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find(" of the 1 "), std::string::npos);
    EXPECT_EQ(r.out.find("Group totals"), std::string::npos);
    r = hague("gap --allies Deutschland --lang de --currency NC");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("\nDeutschland: unter 3,5\u00a0%.\n"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("Gruppen mischen"), std::string::npos);
    EXPECT_EQ(hague("gap --allies Atlantis").code, 2); // an ally that does not exist: bad input
}

// --rounding is refused where no share is compared with a threshold, as any option that would
// change nothing (exit 2, usage); the charts that compare shares take it.
TEST_F(CliTest, rounding_is_refused_where_it_would_change_nothing) {
    for (const char* command : {"chart trend DEU", "chart burden"}) {
        const auto r = hague(std::string(command) + " --rounding raw");
        EXPECT_EQ(r.code, 2) << command;
        EXPECT_NE(r.err.find("--rounding raw has no effect on 'hague "), std::string::npos)
            << command << ": " << r.err;
    }
    // A declared use case without the field does not list --rounding in its --help, and refuses
    // it by name after the command; before the command (where every global option is accepted)
    // it says the option would change nothing.
    for (const char* command : {"show DEU", "facts", "path DEU", "project", "allies", "editions"}) {
        const std::string name = std::string(command).substr(0, std::string(command).find(' '));
        auto r = hague(std::string(command) + " --rounding raw");
        EXPECT_EQ(r.code, 2) << command;
        EXPECT_NE(r.err.find("'hague " + name + "' takes no option --rounding (see 'hague " + name +
                             " --help')"),
                  std::string::npos)
            << command << ": " << r.err;
        EXPECT_EQ(hague(name + " --help").out.find("--rounding"), std::string::npos) << command;
        r = hague("--rounding raw " + std::string(command));
        EXPECT_EQ(r.code, 2) << command;
        EXPECT_NE(r.err.find("--rounding raw has no effect on 'hague " + name + "'"),
                  std::string::npos)
            << command << ": " << r.err;
    }
    EXPECT_NE(hague("status --help").out.find("--rounding"), std::string::npos);
    EXPECT_NE(hague("--lang de allies --rounding raw").err.find("kennt keine Option --rounding"),
              std::string::npos);
    EXPECT_EQ(hague("chart gap --rounding raw").code, 0);
    EXPECT_EQ(hague("chart map --rounding 1dp").code, 0);
    EXPECT_EQ(hague("gap --rounding 1dp").code, 0);
}

// Every text table fits 100 columns, in every language (its notes are sentences and are not
// wrapped: they are copied into articles). The table is what lies between the title and the first
// blank line after the last rule.
TEST_F(CliTest, every_table_fits_100_columns_in_every_language) {
    const auto columns = [](const std::string& line) { // terminal columns: one per code point
        return static_cast<std::size_t>(std::count_if(line.begin(), line.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    };
    const std::string commands[] = {"status",
                                    "facts",
                                    "gap",
                                    "show DEU",
                                    "show POL",
                                    "path all",
                                    "share",
                                    "project",
                                    "compare",
                                    "editions",
                                    "allies",
                                    "plan check " + std::string(HAGUE_EXAMPLES) + "/germany.toml",
                                    "diff 2024-06 2026-07",
                                    "simulate --paths 2000"};
    for (const char* lang : {"en", "de", "nl", "fr", "es", "pt"})
        for (const auto& command : commands) {
            const auto r = hague(command + " --lang " + lang);
            ASSERT_EQ(r.code, 0) << command << ": " << r.err;
            std::vector<std::string> lines;
            std::size_t start = 0;
            while (start < r.out.size()) {
                const auto end = r.out.find('\n', start);
                lines.push_back(r.out.substr(start, end - start));
                start = end + 1;
            }
            std::size_t last_rule = 0;
            for (std::size_t i = 0; i < lines.size(); ++i)
                if (!lines[i].empty() && lines[i].find_first_not_of('-') == std::string::npos)
                    last_rule = i;
            for (std::size_t i = 1; i < lines.size() && (i <= last_rule || !lines[i].empty()); ++i)
                EXPECT_LE(columns(lines[i]), 100u) << command << " --lang " << lang << ":\n"
                                                   << lines[i];
        }
}

// A commitment for the baseline year is judged by the ally's own figure (commitments.csv:
// Czechia 2.2% for 2026; 2026-07: 2.01% e), and its kind and English note are worded for the
// reader.
TEST_F(CliTest, a_commitment_for_the_baseline_year_is_met_or_not_by_the_allys_figure) {
    EXPECT_NE(
        hague("path CZE")
            .out.find("National target 2.20% by 2026: not met (2.01% e in 2026), -0.19 points."),
        std::string::npos);
    EXPECT_NE(hague("path EST --lang de")
                  .out.find("Nationales Ziel 5,00\u00a0% bis 2026: erreicht (5,10\u00a0% e im Jahr "
                            "2026), +0,10 Prozentpunkte. Anmerkung (auf Englisch): "),
              std::string::npos);
}

// Source lines cite as an editor prints them: the publisher, the publication, its date, the
// table; SIPRI by its database and the years of its release (sipri.csv: the 1949-2024 file),
// never the repository a copy was read from; no file of hague's is cited.
TEST_F(CliTest, source_lines_cite_publications_not_files) {
    const auto compare = hague("compare").out;
    EXPECT_NE(compare.find("published 10 July 2026, Tables 2 and 3; SIPRI Military Expenditure "
                           "Database (1949-2024)."),
              std::string::npos)
        << compare;
    EXPECT_EQ(compare.find("github.com"), std::string::npos);
    for (const char* command :
         {"path DEU", "chart trend DEU", "chart fan --paths 1000", "status"}) {
        const auto out = hague(command).out;
        EXPECT_EQ(out.find("commitments.csv"), std::string::npos) << command;
        EXPECT_EQ(out.find("docs/"), std::string::npos) << command;
        EXPECT_EQ(out.find("(seed "), std::string::npos) << command;
    }
}

// An ally may be named by its code in any case or by its name in any of the six languages,
// ignoring case and accents; a name that is no ally is refused as before.
TEST_F(CliTest, allies_are_named_in_any_language) {
    for (const char* name : {"Polen", "Pologne", "polonia", "Polónia", "pol", "Poland"}) {
        const auto r = hague(std::string("show '") + name + "' --indicator share_gdp_pct");
        EXPECT_EQ(r.code, 0) << name << ": " << r.err;
        EXPECT_EQ(r.out.rfind("Poland (POL), edition 2026-07", 0), 0u) << name;
    }
    EXPECT_EQ(hague("path Allemagne").out.rfind("Path to 3.50% of GDP by 2035: Germany (DEU)", 0),
              0u);
    EXPECT_EQ(hague("chart trend 'Verenigd Koninkrijk' Turkiye").code, 0);
    const auto r = hague("show Narnia");
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("unknown ally 'Narnia'"), std::string::npos);
}

// Reasons are in the reader's language too: the engine's generated ones by their pattern (edition
// 2025-08 has shares but no GDP for 2024), data/missing.csv's by key.
TEST_F(CliTest, reasons_speak_the_language) {
    const auto fr = hague("gap --edition 2025-08 --year 2024 --lang fr").out;
    EXPECT_NE(
        fr.find("Allemagne (DEU)\u00a0: l’édition 2025-08 ne donne pas de PIB à prix courants "
                "pour DEU en 2024 (tableau 5)."),
        std::string::npos)
        << fr;
    EXPECT_EQ(fr.find("has no"), std::string::npos);
    const auto de = hague("path all --lang de").out;
    EXPECT_NE(de.find("Island (ISL): Island hat keine Streitkräfte"), std::string::npos) << de;
}

// A chart takes the reader's subset, emphasis and words: --allies (codes, names, NATO, EU: the 23
// EU allies of 2026), --highlight, --title, --subtitle, --note, --byline.
TEST_F(CliTest, a_chart_takes_a_subset_emphasis_and_the_readers_words) {
    const auto r =
        hague("chart shares --allies DEU,Frankreich,NATO --highlight DEU --title 'Who pays?' "
              "--subtitle 'Three bars' --note 'Our note.' --byline 'Jane Doe'");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("<title id=\"shares-title\">Who pays?</title>"), std::string::npos);
    EXPECT_NE(r.out.find(">Three bars</text>"), std::string::npos);
    EXPECT_NE(r.out.find(">Our note.</text>"), std::string::npos);
    EXPECT_NE(r.out.find("Chart: Jane Doe. Source: NATO"), std::string::npos);
    std::size_t bars = 0, dimmed = 0, pos = 0;
    while ((pos = r.out.find("<g class=\"bar\"", pos)) != std::string::npos) {
        ++bars;
        const auto line = r.out.substr(pos, r.out.find('\n', pos) - pos);
        dimmed += line.find("opacity=\"0.3\"") != std::string::npos;
        ++pos;
    }
    EXPECT_EQ(bars, 3u);   // DEU, FRA, NATO Total
    EXPECT_EQ(dimmed, 2u); // all but DEU
    const auto eu = hague("chart gap --allies EU --format csv");
    ASSERT_EQ(eu.code, 0) << eu.err;
    EXPECT_NE(eu.out.find(",bar,DEU,Germany,"), std::string::npos);
    EXPECT_EQ(eu.out.find(",USA,"), std::string::npos);
    EXPECT_EQ(hague("chart burden --allies DEU").code, 2);
    EXPECT_EQ(hague("chart shares --allies Narnia").code, 2);
    EXPECT_EQ(hague("chart trend DEU NATO_EUROPE_CAN --highlight DEU").code, 0);
}

// A count over one ally is no "1 of the 1 allies": the 2025-08 edition gives one 2025 equipment
// share, Sweden's 35.83% e (observations.csv), at least 20%.
TEST_F(CliTest, a_count_over_one_ally_names_it) {
    const auto r = hague("status --edition 2025-08");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Only one ally has an equipment figure: Sweden (at least 20% of its "
                         "defence expenditure on major equipment)."),
              std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("of the 1 allies"), std::string::npos);
}

// French typography where the code joins items: a no-break space before ; and : (Belgium's two
// commitments in the path table; a year's counts in diff).
TEST_F(CliTest, french_separators_the_code_writes_keep_the_no_break_space) {
    EXPECT_NE(
        hague("path all --lang fr").out.find("2,00\u00a0% 2025\u00a0: niveau atteint\u00a0; "),
        std::string::npos);
    EXPECT_NE(
        hague("diff 2025-08 2026-07 --lang fr").out.find("  2024\u00a0: 2\u00a0% 18 -> 17\u00a0; "),
        std::string::npos);
}

TEST_F(CliTest, path_json_has_the_documented_fields) {
    const auto r = hague("path DEU --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto p = nlohmann::json::parse(r.out)["paths"][0];
    EXPECT_EQ(p["ally"], "DEU");
    EXPECT_EQ(p["baseline_year"], 2026);
    EXPECT_DOUBLE_EQ(p["baseline_share_pct"].get<double>(), 2.69);
    EXPECT_NEAR(p["required_pp_per_year"].get<double>(), 0.09, 1e-12); // (3.5 - 2.69) / 9
    EXPECT_NEAR(p["review_2029_pct"].get<double>(), 2.96, 1e-12);
    EXPECT_EQ(p["path"][3]["year"], 2029);
    EXPECT_EQ(p["commitments"][0]["standing"], "ahead");
}

TEST_F(CliTest, plan_check_prints_the_verdict) {
    const auto r = hague("plan check '" HAGUE_EXAMPLES "/spain.toml' --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["verdict"], "insufficient");
}

TEST_F(CliTest, diff_counts_are_in_json) {
    const auto r = hague("diff 2025-08 2026-07 --indicator share_gdp_pct --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    bool seen = false;
    for (const auto& c : j["counts"])
        if (c["year"] == 2024) {
            EXPECT_EQ(c["old_at_or_above_2pct"], 18);
            EXPECT_EQ(c["new_at_or_above_2pct"], 17);
            seen = true;
        }
    EXPECT_TRUE(seen);
}

TEST_F(CliTest, share_facts_and_compare_run) {
    EXPECT_EQ(hague("share --format csv").code, 0);
    const auto facts = hague("facts --format csv"); // one line a fact: no wrapping
    EXPECT_EQ(facts.code, 0) << facts.err;
    EXPECT_NE(facts.out.find("Largest revision of a share of GDP since 2025-08"),
              std::string::npos);
    EXPECT_NE(facts.out.find("europe_canada_at_targets_against_russia_usd_m,"), std::string::npos);
    const auto compare = hague("compare");
    EXPECT_EQ(compare.code, 0) << compare.err;
    EXPECT_NE(compare.out.find("SIPRI’s broader definition"), std::string::npos);
}

// Allies that joined after --from have no path from it, and the table says so rather than leaving
// them out: Montenegro 2017, North Macedonia 2020, Finland 2023, Sweden 2024 (data/allies.csv).
// With no volatility nothing is uncertain: the title and the notes say so, and the probabilities
// are 0 or 1 (Denmark's 3.49% e held times e^-0.0382 is below 3.5%: 0.0%).
TEST_F(CliTest, a_simulation_without_volatility_does_not_call_itself_uncertain) {
    const auto r = hague("simulate --volatility-scale 0 --paths 100");
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("today’s share held, no uncertainty (volatility set to 0), 100 paths"),
              std::string::npos);
    EXPECT_EQ(r.out.find("uncertain,"), std::string::npos);
    EXPECT_NE(r.out.find("every path is the projection’s money times e^b"), std::string::npos);
    // Nor do the other notes: nothing "varies", nothing is log-normal or estimated from paths.
    for (const auto* rule : {"execution", "share", "budget"}) {
        const auto each =
            hague(std::string("simulate --volatility-scale 0 --paths 100 --rule ") + rule);
        ASSERT_EQ(each.code, 0) << each.err;
        for (const auto* said : {"varies", "log-normal", "estimated from the paths", "sqrt(p(1-p)"})
            EXPECT_EQ(each.out.find(said), std::string::npos) << rule << ": " << said;
    }
    EXPECT_NE(r.out.find("\nSpending: in 2035, nominal USD at the baseline’s exchange rates.\n"),
              std::string::npos);
}

TEST_F(CliTest, path_from_before_an_accession_says_who_joined_later) {
    const auto r = hague("path --from 2014");
    EXPECT_EQ(r.code, 0) << r.err;
    for (const char* said : {"Finland (FIN) joined NATO in 2023: no path from 2014.",
                             "Montenegro (MNE) joined NATO in 2017: no path from 2014.",
                             "North Macedonia (MKD) joined NATO in 2020: no path from 2014.",
                             "Sweden (SWE) joined NATO in 2024: no path from 2014."})
        EXPECT_NE(r.out.find(said), std::string::npos) << said;
    // From 2024 only Sweden (a member from 2024) is in: nobody joined later.
    EXPECT_EQ(hague("path --from 2024").out.find("joined NATO"), std::string::npos);
}

TEST_F(CliTest, analytics_bad_input_exits_2_with_one_line) {
    const std::pair<const char*, const char*> cases[] = {
        {"gap --target 150", "hague: --target 150 must be above 0 and at most 100"},
        {"gap --currency CHF", "hague: --currency 'CHF' is not one of USD, EUR, NC\n"},
        {"gap --prices nominal", "hague: --prices 'nominal' is not one of current, constant\n"},
        {"path --from 2036",
         "hague: --from 2036 is not before 2035, the year of the Hague target\n"},
        {"path --target half", "hague: --target 'half' is not one of core (3.5%), total (5%)\n"},
        {"path XYZ", "hague: unknown ally 'XYZ'"},
        {"share --group 'Odd=DEU,XYZ'", "hague: --group 'Odd': 'XYZ' is not an ally"},
        {"share --group 'Empty='", "hague: --group 'Empty' has no members"},
        {"diff 2019-01 2026-07", "hague: unknown edition '2019-01'"},
        {"diff 2026-07 2026-07", "hague: OLD and NEW are the same edition '2026-07'\n"},
        {"diff 2025-08 2026-07 --min-change -1", "hague: --min-change -1 is negative"},
    };
    for (const auto& [args, message] : cases) {
        const auto r = hague(args);
        EXPECT_EQ(r.code, 2) << args;
        EXPECT_EQ(lines(r.err), 1) << args << ": " << r.err;
        EXPECT_EQ(r.err.rfind(message, 0), 0u) << args << ": " << r.err;
    }
}

TEST_F(CliTest, plan_errors_name_the_file) {
    {
        std::ofstream out(dir_.file("bad.toml"));
        out << "ally = \"DEU\"\n[[core]]\nyear = 2029\n";
    }
    auto r = hague("plan check bad.toml");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: bad.toml:2: [[core]] entry for 2029 needs exactly one of "
                     "'share_gdp_pct' and 'spending_nc_m'\n");
    r = hague("plan check missing.toml");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "hague: cannot read plan 'missing.toml': No such file or directory\n");
}

// ---- projections (issue 5) ----

TEST_F(CliTest, simulate_json_names_seed_model_and_results) {
    const auto r = hague("simulate --paths 2000 --threads 2 --scenario linear --rule budget "
                         "--format json");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, ""); // no progress bar when stderr is not a terminal
    const auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["seed"], 20250625);
    EXPECT_EQ(j["paths"], 2000);
    EXPECT_EQ(j["rule"], "budget");
    EXPECT_TRUE(j["model"].contains("rho"));
    EXPECT_EQ(j["results"][0]["ally"], "ALB");
    EXPECT_TRUE(j["results"][0]["share_pct"].contains("p95"));
    EXPECT_TRUE(j["assumptions"].contains("inflation_pct"));
}

TEST_F(CliTest, simulate_same_seed_same_numbers_for_any_threads) {
    const auto one = hague("simulate --paths 5000 --threads 1 --rule budget --format csv");
    const auto two = hague("simulate --paths 5000 --threads 2 --rule budget --format csv");
    ASSERT_EQ(one.code, 0) << one.err;
    // Every figure alike; only the `threads` column (what the run used, as in the JSON) differs.
    const auto without_threads = [](const std::string& csv) {
        std::istringstream in(csv);
        std::string out, line;
        std::size_t at = std::string::npos;
        while (std::getline(in, line)) {
            std::vector<std::string> cells;
            std::istringstream split(line);
            for (std::string c; std::getline(split, c, ',');)
                cells.push_back(c);
            if (at == std::string::npos)
                at = static_cast<std::size_t>(std::find(cells.begin(), cells.end(), "threads") -
                                              cells.begin());
            if (at < cells.size())
                cells.erase(cells.begin() + static_cast<std::ptrdiff_t>(at));
            for (const auto& c : cells)
                out += c + ",";
            out += "\n";
        }
        return out;
    };
    EXPECT_NE(one.out.find(",threads,"), std::string::npos);
    EXPECT_EQ(without_threads(one.out), without_threads(two.out));
}

// The CSV says which figures are exact, as the JSON does: under rule execution each ally (and the
// group of one ally, usa) is log-normal with standard error 0; a group of several is estimated
// from the paths, with histogram percentiles. Rules share and budget estimate every entity.
TEST_F(CliTest, simulate_csv_names_exact_figures_and_percentile_method) {
    auto split_lines = [](const std::string& text) {
        std::vector<std::string> lines;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            lines.push_back(line);
        }
        return lines;
    };
    auto r = hague("simulate --paths 2000 --threads 1 --format csv");
    ASSERT_EQ(r.code, 0) << r.err;
    auto rows = split_lines(r.out);
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows[0].rfind("entity,group,exact,year,probability_at_or_above,", 0), 0u) << rows[0];
    EXPECT_NE(rows[0].find(",share_pct_p95,share_pct_percentiles,spending_usd_m_mean,"),
              std::string::npos);
    EXPECT_NE(rows[0].find(",spending_usd_m_p95,spending_usd_m_percentiles,check_year,"),
              std::string::npos);
    auto row_of = [&](std::string_view prefix) -> std::string {
        for (const auto& row : rows)
            if (row.rfind(prefix, 0) == 0)
                return row;
        return {};
    };
    // `group` is a group's id, as in the JSON; an ally's row leaves it empty and names the ally
    // in `ally` (and in `entity`, as it always has).
    const auto deu = row_of("DEU,,");
    ASSERT_FALSE(deu.empty()) << r.out;
    EXPECT_EQ(deu.rfind("DEU,,true,2035,", 0), 0u) << deu;
    EXPECT_NE(
        deu.find(",DEU,Germany,2026-07,status-quo,execution,2000,20250625,1,3.5,2dp,3.495,2035"),
        std::string::npos)
        << deu;
    EXPECT_NE(deu.find(",lognormal,"), std::string::npos) << deu;
    const auto usa = row_of("usa,usa,");
    EXPECT_EQ(usa.rfind("usa,usa,true,2035,", 0), 0u) << usa;
    const auto nato = row_of("nato,nato,");
    EXPECT_EQ(nato.rfind("nato,nato,false,2035,", 0), 0u) << nato;
    EXPECT_NE(nato.find(",histogram,"), std::string::npos) << nato;

    r = hague("simulate --paths 2000 --threads 1 --rule budget --format csv");
    ASSERT_EQ(r.code, 0) << r.err;
    rows = split_lines(r.out);
    EXPECT_NE(rows[0].find(",cost_usd_m_p95,cost_usd_m_percentiles,check_year,"),
              std::string::npos);
    EXPECT_EQ(row_of("DEU,,").rfind("DEU,,false,2035,", 0), 0u);
}

// An ally left out of a projection is named, with the data's own reason where it is known
// (data/missing.csv: Iceland has no armed forces), not only "no share of GDP in 2026".
TEST_F(CliTest, an_ally_left_out_of_a_projection_gives_the_known_reason) {
    const std::string said = "Iceland (ISL): not projected (Iceland has no armed forces; NATO "
                             "publishes no defence expenditure for it).\n";
    for (const char* command : {"project", "simulate --paths 100"}) {
        const auto r = hague(command);
        ASSERT_EQ(r.code, 0) << r.err;
        EXPECT_NE(r.out.find(said), std::string::npos) << command;
    }
    const auto j = nlohmann::json::parse(hague("project --format json").out);
    EXPECT_EQ(j["skipped"][0]["ally"], "ISL");
    EXPECT_EQ(j["skipped"][0]["reason"],
              "Iceland has no armed forces; NATO publishes no defence expenditure for it");
}

// path --check names every ally it cannot check, with the reason: 2025-08 has no 2025 share for
// nine allies (Denmark, Finland, Germany, Iceland, Montenegro, the Netherlands, the Slovak
// Republic, Slovenia, Sweden: data/missing.csv), so 32 - 9 = 23 are checked. A check of no ally
// counts nothing: no "0 of 0".
TEST_F(CliTest, path_check_names_the_allies_it_cannot_check) {
    auto r = hague("path --check 2025-08 2026-07");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find(" of 23 allies behind their path in 2026-07’s last year."),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("Germany (DEU): the 2025 edition's 2025 estimate was not found in any "
                         "source read"),
              std::string::npos);
    EXPECT_NE(r.out.find("Slovak Republic (SVK): "), std::string::npos);
    EXPECT_NE(r.out.find("Iceland (ISL): Iceland has no armed forces"), std::string::npos);
    const auto j = nlohmann::json::parse(hague("path --check 2025-08 2026-07 --format json").out);
    EXPECT_EQ(j["allies"].size(), 23u);
    EXPECT_EQ(j["skipped"].size(), 9u);
    r = hague("path DEU --check 2024-06 2025-08");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.find("0 of 0"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("Germany (DEU): the 2025 edition's 2025 estimate"), std::string::npos);
    // One ally checked: "of 1 ally", singular, in the languages whose noun follows the total.
    // Germany: path from 2.12 in 2024 (2024-06), outturn 2.69% e in 2026 (2026-07), ahead.
    r = hague("path DEU --check 2024-06 2026-07");
    EXPECT_NE(r.out.find("0 of 1 ally behind their path in 2026-07’s last year."),
              std::string::npos)
        << r.out;
    r = hague("path DEU --check 2024-06 2026-07 --lang es");
    EXPECT_NE(r.out.find("0 de 1 aliado por debajo de su senda"), std::string::npos) << r.out;
}

// A group none of whose members is counted (Iceland publishes no spending: no armed forces) has
// no figures: its sums and ratios are missing (null, empty, "-"), never 0 (0 / 0 is no share).
TEST_F(CliTest, share_group_with_no_member_counted_has_no_figures) {
    const auto j = nlohmann::json::parse(hague("share --group X=ISL --format json").out);
    const auto& groups = j["groups"];
    const auto x =
        std::find_if(groups.begin(), groups.end(), [](const auto& g) { return g["group"] == "X"; });
    ASSERT_NE(x, groups.end());
    EXPECT_EQ((*x)["members_counted"], 0);
    for (const char* field : {"share_of_alliance_gdp_pct", "share_of_alliance_spending_pct",
                              "share_gdp_pct", "gdp_usd_m", "spending_usd_m"})
        EXPECT_TRUE((*x)[field].is_null()) << field;
    const auto csv = hague("share --group X=ISL --format csv").out;
    EXPECT_NE(csv.find("\n2026-07,2026,current,X,X,ISL,0,,,,,,,"), std::string::npos) << csv;
}

// simulate names the outlook file it projected with, as project does: one override (Germany,
// 2030) in the JSON's assumptions and in the table's notes.
TEST_F(CliTest, simulate_names_its_outlook_file) {
    {
        std::ofstream out(dir_.file("outlook.csv"));
        out << "iso3,year,real_growth_pct,inflation_pct\nDEU,2030,5,3\n";
    }
    const auto file = dir_.file("outlook.csv");
    const auto j = nlohmann::json::parse(
        hague("simulate --paths 300 --outlook " + file + " --format json").out);
    EXPECT_EQ(j["assumptions"]["outlook_file"], file);
    EXPECT_EQ(j["assumptions"]["outlook_overrides"], 1);
    const auto r = hague("simulate --paths 300 --outlook " + file);
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Outlook file " + file + ": 1 ally-year overrides the defaults."),
              std::string::npos)
        << r.out;
}

// A diff of values neither edition publishes (Iceland: no armed forces) counts nothing: it says
// there is nothing in common to compare, not "0 values revised (of 0 ...)".
TEST_F(CliTest, diff_with_nothing_in_common_counts_nothing) {
    const auto r = hague("diff 2025-08 2026-07 --allies ISL");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("The two editions have no value in common to compare."), std::string::npos)
        << r.out;
    EXPECT_EQ(r.out.find("of 0"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("0 values"), std::string::npos) << r.out;
}

TEST_F(CliTest, project_csv_has_every_year) {
    const auto r = hague("project --scenario commitments --format csv");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("2026-07,commitments,ally,DEU,2029,3.5,"), std::string::npos);
}

TEST_F(CliTest, projection_bad_input_exits_2_with_one_line) {
    const std::pair<const char*, const char*> cases[] = {
        {"simulate --paths 60000000", "hague: --paths 60000000 is outside 1-50000000\n"},
        {"simulate --paths 0", "hague: --paths 0 is outside 1-50000000\n"},
        {"simulate --rule random",
         "hague: --rule 'random' is not one of execution, share, budget\n"},
        {"simulate --calibration vibes", "hague: --calibration 'vibes' is not one of revisions, "
                                         "revisions-all, changes-2014, changes-2022\n"},
        {"simulate --execution-error drift",
         "hague: --execution-error 'drift' is not one of walk, level\n"},
        {"simulate --rounding 3dp", "hague: --rounding '3dp' is not one of raw, 2dp, 1dp\n"},
        {"project --growth-years 2015", "hague: --growth-years '2015' is not FIRST-LAST"},
        {"project --growth-years 2010-2024",
         "hague: growth years 2010-2024 are not within 2015-2024"},
        {"project --growth-exclude 2020,twenty",
         "hague: --growth-exclude '2020,twenty' is not a list of years"},
        {"simulate --sigma DEU", "hague: --sigma 'DEU' is not ISO3=PERCENT (such as DEU=1.5)\n"},
        {"simulate --sigma XYZ=1", "hague: 'XYZ=1' does not name a projected ally"},
        {"project --scenario rosy", "hague: --scenario 'rosy' is not one of status-quo"},
        {"project --from 2040", "hague: --from 2040 is not before 2035"},
    };
    for (const auto& [args, message] : cases) {
        const auto r = hague(args);
        EXPECT_EQ(r.code, 2) << args;
        EXPECT_EQ(lines(r.err), 1) << args << ": " << r.err;
        EXPECT_EQ(r.err.rfind(message, 0), 0u) << args << ": " << r.err;
    }
}

// ---- languages (issue 4, first table) ----

// Golden files: the 2024 status of the 2026-07 edition in each language, reviewed by a person.
// HAGUE_UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
TEST_F(CliTest, status_table_matches_its_golden_file_in_each_language) {
    for (const char* lang : {"en", "nl", "de", "fr", "es", "pt"}) {
        const auto r = hague(std::string("status --year 2024 --edition 2026-07 --lang ") + lang);
        ASSERT_EQ(r.code, 0) << lang << ": " << r.err;
        const std::string golden = HAGUE_GOLDEN "/status_2024." + std::string(lang) + ".txt";
        if (std::getenv("HAGUE_UPDATE_GOLDEN")) {
            std::ofstream(golden, std::ios::binary) << r.out;
            continue;
        }
        EXPECT_EQ(r.out, slurp(golden)) << lang;
    }
}

TEST_F(CliTest, language_comes_from_the_environment_and_json_stays_neutral) {
    const auto de = hague("status --year 2024", "LC_ALL=de_DE.UTF-8");
    EXPECT_NE(de.out.find("17 der 31 Verbündeten mit einer Angabe liegen im Jahr 2024 bei "
                          "mindestens 2\u00a0% des BIP"),
              std::string::npos)
        << de.out;
    const auto json_de = hague("status --year 2024 --lang de --format json");
    const auto json_en = hague("status --year 2024 --format json");
    EXPECT_EQ(json_de.out, json_en.out);
    const auto bad = hague("status --lang it");
    EXPECT_EQ(bad.code, 2);
    EXPECT_EQ(bad.err, "hague: --lang 'it' is not one of en, nl, de, fr, es, pt\n");
}

// ---- charts and the report (issue 4) ----

// Golden files: the shares chart of 2024 (2026-07) in each language, looked at by a person
// (docs/charts.md). HAGUE_UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
TEST_F(CliTest, shares_chart_matches_its_golden_file_in_each_language) {
    for (const char* lang : {"en", "nl", "de", "fr", "es", "pt"}) {
        const auto file = dir_.file(std::string("shares.") + lang + ".svg");
        const auto r = hague(std::string("chart shares --year 2024 --edition 2026-07 --lang ") +
                             lang + " -o '" + file + "'");
        ASSERT_EQ(r.code, 0) << lang << ": " << r.err;
        EXPECT_EQ(r.out, "");
        const std::string golden = HAGUE_GOLDEN "/chart_shares_2024." + std::string(lang) + ".svg";
        if (std::getenv("HAGUE_UPDATE_GOLDEN")) {
            std::ofstream(golden, std::ios::binary) << slurp(file);
            continue;
        }
        EXPECT_EQ(slurp(file), slurp(golden)) << lang;
    }
}

TEST_F(CliTest, chart_writes_stdout_without_o_and_replaces_a_file_whole) {
    const auto r = hague("chart burden --year 2024");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("<svg xmlns=", 0), 0u);
    const auto file = dir_.file("burden.svg");
    std::ofstream(file) << "old content that is longer than nothing";
    ASSERT_EQ(hague("chart burden --year 2024 -o burden.svg").code, 0);
    EXPECT_EQ(slurp(file), r.out);
}

// The extension of -o says the format: a .png is a PNG, a .csv the chart's rows; --format says it
// for stdout. (The gap chart of 2026-07 starts with the United States, AppTest works out why.)
TEST_F(CliTest, chart_writes_png_and_csv_by_extension_or_format) {
    ASSERT_EQ(hague("chart gap -o gap.png --scale 2").code, 0);
    const auto png = slurp(dir_.file("gap.png"));
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    ASSERT_EQ(hague("chart gap -o gap.csv").code, 0);
    const auto csv = slurp(dir_.file("gap.csv"));
    EXPECT_EQ(csv.rfind("edition,year,target_pct,prices,shown_as,ally,", 0), 0u) << csv;
    const auto r = hague("chart gap --format csv");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, csv);
    // Every chart format the help names works with --format to stdout, for every kind: a check
    // of the table formats (table, csv, json) once refused svg and png before the chart was drawn.
    for (const char* kind : {"shares", "gap", "burden", "map", "fan --paths 100", "trend DEU"}) {
        const auto svg = hague(std::string("chart ") + kind + " --format svg");
        ASSERT_EQ(svg.code, 0) << kind << ": " << svg.err;
        EXPECT_EQ(svg.out.rfind("<svg ", 0), 0u) << kind;
        const auto png_out = hague(std::string("chart ") + kind + " --format png");
        ASSERT_EQ(png_out.code, 0) << kind << ": " << png_out.err;
        EXPECT_EQ(png_out.out.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8)) << kind;
    }
}

// hague import: a dry run shows what it would store and what it revises; a refusal is one line
// on stderr and exit 1 (the data) or 2 (the command line); export then import round-trips.
TEST_F(CliTest, import_dry_run_refusals_and_a_round_trip) {
    const std::string workbook = HAGUE_DATA "/nato/raw/nato-2024-06-tables.xlsx";
    // The dry run of an import that would be refused shows everything and fails like it.
    auto r = hague("import " + workbook + " --edition t --dry-run");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "hague: edition t would not be stored: 3 consistency checks fail (listed "
                     "above); --accept-warnings stores it with them as its notes\n");
    EXPECT_NE(r.out.find("Edition t: 5,005 values for 2014–2024 (estimates: 2023, 2024)"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("Published: 2024-06-14."), std::string::npos);
    EXPECT_NE(r.out.find("Revisions from edition 2024-06 to edition t"), std::string::npos);
    EXPECT_NE(r.out.find("Dry run: nothing was stored."), std::string::npos);
    r = hague("import " + workbook + " --edition t --dry-run --accept-warnings");
    EXPECT_EQ(r.code, 0) << r.err;
    // A bundled edition is not replaced; a pipe is not read.
    r = hague("import " + workbook + " --edition 2024-06 --replace --accept-warnings");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: edition 2024-06 is bundled with hague and cannot be replaced; import "
                     "under another id (it is compared with 2024-06 all the same)\n");
    ASSERT_EQ(::mkfifo(dir_.file("pipe.xlsx").c_str(), 0600), 0);
    r = hague("import pipe.xlsx --edition p");
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "hague: 'pipe.xlsx' is not a file or a directory (a pipe or a device cannot be "
              "imported)\n");
    r = hague("import " + workbook + " --edition t");
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "hague: edition t was not stored: 3 consistency checks fail (listed above); "
                     "--accept-warnings stores it with them as its notes\n");
    r = hague("import " + workbook);
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "hague: --edition is needed for a workbook: the id the new edition will have "
                     "(such as 2027-07)\n");
    r = hague("import " + workbook + " --edition t --accept-warnings --format json");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("\"outcome\": \"stored\""), std::string::npos);
    EXPECT_EQ(hague("editions remove 2024-06").code, 2);
    ASSERT_EQ(hague("export --edition t -o exported").code, 0);
    r = hague("import exported --edition t2 --accept-warnings");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("Revisions from edition 2024-06 to edition t2"), std::string::npos);
    EXPECT_EQ(hague("editions remove t2").code, 0);
    EXPECT_EQ(hague("editions remove t2").err,
              "hague: no edition 't2' is stored (see 'hague editions')\n");
}

// Output that cannot be written is an error (exit 1, one line), never a silent success: a full
// device, and a closed stdout.
TEST_F(CliTest, output_that_cannot_be_written_is_an_error) {
    ASSERT_EQ(hague("status").code, 0); // the database exists
    for (const char* redirect : {">/dev/full", ">&-"}) {
        const auto err = dir_.file("stderr");
        const std::string cmd = "cd '" + dir_.path().string() + "' && env HAGUE_DB='" + db_ +
                                "' LC_ALL=C.UTF-8 '" HAGUE_BINARY "' status " + redirect + " 2>'" +
                                err + "'";
        const int status = std::system(cmd.c_str());
        EXPECT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 1) << redirect;
        const auto text = slurp(err);
        EXPECT_EQ(text.rfind("hague: cannot write to standard output: ", 0), 0u) << text;
        EXPECT_EQ(lines(text), 1) << text;
    }
}

// -o onto a symbolic link writes the file it names and leaves the link a link; a link to nothing
// is refused with its reason (exit 1), and creates nothing.
TEST_F(CliTest, o_onto_a_symbolic_link_writes_through_it) {
    const auto real = dir_.file("real.svg"), link = dir_.file("link.svg");
    { std::ofstream(real) << "old"; }
    std::filesystem::create_symlink("real.svg", link);
    const auto r = hague("chart shares -o '" + link + "'");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(std::filesystem::is_symlink(link));
    EXPECT_EQ(slurp(real).rfind("<svg", 0), 0u);
    const auto dangling = dir_.file("dangling.svg");
    std::filesystem::create_symlink("missing.svg", dangling);
    const auto d = hague("chart shares -o '" + dangling + "'");
    EXPECT_EQ(d.code, 1);
    EXPECT_EQ(d.err, "hague: cannot write '" + dangling + "': No such file or directory\n");
    EXPECT_FALSE(std::filesystem::exists(dir_.file("missing.svg")));
}

// -o onto a pipe or a character device writes through it; the node stays what it was.
TEST_F(CliTest, o_onto_a_pipe_or_device_writes_through_it) {
    const auto fifo = dir_.file("chart.svg");
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    // A reader on the pipe, so that the writer does not wait forever.
    const std::string cmd = "cat '" + fifo + "' > '" + dir_.file("read.txt") + "' &";
    ASSERT_EQ(std::system(cmd.c_str()), 0);
    const auto r = hague("chart burden --year 2024 -o chart.svg");
    EXPECT_EQ(r.code, 0) << r.err;
    // Should hague not have opened the pipe, release the reader.
    const int unblock = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
    if (unblock >= 0)
        ::close(unblock);
    struct stat st {};
    ASSERT_EQ(::stat(fifo.c_str(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
    EXPECT_EQ(hague("chart burden --year 2024 -o /dev/null").code, 0);
    ASSERT_EQ(::stat("/dev/null", &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode));
}

/// A command line, the exit code it must give and the one line it must print on stderr.
struct BadInput {
    std::string args;
    int code;
    std::string err;
    std::string env = "";
};

TEST_F(CliTest, chart_and_report_reject_bad_input_with_one_line) {
    std::filesystem::create_directory(dir_.file("occupied"));
    std::ofstream(dir_.file("occupied/file.txt")) << "a reporter's notes";
    const BadInput cases[] = {
        {"chart pie", 2,
         "hague: chart kind 'pie' is not one of shares, trend, gap, burden, fan, map\n"},
        {"chart shares --lang it", 2, "hague: --lang 'it' is not one of en, nl, de, fr, es, pt\n"},
        {"chart shares -o .", 2,
         "hague: -o '.' is a directory; give a file name such as chart.svg\n"},
        {"chart shares -o no/such/dir/x.svg", 1,
         "hague: cannot write 'no/such/dir/x.svg': No such file or directory\n"},
        {"chart shares -o x.jpg", 2, "hague: -o 'x.jpg' does not end in .svg, .png or .csv\n"},
        {"chart shares -o x", 2, "hague: -o 'x' does not end in .svg, .png or .csv\n"},
        {"chart shares --format table", 2, "hague: --format 'table' is not one of svg, png, csv\n"},
        {"chart shares --format png -o x.svg", 2,
         "hague: --format png contradicts -o 'x.svg' (give one of them)\n"},
        {"chart shares -o x.png --scale 0", 2, "hague: --scale 0 is outside 1-4\n"},
        {"site", 2, "hague: --output is required (see 'hague site --help')\n"},
        {"site -o occupied", 2,
         "hague: -o 'occupied' is not empty and holds no hague site (site.json); give a new or "
         "empty directory\n"},
        {"site -o occupied/file.txt", 2,
         "hague: -o 'occupied/file.txt' is a file; give a new or empty directory\n"},
        {"report --trend DEU,FRA,GBR,ITA,ESP,POL,NLD,BEL -o r.html", 2,
         "hague: --trend names 8 allies; the trend chart draws at most 7\n"},
    };
    for (const auto& c : cases) {
        const auto r = hague(c.args, c.env);
        EXPECT_EQ(r.code, c.code) << c.args;
        EXPECT_EQ(r.err, c.err) << c.args;
    }
    EXPECT_FALSE(std::filesystem::exists(dir_.file("r.html")));
    EXPECT_EQ(slurp(dir_.file("occupied/file.txt")), "a reporter's notes");
}

TEST_F(CliTest, report_writes_one_html_file_in_the_language_asked) {
    const auto r = hague("report --lang pt --paths 500 -o relatorio.html");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto html = slurp(dir_.file("relatorio.html"));
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"pt\">", 0), 0u);
    EXPECT_NE(html.find("Os números principais"), std::string::npos);
    // No temporary file is left beside it.
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir_.path()))
        files += e.path().filename().string().rfind(".relatorio", 0) == 0 ? 1 : 0;
    EXPECT_EQ(files, 0);
}

// --lang is accepted by every command, before or after it.
TEST_F(CliTest, every_command_takes_lang) {
    for (const char* cmd : {"editions", "allies", "show DEU", "status", "gap", "path DEU", "share",
                            "diff 2025-08 2026-07", "facts", "compare", "project",
                            "simulate --paths 100", "db info"}) {
        const auto r = hague(std::string(cmd) + " --lang de");
        EXPECT_EQ(r.code, 0) << cmd << ": " << r.err;
        const auto before = hague(std::string("--lang xx ") + cmd);
        EXPECT_EQ(before.code, 2) << cmd;
        EXPECT_EQ(before.err, "hague: --lang 'xx' is not one of en, nl, de, fr, es, pt\n") << cmd;
    }
}

// Every command's table speaks the language; CSV and JSON do not change with it.
TEST_F(CliTest, every_table_is_translated_and_machine_formats_are_not) {
    // DEU 2026 gap: 3.5% of 5,455,980 m USD less its 147,002 m = 43,957 m (French grouping:
    // narrow spaces).
    const auto gap = hague("gap --lang fr --edition 2026-07");
    ASSERT_EQ(gap.code, 0) << gap.err;
    EXPECT_NE(gap.out.find("Écart par rapport à 3,5\u00a0% du PIB en 2026 (édition 2026-07)"),
              std::string::npos)
        << gap.out;
    EXPECT_NE(gap.out.find("43\u202f957"), std::string::npos) << gap.out;
    // Iceland's reason comes from data/missing.csv through its message key.
    EXPECT_NE(
        hague("gap --lang de")
            .out.find(
                "Island (ISL): Island hat keine Streitkräfte; die NATO veröffentlicht für Island "
                "keine Verteidigungsausgaben"),
        std::string::npos);
    const auto share = hague("share --lang es --year 2024");
    EXPECT_NE(share.out.find("Reparto de la carga en 2024"), std::string::npos) << share.out;
    const auto path = hague("path DEU --lang de");
    EXPECT_NE(path.out.find("2029 (Überprüfung)"), std::string::npos) << path.out;
    const auto editions = hague("editions --lang nl");
    EXPECT_NE(editions.out.find("NAVO-edities in de database"), std::string::npos);
    const auto facts = hague("facts --lang pt");
    EXPECT_NE(facts.out.find("Ficha: despesa com a defesa da OTAN em 2026"), std::string::npos);
    for (const char* cmd : {"gap", "share", "facts", "diff 2025-08 2026-07", "path all"}) {
        EXPECT_EQ(hague(std::string(cmd) + " --format csv --lang de").out,
                  hague(std::string(cmd) + " --format csv").out)
            << cmd;
        EXPECT_EQ(hague(std::string(cmd) + " --format json --lang fr").out,
                  hague(std::string(cmd) + " --format json").out)
            << cmd;
    }
}

// Errors in the reader's language, with the same exit code; an unsupported --lang is itself
// reported in the language of the environment.
TEST_F(CliTest, errors_speak_the_language) {
    const BadInput cases[] = {
        {"show XXX --lang fr", 2,
         // French typography: a no-break space (U+00A0) before : and ;.
         "hague: allié inconnu 'XXX' (attendu\u00a0: un code ISO3 comme DEU, ou NATO ou "
         "NATO_EUROPE_CAN\u00a0; voir 'hague allies')\n"},
        {"status --format xml", 2, "hague: --format 'xml' ist keines von table, csv, json\n",
         "LC_ALL=de_DE.UTF-8"},
        {"status --lang it", 2, "hague: --lang 'it' no es ninguno de en, nl, de, fr, es, pt\n",
         "LC_ALL=es_ES.UTF-8"},
        {"chart shares -o no/such/dir/x.svg --lang nl", 1,
         "hague: kan 'no/such/dir/x.svg' niet schrijven: No such file or directory\n"},
        {"db", 2,
         "hague: 'hague db' braucht einen Befehl (info, check, repair; siehe 'hague db --help')\n",
         "LC_ALL=de_DE.UTF-8"},
    };
    for (const auto& c : cases) {
        const auto r = hague(c.args, c.env);
        EXPECT_EQ(r.code, c.code) << c.args;
        EXPECT_EQ(r.err, c.err) << c.args;
    }
}

// `--check` takes exactly its two editions: an ally after them is the command's positional
// argument, not a third value (was "At Most 2 required but received 3"). Unknown options are
// named with the command whose help lists the valid ones, before or after the command.
TEST_F(CliTest, path_check_takes_the_ally_after_its_two_editions) {
    const auto after = hague("path --check 2024-06 2026-07 DEU --format csv");
    ASSERT_EQ(after.code, 0) << after.err;
    const auto before = hague("path DEU --check 2024-06 2026-07 --format csv");
    ASSERT_EQ(before.code, 0) << before.err;
    EXPECT_EQ(after.out, before.out);
    EXPECT_NE(after.out.find("\n2024-06,2026-07,DEU,"), std::string::npos) << after.out;
    EXPECT_EQ(after.out.find(",POL,"), std::string::npos); // Germany's only
    EXPECT_EQ(hague("--bogus status").err,
              "hague: 'hague' takes no option --bogus (see 'hague --help')\n");
    EXPECT_EQ(hague("status --bogus").err,
              "hague: 'hague status' takes no option --bogus (see 'hague status --help')\n");
}
