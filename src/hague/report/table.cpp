#include "hague/report/table.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "hague/report/svg.hpp"

namespace hague::report {

std::string_view to_string(Format f) {
    switch (f) {
    case Format::Table: return "table";
    case Format::Csv: return "csv";
    case Format::Json: return "json";
    case Format::Html: return "html";
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

/// The text split at spaces into lines at most `width` wide; a word longer than that is cut.
std::vector<std::string> wrap_cell(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    if (display_width(text) <= width || width == 0) {
        lines.emplace_back(text);
        return lines;
    }
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string_view::npos)
            end = text.size();
        auto word = std::string(text.substr(start, end - start));
        while (display_width(word) > width) { // cut by code points
            if (!line.empty()) {
                lines.push_back(line);
                line.clear();
            }
            std::size_t cut = 0, cols = 0;
            while (cut < word.size() && cols < width) {
                ++cut;
                while (cut < word.size() && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80)
                    ++cut;
                ++cols;
            }
            lines.push_back(word.substr(0, cut));
            word = word.substr(cut);
        }
        if (!word.empty()) {
            if (!line.empty() && display_width(line) + 1 + display_width(word) > width) {
                lines.push_back(line);
                line.clear();
            }
            line += (line.empty() ? "" : " ") + word;
        }
        start = end + 1;
    }
    if (!line.empty() || lines.empty())
        lines.push_back(line);
    return lines;
}

/// One row of cells, each wrapped to its column's width: as many lines as its tallest cell.
/// Header and unit cells sit at the bottom of their line block, so units stay under headers.
void append_line(std::string& out, const std::vector<std::string>& cells,
                 const std::vector<std::size_t>& widths, const std::vector<Column>& cols,
                 const std::vector<std::size_t>& which, bool bottom) {
    std::vector<std::vector<std::string>> wrapped;
    std::size_t height = 1;
    for (const auto i : which) {
        wrapped.push_back(wrap_cell(i < cells.size() ? cells[i] : std::string{}, widths[i]));
        height = std::max(height, wrapped.back().size());
    }
    for (std::size_t l = 0; l < height; ++l) {
        std::string line;
        for (std::size_t k = 0; k < which.size(); ++k) {
            const auto i = which[k];
            if (k)
                line += "  ";
            const auto& w = wrapped[k];
            const auto offset = bottom ? height - w.size() : 0;
            const bool has = l >= offset && l - offset < w.size();
            pad(line, has ? w[l - offset] : std::string{}, widths[i], cols[i].align);
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out += line;
        out += '\n';
    }
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
    const std::size_t n = t.columns.size();
    // Each column's natural width, and the narrowest it can be: its longest word (headers and
    // units wrap at spaces); a right-aligned (numeric) column never wraps its cells.
    std::vector<std::size_t> widths(n, 0), narrowest(n, 1);
    bool any_unit = false;
    auto longest_word = [](std::string_view text) {
        std::size_t longest = 0, start = 0;
        while (start <= text.size()) {
            auto end = text.find(' ', start);
            if (end == std::string_view::npos)
                end = text.size();
            longest = std::max(longest, display_width(text.substr(start, end - start)));
            start = end + 1;
        }
        return longest;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const auto& c = t.columns[i];
        widths[i] = std::max(display_width(c.header), display_width(c.unit));
        narrowest[i] = std::max({std::size_t{1}, longest_word(c.header), longest_word(c.unit)});
        any_unit = any_unit || !c.unit.empty();
    }
    for (const auto& row : t.rows)
        for (std::size_t i = 0; i < row.size() && i < n; ++i) {
            widths[i] = std::max(widths[i], display_width(row[i]));
            narrowest[i] =
                std::max(narrowest[i], t.columns[i].align == Align::Right
                                           ? display_width(row[i])
                                           : std::min<std::size_t>(longest_word(row[i]), 24));
        }
    auto span = [&](const std::vector<std::size_t>& which) {
        std::size_t total = 0;
        for (const auto i : which)
            total += widths[i];
        return total + (which.empty() ? 0 : 2 * (which.size() - 1));
    };
    std::vector<std::size_t> all(n);
    for (std::size_t i = 0; i < n; ++i)
        all[i] = i;
    // Narrow the widest column that can give, one column at a time, until the table fits.
    while (span(all) > max_table_width) {
        std::size_t best = n;
        for (std::size_t i = 0; i < n; ++i)
            if (widths[i] > narrowest[i] &&
                (best == n || widths[i] - narrowest[i] > widths[best] - narrowest[best]))
                best = i;
        if (best == n)
            break;
        widths[best] -= std::min(widths[best] - narrowest[best], span(all) - max_table_width);
    }
    // Still too wide (many numeric columns: `show`): blocks of columns, each with the first
    // column (the row's key: a year, an ally) again.
    std::vector<std::vector<std::size_t>> blocks;
    if (span(all) <= max_table_width || n < 2) {
        blocks.push_back(all);
    } else {
        std::vector<std::size_t> block{0};
        for (std::size_t i = 1; i < n; ++i) {
            auto wider = block;
            wider.push_back(i);
            if (block.size() > 1 && span(wider) > max_table_width) {
                blocks.push_back(block);
                block = {0, i};
            } else {
                block = std::move(wider);
            }
        }
        blocks.push_back(block);
    }

    std::string out;
    if (!t.title.empty())
        out += t.title + "\n\n";
    std::vector<std::string> headers, units;
    for (const auto& c : t.columns) {
        headers.push_back(c.header);
        units.push_back(c.unit);
    }
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const auto& which = blocks[b];
        if (b)
            out += "\n";
        append_line(out, headers, widths, t.columns, which, true);
        if (any_unit)
            append_line(out, units, widths, t.columns, which, false);
        const std::string rule(span(which), '-');
        out += rule + "\n";
        for (const auto& row : t.rows) {
            if (row.empty())
                out += rule + "\n";
            else
                append_line(out, row, widths, t.columns, which, false);
        }
    }
    if (!t.notes.empty()) {
        out += "\n";
        for (const auto& note : t.notes)
            out += note + "\n";
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

namespace {

bool is_numeric_column(const Table& t, std::size_t c) {
    return t.columns[c].align == Align::Right;
}

} // namespace

std::string render_html(const Table& t) {
    std::string out = "<table>\n";
    if (!t.title.empty())
        out += fmt::format("<caption>{}</caption>\n", escape_xml(t.title));
    out += "<thead><tr>";
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
        const auto& col = t.columns[c];
        out += fmt::format(
            "<th scope=\"col\"{}>{}{}</th>", is_numeric_column(t, c) ? " class=\"num\"" : "",
            escape_xml(col.header),
            col.unit.empty() ? std::string()
                             : fmt::format("<span class=\"unit\">{}</span>", escape_xml(col.unit)));
    }
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
        if (row.empty()) {
            out +=
                fmt::format("<tr class=\"sep\"><td colspan=\"{}\"></td></tr>\n", t.columns.size());
            continue;
        }
        out += "<tr>";
        for (std::size_t c = 0; c < row.size(); ++c)
            out +=
                fmt::format("<td{}>{}</td>",
                            c < t.columns.size() && is_numeric_column(t, c) ? " class=\"num\"" : "",
                            escape_xml(row[c]));
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    if (!t.notes.empty()) {
        out += "<div class=\"table-notes\">";
        for (const auto& n : t.notes)
            out += fmt::format("<p>{}</p>", escape_xml(n));
        out += "</div>\n";
    }
    return out;
}

} // namespace hague::report
