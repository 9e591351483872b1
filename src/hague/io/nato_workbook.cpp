#include "hague/io/nato_workbook.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "hague/core/error.hpp"

namespace hague::io {

namespace {

/// Table 5's GDP is stored in billions: NATO's million-dollar text with the point moved three
/// places (shift_decimal), as the bundled data divided it.
enum class Scale { None, Thousandth };

/// A section of a sheet: the title NATO gives it (`{base}` stands for the constant-price base
/// year) and the indicator it is stored as (`{base}` likewise).
struct SectionSpec {
    std::string_view title;
    std::string_view indicator;
    Scale scale = Scale::None;
};

/// A sheet as the June 2024 workbook lays it out. The title is in `title_column` (B, or C for
/// Table 7), NATO's two aggregates in the same column, the allies one to the right, the years
/// from two to the right.
struct SheetSpec {
    std::string_view sheet;
    std::string_view title;
    std::string_view unit;
    std::uint32_t title_column;
    bool aggregates;
    std::vector<SectionSpec> sections; ///< empty: recognized, not stored (Table 4 is derived)
};

const std::vector<SheetSpec>& layout() {
    static const std::vector<SheetSpec> sheets = {
        {"TABLE1",
         "Table 1 : Defence expenditure",
         "Million national currency units",
         2,
         false,
         {{"Current prices", "exp_nc_current_m"},
          {"Constant {base} prices", "exp_nc_const{base}_m"}}},
        {"TABLE2",
         "Table 2 : Defence expenditure",
         "Million US dollars",
         2,
         true,
         {{"Current prices and exchange rates", "exp_usd_current_m"},
          {"Constant {base} prices and exchange rates", "exp_usd_const{base}_m"}}},
        {"TABLE3",
         "Table 3 : Defence expenditure as a share of GDP and annual real change",
         "Based on {base} prices",
         2,
         true,
         {{"Share of real GDP (%)", "share_gdp_pct"},
          {"Annual real change (%)", "exp_real_change_pct"}}},
        {"TABLE4", "Table 4 : Defence expenditure real change {first}-{last}e", "", 2, true, {}},
        {"TABLE5",
         "Table 5 : GDP",
         "Million US dollars",
         2,
         true,
         {{"Current prices and exchange rates", "gdp_usd_current_bn", Scale::Thousandth},
          {"Constant {base} prices and exchange rates", "gdp_usd_const{base}_bn",
           Scale::Thousandth}}},
        {"TABLE6",
         "Table 6 : GDP per capita and defence expenditure per capita",
         "{base} prices and exchange rates",
         2,
         true,
         {{"GDP per capita (thousand US dollars)", "gdp_per_capita_usd_const{base}_k"},
          {"Defence expenditure per capita (US dollars)", "exp_per_capita_usd_const{base}"}}},
        {"TABLE7",
         "Table 7 : Military personnel",
         "Thousands",
         3,
         true,
         {{"", "military_personnel_k"}}},
        {"TABLE8a",
         "Table 8a : Distribution of defence expenditure by main category",
         "Percentage of total defence expenditure",
         2,
         false,
         {{"Equipment (a)", "equipment_share_pct"}, {"Personnel (b)", "personnel_share_pct"}}},
        {"TABLE8b",
         "Table 8b : Distribution of defence expenditure by main category",
         "Percentage of total defence expenditure",
         2,
         false,
         {{"Infrastructure (c)", "infrastructure_share_pct"}, {"Other (d)", "other_share_pct"}}},
    };
    return sheets;
}

/// Whitespace trimmed and runs of it (including no-break spaces) made one space.
std::string normalized(std::string_view text) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool nbsp = static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
                          static_cast<unsigned char>(text[i + 1]) == 0xA0;
        if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r' || nbsp) {
            space = true;
            i += nbsp ? 1 : 0;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += text[i];
    }
    return out;
}

