#pragma once
/// A result's columns, declared once: each a name and how to read its value from a row. The CSV
/// and the JSON of a result are both written from the same list, so a field of the JSON is a
/// column of the CSV with the same name (tests/usecase/columns_test.cpp holds every use case to
/// it). The text table chooses its own subset for people, in the reader's language.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "hague/report/table.hpp"

namespace hague::report {

/// One value as both machine formats write it: nothing (CSV empty, JSON null), a flag, a whole
/// number, a number (written exactly), or text.
using Cell = std::variant<std::monostate, bool, std::int64_t, double, std::string>;

/// An optional number as a cell: empty when absent.
[[nodiscard]] Cell cell(const std::optional<double>& v);
/// An optional flag as a cell: empty when absent.
[[nodiscard]] Cell cell(const std::optional<bool>& v);
/// An optional text as a cell: empty when absent.
[[nodiscard]] Cell cell(const std::optional<std::string>& v);

/// The cell as CSV writes it: "", "true"/"false", digits, format_exact, the text.
[[nodiscard]] std::string csv_text(const Cell& c);
/// The cell as JSON writes it.
[[nodiscard]] nlohmann::ordered_json json_value(const Cell& c);

/// A CSV row by column name.
using NamedRow = std::map<std::string, std::string, std::less<>>;
/// A CSV table of the named rows, with `columns` in that order (a row without one leaves it
/// empty; a name no column has is a programmer's error: Internal).
[[nodiscard]] Table named_table(const std::vector<std::string>& columns,
                                const std::vector<NamedRow>& rows);

/// A named column of rows of type Row.
template <typename Row> struct Col {
    std::string name;                     ///< the CSV header and the JSON key
    std::function<Cell(const Row&)> read; ///< the row's value
};
template <typename Row> using Cols = std::vector<Col<Row>>;

/// A row as a JSON object: every column, in order.
template <typename Row>
[[nodiscard]] nlohmann::ordered_json json_object(const Cols<Row>& cols, const Row& row) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& c : cols)
        out[c.name] = json_value(c.read(row));
    return out;
}

/// A CSV table of several kinds of row (allies, groups): the columns every row shares (the
/// edition, the year ...), then `kind`, then the columns of each kind in order of first
/// appearance; a row leaves the columns of other kinds empty.
class CsvBuilder {
  public:
    /// The columns every row repeats, with their values. A kind's column of the same name holds
    /// that row's own value instead.
    explicit CsvBuilder(std::vector<std::pair<std::string, Cell>> shared);

    /// Adds the rows of one kind ("ally", "group").
    template <typename Row>
    void add(const std::string& kind, const Cols<Row>& cols, const std::vector<Row>& rows) {
        for (const auto& c : cols)
            note_column(c.name);
        for (const auto& row : rows) {
            auto cells = shared_row_;
            cells["kind"] = kind;
            for (const auto& c : cols)
                cells[c.name] = csv_text(c.read(row));
            rows_.push_back(std::move(cells));
        }
    }
    /// The table: shared columns, kind, the kinds' columns, then `trailing`: columns every row
    /// repeats that came later than the others (so that a CSV only gains columns at its end).
    [[nodiscard]] Table table(const std::vector<std::pair<std::string, Cell>>& trailing = {}) const;

  private:
    /// Adds `name` to the columns after `kind`, unless a shared column or a kind has it already.
    void note_column(const std::string& name);
    std::vector<std::string> columns_; ///< shared, kind, then the kinds' columns
    NamedRow shared_row_;              ///< the shared columns' values
    std::vector<NamedRow> rows_;
};

} // namespace hague::report
