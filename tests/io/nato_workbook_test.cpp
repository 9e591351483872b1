// NATO's real June 2024 workbook (data/nato/raw/nato-2024-06-tables.xlsx) against the bundled
// 2024-06 edition, which was transcribed from the same file cell by cell (data/nato/SOURCES.md);
// and copies of it altered one way each, every one refused with the sheet, the cell and what was
// expected.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <tuple>

#include <zip.h>

#include "hague/core/error.hpp"
#include "hague/io/bundled.hpp"
#include "hague/io/nato_workbook.hpp"
#include "hague/io/sipri_workbook.hpp"
#include "hague/io/xlsx.hpp"
#include "support/temp_dir.hpp"

namespace hague::io {

namespace {

const std::string workbook_path = HAGUE_DATA "/nato/raw/nato-2024-06-tables.xlsx";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The parts of an .xlsx, by name.
std::map<std::string, std::string> parts_of(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    auto* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    auto* z = zip_open_from_source(source, ZIP_RDONLY, &error);
    std::map<std::string, std::string> parts;
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st);
        std::string data(st.size, '\0');
        auto* f = zip_fopen_index(z, static_cast<zip_uint64_t>(i), 0);
        zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        parts[st.name] = data;
    }
    zip_discard(z);
    zip_error_fini(&error);
    return parts;
}

/// A workbook of these parts, written to `path`.
void write_parts(const std::string& path, const std::map<std::string, std::string>& parts) {
    int err = 0;
    auto* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    ASSERT_NE(z, nullptr);
    for (const auto& [name, data] : parts) {
        auto* s = zip_source_buffer(z, data.data(), data.size(), 0);
        ASSERT_GE(zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE), 0);
    }
    ASSERT_EQ(zip_close(z), 0);
}

/// The sheet XML with cell `ref` replaced by `replacement` (a whole <c .../> element), or, when
/// the row has no such cell, with it added at the start of its row.
std::string with_cell(const std::string& xml, const std::string& ref,
                      const std::string& replacement) {
    const std::regex cell("<c r=\"" + ref + "\"[^>]*?(/>|>.*?</c>)");
    std::string out =
        std::regex_replace(xml, cell, replacement, std::regex_constants::format_first_only);
    if (out != xml)
        return out;
    // Before the first cell of the row to its right, as a spreadsheet orders them.
    const auto digits = ref.find_first_of("0123456789");
    const auto row = ref.substr(digits), letters = ref.substr(0, digits);
    const auto at = xml.find("<row r=\"" + row + "\"");
    EXPECT_NE(at, std::string::npos) << "no row " << row;
    const auto end = xml.find("</row>", at);
    auto insert_at = end;
    const std::regex cell_ref("<c r=\"([A-Z]+)" + row + "\"");
    for (auto it = std::sregex_iterator(xml.begin() + static_cast<long>(at),
                                        xml.begin() + static_cast<long>(end), cell_ref);
         it != std::sregex_iterator(); ++it) {
        const auto col = (*it)[1].str();
        if (col.size() > letters.size() || (col.size() == letters.size() && col > letters)) {
            insert_at = at + static_cast<std::size_t>(it->position());
            break;
        }
    }
    out = xml;
    out.insert(insert_at, replacement);
    return out;
}

std::string text_cell(const std::string& ref, const std::string& text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

class WorkbookTest : public ::testing::Test {
  protected:
    Dataset bundled_ = bundled_dataset();
    hague::testing::TempDir dir_;
    std::string original_ = slurp(workbook_path);

    WorkbookEdition read(const Workbook& book) const {
        return read_nato_workbook(book, bundled_.allies, bundled_.indicators,
                                  bundled_.missing_reasons, {"test-2024", "", "workbook.xlsx"});
    }
    /// The error of reading a copy of the workbook with `change` made to its parts.
    std::string refusal(const std::function<void(std::map<std::string, std::string>&)>& change) {
        auto parts = parts_of(original_);
        change(parts);
        const auto path = dir_.file("altered.xlsx");
        write_parts(path, parts);
        try {
            (void)read(read_xlsx(path));
        } catch (const Error& e) {
            return e.what();
        }
        return "no error";
    }
};

} // namespace

