#include "hague/report/import_views.hpp"

#include <fmt/format.h>

#include "hague/report/format.hpp"
#include "hague/report/words.hpp"

namespace hague::report {

std::string import_text(const ImportInput& in, const i18n::Catalog& catalog) {
    const Words w(catalog);
    const auto& e = *in.edition;
    std::string years;
    for (const auto& y : e.estimate_years)
        years += (years.empty() ? "" : ", ") + fmt::format("{}", y.value());
    std::string out =
        w.f("import_read", {e.id, static_cast<std::int64_t>(in.observations),
                            fmt::format("{}–{}", e.first_year.value(), e.last_year.value()),
                            years.empty() ? w.t("import_no_estimates") : years, e.source}) +
        "\n";
    out += w.f("import_published", {e.published}) + "\n";
    for (const auto& s : in.sections)
        if (s.indicator.empty())
            out += w.f("import_section_left_out", {std::string(s.sheet), std::string(s.section)}) +
                   "\n";
    if (in.findings.empty()) {
        out += w.t("import_consistent") + "\n";
    } else {
        out += w.f("import_findings", {static_cast<std::int64_t>(in.findings.size())}) + "\n";
        for (const auto& f : in.findings)
            out += "  " + f.message + "\n";
    }
    out += "\n";
    if (in.diff) {
        // The counts first (what a headline would say), then every revised value.
        for (const auto& line : diff_count_lines(*in.diff, catalog))
            out += line + "\n";
        out += "\n" + render_text(diff_table(*in.diff, catalog, 40, false)) + "\n";
    }
    if (in.outcome == "stored")
        out += w.f(in.replaces ? "import_replaced" : "import_stored", {e.id}) + "\n";
    else if (in.outcome == "dry_run")
        out += w.t("import_dry_run") + "\n";
    return out;
}

std::string sipri_import_text(const SipriImportInput& in, const i18n::Catalog& catalog) {
    const Words w(catalog);
    int first = 0, last = 0;
    std::int64_t estimates = 0;
    for (const auto& r : in.rows) {
        first = first == 0 ? r.year.value() : std::min(first, r.year.value());
        last = std::max(last, r.year.value());
        estimates += r.estimate ? 1 : 0;
    }
    std::string out =
        w.f("import_sipri_read",
            {static_cast<std::int64_t>(in.rows.size()), fmt::format("{}–{}", first, last),
             estimates, std::string(in.file), static_cast<std::int64_t>(in.changed)}) +
        "\n";
    out += w.t(in.outcome == "stored" ? "import_sipri_stored" : "import_dry_run") + "\n";
    return out;
}

std::string sipri_import_csv(const SipriImportInput& in) {
    Table csv;
    csv.columns = {{"country"},
                   {"year"},
                   {"milex_usd_current_m"},
                   {"share_gdp_pct"},
                   {"milex_usd_const2023_m"},
                   {"estimate"},
                   {"source"}};
    for (const auto& r : in.rows)
        csv.rows.push_back({r.country.str(), fmt::format("{}", r.year.value()),
                            format_exact(r.milex_usd_current_m), format_exact(r.share_gdp_pct),
                            format_exact(r.milex_usd_const2023_m), r.estimate ? "true" : "false",
                            r.source});
    return render_csv(csv);
}

std::string sipri_import_json(const SipriImportInput& in) {
    Json rows = Json::array();
    for (const auto& r : in.rows)
        rows.push_back({{"country", r.country.str()},
                        {"year", r.year.value()},
                        {"milex_usd_current_m", r.milex_usd_current_m},
                        {"share_gdp_pct", r.share_gdp_pct},
                        {"milex_usd_const2023_m", r.milex_usd_const2023_m},
                        {"estimate", r.estimate},
                        {"source", r.source}});
    const Json out{
        {"kind", "sipri"}, {"outcome", in.outcome}, {"changed", in.changed}, {"sipri", rows}};
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string import_csv(const ImportInput& in) {
    return in.diff ? render_csv(diff_csv(*in.diff)) : std::string();
}

std::string import_json(const ImportInput& in) {
    Json sections = Json::array();
    for (const auto& s : in.sections)
        sections.push_back({{"sheet", s.sheet},
                            {"section", s.section},
                            {"indicator", s.indicator.empty() ? Json(nullptr) : Json(s.indicator)},
                            {"values", s.values}});
    Json findings = Json::array();
    for (const auto& f : in.findings)
        findings.push_back({{"check", f.check},
                            {"entity", f.entity.empty() ? Json(nullptr) : Json(f.entity)},
                            {"year", f.year == 0 ? Json(nullptr) : Json(f.year)},
                            {"message", f.message}});
    Json out{{"kind", "nato"},
             {"outcome", in.outcome},
             {"replaces", in.replaces},
             {"edition", edition_json(*in.edition)},
             {"observations", in.observations},
             {"sections", sections},
             {"findings", findings},
             {"diff", in.diff ? diff_json(*in.diff) : Json(nullptr)}};
    return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

} // namespace hague::report
