#include "hague/io/dataset_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "hague/core/error.hpp"
#include "hague/io/csv.hpp"

namespace hague::io {

namespace {

/// Field access with errors that name the file, the line and the column.
class RowReader {
  public:
    RowReader(const CsvTable& table, const CsvRow& row) : table_(table), row_(row) {}

    const std::string& text(std::string_view column) const {
        return row_.fields[table_.column(column)];
    }

    double number(std::string_view column) const {
        const auto& s = text(column);
        double value = 0;
        auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
        HAGUE_REQUIRE(ec == std::errc{} && ptr == s.data() + s.size() && std::isfinite(value),
                      ErrorKind::DataIntegrity, "{}:{}: {} '{}' is not a number", table_.name(),
                      row_.line, column, s);
        return value;
    }

    Year year(std::string_view column) const {
        const auto& s = text(column);
        auto y = Year::parse(s);
        HAGUE_REQUIRE(y.has_value(), ErrorKind::DataIntegrity,
                      "{}:{}: {} '{}' is not a year between {} and {}", table_.name(), row_.line,
                      column, s, Year::min_value, Year::max_value);
        return *y;
    }

    std::optional<Year> optional_year(std::string_view column) const {
        if (text(column).empty())
            return std::nullopt;
        return year(column);
    }

    bool boolean(std::string_view column) const {
        const auto& s = text(column);
        HAGUE_REQUIRE(s == "true" || s == "false", ErrorKind::DataIntegrity,
                      "{}:{}: {} '{}' is not true or false", table_.name(), row_.line, column, s);
        return s == "true";
    }

    EntityCode entity(std::string_view column) const {
        const auto& s = text(column);
        auto code = EntityCode::parse(s);
        HAGUE_REQUIRE(code.has_value(), ErrorKind::DataIntegrity,
                      "{}:{}: {} '{}' is not an ISO3 code or a NATO aggregate", table_.name(),
                      row_.line, column, s);
        return *code;
    }

    std::size_t line() const { return row_.line; }
    const std::string& file() const { return table_.name(); }

