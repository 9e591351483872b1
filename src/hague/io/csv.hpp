#pragma once
/// A strict RFC 4180 CSV reader: quoted fields, doubled quotes, LF or CRLF line ends.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hague::io {

/// One data row and the line it started on (1-based, the header is line 1).
struct CsvRow {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

/// A parsed file: header names and rows, each with as many fields as the header.
class CsvTable {
  public:
    CsvTable(std::string name, std::vector<std::string> header, std::vector<CsvRow> rows);

    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }
    [[nodiscard]] const std::vector<CsvRow>& rows() const noexcept { return rows_; }
    /// Index of a header column; throws DataIntegrity naming the file and the missing column.
    [[nodiscard]] std::size_t column(std::string_view name) const;

  private:
    std::string name_;
    std::vector<std::string> header_;
    std::vector<CsvRow> rows_;
};

/// Parses text; `name` is used in errors ("observations.csv:12: ..."). Throws DataIntegrity on an
/// unterminated quote, a stray quote, or a row whose field count differs from the header's.
[[nodiscard]] CsvTable parse_csv(std::string_view text, std::string name);

/// One field as RFC 4180 writes it: quoted (quotes doubled) when it holds a comma, a quote or a
/// line break, as it is otherwise.
[[nodiscard]] std::string csv_field(std::string_view text);

} // namespace hague::io