/// Matches `text` against `pattern`, where {base}, {first} and {last} stand for a year; the
/// years matched by name.
std::optional<std::map<std::string, int>> match(std::string_view pattern, std::string_view text) {
    std::map<std::string, int> years;
    std::size_t p = 0, t = 0;
    while (p < pattern.size()) {
        if (pattern[p] == '{') {
            const auto close = pattern.find('}', p);
            const auto name = std::string(pattern.substr(p + 1, close - p - 1));
            if (t + 4 > text.size())
                return std::nullopt;
            int year = 0;
            const auto [end, ec] = std::from_chars(text.data() + t, text.data() + t + 4, year);
            if (ec != std::errc() || end != text.data() + t + 4)
                return std::nullopt;
            years[name] = year;
            t += 4;
            p = close + 1;
        } else {
            if (t >= text.size() || text[t] != pattern[p])
                return std::nullopt;
            ++p;
            ++t;
        }
    }
    if (t != text.size())
        return std::nullopt;
    return years;
}

std::string with_base(std::string_view pattern, int base) {
    std::string out(pattern);
    const auto at = out.find("{base}");
    if (at != std::string::npos)
        out.replace(at, 6, std::to_string(base));
    return out;
}

/// The cell's text for messages: "—" when it is empty.
std::string shown(const Cell* c) {
    return c ? "'" + c->text + "'" : std::string("—");
}

/// What a cell should have held: the message key (err_wb_*, data/i18n), its English words and
/// their arguments.
struct Expected {
    std::string key;
    std::string english;
    std::vector<std::string> args;
};

template <typename... A>
Expected expect(std::string key, fmt::format_string<const A&...> english, const A&... args) {
    return {std::move(key), fmt::format(english, args...), {fmt::format("{}", args)...}};
}

/// DataIntegrity: "the workbook is refused: TABLE3!E12: expected ..., found '...'". The catalog
/// message of `expected.key` takes the sheet, the cell, the expectation's arguments and what
/// was found, in that order.
[[noreturn]] void refuse(std::string_view sheet, std::uint32_t row, std::uint32_t column,
                         const Expected& expected, const Cell* found) {
    std::vector<std::string> args{std::string(sheet), cell_name(row, column)};
    args.insert(args.end(), expected.args.begin(), expected.args.end());
    args.push_back(shown(found));
    throw Error(ErrorKind::DataIntegrity,
                fmt::format("the workbook is refused: {}!{}: expected {}, found {}", sheet,
                            cell_name(row, column), expected.english, shown(found)),
                expected.key, std::move(args));
}

/// The years of a header row: "2014" ... "2023e" "2024e", contiguous, estimates at the end.
struct Years {
    std::vector<int> years;
    std::vector<bool> estimate;
};

} // namespace

