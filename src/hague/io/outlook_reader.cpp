#include "hague/io/outlook_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include "hague/core/entity_code.hpp"
#include "hague/core/error.hpp"
#include "hague/core/year.hpp"
#include "hague/io/csv.hpp"

namespace hague::io {

namespace {
std::optional<double> percent(const std::string& s, const std::string& file, std::size_t line,
                              const char* column) {
    if (s.empty())
        return std::nullopt;
    double v = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    HAGUE_CHECK(ec == std::errc{} && ptr == s.data() + s.size() && v > -50 && v < 100,
                ErrorKind::InvalidInput, "err_percentage_between",
                "{}:{}: {} '{}' is not a percentage between -50 and 100", file, line, column, s);
    return v;
}
} // namespace

std::map<std::pair<std::string, int>, OutlookRow> parse_outlook(std::string_view text,
                                                                const std::string& name) {
    std::map<std::pair<std::string, int>, OutlookRow> out;
    CsvTable table = [&] {
        try {
            return parse_csv(text, name);
        } catch (const Error& e) {
            throw Error(ErrorKind::InvalidInput, e.what());
        }
    }();
    const auto& h = table.header();
    auto has = [&](const char* c) { return std::find(h.begin(), h.end(), c) != h.end(); };
    // Every column is one hague reads or a documentation column, once: a misspelt
    // "real_growth" would otherwise be ignored, and with it every figure in it.
    static const std::set<std::string> known = {
        "iso3",   "year", "real_growth_pct",   "real_gdp_growth_pct", "inflation_pct",
        "source", "note", "nominal_gdp_usd_bn"};
    std::set<std::string> seen;
    for (const auto& c : h) {
        HAGUE_CHECK(known.count(c), ErrorKind::InvalidInput, "err_outlook_unknown_column",
                    "{}: column '{}' is not one of iso3, year, real_growth_pct (or "
                    "real_gdp_growth_pct), inflation_pct, source, note, nominal_gdp_usd_bn",
                    name, c);
        HAGUE_CHECK(seen.insert(c).second, ErrorKind::InvalidInput, "err_outlook_column_twice",
                    "{}: column '{}' appears twice", name, c);
    }
    HAGUE_CHECK(!(has("real_growth_pct") && has("real_gdp_growth_pct")), ErrorKind::InvalidInput,
                "err_outlook_column_twice", "{}: column '{}' appears twice", name,
                std::string("real_growth_pct"));
    HAGUE_CHECK(has("iso3") && has("year"), ErrorKind::InvalidInput, "err_header_needs_iso_year",
                "{}: the header needs iso3 and year (iso3,year,real_growth_pct,inflation_pct)",
                name);
    const char* growth = has("real_growth_pct")       ? "real_growth_pct"
                         : has("real_gdp_growth_pct") ? "real_gdp_growth_pct"
                                                      : nullptr;
    const bool inflation = has("inflation_pct");
    HAGUE_CHECK(growth || inflation, ErrorKind::InvalidInput, "err_real_growth_pct_inflation",
                "{}: no real_growth_pct or inflation_pct column", name);
    for (const auto& row : table.rows()) {
        const auto& iso = row.fields[table.column("iso3")];
        const auto code = EntityCode::parse(iso);
        HAGUE_CHECK(code && !code->is_aggregate(), ErrorKind::InvalidInput, "err_iso_iso_code_deu",
                    "{}:{}: iso3 '{}' is not an ISO3 code such as DEU", name, row.line, iso);
        const auto& ys = row.fields[table.column("year")];
        const auto y = Year::parse(ys);
        HAGUE_CHECK(y.has_value(), ErrorKind::InvalidInput, "err_year_year",
                    "{}:{}: year '{}' is not a year", name, row.line, ys);
        OutlookRow r;
        r.line = row.line;
        if (growth)
            r.real_growth_pct = percent(row.fields[table.column(growth)], name, row.line, growth);
        if (inflation)
            r.inflation_pct =
                percent(row.fields[table.column("inflation_pct")], name, row.line, "inflation_pct");
        HAGUE_CHECK(out.emplace(std::pair{code->str(), y->value()}, r).second,
                    ErrorKind::InvalidInput, "err_appears_twice", "{}:{}: {} {} appears twice",
                    name, row.line, code->str(), y->value());
    }
    return out;
}

std::map<std::pair<std::string, int>, OutlookRow> read_outlook_file(const std::string& path) {
    std::error_code ec; // a directory opens and reads as empty: say what it is
    HAGUE_CHECK(!std::filesystem::is_directory(path, ec), ErrorKind::InvalidInput,
                "err_outlook_is_directory", "outlook '{}' is a directory; give a .csv file", path);
    std::ifstream in(path, std::ios::binary);
    HAGUE_CHECK(in.good(), ErrorKind::Io, "err_cannot_read_outlook", "cannot read outlook '{}': {}",
                path, std::strerror(errno));
    std::string text(max_outlook_bytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    HAGUE_CHECK(text.size() <= max_outlook_bytes, ErrorKind::InvalidInput,
                "err_outlook_larger_than_bytes", "outlook '{}' is larger than {} bytes", path,
                max_outlook_bytes);
    return parse_outlook(text, path);
}

} // namespace hague::io
