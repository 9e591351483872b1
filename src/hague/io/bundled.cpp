#include "hague/io/bundled.hpp"

#include "hague/core/error.hpp"
#include "hague/io/csv.hpp"
#include "hague/io/dataset_reader.hpp"

namespace hague::io {

std::string_view bundled_file(std::string_view name) {
    for (std::size_t i = 0; i < detail::bundled_file_count; ++i)
        if (detail::bundled_files[i].name == name)
            return detail::bundled_files[i].content;
    HAGUE_FAIL(ErrorKind::Internal, "no bundled file '{}'", name);
}

std::string bundled_digest() {
    return detail::bundled_digest_sha256;
}

namespace {
std::vector<LevelBreak> parse_breaks() {
    const auto table = parse_csv(bundled_file("breaks.csv"), "breaks.csv");
    const auto entity = table.column("entity"), year = table.column("year"),
               series = table.column("series"), editions = table.column("editions"),
               source = table.column("source"), note = table.column("note");
    std::vector<LevelBreak> out;
    for (const auto& row : table.rows()) {
        const auto code = EntityCode::parse(row.fields[entity]);
        const auto y = Year::parse(row.fields[year]);
        HAGUE_REQUIRE(code && y && row.fields[series] == "gdp", ErrorKind::DataIntegrity,
                      "breaks.csv:{}: '{}', '{}', '{}' is not an ISO3 code, a year and 'gdp'",
                      row.line, row.fields[entity], row.fields[year], row.fields[series]);
        out.push_back({*code, *y, row.fields[series], row.fields[editions], row.fields[source],
                       row.fields[note]});
    }
    return out;
}
} // namespace

const std::vector<LevelBreak>& bundled_breaks() {
    static const std::vector<LevelBreak> breaks = parse_breaks(); // the embedded file never changes
    return breaks;
}

Dataset bundled_dataset() {
    DatasetFiles files;
    files.editions = bundled_file("editions.csv");
    files.allies = bundled_file("allies.csv");
    files.indicators = bundled_file("indicators.csv");
    files.observations = bundled_file("observations.csv");
    files.pledges = bundled_file("pledges.csv");
    files.commitments = bundled_file("commitments.csv");
    files.sipri = bundled_file("sipri.csv");
    files.missing = bundled_file("missing.csv");
    return read_dataset(files);
}

} // namespace hague::io
