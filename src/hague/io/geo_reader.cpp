#include "hague/io/geo_reader.hpp"

#include <charconv>
#include <cmath>
#include <set>

#include "hague/core/error.hpp"
#include "hague/io/bundled.hpp"
#include "hague/io/csv.hpp"

namespace hague::io {

namespace {

double parse_pixels(const std::string& s, const std::string& file, std::size_t line) {
    double value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    HAGUE_REQUIRE(ec == std::errc{} && ptr == s.data() + s.size() && std::isfinite(value) &&
                      value > 0 && value <= 10'000,
                  ErrorKind::DataIntegrity, "{}:{}: '{}' is not a size in pixels (0 to 10000)",
                  file, line, s);
    return value;
}

} // namespace

MapData read_map(std::string_view panels_csv, std::string_view outlines_csv) {
    MapData map;
    const auto panels = parse_csv(panels_csv, "panels.csv");
    const auto pid = panels.column("panel"), pw = panels.column("width"),
               ph = panels.column("height");
    std::set<std::string, std::less<>> ids;
    for (const auto& row : panels.rows()) {
        MapPanel p{row.fields[pid], parse_pixels(row.fields[pw], panels.name(), row.line),
                   parse_pixels(row.fields[ph], panels.name(), row.line)};
        HAGUE_REQUIRE(ids.insert(p.id).second, ErrorKind::DataIntegrity,
                      "panels.csv:{}: panel '{}' appears twice", row.line, p.id);
        map.panels.push_back(std::move(p));
    }
    const auto outlines = parse_csv(outlines_csv, "outlines.csv");
    const auto op = outlines.column("panel"), oa = outlines.column("ally"),
               on = outlines.column("name"), od = outlines.column("d");
    for (const auto& row : outlines.rows()) {
        MapOutline o{row.fields[op], row.fields[oa], row.fields[on], row.fields[od]};
        HAGUE_REQUIRE(ids.count(o.panel), ErrorKind::DataIntegrity,
                      "outlines.csv:{}: panel '{}' is not in panels.csv", row.line, o.panel);
        HAGUE_REQUIRE(!o.path.empty() && o.path.front() == 'M' &&
                          o.path.find_first_not_of("MLZ0123456789.- ") == std::string::npos,
                      ErrorKind::DataIntegrity,
                      "outlines.csv:{}: the path of '{}' is not SVG path data (M, L, Z, numbers)",
                      row.line, o.name);
        map.outlines.push_back(std::move(o));
    }
    return map;
}

MapData bundled_map() {
    return read_map(bundled_file("panels.csv"), bundled_file("outlines.csv"));
}

} // namespace hague::io