  private:
    const CsvTable& table_;
    const CsvRow& row_;
};

template <typename F> void for_each_row(std::string_view text, const char* name, F&& f) {
    const auto table = parse_csv(text, name);
    for (const auto& row : table.rows())
        f(RowReader(table, row));
}

std::vector<Year> parse_year_list(const RowReader& r, std::string_view column) {
    std::vector<Year> years;
    std::string_view rest = r.text(column);
    while (!rest.empty()) {
        const auto semi = rest.find(';');
        const auto item = rest.substr(0, semi);
        auto y = Year::parse(item);
        HAGUE_REQUIRE(y.has_value(), ErrorKind::DataIntegrity, "{}:{}: {} item '{}' is not a year",
                      r.file(), r.line(), column, item);
        years.push_back(*y);
        rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
    }
    return years;
}

Edition read_edition(const RowReader& r) {
    Edition e;
    e.id = r.text("edition");
    e.title = r.text("title");
    e.published = r.text("published");
    const auto& span = r.text("years");
    const auto dash = span.find('-');
    auto first = Year::parse(std::string_view(span).substr(0, dash));
    auto last = dash == std::string::npos ? std::nullopt
                                          : Year::parse(std::string_view(span).substr(dash + 1));
    HAGUE_REQUIRE(first && last && *first <= *last, ErrorKind::DataIntegrity,
                  "{}:{}: years '{}' is not a range such as 2014-2026", r.file(), r.line(), span);
    e.first_year = *first;
    e.last_year = *last;
    e.estimate_years = parse_year_list(r, "estimate_years");
    e.constant_price_base = r.year("constant_price_base").value();
    e.source = r.text("source");
    e.coverage = r.text("coverage");
    return e;
}

Commitment read_commitment(const RowReader& r) {
    return Commitment{.entity = r.entity("iso3").str(),
                      .kind = r.text("kind"),
                      .target_pct = r.number("target_pct"),
                      .by_year = r.optional_year("by_year"),
                      .announced = r.text("announced"),
                      .source = r.text("source"),
                      .note = r.text("note")};
}

/// observations.csv's rows, each naming a known edition, entity and indicator, unique, and in
/// its edition's years.
std::vector<Observation> read_observations(std::string_view text, const char* file,
                                           const std::vector<Edition>& editions,
                                           const std::set<std::string>& entities,
                                           const std::set<std::string>& names) {
    std::vector<Observation> out;
    std::set<std::tuple<std::string, std::string, int, std::string>> seen;
    for_each_row(text, file, [&](const RowReader& r) {
        Observation o{.edition = r.text("edition"),
                      .entity = r.entity("entity"),
                      .year = r.year("year"),
                      .indicator = r.text("indicator"),
                      .value = r.number("value"),
                      .estimate = r.boolean("estimate"),
                      .source = r.text("source")};
        const auto e = std::find_if(editions.begin(), editions.end(),
                                    [&](const Edition& x) { return x.id == o.edition; });
        HAGUE_REQUIRE(e != editions.end(), ErrorKind::DataIntegrity, "{}:{}: unknown edition '{}'",
                      file, r.line(), o.edition);
        HAGUE_REQUIRE(entities.count(o.entity.str()), ErrorKind::DataIntegrity,
                      "{}:{}: unknown entity '{}'", file, r.line(), o.entity);
        HAGUE_REQUIRE(names.count(o.indicator), ErrorKind::DataIntegrity,
                      "{}:{}: unknown indicator '{}'", file, r.line(), o.indicator);
        HAGUE_REQUIRE(seen.emplace(o.edition, o.entity.str(), o.year.value(), o.indicator).second,
                      ErrorKind::DataIntegrity, "{}:{}: second value for {} {} {} in edition {}",
                      file, r.line(), o.entity, o.year, o.indicator, o.edition);
        HAGUE_REQUIRE(e->covers(o.year), ErrorKind::DataIntegrity,
                      "{}:{}: {} {} {} lies outside edition {} ({}-{})", file, r.line(), o.entity,
                      o.year, o.indicator, e->id, e->first_year, e->last_year);
        out.push_back(std::move(o));
    });
    return out;
}

} // namespace

EditionFiles read_edition_files(std::string_view editions_csv, std::string_view observations_csv,
                                std::span<const Ally> allies,
                                std::span<const Indicator> indicators) {
    EditionFiles out;
    std::vector<Edition> editions;
    for_each_row(editions_csv, "editions.csv",
                 [&](const RowReader& r) { editions.push_back(read_edition(r)); });
    HAGUE_REQUIRE(editions.size() == 1, ErrorKind::DataIntegrity,
                  "editions.csv: {} editions, where an import takes one", editions.size());
    std::set<std::string> entities, names;
    for (const auto& a : allies)
        entities.insert(a.code.str());
    entities.insert(std::string(EntityCode::nato_total));
    entities.insert(std::string(EntityCode::nato_europe_canada));
    for (const auto& i : indicators)
        names.insert(i.name);
    out.observations =
        read_observations(observations_csv, "observations.csv", editions, entities, names);
    const auto& e = editions.front();
    for (const auto& y : e.estimate_years)
        HAGUE_REQUIRE(e.covers(y), ErrorKind::DataIntegrity,
                      "editions.csv: estimate year {} lies outside the edition's years ({}-{})", y,
                      e.first_year, e.last_year);
    // A figure is an estimate exactly when its year is one of the edition's estimate years.
    for (const auto& o : out.observations)
        HAGUE_REQUIRE(o.estimate == e.is_estimate_year(o.year), ErrorKind::DataIntegrity,
                      "observations.csv: {} {} {} is marked estimate={} but editions.csv says "
                      "{} {} an estimate year",
                      o.entity, o.year, o.indicator, o.estimate, o.year,
                      e.is_estimate_year(o.year) ? "is" : "is not");
    out.edition = std::move(editions.front());
    return out;
}

std::string write_editions_csv(const Edition& e) {
    std::string years;
    for (const auto& y : e.estimate_years)
        years += fmt::format("{}{}", years.empty() ? "" : ";", y.value());
    return fmt::format("edition,title,published,years,estimate_years,constant_price_base,source,"
                       "coverage\n{},{},{},{}-{},{},{},{},{}\n",
                       csv_field(e.id), csv_field(e.title), csv_field(e.published),
                       e.first_year.value(), e.last_year.value(), years, e.constant_price_base,
                       csv_field(e.source), csv_field(e.coverage));
}

std::string write_observations_csv(std::span<const Observation> observations) {
    std::string out = "edition,entity,year,indicator,value,estimate,source\n";
    for (const auto& o : observations)
        out += fmt::format("{},{},{},{},{},{},{}\n", csv_field(o.edition), o.entity.str(),
                           o.year.value(), o.indicator, o.value, o.estimate ? "true" : "false",
                           csv_field(o.source));
    return out;
}

Dataset read_dataset(const DatasetFiles& files) {
    Dataset d;
    for_each_row(files.editions, "editions.csv",
                 [&](const RowReader& r) { d.editions.push_back(read_edition(r)); });
    for_each_row(files.allies, "allies.csv", [&](const RowReader& r) {
        auto code = r.entity("iso3");
        HAGUE_REQUIRE(!code.is_aggregate(), ErrorKind::DataIntegrity,
                      "allies.csv:{}: '{}' is an aggregate, not an ally", r.line(), code);
        d.allies.push_back(Ally{.code = code,
                                .name_en = r.text("name_en"),
                                .nato_joined = r.year("nato_joined"),
                                .eu_joined = r.optional_year("eu_joined"),
                                .eu_left = r.optional_year("eu_left"),
                                .currency = r.text("currency")});
    });
    for_each_row(files.indicators, "indicators.csv", [&](const RowReader& r) {
        d.indicators.push_back(Indicator{.name = r.text("indicator"),
                                         .unit = r.text("unit"),
                                         .nato_table = r.text("nato_table"),
                                         .description = r.text("description")});
    });

    std::set<std::string> editions, entities, names;
    for (const auto& e : d.editions)
        editions.insert(e.id);
    for (const auto& a : d.allies)
        entities.insert(a.code.str());
    entities.insert(std::string(EntityCode::nato_total));
    entities.insert(std::string(EntityCode::nato_europe_canada));
    for (const auto& i : d.indicators)
        names.insert(i.name);

    d.observations =
        read_observations(files.observations, "observations.csv", d.editions, entities, names);
    for_each_row(files.pledges, "pledges.csv",
                 [&](const RowReader& r) { d.commitments.push_back(read_commitment(r)); });
    for_each_row(files.commitments, "commitments.csv",
                 [&](const RowReader& r) { d.commitments.push_back(read_commitment(r)); });
    for_each_row(files.sipri, "sipri.csv", [&](const RowReader& r) {
        d.sipri.push_back(
            SipriObservation{.country = r.entity("iso3"),
                             .year = r.year("year"),
                             .milex_usd_current_m = r.number("milex_usd_current_m"),
                             .share_gdp_pct = r.number("share_gdp_pct"),
                             .milex_usd_const2023_m = r.number("milex_usd_const2023_m"),
                             .estimate = r.boolean("sipri_estimate"),
                             .source = r.text("source")});
    });
    for_each_row(files.missing, "missing.csv", [&](const RowReader& r) {
        d.missing_reasons.push_back(MissingReason{.entity = r.text("entity"),
                                                  .edition = r.text("edition"),
                                                  .indicator = r.text("indicator"),
                                                  .year = r.text("year"),
                                                  .key = r.text("key"),
                                                  .reason = r.text("reason")});
    });
    return d;
}

} // namespace hague::io