WorkbookEdition read_nato_workbook(const Workbook& book, std::span<const Ally> allies,
                                   std::span<const Indicator> indicators,
                                   std::span<const MissingReason> missing,
                                   const WorkbookImportOptions& options) {
    // NATO's names: allies.csv's English names (NATO's spelling), and the two aggregates.
    std::map<std::string, EntityCode, std::less<>> ally_names;
    for (const auto& a : allies)
        ally_names.emplace(a.name_en, a.code);
    const std::map<std::string, EntityCode, std::less<>> aggregate_names = {
        {"NATO Europe and Canada", EntityCode::parse(EntityCode::nato_europe_canada).value()},
        {"NATO Total", EntityCode::parse(EntityCode::nato_total).value()}};
    std::set<std::string, std::less<>> known_indicators;
    for (const auto& i : indicators)
        known_indicators.insert(i.name);

    // Every sheet is one hague knows, and every sheet it knows is there.
    for (const auto& s : book.sheets) {
        const bool known = std::any_of(layout().begin(), layout().end(),
                                       [&](const SheetSpec& spec) { return spec.sheet == s.name; });
        HAGUE_CHECK(known, ErrorKind::DataIntegrity, "err_workbook_sheet_unknown",
                    "the workbook is refused: it has a sheet '{}', which NATO's layout does not "
                    "(expected TABLE1 ... TABLE8b)",
                    s.name);
    }

    WorkbookEdition out;
    std::optional<int> base;
    std::optional<Years> edition_years;
    for (const auto& spec : layout()) {
        const auto* sheet = book.sheet(spec.sheet);
        HAGUE_CHECK(sheet != nullptr, ErrorKind::DataIntegrity, "err_workbook_sheet_missing",
                    "the workbook is refused: it has no sheet {} (NATO's layout has TABLE1 ... "
                    "TABLE8b)",
                    std::string(spec.sheet));
        const auto tc = spec.title_column;
        const auto name_column = tc + 1;
        const auto year_column = tc + 2;
        auto text_at = [&](std::uint32_t row, std::uint32_t column) -> std::optional<std::string> {
            const auto* c = sheet->at(row, column);
            if (!c || c->type == CellType::Number)
                return std::nullopt;
            auto t = normalized(c->text);
            return t.empty() ? std::nullopt : std::optional<std::string>(t);
        };

        // Rows in order, each with its cells.
        std::vector<std::uint32_t> rows;
        for (const auto& c : sheet->cells)
            if (!normalized(c.text).empty() && (rows.empty() || rows.back() != c.row))
                rows.push_back(c.row);
        std::size_t r = 0;
        auto next_row = [&]() -> std::optional<std::uint32_t> {
            return r < rows.size() ? std::optional<std::uint32_t>(rows[r++]) : std::nullopt;
        };

        // The title: the first text of the sheet, in the title column.
        const auto title_row = next_row();
        const Cell* title_cell = title_row ? sheet->at(*title_row, tc) : nullptr;
        const auto title = title_row ? text_at(*title_row, tc) : std::nullopt;
        if (!title || !match(spec.title, *title))
            refuse(spec.sheet, title_row.value_or(1), tc,
                   expect("err_wb_title", "the title '{}'", spec.title), title_cell);
        if (spec.sections.empty())
            continue; // recognized; its figures are derived from the others and not stored

        // The unit line.
        const auto unit_row = next_row();
        const auto unit = unit_row ? text_at(*unit_row, tc) : std::nullopt;
        const auto unit_match = unit ? match(spec.unit, *unit) : std::nullopt;
        if (!unit_match)
            refuse(spec.sheet, unit_row.value_or(*title_row + 1), tc,
                   expect("err_wb_unit", "the unit line '{}'", spec.unit),
                   unit_row ? sheet->at(*unit_row, tc) : nullptr);
        if (unit_match->count("base")) {
            if (!base)
                base = unit_match->at("base");
            else if (*base != unit_match->at("base"))
                refuse(spec.sheet, *unit_row, tc,
                       expect("err_wb_base", "the price base {} of the other tables", *base),
                       sheet->at(*unit_row, tc));
        }

        // The year header: years from the year column, contiguous, estimates ("e") at the end,
        // nothing else in the row.
        const auto header_row = next_row();
        if (!header_row)
            refuse(spec.sheet, *unit_row + 1, year_column,
                   expect("err_wb_year_row", "the row of years"), nullptr);
        Years years;
        for (const auto& c : sheet->cells) {
            if (c.row != *header_row || normalized(c.text).empty())
                continue;
            if (c.column < year_column)
                refuse(spec.sheet, c.row, c.column,
                       expect("err_wb_left_of_years",
                              "nothing left of the years (which start in {})",
                              cell_name(c.row, year_column)),
                       &c);
            const auto expected_column =
                year_column + static_cast<std::uint32_t>(years.years.size());
            if (c.column != expected_column)
                refuse(spec.sheet, c.row, expected_column,
                       years.years.empty()
                           ? expect("err_wb_first_year", "the first year")
                           : expect("err_wb_year", "the year {}", years.years.back() + 1),
                       nullptr);
            auto text = normalized(c.text);
            const bool estimate = !text.empty() && text.back() == 'e';
            if (estimate)
                text.pop_back();
            int year = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
            const bool is_year = ec == std::errc() && end == text.data() + text.size() &&
                                 year >= 1949 && year <= 2100;
            const auto expected =
                years.years.empty()
                    ? expect("err_wb_a_year", "a year (2014, or 2024e for an estimate)")
                    : expect("err_wb_year", "the year {}", years.years.back() + 1);
            if (!is_year || (!years.years.empty() && year != years.years.back() + 1))
                refuse(spec.sheet, c.row, c.column, expected, &c);
            if (!estimate && !years.estimate.empty() && years.estimate.back())
                refuse(spec.sheet, c.row, c.column,
                       expect("err_wb_estimates_last", "{}e (estimate years come last)", year), &c);
            years.years.push_back(year);
            years.estimate.push_back(estimate);
        }
        if (years.years.size() < 2)
            refuse(spec.sheet, *header_row, year_column,
                   expect("err_wb_years", "the years of the table"),
                   sheet->at(*header_row, year_column));
        if (!edition_years) {
            edition_years = years;
        } else if (edition_years->years != years.years ||
                   edition_years->estimate != years.estimate) {
            const auto describe = [](const Years& y) {
                std::string s = fmt::format("{}-{}", y.years.front(), y.years.back());
                for (std::size_t i = 0; i < y.years.size(); ++i)
                    if (y.estimate[i])
                        s += fmt::format(" {}e", y.years[i]);
                return s;
            };
            Cell found;
            found.text = describe(years);
            refuse(spec.sheet, *header_row, year_column,
                   expect("err_wb_years_of_table1", "the years of TABLE1 ({})",
                          describe(*edition_years)),
                   &found);
        }
        const auto last_column = year_column + static_cast<std::uint32_t>(years.years.size()) - 1;

        // The sections and their rows. `next_section` is the section the next title must open.
        std::size_t next_section = 0;
        bool in_section = false;
        bool in_notes = false;
        std::string indicator;
        Scale scale = Scale::None;
        std::set<std::string> seen;
        std::uint32_t section_row = *header_row;
        auto begin_section = [&](std::uint32_t row) {
            const auto& s = spec.sections[next_section++];
            indicator = with_base(s.indicator, base.value_or(0));
            if (!known_indicators.count(indicator))
                indicator.clear(); // recognized, but hague has no indicator for it
            scale = s.scale;
            seen.clear();
            section_row = row;
            in_section = true;
            out.sections.push_back(
                {std::string(spec.sheet), with_base(s.title, base.value_or(0)), indicator, 0});
        };
        // A section is complete when every ally is in it once (unless a reason says why one is
        // not) and, where the sheet has them, both aggregates.
        auto end_section = [&](std::uint32_t row) {
            in_section = false;
            for (const auto& a : allies) {
                if (seen.count(a.code.str()))
                    continue;
                const auto& stored = out.sections.back().indicator;
                const bool excused =
                    std::any_of(missing.begin(), missing.end(), [&](const MissingReason& m) {
                        return m.entity == a.code.str() &&
                               (m.edition == "*" || m.edition == options.edition_id) &&
                               (m.indicator == "*" || m.indicator == stored) && m.year == "*";
                    });
                if (!excused)
                    refuse(spec.sheet, row, name_column,
                           expect("err_wb_row_for",
                                  "a row for {} in the section that starts in row {}", a.name_en,
                                  section_row),
                           nullptr);
            }
            if (spec.aggregates)
                for (const auto& [name, code] : aggregate_names)
                    if (!seen.count(code.str()))
                        refuse(spec.sheet, row, tc,
                               expect("err_wb_row_for",
                                      "a row for {} in the section that starts in row {}", name,
                                      section_row),
                               nullptr);
        };
        if (spec.sections.front().title.empty())
            begin_section(*header_row); // Table 7 has one section and no title for it

        // A note may stand in either label column ("Notes: ...", "* These Allies ...", "(a)
        // Equipment ...", a page number "-7-"): notes end the table.
        const auto is_note = [](const std::string& t) {
            return t.starts_with("Note") || t.starts_with("*") || t.starts_with("(") ||
                   std::regex_match(t, std::regex("-[0-9]+-"));
        };
        // "Notes: Figures for 2023 and 2024 are estimates." (or "for 2022, 2023 and 2024") must
        // name the years the header marks "e", wherever the note stands.
        const auto check_note_years = [&](const std::string& text, std::uint32_t row,
                                          std::uint32_t column) {
            static const std::regex figures("Figures for ([0-9, and]+) (is an estimate|are "
                                            "estimates)");
            std::smatch m;
            if (!std::regex_search(text, m, figures))
                return;
            std::vector<int> said;
            const std::string list = m[1];
            static const std::regex year("[0-9]{4}");
            for (auto it = std::sregex_iterator(list.begin(), list.end(), year);
                 it != std::sregex_iterator(); ++it)
                said.push_back(std::stoi(it->str()));
            std::vector<int> marked;
            for (std::size_t i = 0; i < years.years.size(); ++i)
                if (years.estimate[i])
                    marked.push_back(years.years[i]);
            if (said != marked)
                refuse(
                    spec.sheet, row, column,
                    expect("err_wb_note_years", "a note naming the years marked e in the header"),
                    sheet->at(row, column));
        };
        while (const auto row = next_row()) {
            const auto title_text = text_at(*row, tc);
            const auto name_text = text_at(*row, name_column);
            const Cell* stray = nullptr;
            bool values = false;
            for (const auto& c : sheet->cells) {
                if (c.row != *row || normalized(c.text).empty())
                    continue;
                if (c.column >= year_column && c.column <= last_column)
                    values = true;
                else if (c.column != tc && c.column != name_column)
                    stray = stray ? stray : &c;
            }
            if (in_notes) {
                // Notes and page numbers end the table; no figures may follow them.
                if (values || (name_text && !is_note(*name_text)))
                    refuse(spec.sheet, *row, values ? year_column : name_column,
                           expect("err_wb_after_notes", "nothing after the notes"),
                           sheet->at(*row, values ? year_column : name_column));
                continue;
            }
            if (name_text && !title_text && !values && is_note(*name_text)) {
                check_note_years(*name_text, *row, name_column);
                if (in_section)
                    end_section(*row);
                in_notes = true;
                continue;
            }
            if (title_text && !name_text && !values && !aggregate_names.count(*title_text)) {
                // The next section's title (its price base, if it names one, must agree)?
                if (next_section < spec.sections.size()) {
                    if (const auto m = match(spec.sections[next_section].title, *title_text)) {
                        if (m->count("base")) {
                            if (base && *base != m->at("base"))
                                refuse(spec.sheet, *row, tc,
                                       expect("err_wb_base",
                                              "the price base {} of the other tables", *base),
                                       sheet->at(*row, tc));
                            base = m->at("base");
                        }
                        if (in_section)
                            end_section(*row);
                        begin_section(*row);
                        continue;
                    }
                }
                const bool note = is_note(*title_text);
                if (!note)
                    refuse(
                        spec.sheet, *row, tc,
                        next_section < spec.sections.size()
                            ? expect("err_wb_section_or_note",
                                     "the section '{}', an aggregate or a note",
                                     with_base(spec.sections[next_section].title, base.value_or(0)))
                            : expect("err_wb_note", "an aggregate or a note"),
                        sheet->at(*row, tc));
                check_note_years(*title_text, *row, tc);
                if (in_section)
                    end_section(*row);
                in_notes = true;
                continue;
            }
            if (!title_text && !name_text)
                continue; // no label: nothing of it can be stored (NATO's workbook has #REF! rows)
            if (stray)
                refuse(spec.sheet, stray->row, stray->column,
                       expect("err_wb_beyond_years", "nothing beyond the years (which end in {})",
                              cell_name(*row, last_column)),
                       stray);
            if (!in_section)
                refuse(spec.sheet, *row, tc,
                       expect("err_wb_section_first", "a section title before the figures"),
                       sheet->at(*row, title_text ? tc : name_column));
            // Which entity: an ally's name in the name column, an aggregate's in the title column.
            std::optional<EntityCode> entity;
            std::string label;
            if (name_text && !title_text) {
                label = *name_text;
                // "Czechia*" (national 2% law), "Albania (Leks)" (Table 1's currency).
                if (const auto paren = label.find(" ("); paren != std::string::npos)
                    label.erase(paren);
                while (!label.empty() && (label.back() == '*' || label.back() == ' '))
                    label.pop_back();
                if (const auto it = ally_names.find(label); it != ally_names.end())
                    entity = it->second;
            } else if (title_text && !name_text && spec.aggregates) {
                label = *title_text;
                if (const auto it = aggregate_names.find(label); it != aggregate_names.end())
                    entity = it->second;
            }
            if (!entity)
                refuse(spec.sheet, *row, name_text ? name_column : tc,
                       spec.aggregates
                           ? expect("err_wb_name_or_aggregate",
                                    "an ally's name as NATO spells it (allies.csv), or NATO Total "
                                    "or NATO Europe and Canada one column left")
                           : expect("err_wb_name", "an ally's name as NATO spells it (allies.csv)"),
                       sheet->at(*row, name_text ? name_column : tc));
            if (!seen.insert(entity->str()).second)
                refuse(spec.sheet, *row, name_text ? name_column : tc,
                       expect("err_wb_one_row", "one row for {} in the section", label),
                       sheet->at(*row, name_text ? name_column : tc));
            for (std::size_t i = 0; i < years.years.size(); ++i) {
                const auto column = year_column + static_cast<std::uint32_t>(i);
                const auto* c = sheet->at(*row, column);
                if (!c || normalized(c->text).empty())
                    continue; // not published for that year
                if (c->type != CellType::Number)
                    refuse(spec.sheet, *row, column,
                           expect("err_wb_number", "a number for {} in {}", label, years.years[i]),
                           c);
                if (indicator.empty())
                    continue;
                out.observations.push_back(
                    Observation{.edition = options.edition_id,
                                .entity = *entity,
                                .year = Year(years.years[i]),
                                .indicator = indicator,
                                .value = scale == Scale::Thousandth
                                             ? shift_decimal(c->text, -3).value_or(c->number / 1000)
                                             : c->number,
                                .estimate = years.estimate[i],
                                .source = fmt::format("NATO workbook {}, {} {}", options.file_name,
                                                      spec.sheet, cell_name(*row, column))});
                ++out.sections.back().values;
            }
        }
        if (in_section)
            end_section(rows.empty() ? 1 : rows.back());
        if (next_section < spec.sections.size())
            refuse(spec.sheet, rows.empty() ? 1 : rows.back(), tc,
                   expect("err_wb_section", "the section '{}'",
                          with_base(spec.sections[next_section].title, base.value_or(0))),
                   nullptr);
    }

    auto& e = out.edition;
    e.id = options.edition_id;
    const auto& y = *edition_years;
    e.first_year = Year(y.years.front());
    e.last_year = Year(y.years.back());
    for (std::size_t i = 0; i < y.years.size(); ++i)
        if (y.estimate[i])
            e.estimate_years.emplace_back(y.years[i]);
    e.title = fmt::format("Defence Expenditure of NATO Countries ({}-{})", y.years.front(),
                          y.years.back());
    e.published = options.published.empty() ? book.created : options.published;
    HAGUE_CHECK_FIELD(!e.published.empty(), ErrorKind::InvalidInput, "published",
                      "err_workbook_no_date",
                      "{} is needed: the workbook does not say when it was made");
    e.constant_price_base = base.value_or(0);
    e.source = "NATO workbook " + options.file_name;
    e.coverage = "Tables 1-3 and 5-8b read by hague import (Table 4 is derived from them and not "
                 "stored)";
    std::sort(out.observations.begin(), out.observations.end(),
              [](const Observation& a, const Observation& b) {
                  return std::tie(a.entity, a.indicator, a.year) <
                         std::tie(b.entity, b.indicator, b.year);
              });
    return out;
}

} // namespace hague::io