// Every figure of the bundled 2024-06 edition, value for value, with its estimate flag; no
// figure more. 5,005 observations (data/nato/observations.csv, edition 2024-06).
TEST_F(WorkbookTest, the_real_workbook_is_the_bundled_edition) {
    const auto book = read_xlsx(workbook_path);
    const auto read = this->read(book);
    using Key = std::tuple<std::string, std::string, int>;
    std::map<Key, std::pair<double, bool>> expected;
    for (const auto& o : bundled_.observations)
        if (o.edition == "2024-06")
            expected[{o.entity.str(), o.indicator, o.year.value()}] = {o.value, o.estimate};
    ASSERT_EQ(expected.size(), 5005u);
    ASSERT_EQ(read.observations.size(), expected.size());
    int different = 0;
    for (const auto& o : read.observations) {
        const auto it = expected.find({o.entity.str(), o.indicator, o.year.value()});
        ASSERT_NE(it, expected.end())
            << o.entity.str() << " " << o.indicator << " " << o.year.value();
        // Table 5's GDP is stored in billions: NATO's million-dollar text with the decimal point
        // moved three places. The bundled transcription kept 15 significant digits of those
        // figures, the workbook has 17: they agree to 15, every other figure exactly.
        const bool gdp = o.indicator.starts_with("gdp_usd_");
        const double allowed = gdp ? 5e-15 * std::abs(o.value) : 0.0;
        if (std::abs(it->second.first - o.value) > allowed || it->second.second != o.estimate) {
            ++different;
            ADD_FAILURE() << o.entity.str() << " " << o.indicator << " " << o.year.value() << ": "
                          << o.value << " vs " << it->second.first;
        }
    }
    EXPECT_EQ(different, 0);
    // The edition: 2014-2024, 2023 and 2024 estimates ("2023e", "2024e"), 2015 prices.
    EXPECT_EQ(read.edition.first_year.value(), 2014);
    EXPECT_EQ(read.edition.last_year.value(), 2024);
    ASSERT_EQ(read.edition.estimate_years.size(), 2u);
    EXPECT_EQ(read.edition.estimate_years[0].value(), 2023);
    EXPECT_EQ(read.edition.constant_price_base, 2015);
    EXPECT_EQ(read.edition.published, "2024-06-14"); // docProps/core.xml's creation date
    EXPECT_EQ(read.edition.title, "Defence Expenditure of NATO Countries (2014-2024)");
    // Each figure cites its sheet and cell: Table 3, Poland (row 32), 2024 (column N).
    const auto pol =
        std::find_if(read.observations.begin(), read.observations.end(), [](const Observation& o) {
            return o.entity.str() == "POL" && o.indicator == "share_gdp_pct" &&
                   o.year.value() == 2024;
        });
    ASSERT_NE(pol, read.observations.end());
    EXPECT_EQ(pol->source, "NATO workbook workbook.xlsx, TABLE3 N32");
    // Table 1's constant-price section has no indicator in hague (exp_nc_const2015_m): read,
    // checked, left out.
    const auto left_out = std::count_if(read.sections.begin(), read.sections.end(),
                                        [](const SectionRead& s) { return s.indicator.empty(); });
    EXPECT_EQ(left_out, 1);
}

TEST_F(WorkbookTest, a_changed_layout_is_refused_with_the_cell_and_what_was_expected) {
    // Belgium 2015 (TABLE3!E12) as text.
    EXPECT_EQ(refusal([](auto& p) {
                  p["xl/worksheets/sheet3.xml"] =
                      with_cell(p["xl/worksheets/sheet3.xml"], "E12", text_cell("E12", "n/a"));
              }),
              "the workbook is refused: TABLE3!E12: expected a number for Belgium in 2015, found "
              "'n/a'");
    // A renamed sheet.
    EXPECT_EQ(refusal([](auto& p) {
                  auto& wb = p["xl/workbook.xml"];
                  wb.replace(wb.find("name=\"TABLE3\""), 13, "name=\"TABLE_3\"");
              }),
              "the workbook is refused: it has a sheet 'TABLE_3', which NATO's layout does not "
              "(expected TABLE1 ... TABLE8b)");
    // An extra year after the estimates (TABLE3!O8).
    EXPECT_EQ(refusal([](auto& p) {
                  p["xl/worksheets/sheet3.xml"] =
                      with_cell(p["xl/worksheets/sheet3.xml"], "O8", text_cell("O8", "2025"));
              }),
              "the workbook is refused: TABLE3!O8: expected 2025e (estimate years come last), "
              "found '2025'");
}

