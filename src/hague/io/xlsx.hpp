#pragma once
/// A bounded reader of .xlsx workbooks (Office Open XML spreadsheets): the cells of each sheet,
/// as text and numbers, nothing else (no formulas evaluated, no styles). Reads through libzip and
/// pugixml with limits on every size, so that a zip bomb, a billion-laughs document or a
/// truncated file is refused quickly with one line (ErrorKind::InvalidInput naming the file).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hague::io {

/// The bounds of one read. The defaults are far above NATO's and SIPRI's workbooks (180 KB and
/// 870 KB compressed; the largest part 2.3 MB) and far below what would hurt the machine.
struct XlsxLimits {
    std::uint64_t max_file_bytes = 64ull << 20;   ///< the .xlsx itself
    std::uint64_t max_entries = 10'000;           ///< parts in the zip archive
    std::uint64_t max_part_bytes = 64ull << 20;   ///< one part, uncompressed
    std::uint64_t max_total_bytes = 256ull << 20; ///< the parts read, uncompressed
    std::uint64_t max_ratio = 1'000;              ///< uncompressed / compressed, per part
    std::uint64_t max_shared_strings = 1'000'000; ///< entries of sharedStrings.xml
    std::uint64_t max_sheets = 256;               ///< sheets in the workbook
    std::uint64_t max_cells = 5'000'000;          ///< cells in one sheet
    unsigned max_depth = 64;                      ///< XML element nesting
};

/// Formula: a formula whose result the file does not hold (its text is "=" and the formula).
enum class CellType { Number, Text, Error, Boolean, Formula };

/// One non-empty cell. Rows and columns count from 1 (A1 is row 1, column 1).
struct Cell {
    std::uint32_t row = 0;
    std::uint32_t column = 0;
    CellType type = CellType::Text;
    std::string text;  ///< the cell's text: a number as written in the file ("20414040.36145683")
    double number = 0; ///< Number and Boolean cells
    std::uint32_t style = 0; ///< index into Workbook::font_colors (the cell's xf)
};

/// A sheet's non-empty cells in row, then column order.
struct Sheet {
    std::string name;
    std::vector<Cell> cells;
    /// The cell at (row, column), or nullptr when it is empty.
    [[nodiscard]] const Cell* at(std::uint32_t row, std::uint32_t column) const;
};

struct Workbook {
    std::vector<Sheet> sheets; ///< in the workbook's order
    std::string created;       ///< docProps/core.xml's creation date (YYYY-MM-DD), if it has one
    /// The font colour of each cell style (styles.xml's cellXfs, by index): "indexed:12",
    /// "rgb:FF0000FF", "theme:1", or "" for the default. SIPRI marks estimates in blue.
    std::vector<std::string> font_colors;
    /// The font colour of a cell ("" when its style has none).
    [[nodiscard]] std::string font_color(const Cell& c) const;
    /// The sheet called `name`, or nullptr.
    [[nodiscard]] const Sheet* sheet(std::string_view name) const;
};

/// Reads the workbook at `path`. InvalidInput naming the file and what is wrong (not a zip, a
/// part missing or malformed, a limit exceeded); Io when it cannot be read at all.
[[nodiscard]] Workbook read_xlsx(const std::string& path, const XlsxLimits& limits = {});

/// The same from bytes already in memory (the fuzz target); `name` is used in messages.
[[nodiscard]] Workbook read_xlsx_bytes(std::string_view bytes, std::string_view name,
                                       const XlsxLimits& limits = {});

/// `text` (a number as a workbook writes it: "4.1129929782232261E-2", "20414040.36145683") times
/// 10^places, on its decimal digits: the double nearest the shifted decimal, not a product of
/// doubles. nullopt for text that is not a number.
[[nodiscard]] std::optional<double> shift_decimal(std::string_view text, int places);

/// "B4" for row 4, column 2.
[[nodiscard]] std::string cell_name(std::uint32_t row, std::uint32_t column);
/// Row and column of "B4"; nullopt for anything else.
[[nodiscard]] std::optional<std::pair<std::uint32_t, std::uint32_t>>
parse_cell_name(std::string_view name);

} // namespace hague::io
