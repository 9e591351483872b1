// `hague import`, `export` and `editions remove` through the facade, on NATO's real 2024 workbook
// and the bundled editions.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "hague/app/service.hpp"
#include "support/service_fixture.hpp"

namespace hague::app {

namespace {

using ImportTest = hague::testing::ServiceFixture;

const std::string workbook = HAGUE_DATA "/nato/raw/nato-2024-06-tables.xlsx";

ImportRequest import_of(std::string path, std::string id) {
    ImportRequest r;
    r.path = std::move(path);
    r.edition = std::move(id);
    return r;
}

} // namespace

// The workbook of the 2024 edition, compared with the stored edition of the same years
// (2024-06, transcribed from it): no value revised, the same 2% and 3.5% counts every year. Three
// of Table 3's shares are NATO's round 2.00 where Tables 2 and 5 at 2015 prices give less
// (observations.csv, 2024-06): FRA 2020 100 x 48,039.36 / 2,418,677.36 = 1.9862; LTU 2019
// 100 x 961.98 / 48,221.71 = 1.9949; SVK 2024 100 x 2,118.30 / 106,498.26 = 1.9891, each more
// than 0.005 from 2.00.
TEST_F(ImportTest, a_dry_run_of_the_2024_workbook_revises_nothing_of_2024_06) {
    auto r = import_of(workbook, "test-2024");
    r.dry_run = true;
    const auto out = service_.import_edition(r);
    EXPECT_EQ(out.outcome, ImportOutcome::DryRun);
    EXPECT_EQ(out.observations, 5005u);
    ASSERT_TRUE(out.diff.has_value());
    EXPECT_EQ(out.diff->old_edition.id, "2024-06");
    EXPECT_TRUE(out.diff->revisions.empty());
    ASSERT_EQ(out.diff->counts.size(), 11u); // 2014-2024
    for (const auto& c : out.diff->counts) {
        ASSERT_TRUE(c.old_counts && c.new_counts);
        EXPECT_EQ(c.old_counts->at_or_above_spending, c.new_counts->at_or_above_spending);
        EXPECT_EQ(c.old_counts->at_or_above_core, c.new_counts->at_or_above_core);
    }
    ASSERT_EQ(out.findings.size(), 3u);
    EXPECT_EQ(out.findings[0].entity, "FRA");
    EXPECT_EQ(out.findings[0].year, 2020);
    EXPECT_EQ(out.findings[1].entity, "LTU");
    EXPECT_EQ(out.findings[2].entity, "SVK");
    // Nothing stored.
    EXPECT_EQ(service_.editions({}).editions.size(), 3u);
}

TEST_F(ImportTest, failing_checks_refuse_unless_accepted_and_then_become_notes) {
    const auto refused = service_.import_edition(import_of(workbook, "test-2024"));
    EXPECT_EQ(refused.outcome, ImportOutcome::Refused);
    EXPECT_EQ(refused.refusal_key, "err_import_findings");
    EXPECT_EQ(service_.editions({}).editions.size(), 3u);

    auto r = import_of(workbook, "test-2024");
    r.accept_warnings = true;
    const auto stored = service_.import_edition(r);
    EXPECT_EQ(stored.outcome, ImportOutcome::Stored);
    const auto editions = service_.editions({}).editions;
    ASSERT_EQ(editions.size(), 4u);
    const auto it = std::find_if(editions.begin(), editions.end(),
                                 [](const Edition& e) { return e.id == "test-2024"; });
    ASSERT_NE(it, editions.end());
    EXPECT_EQ(it->origin, Origin::Imported);
    EXPECT_EQ(std::count(it->notes.begin(), it->notes.end(), '\n'), 2); // three lines
    EXPECT_EQ(it->notes.rfind("FRA 2020: Table 3 gives a share of 2.00% where Tables 2 and 5 "
                              "give 1.99% (1.9862)",
                              0),
              0u);
    // Its figures are served like any edition's: Poland 2024, Table 3, 4.12 (rounded) e.
    StatusRequest s;
    s.common.edition = "test-2024";
    const auto status = service_.status(s);
    EXPECT_EQ(status.status.summary.at_or_above_spending, 23);

    // The same id again: refused unless --replace, which compares with the edition it replaces.
    EXPECT_EQ(service_.import_edition(r).refusal_key, "err_edition_exists");
    r.replace = true;
    const auto replaced = service_.import_edition(r);
    EXPECT_EQ(replaced.outcome, ImportOutcome::Stored);
    EXPECT_TRUE(replaced.replaces);
    EXPECT_EQ(replaced.diff->old_edition.id, "test-2024");
    EXPECT_TRUE(replaced.diff->revisions.empty());

    service_.remove_edition({"test-2024"});
    EXPECT_EQ(service_.editions({}).editions.size(), 3u);
    EXPECT_EQ(error_of([&] { service_.remove_edition({"2026-07"}); }),
              "invalid_input: edition 2026-07 is bundled with hague and cannot be removed (only "
              "imported editions can)");
}

// Export, then import: the same edition, figure for figure, flag for flag, source for source.
TEST_F(ImportTest, export_then_import_gives_back_the_same_edition) {
    ExportRequest what;
    what.common.edition = "2026-07";
    const auto exported = service_.export_edition(what);
    const auto dir = dir_.file("export");
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/editions.csv") << exported.editions_csv;
    std::ofstream(dir + "/observations.csv") << exported.observations_csv;
    auto r = import_of(dir, "copy");
    r.accept_warnings = true; // the transcription's rounding: see the findings, if any
    const auto out = service_.import_edition(r);
    ASSERT_EQ(out.outcome, ImportOutcome::Stored);
    EXPECT_TRUE(out.diff->revisions.empty());
    const auto original = service_.library().edition(std::string("2026-07"));
    const auto copy = service_.library().edition(std::string("copy"));
    ASSERT_EQ(original->observations().size(), copy->observations().size());
    for (std::size_t i = 0; i < original->observations().size(); ++i) {
        const auto& a = original->observations()[i];
        const auto& b = copy->observations()[i];
        EXPECT_EQ(a.entity, b.entity);
        EXPECT_EQ(a.indicator, b.indicator);
        EXPECT_EQ(a.year, b.year);
        EXPECT_EQ(a.value, b.value) << a.entity.str() << " " << a.indicator;
        EXPECT_EQ(a.estimate, b.estimate);
        EXPECT_EQ(a.source, b.source);
    }
    const auto& e = copy->edition();
    const auto& o = original->edition();
    EXPECT_EQ(e.title, o.title);
    EXPECT_EQ(e.published, o.published);
    EXPECT_EQ(e.first_year, o.first_year);
    EXPECT_EQ(e.last_year, o.last_year);
    EXPECT_EQ(e.estimate_years, o.estimate_years);
    EXPECT_EQ(e.constant_price_base, o.constant_price_base);
    EXPECT_EQ(e.source, o.source);
    EXPECT_EQ(e.coverage, o.coverage);
}

// SIPRI's workbook needs no edition: its Russia and China figures are those held (sipri.csv
// was read from the same file), so nothing differs; stored, `compare` cites the workbook.
TEST_F(ImportTest, sipris_workbook_updates_the_comparators) {
    ImportRequest r;
    r.path = HAGUE_DATA "/nato/raw/sipri-milex-1949-2024.xlsx";
    r.dry_run = true;
    const auto dry = service_.import_edition(r);
    EXPECT_EQ(dry.kind, "sipri");
    EXPECT_EQ(dry.sipri.size(), 22u);
    EXPECT_EQ(dry.sipri_changed, 0u);
    EXPECT_EQ(dry.outcome, ImportOutcome::DryRun);
    r.dry_run = false;
    EXPECT_EQ(service_.import_edition(r).outcome, ImportOutcome::Stored);
    const auto compare = service_.compare({});
    EXPECT_EQ(compare.sipri_source,
              "SIPRI Military Expenditure Database, workbook sipri-milex-1949-2024.xlsx");
}

// An edition in the CSV layout that is empty, not UTF-8, marks estimates other than its years,
// or has lost figures is refused or flagged; exported 2024-06 is the starting point each time.
TEST_F(ImportTest, a_damaged_csv_edition_is_refused_or_flagged) {
    ExportRequest what;
    what.common.edition = "2024-06";
    const auto exported = service_.export_edition(what);
    const auto write = [&](const std::string& name, const std::string& editions,
                           const std::string& observations) {
        const auto dir = dir_.file(name);
        std::filesystem::create_directories(dir);
        std::ofstream(dir + "/editions.csv") << editions;
        std::ofstream(dir + "/observations.csv") << observations;
        return dir;
    };
    const auto header =
        exported.observations_csv.substr(0, exported.observations_csv.find('\n') + 1);
    // No figures at all (a header only, or Excel's CR-only line ends read as one line).
    auto dir = write("empty", exported.editions_csv, header);
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(import_of(dir, "e")); }),
              "data_integrity: '" + dir + "' holds no figures: there is no edition to import");
    // A title in Latin-1 ("Défence").
    auto latin = exported.editions_csv;
    latin.replace(latin.find("Defence"), 7,
                  "D\xe9"
                  "fence");
    dir = write("latin", latin, exported.observations_csv);
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(import_of(dir, "e")); }),
              "data_integrity: '" + dir +
                  "': its title is not UTF-8 text (save the file as UTF-8)");
    // Belgium 2015 marked an estimate, which 2015 is not.
    auto flagged = exported.observations_csv;
    const auto row = flagged.find("2024-06,BEL,2015,");
    const auto comma = flagged.find(",false,", row);
    flagged.replace(comma, 7, ",true,");
    dir = write("flag", exported.editions_csv, flagged);
    EXPECT_EQ(error_of([&] {
                  (void)service_.import_edition(import_of(dir, "e"));
              }).rfind("data_integrity: observations.csv: BEL 2015 ", 0),
              0u);
    // Half the rows gone: a finding, against the stored edition of the same years.
    const auto half = exported.observations_csv.substr(0, exported.observations_csv.size() / 2);
    dir = write("half", exported.editions_csv, half.substr(0, half.rfind('\n') + 1));
    auto r = import_of(dir, "e");
    r.dry_run = true;
    const auto out = service_.import_edition(r);
    ASSERT_FALSE(out.findings.empty());
    EXPECT_EQ(out.findings.back().check, "values_dropped");
    EXPECT_EQ(out.refusal_key, "err_import_findings");
}