// One test per kind of change NATO's layout may undergo; each names the sheet, the cell and what
// was expected there. (TABLE3: the title in B4, the unit line in B6, the years D8:N8, Albania in
// row 11, Belgium 12, Bulgaria 13, the first section "Share of real GDP (%)" in B10.)
TEST_F(WorkbookTest, each_kind_of_layout_change_is_refused) {
    const std::string t3 = "xl/worksheets/sheet3.xml";
    struct Case {
        const char* what;
        std::function<void(std::map<std::string, std::string>&)> change;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"a renamed title",
         [&](auto& p) { p[t3] = with_cell(p[t3], "B4", text_cell("B4", "Table 3 : Defence")); },
         "the workbook is refused: TABLE3!B4: expected the title 'Table 3 : Defence expenditure "
         "as a share of GDP and annual real change', found 'Table 3 : Defence'"},
        {"another unit",
         [&](auto& p) {
             p[t3] = with_cell(p[t3], "B6", text_cell("B6", "Based on current prices"));
         },
         "the workbook is refused: TABLE3!B6: expected the unit line 'Based on {base} prices', "
         "found 'Based on current prices'"},
        {"a missing year (2019 written 2018)",
         [&](auto& p) { p[t3] = with_cell(p[t3], "I8", text_cell("I8", "2018")); },
         "the workbook is refused: TABLE3!I8: expected the year 2019, found '2018'"},
        {"a year column moved left",
         [&](auto& p) { p[t3] = with_cell(p[t3], "C8", text_cell("C8", "2013")); },
         "the workbook is refused: TABLE3!C8: expected nothing left of the years (which start in "
         "D8), found '2013'"},
        {"other estimate years than the other tables",
         [&](auto& p) { p[t3] = with_cell(p[t3], "L8", text_cell("L8", "2022e")); },
         "the workbook is refused: TABLE3!D8: expected the years of TABLE1 (2014-2024 2023e "
         "2024e), found '2014-2024 2022e 2023e 2024e'"},
        {"an unknown ally",
         [&](auto& p) { p[t3] = with_cell(p[t3], "C12", text_cell("C12", "Belgia")); },
         "the workbook is refused: TABLE3!C12: expected an ally's name as NATO spells it "
         "(allies.csv), or NATO Total or NATO Europe and Canada one column left, found 'Belgia'"},
        {"a repeated ally (Bulgaria's row named Belgium)",
         [&](auto& p) { p[t3] = with_cell(p[t3], "C13", text_cell("C13", "Belgium")); },
         "the workbook is refused: TABLE3!C13: expected one row for Belgium in the section, found "
         "'Belgium'"},
        {"a missing ally (Bulgaria's row unnamed)",
         [&](auto& p) { p[t3] = with_cell(p[t3], "C13", "<c r=\"C13\"/>"); },
         "the workbook is refused: TABLE3!C44: expected a row for Bulgaria in the section that "
         "starts in row 10, found —"},
        {"an extra column of figures",
         [&](auto& p) { p[t3] = with_cell(p[t3], "P12", "<c r=\"P12\"><v>1.5</v></c>"); },
         "the workbook is refused: TABLE3!P12: expected nothing beyond the years (which end in "
         "N12), found '1.5'"},
        {"an error in a figure",
         [&](auto& p) { p[t3] = with_cell(p[t3], "D12", "<c r=\"D12\" t=\"e\"><v>#REF!</v></c>"); },
         "the workbook is refused: TABLE3!D12: expected a number for Belgium in 2014, found "
         "'#REF!'"},
        {"an unknown section",
         [&](auto& p) {
             p[t3] = with_cell(p[t3], "B10", text_cell("B10", "Share of nominal GDP (%)"));
         },
         "the workbook is refused: TABLE3!B10: expected the section 'Share of real GDP (%)', an "
         "aggregate or a note, found 'Share of nominal GDP (%)'"},
    };
    for (const auto& c : cases)
        EXPECT_EQ(refusal(c.change), c.message) << c.what;
}

