#include "hague/report/columns.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "hague/core/error.hpp"
#include "hague/report/format.hpp"

namespace hague::report {

Cell cell(const std::optional<double>& v) {
    return v ? Cell(*v) : Cell();
}
Cell cell(const std::optional<bool>& v) {
    return v ? Cell(*v) : Cell();
}
Cell cell(const std::optional<std::string>& v) {
    return v ? Cell(*v) : Cell();
}

std::string csv_text(const Cell& c) {
    struct Visit {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(bool b) const { return b ? "true" : "false"; }
        std::string operator()(std::int64_t i) const { return fmt::format("{}", i); }
        std::string operator()(double d) const { return format_exact(d); }
        std::string operator()(const std::string& s) const { return s; }
    };
    return std::visit(Visit{}, c);
}

nlohmann::ordered_json json_value(const Cell& c) {
    struct Visit {
        nlohmann::ordered_json operator()(std::monostate) const { return nullptr; }
        nlohmann::ordered_json operator()(bool b) const { return b; }
        nlohmann::ordered_json operator()(std::int64_t i) const { return i; }
        nlohmann::ordered_json operator()(double d) const { return d; }
        nlohmann::ordered_json operator()(const std::string& s) const { return s; }
    };
    return std::visit(Visit{}, c);
}

Table named_table(const std::vector<std::string>& columns, const std::vector<NamedRow>& rows) {
    Table t;
    for (const auto& name : columns)
        t.columns.emplace_back(name);
    for (const auto& r : rows) {
        for (const auto& [name, value] : r)
            HAGUE_REQUIRE(std::find(columns.begin(), columns.end(), name) != columns.end(),
                          ErrorKind::Internal, "CSV row has a column '{}' the table has not", name);
        std::vector<std::string> cells;
        for (const auto& name : columns) {
            const auto it = r.find(name);
            cells.push_back(it == r.end() ? std::string() : it->second);
        }
        t.rows.push_back(std::move(cells));
    }
    return t;
}

CsvBuilder::CsvBuilder(std::vector<std::pair<std::string, Cell>> shared) {
    for (auto& [name, value] : shared) {
        columns_.push_back(name);
        shared_row_[name] = csv_text(value);
    }
    columns_.emplace_back("kind");
}

void CsvBuilder::note_column(const std::string& name) {
    // A row's column named as a shared one holds the row's own value there (gap in national
    // currencies: each ally's `currency` is its own ISO code where the shared one says NC).
    if (std::find(columns_.begin(), columns_.end(), name) == columns_.end())
        columns_.push_back(name);
}

Table CsvBuilder::table(const std::vector<std::pair<std::string, Cell>>& trailing) const {
    auto columns = columns_;
    auto rows = rows_;
    for (const auto& [name, value] : trailing) {
        columns.push_back(name);
        for (auto& r : rows)
            r[name] = csv_text(value);
    }
    return named_table(columns, rows);
}

} // namespace hague::report
