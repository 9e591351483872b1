#include "hague/io/plan_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "hague/core/error.hpp"

namespace hague::io {

namespace {

std::size_t line_of(const toml::node& n) {
    return n.source().begin.line;
}

[[noreturn]] void bad(const std::string& file, std::size_t line, const std::string& what) {
    HAGUE_THROW(ErrorKind::InvalidInput, "err_file_line", "{}:{}: {}", file, line, what);
}

std::optional<double> number(const toml::table& t, std::string_view key, const std::string& file,
                             std::string_view where) {
    const auto* node = t.get(key);
    if (!node)
        return std::nullopt;
    if (auto v = node->value<double>())
        return *v;
    bad(file, line_of(*node), fmt::format("{} '{}' must be a number", where, key));
}

std::vector<PlanEntry> read_entries(const toml::table& root, std::string_view key,
                                    const std::string& file) {
    std::vector<PlanEntry> out;
    const auto* node = root.get(key);
    if (!node)
        return out;
    const auto* array = node->as_array();
    if (!array || !array->is_array_of_tables())
        bad(file, line_of(*node),
            fmt::format("'{}' must be a list of [[{}]] tables, one per year", key, key));
    std::set<int> years;
    for (const auto& item : *array) {
        const auto& t = *item.as_table();
        const auto line = line_of(t);
        const auto where = fmt::format("[[{}]] entry", key);
        for (const auto& [k, v] : t) {
            static const std::set<std::string_view> known = {"year", "share_gdp_pct",
                                                             "spending_nc_m", "gdp_nc_m", "source"};
            if (!known.count(k.str()))
                bad(file, line_of(v),
                    fmt::format("{} has unknown field '{}' (fields: year, share_gdp_pct, "
                                "spending_nc_m, gdp_nc_m, source)",
                                where, k.str()));
        }
        const auto year_node = t.get("year");
        if (!year_node)
            bad(file, line, fmt::format("{} needs 'year'", where));
        const auto y = year_node->value<int64_t>();
        if (!y || *y < Year::min_value || *y > Year::max_value)
            bad(file, line_of(*year_node),
                fmt::format("{} 'year' must be a whole year between {} and {}", where,
                            Year::min_value, Year::max_value));
        if (!years.insert(static_cast<int>(*y)).second)
            bad(file, line_of(*year_node), fmt::format("{} year {} appears twice", where, *y));
        PlanEntry e{.year = Year(static_cast<int>(*y)),
                    .share_gdp_pct = number(t, "share_gdp_pct", file, where),
                    .spending_nc_m = number(t, "spending_nc_m", file, where),
                    .gdp_nc_m = number(t, "gdp_nc_m", file, where),
                    .source = t["source"].value_or(std::string{}),
                    .line = line};
        if (e.share_gdp_pct.has_value() == e.spending_nc_m.has_value())
            bad(file, line,
                fmt::format("{} for {} needs exactly one of 'share_gdp_pct' and "
                            "'spending_nc_m'",
                            where, e.year));
        if (e.share_gdp_pct && (*e.share_gdp_pct < 0 || *e.share_gdp_pct > 100))
            bad(file, line,
                fmt::format("{} for {}: share_gdp_pct {} is outside 0-100", where, e.year,
                            *e.share_gdp_pct));
        if (e.spending_nc_m && *e.spending_nc_m < 0)
            bad(file, line,
                fmt::format("{} for {}: spending_nc_m {} is negative", where, e.year,
                            *e.spending_nc_m));
        if (e.gdp_nc_m && (*e.gdp_nc_m <= 0 || !e.spending_nc_m))
            bad(file, line,
                fmt::format("{} for {}: gdp_nc_m must be positive and goes with "
                            "spending_nc_m",
                            where, e.year));
        if (e.source.empty())
            bad(file, line,
                fmt::format("{} for {} needs 'source': where the figure comes from", where,
                            e.year));
        out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(),
              [](const PlanEntry& a, const PlanEntry& b) { return a.year < b.year; });
    return out;
}

} // namespace

Plan parse_plan(std::string_view text, const std::string& name) {
    HAGUE_CHECK(text.size() <= max_plan_bytes, ErrorKind::InvalidInput, "err_bytes_more_than_plan",
                "{}: {} bytes, more than the {} a plan may have", name, text.size(),
                max_plan_bytes);
    toml::table root;
    try {
        root = toml::parse(text, name);
    } catch (const toml::parse_error& e) {
        bad(name, e.source().begin.line, std::string(e.description()));
    }
    for (const auto& [k, v] : root) {
        static const std::set<std::string_view> known = {"ally", "title", "edition", "core",
                                                         "related"};
        if (!known.count(k.str()))
            bad(name, line_of(v),
                fmt::format("unknown field '{}' (fields: ally, title, edition, "
                            "core, related)",
                            k.str()));
    }
    const auto ally_text = root["ally"].value<std::string>();
    if (!ally_text)
        bad(name, 1, "the plan needs 'ally', the ISO3 code of the ally (such as DEU)");
    const auto ally = EntityCode::parse(*ally_text);
    if (!ally || ally->is_aggregate())
        bad(name, line_of(*root.get("ally")),
            fmt::format("'ally' '{}' is not an ISO3 code such as DEU", *ally_text));
    Plan plan{.file = name,
              .ally = *ally,
              .title = root["title"].value_or(std::string{}),
              .edition = root["edition"].value<std::string>(),
              .core = read_entries(root, "core", name),
              .related = read_entries(root, "related", name)};
    if (plan.core.empty())
        bad(name, 1,
            "the plan needs at least one [[core]] entry (year and share_gdp_pct or "
            "spending_nc_m)");
    return plan;
}

Plan read_plan_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    HAGUE_CHECK(in.good(), ErrorKind::Io, "err_cannot_read_plan", "cannot read plan '{}': {}", path,
                std::strerror(errno));
    std::string text;
    text.resize(max_plan_bytes + 1);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    HAGUE_CHECK(text.size() <= max_plan_bytes, ErrorKind::InvalidInput,
                "err_plan_larger_than_bytes", "plan '{}' is larger than {} bytes", path,
                max_plan_bytes);
    return parse_plan(text, path);
}

} // namespace hague::io