// What a program other than Excel may write, or a tamperer: each refused where it could misread,
// read where it is only another spelling of the same thing.
TEST_F(WorkbookTest, other_writers_spellings_are_read_and_ambiguities_refused) {
    const std::string t3 = "xl/worksheets/sheet3.xml";
    const auto file = dir_.file("altered.xlsx");
    // A formula whose result was not saved (openpyxl) is not a blank.
    EXPECT_EQ(refusal([&](auto& p) {
                  p[t3] = with_cell(p[t3], "D12", "<c r=\"D12\"><f>SUM(A1:A2)</f></c>");
              }),
              "the workbook is refused: TABLE3!D12: expected a number for Belgium in 2014, found "
              "'=SUM(A1:A2)'");
    // A cell twice, or in another row than its own.
    EXPECT_EQ(refusal([&](auto& p) {
                  p[t3] =
                      with_cell(p[t3], "E12", "<c r=\"E12\"><v>1</v></c><c r=\"E12\"><v>2</v></c>");
              }),
              "'" + file +
                  "': sheet TABLE3 has cell E12 in row 12 (after column 5): each cell "
                  "once, in its own row, in order");
    EXPECT_EQ(
        refusal([&](auto& p) { p[t3] = with_cell(p[t3], "E12", "<c r=\"E13\"><v>1</v></c>"); }),
        "'" + file +
            "': sheet TABLE3 has cell E13 in row 12 (after column 4): each cell "
            "once, in its own row, in order");
    // Markup inside a value.
    EXPECT_EQ(refusal([&](auto& p) {
                  p[t3] = with_cell(p[t3], "E12", "<c r=\"E12\"><v>4<!-- -->1.012</v></c>");
              }),
              "'" + file + "': sheet TABLE3 cell E12 holds markup inside its value");
    // Two sheets of one name; two parts of one name.
    EXPECT_EQ(refusal([&](auto& p) {
                  auto& wb = p["xl/workbook.xml"];
                  const auto at = wb.find("<sheet ");
                  wb.insert(at, "<sheet name=\"TABLE3\" sheetId=\"99\" state=\"veryHidden\" "
                                "r:id=\"rId3\"/>");
              }),
              "'" + file + "' has two sheets named 'TABLE3'");
    // The notes of TABLE1 (C78, in the name column) name other estimate years than the header.
    EXPECT_EQ(refusal([&](auto& p) {
                  auto& x = p["xl/sharedStrings.xml"];
                  const std::string note = "Figures for 2023 and 2024 are estimates.";
                  for (auto at = x.find(note); at != std::string::npos; at = x.find(note, at))
                      x.replace(at, note.size(), "Figures for 2022, 2023 and 2024 are estimates.");
              })
                  .rfind("the workbook is refused: TABLE1!C78: expected a note naming the years "
                         "marked e in the header",
                         0),
              0u);
    // Another writer's spelling of the same workbook: prefixed elements (<x:worksheet>, as the
    // Open XML SDK writes them) and a relative target through "..": read, value for value.
    auto parts = parts_of(original_);
    auto& sheet = parts[t3];
    sheet = std::regex_replace(sheet, std::regex("<(/?)(worksheet|sheetData|row|c|v|f)([ >/])"),
                               "<$1x:$2$3");
    sheet.replace(sheet.find("<x:worksheet "), 13,
                  "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                  "main\" ");
    auto& rels = parts["xl/_rels/workbook.xml.rels"];
    rels.replace(rels.find("Target=\"worksheets/sheet3.xml\""), 30,
                 "Target=\"../xl/worksheets/sheet3.xml\"");
    write_parts(file, parts);
    EXPECT_EQ(read(read_xlsx(file)).observations.size(), 5005u);
}

