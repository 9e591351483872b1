#include "hague/report/table.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace hague::report {

std::string_view to_string(Format f) {
    switch (f) {
    case Format::Table: return "table";
    case Format::Csv: return "csv";
    case Format::Json: return "json";
    }
    return "table";
}

std::optional<Format> parse_format(std::string_view text) {
    for (auto f : {Format::Table, Format::Csv, Format::Json})
        if (text == to_string(f))
            return f;
    return std::nullopt;
}

std::size_t display_width(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

namespace {

void pad(std::string& out, std::string_view cell, std::size_t width, Align align) {
    const auto fill = width - std::min(width, display_width(cell));
    if (align == Align::Right)
        out.append(fill, ' ');
    out.append(cell);
    if (align == Align::Left)
        out.append(fill, ' ');
}

void append_line(std::string& out, const std::vector<std::string>& cells,
                 const std::vector<std::size_t>& widths, const std::vector<Column>& cols) {
    std::string line;
    for (std::size_t i = 0; i < cols.size(); ++i) {
        if (i)
            line += "  ";
        pad(line, i < cells.size() ? cells[i] : std::string{}, widths[i], cols[i].align);
    }
    while (!line.empty() && line.back() == ' ')
        line.pop_back();
    out += line;
    out += '\n';
}

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\n\r") == std::string_view::npos)
        return std::string(s);
    std::string q = "\"";
    for (char c : s) {
        if (c == '"')
            q += '"';
        q += c;
    }
    return q + "\"";
}

} // namespace

std::string render_text(const Table& t) {
    std::vector<std::size_t> widths(t.columns.size(), 0);
    bool any_unit = false;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        widths[i] = std::max(display_width(t.columns[i].header), display_width(t.columns[i].unit));
        any_unit = any_unit || !t.columns[i].unit.empty();
    }
    for (const auto& row : t.rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], display_width(row[i]));

    std::string out;
    if (!t.title.empty())
        out += t.title + "\n\n";
    std::vector<std::string> headers, units;
    for (const auto& c : t.columns) {
        headers.push_back(c.header);
        units.push_back(c.unit);
    }
    append_line(out, headers, widths, t.columns);
    if (any_unit)
        append_line(out, units, widths, t.columns);
    std::size_t total = 0;
    for (auto w : widths)
        total += w;
    total += widths.empty() ? 0 : 2 * (widths.size() - 1);
    const std::string rule(total, '-');
    out += rule + "\n";
    for (const auto& row : t.rows) {
        if (row.empty())
            out += rule + "\n";
        else
            append_line(out, row, widths, t.columns);
    }
    if (!t.notes.empty()) {
        out += "\n";
        for (const auto& n : t.notes)
            out += n + "\n";
    }
    return out;
}

std::string render_csv(const Table& t) {
    std::string out;
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        out += (i ? "," : "") + csv_field(t.columns[i].header);
    out += "\n";
    for (const auto& row : t.rows) {
        if (row.empty())
            continue;
        for (std::size_t i = 0; i < row.size(); ++i)
            out += (i ? "," : "") + csv_field(row[i]);
        out += "\n";
    }
    return out;
}

} // namespace hague::report
