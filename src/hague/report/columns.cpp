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

CsvBuilder::CsvBuilder(std::vector<std::pair<std::string, Cell>> shared)
    : shared_(std::move(shared)) {}

std::size_t CsvBuilder::column(const std::string& name) {
    // A row's column named as a shared one holds the row's own value there (gap in national
    // currencies: each ally's `currency` is its own ISO code where the shared one says NC).
    for (std::size_t i = 0; i < shared_.size(); ++i)
        if (shared_[i].first == name)
            return i;
    const auto it = std::find(names_.begin(), names_.end(), name);
    const auto after = shared_.size() + 1;
    if (it != names_.end())
        return after + static_cast<std::size_t>(it - names_.begin());
    names_.push_back(name);
    return after + names_.size() - 1;
}

Table CsvBuilder::table(const std::vector<std::pair<std::string, Cell>>& trailing) const {
    Table t;
    for (const auto& [name, value] : shared_)
        t.columns.emplace_back(name);
    t.columns.emplace_back("kind");
    for (const auto& name : names_)
        t.columns.emplace_back(name);
    for (const auto& [name, value] : trailing)
        t.columns.emplace_back(name);
    std::vector<std::string> common;
    for (const auto& [name, value] : shared_)
        common.push_back(csv_text(value));
    for (const auto& r : rows_) {
        auto row = common;
        row.push_back(r.kind);
        row.resize(common.size() + 1 + names_.size());
        for (const auto& [at, text] : r.cells)
            row[at] = text;
        for (const auto& [name, value] : trailing)
            row.push_back(csv_text(value));
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace hague::report