TEST_F(ImportTest, dates_and_options_that_do_not_apply_are_refused) {
    auto r = import_of(workbook, "x");
    r.published = "2099-02-30";
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(r); }),
              "invalid_input: published '2099-02-30' is not a date such as 2027-07-10");
    r.published = "1999-06-01";
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(r); }),
              "invalid_input: the publication date 1999-06-01 is before the edition's last year, "
              "2024");
    ImportRequest sipri;
    sipri.path = HAGUE_DATA "/nato/raw/sipri-milex-1949-2024.xlsx";
    sipri.edition = "x";
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(sipri); }),
              "invalid_input: edition does not apply to SIPRI's workbook (its figures replace "
              "those of the same country and year)");
}

TEST_F(ImportTest, bad_requests_name_the_value_and_what_would_be_valid) {
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(import_of(workbook, "bad id")); }),
              "invalid_input: edition 'bad id' is not an edition id (1 to 32 letters, digits, "
              "'.', '_' or '-', such as 2027-07)");
    auto no_id = import_of(workbook, "x");
    no_id.edition.reset();
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(no_id); }),
              "invalid_input: edition is needed for a workbook: the id the new edition will have "
              "(such as 2027-07)");
    auto bad_date = import_of(workbook, "x");
    bad_date.published = "2027-13-01";
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(bad_date); }),
              "invalid_input: published '2027-13-01' is not a date such as 2027-07-10");
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(import_of("/no/such.xlsx", "x")); }),
              "io: cannot read '/no/such.xlsx': No such file or directory");
    const auto text = dir_.file("notes.txt");
    std::ofstream(text) << "hello";
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(import_of(text, "x")); }),
              "invalid_input: '" + text +
                  "' is neither a NATO workbook (.xlsx) nor an edition in hague's CSV layout (a "
                  "directory with editions.csv and observations.csv)");
    // A text file called .xlsx is not a zip archive.
    const auto fake = dir_.file("fake.xlsx");
    std::ofstream(fake) << "hello";
    EXPECT_EQ(error_of([&] { (void)service_.import_edition(import_of(fake, "x")); }),
              "data_integrity: '" + fake + "' is not an .xlsx workbook (not a zip archive)");
}

} // namespace hague::app
