#include "hague/io/sipri_workbook.hpp"

#include <charconv>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "hague/core/error.hpp"

namespace hague::io {

namespace {

/// SIPRI's estimate (blue) and highly-uncertain (red) marks: Excel's indexed colours 12 and 10,
/// or the same colours written as RGB (as LibreOffice saves them).
bool is_blue(std::string_view color) {
    return color == "indexed:12" || color == "rgb:FF0000FF";
}
bool is_red(std::string_view color) {
    return color == "indexed:10" || color == "rgb:FFFF0000";
}

struct SheetSpec {
    std::string_view sheet;
    std::string_view title; ///< A1 starts with it
    std::string_view unit;  ///< A2 starts with it ("" for none)
};

const SheetSpec current{"Current US$",
                        "Military expenditure by country, in millions of US$ at current prices "
                        "and exchange rates",
                        "Figures are in US $m., in current prices"};
const SheetSpec share{
    "Share of GDP", "Military expenditure by country as percentage of gross domestic product", ""};
const SheetSpec constant{"Constant (2023) US$",
                         "Military expenditure by country, in constant (2023) US$ m.",
                         "Figures are in US $m., at constant 2023 prices and exchange rates"};

[[noreturn]] void refuse(std::string_view sheet, std::uint32_t row, std::uint32_t column,
                         std::string_view expected, const Cell* found) {
    HAGUE_THROW(ErrorKind::DataIntegrity, "err_sipri_cell",
                "the SIPRI workbook is refused: {}!{}: expected {}, found {}", std::string(sheet),
                cell_name(row, column), std::string(expected),
                found ? "'" + found->text + "'" : std::string("—"));
}

/// The text of a cell, or "".
std::string text_at(const Sheet& s, std::uint32_t row, std::uint32_t column) {
    const auto* c = s.at(row, column);
    return c ? c->text : std::string();
}

/// One sheet's figures for each country, by year: the value and whether SIPRI marks it blue.
using Figures = std::map<std::pair<std::string, int>, std::pair<double, bool>>;

Figures read_sheet(const Workbook& book, const SheetSpec& spec,
                   const std::vector<SipriCountry>& countries, int first_year, int scale_places) {
    const auto* sheet = book.sheet(spec.sheet);
    HAGUE_CHECK(sheet != nullptr, ErrorKind::DataIntegrity, "err_sipri_sheet_missing",
                "the SIPRI workbook is refused: it has no sheet '{}'", std::string(spec.sheet));
    if (!text_at(*sheet, 1, 1).starts_with(spec.title))
        refuse(spec.sheet, 1, 1, fmt::format("the title '{} ...'", spec.title), sheet->at(1, 1));
    if (!spec.unit.empty() && !text_at(*sheet, 2, 1).starts_with(spec.unit))
        refuse(spec.sheet, 2, 1, fmt::format("the unit line '{} ...'", spec.unit), sheet->at(2, 1));
    if (text_at(*sheet, 3, 1).find("Figures in blue are SIPRI estimates") != 0)
        refuse(spec.sheet, 3, 1, "the legend 'Figures in blue are SIPRI estimates ...'",
               sheet->at(3, 1));
    // The header: "Country", then "Notes", then the years from 1949 without a gap.
    std::uint32_t header = 0;
    for (const auto& c : sheet->cells)
        if (c.column == 1 && c.text == "Country") {
            header = c.row;
            break;
        }
    if (header == 0)
        refuse(spec.sheet, 6, 1, "the header row ('Country')", sheet->at(6, 1));
    std::uint32_t first_column = 0;
    std::map<std::uint32_t, int> years;
    for (const auto& c : sheet->cells) {
        if (c.row != header || c.column == 1 || c.text.empty() || c.text == "Notes")
            continue;
        int year = 0;
        const auto [end, ec] = std::from_chars(c.text.data(), c.text.data() + c.text.size(), year);
        if (ec != std::errc() || end != c.text.data() + c.text.size())
            refuse(spec.sheet, c.row, c.column, "a year", &c);
        if (first_column == 0) {
            first_column = c.column;
            if (year != 1949)
                refuse(spec.sheet, c.row, c.column, "1949, the first year", &c);
        } else if (c.column != first_column + years.size() ||
                   year != 1949 + static_cast<int>(years.size())) {
            refuse(spec.sheet, c.row, c.column,
                   fmt::format("the year {}", 1949 + static_cast<int>(years.size())), &c);
        }
        years[c.column] = year;
    }
    if (years.empty() || years.rbegin()->second < first_year)
        refuse(spec.sheet, header, first_column ? first_column : 3,
               fmt::format("years up to {} at least", first_year), nullptr);

    Figures out;
    for (const auto& country : countries) {
        std::uint32_t row = 0;
        for (const auto& c : sheet->cells)
            if (c.column == 1 && c.row > header && c.text == country.name) {
                if (row != 0)
                    refuse(spec.sheet, c.row, 1, fmt::format("one row for {}", country.name), &c);
                row = c.row;
            }
        if (row == 0)
            refuse(spec.sheet, header + 1, 1, fmt::format("a row for {}", country.name), nullptr);
        for (const auto& [column, year] : years) {
            if (year < first_year)
                continue;
            const auto* c = sheet->at(row, column);
            if (!c || c->text == "..." || c->text == ". ." || c->text == "xxx")
                continue; // SIPRI has no figure
            if (c->type != CellType::Number)
                refuse(spec.sheet, row, column,
                       fmt::format("a number for {} in {}", country.name, year), c);
            if (is_red(book.font_color(*c)))
                refuse(spec.sheet, row, column,
                       fmt::format("a figure for {} in {} that is not red (highly uncertain, "
                                   "which hague cannot mark)",
                                   country.name, year),
                       c);
            const auto value = shift_decimal(c->text, scale_places);
            if (!value)
                refuse(spec.sheet, row, column,
                       fmt::format("a number for {} in {}", country.name, year), c);
            out[{country.code.str(), year}] = {*value, is_blue(book.font_color(*c))};
        }
    }
    return out;
}

} // namespace

bool is_sipri_workbook(const Workbook& book) {
    return book.sheet(share.sheet) != nullptr && book.sheet(current.sheet) != nullptr;
}

std::vector<SipriObservation> read_sipri_workbook(const Workbook& book,
                                                  const std::vector<SipriCountry>& countries,
                                                  int first_year, const std::string& file_name) {
    const auto usd = read_sheet(book, current, countries, first_year, 0);
    const auto pct = read_sheet(book, share, countries, first_year, 2); // fraction x 100
    const auto real = read_sheet(book, constant, countries, first_year, 0);
    std::vector<SipriObservation> out;
    for (const auto& country : countries)
        for (const auto& [key, value] : usd) {
            if (key.first != country.code.str())
                continue;
            const auto p = pct.find(key);
            const auto r = real.find(key);
            if (p == pct.end() || r == real.end())
                continue; // hague keeps a year only with all three figures
            out.push_back(
                {country.code, Year(key.second), value.first, p->second.first, r->second.first,
                 value.second || p->second.second || r->second.second,
                 fmt::format("SIPRI Military Expenditure Database, workbook {}", file_name)});
        }
    return out;
}

} // namespace hague::io
