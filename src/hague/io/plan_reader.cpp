#include "hague/io/plan_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
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

/// The largest money figure a plan may give, in millions of national currency: above every
/// ally's GDP in any currency (Hungary's, the largest in units, is about 8e7 million forints).
constexpr double max_money_m = 1e12;

/// A finite number, or absent; NaN and infinity (which TOML allows: nan, inf) are refused.
std::optional<double> number(const toml::table& t, std::string_view key, const std::string& file,
                             std::string_view where) {
    const auto* node = t.get(key);
    if (!node)
        return std::nullopt;
    if (!node->is_number())
        bad(file, line_of(*node), fmt::format("{} '{}' must be a number", where, key));
    // An integer above 2^53 has no exact double, and toml++'s value<double>() then gives nothing
    // (read as 0 before): convert it here, and let the domain checks judge the size.
    const double v = node->is_integer() ? static_cast<double>(*node->value<std::int64_t>())
                                        : *node->value<double>();
    if (!std::isfinite(v))
        bad(file, line_of(*node),
            fmt::format("{} '{}' is {}: it must be a finite number", where, key,
                        std::isnan(v) ? "nan" : "infinite"));
    return v;
}

/// Text with no control characters (a title or source is printed as it stands), or absent.
std::optional<std::string> text_field(const toml::table& t, std::string_view key,
                                      const std::string& file, std::string_view where) {
    const auto* node = t.get(key);
    if (!node)
        return std::nullopt;
    if (!node->is_string())
        bad(file, line_of(*node), fmt::format("{}'{}' must be text in quotes", where, key));
    auto v = *node->value<std::string>();
    if (std::any_of(v.begin(), v.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        bad(file, line_of(*node),
            fmt::format("{}'{}' contains a control character (a tab, newline or escape)", where,
                        key));
    return v;
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
        // An integer node only: toml++ converts a float such as 2e26 to int64 with undefined
        // behaviour (found by fuzz/plan_fuzz.cpp).
        const auto y =
            year_node->is_integer() ? year_node->value<int64_t>() : std::optional<int64_t>{};
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
                    .source = text_field(t, "source", file, where + " ").value_or(std::string{}),
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
        if (e.spending_nc_m && (*e.spending_nc_m < 0 || *e.spending_nc_m > max_money_m))
            bad(file, line,
                fmt::format("{} for {}: spending_nc_m {} is outside 0-{:.0e} (million national "
                            "currency)",
                            where, e.year, *e.spending_nc_m, max_money_m));
        if (e.gdp_nc_m && (*e.gdp_nc_m <= 0 || *e.gdp_nc_m > max_money_m || !e.spending_nc_m))
            bad(file, line,
                fmt::format("{} for {}: gdp_nc_m {} must be above 0 and at most {:.0e} (million "
                            "national currency), with spending_nc_m",
                            where, e.year, *e.gdp_nc_m, max_money_m));
        if (e.gdp_nc_m && *e.spending_nc_m > *e.gdp_nc_m)
            bad(file, line,
                fmt::format("{} for {}: spending_nc_m {} is more than gdp_nc_m {}, over 100% of "
                            "GDP",
                            where, e.year, *e.spending_nc_m, *e.gdp_nc_m));
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
    const auto ally_text = text_field(root, "ally", name, "");
    if (!ally_text)
        bad(name, 1, "the plan needs 'ally', the ISO3 code of the ally (such as DEU)");
    const auto ally = EntityCode::parse(*ally_text);
    if (!ally || ally->is_aggregate())
        bad(name, line_of(*root.get("ally")),
            fmt::format("'ally' '{}' is not an ISO3 code such as DEU", *ally_text));
    Plan plan{.file = name,
              .ally = *ally,
              .title = text_field(root, "title", name, "").value_or(std::string{}),
              .edition = text_field(root, "edition", name, ""),
              .core = read_entries(root, "core", name),
              .related = read_entries(root, "related", name)};
    if (plan.core.empty())
        bad(name, 1,
            "the plan needs at least one [[core]] entry (year and share_gdp_pct or "
            "spending_nc_m)");
    return plan;
}

Plan read_plan_file(const std::string& path) {
    std::error_code ec; // a directory opens and reads as empty: say what it is
    HAGUE_CHECK(!std::filesystem::is_directory(path, ec), ErrorKind::InvalidInput,
                "err_plan_is_directory", "plan '{}' is a directory; give a .toml file", path);
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
