#pragma once
/// A table as people and spreadsheets read it, and its renderers: aligned text and CSV.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hague::report {

/// Output format chosen with --format.
/// How a result is written: a text table, CSV, JSON, or the text table as an HTML fragment (the
/// dashboard's; not a value of --format, which parse_format keeps to the first three).
enum class Format { Table, Csv, Json, Html };

/// "table", "csv" or "json".
[[nodiscard]] std::string_view to_string(Format f);
/// Parses "table", "csv" or "json"; nullopt for anything else.
[[nodiscard]] std::optional<Format> parse_format(std::string_view text);

enum class Align { Left, Right };

/// A column: its header, its unit (printed under the header in text), and its alignment.
struct Column {
    Column(std::string h, std::string u = {}, Align a = Align::Left)
        : header(std::move(h)), unit(std::move(u)), align(a) {}
    std::string header;
    std::string unit;
    Align align;
};

/// Rows of cells already formatted as text. A row with no cells is a separator line.
struct Table {
    std::string title;
    std::vector<Column> columns;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> notes; ///< printed under the table: summary, legend, sources
};

/// The widest a text table gets (terminal columns): a newsroom's terminal, a printed page.
inline constexpr std::size_t max_table_width = 100;

/// Aligned plain text: title, headers, units, a rule, the rows, then the notes. A table wider
/// than max_table_width wraps its headers, units and text cells at spaces; one that still does
/// not fit (many numeric columns) is printed in blocks of columns, each repeating the first.
[[nodiscard]] std::string render_text(const Table& t);
/// RFC 4180 CSV: header line, then the rows (separator rows skipped); no title, no notes.
[[nodiscard]] std::string render_csv(const Table& t);
/// An HTML <table> (title as caption, units under the headers, notes as a footnote block).
[[nodiscard]] std::string render_html(const Table& t);
/// Width of UTF-8 text in terminal columns (one per code point; hague prints no wide characters).
[[nodiscard]] std::size_t display_width(std::string_view utf8);

} // namespace hague::report