// A damaged or hostile file is refused quickly, with one line, before any figure is read.
TEST_F(WorkbookTest, damaged_and_hostile_files_are_refused) {
    // Truncated: the zip directory at its end is gone.
    const auto cut = dir_.file("cut.xlsx");
    std::ofstream(cut, std::ios::binary) << original_.substr(0, original_.size() / 2);
    try {
        (void)read_xlsx(cut);
        ADD_FAILURE() << "a truncated workbook was read";
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()),
                  "'" + cut + "' is not an .xlsx workbook (not a zip archive)");
    }
    // A part cut in the middle of an element.
    EXPECT_EQ(refusal([](auto& p) {
                  auto& x = p["xl/worksheets/sheet3.xml"];
                  x.resize(x.size() / 2);
              })
                  .rfind("'" + dir_.file("altered.xlsx") +
                             "': the part xl/worksheets/sheet3.xml is not well-formed XML (",
                         0),
              0u);
    // Entities (a billion laughs): refused before parsing.
    EXPECT_EQ(refusal([](auto& p) {
                  auto& x = p["xl/sharedStrings.xml"];
                  x.insert(x.find("<sst"), "<!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                                           "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>");
              }),
              "'" + dir_.file("altered.xlsx") +
                  "': the part xl/sharedStrings.xml declares a DTD or entities, which no workbook "
                  "does");
    // A zip bomb: 200 MB of spaces compress to some 200 KB; refused from the part's header.
    EXPECT_EQ(refusal([](auto& p) { p["xl/sharedStrings.xml"] = std::string(200u << 20, ' '); }),
              "'" + dir_.file("altered.xlsx") +
                  "': the part xl/sharedStrings.xml is 209715200 bytes uncompressed, more than "
                  "the 67108864 allowed");
    // Nesting 100,000 deep.
    EXPECT_EQ(refusal([](auto& p) {
                  std::string deep;
                  for (int i = 0; i < 100'000; ++i)
                      deep += "<r>";
                  for (int i = 0; i < 100'000; ++i)
                      deep += "</r>";
                  auto& x = p["xl/sharedStrings.xml"];
                  x.insert(x.find("</sst>"), "<si>" + deep + "</si>");
              }),
              "'" + dir_.file("altered.xlsx") +
                  "': the part xl/sharedStrings.xml nests elements more than 64 deep");
}

// SIPRI's real April 2025 workbook gives back data/nato/sipri.csv: Russia and China 2014-2024, the
// three figures of each year exactly (the share is SIPRI's fraction x 100 on its decimal text),
// blue (estimate) where the file says so.
TEST_F(WorkbookTest, the_real_sipri_workbook_is_the_bundled_sipri_csv) {
    const auto book = read_xlsx(HAGUE_DATA "/nato/raw/sipri-milex-1949-2024.xlsx");
    ASSERT_TRUE(is_sipri_workbook(book));
    const auto rows = read_sipri_workbook(
        book,
        {{"Russia", EntityCode::parse("RUS").value()}, {"China", EntityCode::parse("CHN").value()}},
        2014, "sipri.xlsx");
    ASSERT_EQ(rows.size(), bundled_.sipri.size()); // 22: 2 countries x 11 years
    for (const auto& b : bundled_.sipri) {
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const SipriObservation& r) {
            return r.country == b.country && r.year == b.year;
        });
        ASSERT_NE(it, rows.end()) << b.country.str() << " " << b.year.value();
        EXPECT_EQ(it->milex_usd_current_m, b.milex_usd_current_m) << b.country.str();
        EXPECT_EQ(it->share_gdp_pct, b.share_gdp_pct) << b.country.str() << b.year.value();
        EXPECT_EQ(it->milex_usd_const2023_m, b.milex_usd_const2023_m) << b.country.str();
        EXPECT_EQ(it->estimate, b.estimate) << b.country.str() << " " << b.year.value();
    }
    // A NATO workbook is not SIPRI's.
    EXPECT_FALSE(is_sipri_workbook(read_xlsx(workbook_path)));
}

TEST(shift_decimal, moves_the_point_on_the_digits) {
    EXPECT_EQ(shift_decimal("4.1129929782232261E-2", 2), 4.1129929782232261);
    EXPECT_EQ(shift_decimal("20414040.36145683", -3), 20414.04036145683);
    EXPECT_EQ(shift_decimal("-0.5", 1), -5.0);
    EXPECT_EQ(shift_decimal("12", 0), 12.0);
    EXPECT_EQ(shift_decimal("abc", 0), std::nullopt);
    EXPECT_EQ(shift_decimal("1e", 0), std::nullopt);
    EXPECT_EQ(shift_decimal("1.2.3", 0), std::nullopt);
    EXPECT_EQ(shift_decimal("", 0), std::nullopt);
}

} // namespace hague::io
