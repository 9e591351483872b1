#include "server/web/pages.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cmath>
#include <functional>
#include <tuple>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/i18n/catalog.hpp"
#include "hague/i18n/names.hpp"
#include "hague/i18n/numbers.hpp"
#include "hague/report/charts.hpp"
#include "hague/report/svg.hpp"
#include "hague/report/words.hpp"
#include "hague/usecase/registry.hpp"

namespace hague::server::web {

// web/style.css and web/app.js, embedded at build time.
extern const std::string_view style_css;
extern const std::string_view app_js;
// examples/*.toml, the plans the plan page starts from.
extern const std::string_view example_germany;
extern const std::string_view example_poland;
extern const std::string_view example_spain;

namespace {

using i18n::Catalog;
using i18n::Language;
using Params = std::vector<std::pair<std::string, std::string>>;

constexpr std::string_view html_type = "text/html; charset=utf-8";
/// Pages load their own stylesheet and script and nothing else; only the same origin frames them.
constexpr std::string_view page_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";
/// An embed is meant for other sites' pages: any of them may frame it (no frame-ancestors: "*"
/// would still refuse a page that is not served over http(s), such as a local preview).
constexpr std::string_view embed_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "base-uri 'none'";

/// Each language by its own name: the language links say where they lead in that language.
constexpr std::array<std::pair<Language, std::string_view>, 6> endonyms = {{
    {Language::Nl, "Nederlands"},
    {Language::En, "English"},
    {Language::De, "Deutsch"},
    {Language::Fr, "Français"},
    {Language::Es, "Español"},
    {Language::Pt, "Português"},
}};

std::string esc(std::string_view s) {
    return report::escape_xml(s);
}

/// Percent-encoding of a query value (RFC 3986 unreserved characters stay).
std::string url_encode(std::string_view s) {
    std::string out;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '_' || c == '.' || c == '~')
            out += ch;
        else
            out += fmt::format("%{:02X}", c);
    }
    return out;
}

/// "?a=1&b=2" from the parameters with a value, in order; "" when none has one.
std::string query_string(const Params& params) {
    std::string out;
    for (const auto& [name, value] : params)
        if (!value.empty())
            out += fmt::format("{}{}={}", out.empty() ? "?" : "&", name, url_encode(value));
    return out;
}

/// 64-bit FNV-1a, for the assets' version in their URLs.
std::string short_hash(std::string_view a, std::string_view b) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const auto text : {a, b})
        for (const char ch : text) {
            h ^= static_cast<unsigned char>(ch);
            h *= 0x100000001b3ull;
        }
    return fmt::format("{:08x}", static_cast<std::uint32_t>(h ^ (h >> 32)));
}

const std::string& assets_version() {
    static const std::string v = short_hash(style_css, app_js);
    return v;
}

HttpResponse html_response(int status, std::string body, std::string_view policy = page_policy) {
    HttpResponse r;
    r.status = status;
    r.content_type = std::string(html_type);
    r.body = std::move(body);
    r.headers.emplace_back("Content-Security-Policy", std::string(policy));
    return r;
}

HttpResponse redirect(int status, const std::string& location) {
    HttpResponse r;
    r.status = status;
    r.content_type = std::string(html_type);
    r.body =
        fmt::format("<!doctype html><title>hague</title><a href=\"{0}\">{0}</a>\n", esc(location));
    r.headers.emplace_back("Location", location);
    r.headers.emplace_back("Content-Security-Policy", std::string(page_policy));
    return r;
}

// --- the page's place and state -----------------------------------------------------------------

/// Where a page is and what its URL says: the route under /{lang}/ and the view's parameters.
struct Place {
    Language lang = Language::En;
    std::string route; ///< "", "gap", "burden", "revisions", "ally/", "ally/DEU"
    Params params;     ///< the view's state, as the URL gives it (for links and permalinks)

    [[nodiscard]] std::string url(Language l) const {
        return fmt::format("/{}/{}{}", i18n::code(l), route, query_string(params));
    }
    [[nodiscard]] std::string url() const { return url(lang); }
    /// The same view with one parameter set (or removed when `value` is empty).
    [[nodiscard]] std::string with(std::string_view name, std::string_view value) const {
        auto p = params;
        bool found = false;
        for (auto& [n, v] : p)
            if (n == name) {
                v = std::string(value);
                found = true;
            }
        if (!found)
            p.emplace_back(std::string(name), std::string(value));
        return fmt::format("/{}/{}{}", i18n::code(lang), route, query_string(p));
    }
    [[nodiscard]] std::string param(std::string_view name) const {
        for (const auto& [n, v] : params)
            if (n == name)
                return v;
        return {};
    }
};

/// The parameters a page takes, read from the query in this order (unknown ones are refused by
/// Query::only before this).
Params read_params(const Query& q, std::initializer_list<std::string_view> names) {
    Params out;
    for (const auto name : names)
        if (const auto v = q.text(name))
            out.emplace_back(std::string(name), *v);
    return out;
}

// --- the shell ----------------------------------------------------------------------------------

struct NavItem {
    std::string_view route;
    std::string_view key;
};
constexpr std::array<NavItem, 7> navigation = {{
    {"", "web_nav_overview"},
    {"ally/", "web_nav_allies"},
    {"gap", "web_nav_gap"},
    {"burden", "web_nav_burden"},
    {"revisions", "web_nav_revisions"},
    {"outlook", "web_nav_outlook"},
    {"plan", "web_nav_plan"},
}};

std::string shell(const Catalog& c, const Place& place, std::string_view title,
                  std::string_view body) {
    const auto lang = place.lang;
    std::string alternates;
    for (const auto& [l, name] : endonyms)
        alternates += fmt::format("<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                                  i18n::code(l), esc(place.url(l)));
    alternates += fmt::format("<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n",
                              esc(place.url(Language::En)));

    // Navigation keeps the edition the reader chose.
    const Params keep =
        place.param("edition").empty() ? Params{} : Params{{"edition", place.param("edition")}};
    std::string nav;
    for (const auto& item : navigation) {
        const bool here = item.route == place.route ||
                          (item.route == "ally/" && place.route.starts_with("ally/"));
        nav += fmt::format("<li><a href=\"/{}/{}{}\"{}>{}</a></li>", i18n::code(lang), item.route,
                           esc(query_string(keep)), here ? " aria-current=\"page\"" : "",
                           esc(c.text(item.key)));
    }
    std::string langs;
    for (const auto& [l, name] : endonyms)
        langs += fmt::format("<li><a href=\"{}\" hreflang=\"{}\" lang=\"{}\"{}>{}</a></li>",
                             esc(place.url(l)), i18n::code(l), i18n::code(l),
                             l == lang ? " aria-current=\"true\"" : "", name);

    return fmt::format(
        R"(<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · hague</title>
<meta name="description" content="{description}">
<link rel="icon" href="data:,">
{alternates}<link rel="stylesheet" href="/assets/style.css?v={v}">
<script type="module" src="/assets/app.js?v={v}"></script>
</head>
<body>
<a class="skip" href="#main">{skip}</a>
<header class="site">
<div class="bar">
<a class="brand" href="/{lang}/">hague</a>
<nav class="pages" aria-label="{pages_label}"><ul>{nav}</ul></nav>
<nav class="langs" aria-label="{langs_label}"><ul>{langs}</ul></nav>
</div>
</header>
<main id="main" tabindex="-1">
{body}</main>
<footer class="site">
<p>{footer}</p>
<p><a href="/api/v1/">API</a> · <a href="/api/v1/openapi.json">OpenAPI</a> · {version}</p>
</footer>
<div class="toast" role="status" aria-live="polite" data-copied="{copied}"></div>
</body>
</html>
)",
        fmt::arg("lang", i18n::code(lang)), fmt::arg("title", esc(title)),
        fmt::arg("description", esc(c.text("web_description"))), fmt::arg("alternates", alternates),
        fmt::arg("v", assets_version()), fmt::arg("skip", esc(c.text("web_skip"))),
        fmt::arg("pages_label", esc(c.text("web_nav_pages"))), fmt::arg("nav", nav),
        fmt::arg("langs_label", esc(c.text("web_nav_languages"))), fmt::arg("langs", langs),
        fmt::arg("body", body), fmt::arg("footer", esc(c.text("web_footer"))),
        fmt::arg("version", esc(app::version_string())),
        fmt::arg("copied", esc(c.text("web_copied"))));
}

// --- parts of a page ----------------------------------------------------------------------------

/// A table from app::render in HTML, in a region that scrolls sideways on a narrow screen (and
/// can be scrolled with the keyboard).
std::string table_region(const std::string& table_html, std::string_view label) {
    return fmt::format("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" "
                       "aria-label=\"{}\">\n{}</div>\n",
                       esc(label), table_html);
}

/// One tab of a grapher: what it shows and where its files are.
struct View {
    std::string name;  ///< "map", "chart", "table": the value of the view parameter
    std::string label; ///< the tab's text
    std::string content;
    Params downloads;  ///< label -> URL
    std::string embed; ///< the embed page's URL, "" when the view has none
    std::string embed_title;
    int embed_height = 540; ///< the wide drawing's height, the frame's until the page says more
};

/// The height of an SVG document (its viewBox), in pixels; 540 when it says none.
int svg_height(std::string_view svg) {
    const auto at = svg.find("viewBox=\"0 0 ");
    if (at == std::string_view::npos)
        return 540;
    const auto rest = svg.substr(at + 13);
    const auto space = rest.find(' ');
    double h = 0;
    const auto end = rest.find('"');
    if (space == std::string_view::npos || end == std::string_view::npos || end <= space)
        return 540;
    const auto text = rest.substr(space + 1, end - space - 1);
    const auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), h);
    return ec == std::errc() ? static_cast<int>(std::ceil(h)) : 540;
}

/// What a newsroom pastes into its page: the frame, and a few lines that set its height to the
/// chart's whenever the embed says it changed (as Datawrapper's responsive embed does).
std::string embed_snippet(std::string_view src, std::string_view title, int height) {
    return fmt::format(
        "<iframe src=\"{}\" title=\"{}\" scrolling=\"no\" loading=\"lazy\" "
        "style=\"width:100%;border:0;height:{}px\"></iframe>\n"
        "<script>window.addEventListener(\"message\",function(e){{var h=e.data&&e.data["
        "\"hague-height\"];if(!h)return;document.querySelectorAll(\"iframe\").forEach("
        "function(f){{if(f.contentWindow===e.source)f.style.height=h+\"px\"}})}});</script>",
        esc(src), esc(title), height);
}

/// A chart's SVG, or the reason the edition cannot give it, as a sentence. The chart is drawn
/// twice, for an article's column and for a phone (its words stay at 11 px or more); the
/// stylesheet shows the one that fits the screen.
std::string chart_figure(const app::ChartResponse& chart, Language lang) {
    if (chart.unavailable)
        return fmt::format("<p class=\"note\">{}</p>\n",
                           esc(i18n::error_message(*chart.unavailable, lang)));
    auto narrow = chart;
    narrow.width = static_cast<int>(report::narrow_chart_width);
    return fmt::format("<figure class=\"chart\" data-chart=\"{}\">\n<div class=\"wide\">{}</div>\n"
                       "<div class=\"narrow\">{}</div>\n</figure>\n",
                       report::to_string(chart.kind), app::render_svg(chart, lang),
                       app::render_svg(narrow, lang));
}

/// The query of a chart's or an API answer's URL: the page's parameters that it takes, and lang.
std::string resource_query(const Place& place, std::initializer_list<std::string_view> names) {
    Params p;
    for (const auto name : names)
        if (const auto v = place.param(name); !v.empty())
            p.emplace_back(std::string(name), v);
    p.emplace_back("lang", std::string(i18n::code(place.lang)));
    return query_string(p);
}

/// A chart's view: the drawing, its files (/chart/KIND.svg, .png, .csv with `params` and the
/// language) and its embed (/embed/LANG/KIND with `params`).
View chart_panel(Language lang, std::string label, const app::ChartResponse& chart,
                 const Params& params, std::string embed_title) {
    View v;
    v.name = "chart";
    v.label = std::move(label);
    v.content = chart_figure(chart, lang);
    if (chart.unavailable)
        return v;
    auto with_lang = params;
    with_lang.emplace_back("lang", std::string(i18n::code(lang)));
    for (const auto& [format, name] :
         {std::pair{"svg", "SVG"}, std::pair{"png", "PNG"}, std::pair{"csv", "CSV"}})
        v.downloads.emplace_back(name, fmt::format("/chart/{}.{}{}", report::to_string(chart.kind),
                                                   format, query_string(with_lang)));
    v.embed = fmt::format("/embed/{}/{}{}", i18n::code(lang), report::to_string(chart.kind),
                          query_string(params));
    v.embed_title = std::move(embed_title);
    v.embed_height = svg_height(v.content);
    return v;
}

View chart_view(const Catalog& c, const Place& place, std::string name, std::string_view label_key,
                const app::ChartResponse& chart,
                std::initializer_list<std::string_view> chart_params) {
    Params params;
    for (const auto p : chart_params)
        if (const auto value = place.param(p); !value.empty())
            params.emplace_back(std::string(p), value);
    auto v = chart_panel(place.lang, c.text(label_key), chart, params, c.text(label_key));
    v.name = std::move(name);
    return v;
}

View table_view(const Catalog& c, const std::string& table_html, std::string_view csv_url) {
    View v;
    v.name = "table";
    v.label = c.text("web_tab_table");
    v.content = table_region(table_html, v.label);
    v.downloads.emplace_back("CSV", std::string(csv_url));
    return v;
}

/// A section of tabs (OWID's grapher): each view a panel; without script every panel shows, one
/// after another, each with its own heading; with it, one at a time, chosen in the URL.
std::string grapher(const Catalog& c, const Place& place, std::string_view id,
                    std::string_view heading, const std::vector<View>& views) {
    const auto param = fmt::format("{}_view", id);
    auto active = place.param(param);
    if (std::none_of(views.begin(), views.end(), [&](const View& v) { return v.name == active; }))
        active = views.front().name;

    std::string tabs;
    std::string panels;
    for (const auto& v : views) {
        const bool on = v.name == active;
        tabs += fmt::format("<button type=\"button\" role=\"tab\" id=\"{0}-tab-{1}\" "
                            "aria-controls=\"{0}-{1}\" aria-selected=\"{2}\" tabindex=\"{3}\" "
                            "data-view=\"{1}\">{4}</button>",
                            id, v.name, on ? "true" : "false", on ? 0 : -1, esc(v.label));
        std::string actions;
        if (!v.downloads.empty()) {
            actions += fmt::format("<span class=\"label\">{}{}</span>", esc(c.text("web_download")),
                                   esc(report::Words(c).colon()));
            for (const auto& [label, url] : v.downloads)
                actions += fmt::format(" <a href=\"{}\" download>{}</a>", esc(url), esc(label));
        }
        const auto permalink = place.with(param, v.name) + "#" + std::string(id);
        actions += fmt::format(" <a class=\"share\" href=\"{}\" data-copy-url>{}</a>",
                               esc(permalink), esc(c.text("web_share")));
        if (!v.embed.empty())
            actions += fmt::format(
                " <details class=\"embed\"><summary>{}</summary><label>{}<textarea readonly "
                "rows=\"3\" data-embed=\"{}\" data-title=\"{}\">{}</textarea></label></details>",
                esc(c.text("web_embed")), esc(c.text("web_embed_help")), esc(v.embed),
                esc(v.embed_title), esc(embed_snippet(v.embed, v.embed_title, v.embed_height)));
        if (views.size() == 1) { // the section's body, under the section's heading
            panels += fmt::format("<div class=\"tab-panel\" id=\"{0}-{1}\" data-view=\"{1}\" "
                                  "data-active>\n{2}<div class=\"actions\">{3}</div>\n</div>\n",
                                  id, v.name, v.content, actions);
            continue;
        }
        panels +=
            fmt::format("<div class=\"tab-panel\" role=\"tabpanel\" id=\"{0}-{1}\" "
                        "aria-labelledby=\"{0}-tab-{1}\" data-view=\"{1}\"{2}>\n"
                        "<h3 class=\"tab-title\">{3}</h3>\n{4}<div class=\"actions\">{5}</div>\n"
                        "</div>\n",
                        id, v.name, on ? " data-active" : "", esc(v.label), v.content, actions);
    }
    if (views.size() == 1)
        tabs.clear();
    return fmt::format("<section class=\"grapher\" id=\"{0}\" aria-labelledby=\"{0}-h\" "
                       "data-param=\"{1}\">\n<h2 id=\"{0}-h\">{2}</h2>\n{3}"
                       "{4}</section>\n",
                       id, param, esc(heading),
                       tabs.empty() ? std::string()
                                    : fmt::format("<div class=\"tabs\" role=\"tablist\" "
                                                  "aria-label=\"{}\">{}</div>\n",
                                                  esc(heading), tabs),
                       panels);
}

// --- the controls -------------------------------------------------------------------------------

/// The edition picker: newest first, each with its publication date.
std::string edition_select(const Catalog& c, const std::vector<Edition>& editions,
                           std::string_view chosen, std::string_view name = "edition",
                           std::string_view label_key = "web_edition") {
    std::string options;
    for (auto it = editions.rbegin(); it != editions.rend(); ++it)
        options +=
            fmt::format("<option value=\"{}\"{}>{}</option>", esc(it->id),
                        it->id == chosen ? " selected" : "", esc(report::edition_label(*it, c)));
    return fmt::format("<label>{} <select name=\"{}\">{}</select></label>\n",
                       esc(c.text(label_key)), name, options);
}

/// The year slider of an edition's years, with the year it shows.
std::string year_slider(const Catalog& c, const Edition& e, int year) {
    return fmt::format("<label>{0} <input type=\"range\" name=\"year\" min=\"{1}\" max=\"{2}\" "
                       "step=\"1\" value=\"{3}\"> <output>{3}</output></label>\n",
                       esc(c.text("web_year")), e.first_year.value(), e.last_year.value(), year);
}

std::string controls(const Catalog& c, const Place& place, const std::string& fields) {
    // Hidden fields keep the tabs chosen when the form is sent without script.
    std::string hidden;
    for (const auto& [name, value] : place.params)
        if (name.ends_with("_view"))
            hidden += fmt::format("<input type=\"hidden\" name=\"{}\" value=\"{}\">", esc(name),
                                  esc(value));
    return fmt::format("<form class=\"controls\" method=\"get\" action=\"/{}/{}\">\n{}{}"
                       "<button type=\"submit\">{}</button>\n</form>\n",
                       i18n::code(place.lang), esc(place.route), fields, hidden,
                       esc(c.text("web_show")));
}

app::Common common(const Place& place) {
    app::Common out;
    if (const auto e = place.param("edition"); !e.empty())
        out.edition = e;
    return out;
}

std::optional<int> year_of(const Query& q) {
    return q.integer<int>("year");
}

std::string heading(std::string_view h1, std::string_view lede) {
    return fmt::format("<h1>{}</h1>\n<p class=\"lede\">{}</p>\n", esc(h1), esc(lede));
}

// --- the pages ----------------------------------------------------------------------------------

std::string home(const app::Service& service, const Catalog& c, const Place& place,
                 const Query& q) {
    const auto lang = place.lang;
    app::StatusRequest sr;
    sr.common = common(place);
    sr.year = year_of(q);
    const auto status = service.status(sr);
    const int year = status.status.year.value();
    app::FactsRequest fr;
    fr.common = sr.common;
    fr.year = year;
    const auto facts = service.facts(fr);
    app::ChartRequest cr;
    cr.common = sr.common;
    cr.year = year;
    cr.kind = report::ChartKind::Map;
    const auto map = service.chart(cr);
    cr.kind = report::ChartKind::Shares;
    const auto shares = service.chart(cr);
    const auto editions = service.editions({}).editions;

    std::string body = heading(c.format("web_home_title", {std::int64_t{year}}),
                               c.format("web_home_lede", {status.edition.id}));
    body += controls(c, place,
                     edition_select(c, editions, status.edition.id) +
                         year_slider(c, status.edition, year));
    body += fmt::format(
        "<section id=\"facts\" aria-labelledby=\"facts-h\">\n<h2 id=\"facts-h\">"
        "{}</h2>\n{}</section>\n",
        esc(c.text("web_section_facts")),
        table_region(app::render(facts, report::Format::Html, lang), c.text("web_section_facts")));
    const auto status_csv = "/api/v1/status.csv" + resource_query(place, {"edition", "year"});
    body += grapher(c, place, "allies", c.text("web_section_allies"),
                    {chart_view(c, place, "map", "web_tab_map", map, {"edition", "year"}),
                     chart_view(c, place, "chart", "web_tab_chart", shares, {"edition", "year"}),
                     table_view(c, app::render(status, report::Format::Html, lang), status_csv)});
    return shell(c, place, c.format("web_home_title", {std::int64_t{year}}), body);
}

std::string gap_page(const app::Service& service, const Catalog& c, const Place& place,
                     const Query& q) {
    const auto lang = place.lang;
    app::GapRequest gr;
    gr.common = common(place);
    gr.year = year_of(q);
    if (const auto cur = q.text("currency"))
        gr.currency = app::parse_currency_field(*cur);
    const auto gap = service.gap(gr);
    const int year = gap.gaps.year.value();
    app::ChartRequest cr;
    cr.common = gr.common;
    cr.year = year;
    cr.kind = report::ChartKind::Gap;
    const auto chart = service.chart(cr);
    const auto editions = service.editions({}).editions;

    const auto currency = q.text_or("currency", "usd");
    std::string options;
    for (const auto& [value, key] :
         {std::pair{"usd", "web_currency_usd"}, std::pair{"eur", "web_currency_eur"},
          std::pair{"nc", "web_currency_nc"}})
        options += fmt::format("<option value=\"{}\"{}>{}</option>", value,
                               currency == value ? " selected" : "", esc(c.text(key)));
    std::string body = heading(c.format("web_gap_title", {std::int64_t{year}}),
                               c.format("web_gap_lede", {gap.edition.id}));
    body +=
        controls(c, place,
                 edition_select(c, editions, gap.edition.id) + year_slider(c, gap.edition, year) +
                     fmt::format("<label>{} <select name=\"currency\">{}</select></label>\n",
                                 esc(c.text("web_currency")), options));
    body += grapher(
        c, place, "gap", c.text("web_section_gap"),
        {chart_view(c, place, "chart", "web_tab_chart", chart, {"edition", "year"}),
         table_view(c, app::render(gap, report::Format::Html, lang),
                    "/api/v1/gap.csv" + resource_query(place, {"edition", "year", "currency"}))});
    return shell(c, place, c.format("web_gap_title", {std::int64_t{year}}), body);
}

std::string burden_page(const app::Service& service, const Catalog& c, const Place& place,
                        const Query& q) {
    const auto lang = place.lang;
    app::ShareRequest sr;
    sr.common = common(place);
    sr.year = year_of(q);
    const auto share = service.share(sr);
    const int year = share.burden.year.value();
    app::ChartRequest cr;
    cr.common = sr.common;
    cr.year = year;
    cr.kind = report::ChartKind::Burden;
    const auto chart = service.chart(cr);
    const auto editions = service.editions({}).editions;

    std::string body = heading(c.format("web_burden_title", {std::int64_t{year}}),
                               c.format("web_burden_lede", {share.edition.id}));
    body += controls(c, place,
                     edition_select(c, editions, share.edition.id) +
                         year_slider(c, share.edition, year));
    body += grapher(c, place, "burden", c.text("web_section_burden"),
                    {chart_view(c, place, "chart", "web_tab_chart", chart, {"edition", "year"}),
                     table_view(c, app::render(share, report::Format::Html, lang),
                                "/api/v1/share.csv" + resource_query(place, {"edition", "year"}))});
    return shell(c, place, c.format("web_burden_title", {std::int64_t{year}}), body);
}

std::string revisions_page(const app::Service& service, const Catalog& c, const Place& place,
                           const Query& q) {
    const auto lang = place.lang;
    const auto editions = service.editions({}).editions;
    HAGUE_CHECK(editions.size() >= 2, ErrorKind::NotFound, "err_web_one_edition",
                "the database holds one edition ({}); revisions need two", editions.back().id);
    app::DiffRequest dr;
    dr.new_edition = q.text_or("new", editions.back().id);
    // The edition before the new one, by default.
    dr.old_edition = q.text_or("old", [&] {
        std::string before = editions.front().id;
        for (const auto& e : editions)
            if (e.id < dr.new_edition)
                before = e.id;
        return before;
    }());
    dr.indicator = std::string(indicators::share_gdp_pct);
    const auto diff = service.diff(dr);

    std::string body =
        heading(c.format("web_revisions_title", {diff.new_edition.id, diff.old_edition.id}),
                c.text("web_revisions_lede"));
    body +=
        controls(c, place,
                 edition_select(c, editions, diff.old_edition.id, "old", "web_edition_old") +
                     edition_select(c, editions, diff.new_edition.id, "new", "web_edition_new"));
    Params csv{{"old", diff.old_edition.id},
               {"new", diff.new_edition.id},
               {"indicator", std::string(indicators::share_gdp_pct)},
               {"lang", std::string(i18n::code(lang))}};
    body += grapher(c, place, "revisions", c.text("web_section_revisions"),
                    {table_view(c, app::render(diff, report::Format::Html, lang),
                                "/api/v1/diff.csv" + query_string(csv))});
    return shell(c, place,
                 c.format("web_revisions_title", {diff.new_edition.id, diff.old_edition.id}), body);
}

std::string allies_page(const app::Service& service, const Catalog& c, const Place& place) {
    app::AlliesRequest ar;
    ar.common = common(place);
    const auto allies = service.allies(ar);
    std::vector<std::pair<std::string, std::string>> named; // name, code
    for (const auto& a : allies.allies)
        named.emplace_back(i18n::ally_name(a.code.str(), place.lang), a.code.str());
    std::vector<std::string> names;
    for (const auto& [name, code] : named)
        names.push_back(name);
    names = c.sorted(names);
    std::string items;
    for (const auto& name : names) {
        const auto it = std::find_if(named.begin(), named.end(),
                                     [&](const auto& p) { return p.first == name; });
        items += fmt::format("<li><a href=\"/{}/ally/{}{}\">{}</a></li>\n", i18n::code(place.lang),
                             it->second, esc(query_string(place.params)), esc(name));
    }
    std::string body =
        heading(c.text("web_allies_title"), c.format("web_allies_lede", {allies.edition.id}));
    body += fmt::format("<ul class=\"allies\">\n{}</ul>\n", items);
    return shell(c, place, c.text("web_allies_title"), body);
}

std::string ally_page(const app::Service& service, const Catalog& c, const Place& place,
                      const std::string& code) {
    const auto lang = place.lang;
    app::ShowRequest sr;
    sr.common = common(place);
    sr.ally = code;
    const auto show = service.show(sr);
    const auto name = i18n::ally_name(code, lang);
    const auto editions = service.editions({}).editions;

    std::string body =
        heading(c.format("web_ally_title", {name}), c.format("web_ally_lede", {show.edition.id}));
    body += controls(c, place, edition_select(c, editions, show.edition.id));
    if (show.series.series.empty()) {
        body += fmt::format("<p class=\"note\">{}</p>\n",
                            esc(app::render(show, report::Format::Table, lang)));
        return shell(c, place, c.format("web_ally_title", {name}), body);
    }
    app::ChartRequest cr;
    cr.common = sr.common;
    cr.kind = report::ChartKind::Trend;
    cr.allies = {code};
    const auto trend = service.chart(cr);
    const auto trend_query = [&] {
        Params p{{"ally", code}};
        if (const auto e = place.param("edition"); !e.empty())
            p.emplace_back("edition", e);
        p.emplace_back("lang", std::string(i18n::code(lang)));
        return query_string(p);
    }();
    const auto chart = chart_panel(lang, c.text("web_tab_chart"), trend,
                                   {{"ally", code}, {"edition", place.param("edition")}},
                                   c.format("web_ally_title", {name}));
    body += grapher(c, place, "series", c.text("web_section_series"),
                    {chart, table_view(c, app::render(show, report::Format::Html, lang),
                                       fmt::format("/api/v1/show.csv{}", trend_query))});

    app::PathRequest pr;
    pr.common = sr.common;
    pr.ally = code;
    const auto path = service.path(pr);
    if (!path.paths.empty())
        body += grapher(c, place, "path", c.text("web_section_path"),
                        {table_view(c, app::render(path, report::Format::Html, lang),
                                    fmt::format("/api/v1/path.csv{}", trend_query))});

    // The gap in dollars, euros and the ally's own currency (when it is not the euro).
    app::GapRequest gr;
    gr.common = sr.common;
    gr.allies = {code};
    std::vector<View> gaps;
    for (const auto& [currency, value, key] :
         {std::tuple{Currency::Usd, "usd", "web_currency_usd"},
          std::tuple{Currency::Eur, "eur", "web_currency_eur"},
          std::tuple{Currency::Nc, "nc", "web_currency_own"}}) {
        gr.currency = currency;
        const auto gap = service.gap(gr);
        if (gap.gaps.allies.empty())
            break; // not a member in the year: no gap to show
        std::string own;
        for (const auto& a : gap.allies)
            if (a.code.str() == code)
                own = a.currency;
        if (currency == Currency::Nc && (own.empty() || own == "EUR"))
            continue;
        Params csv{{"allies", code}, {"currency", value}};
        if (const auto e = place.param("edition"); !e.empty())
            csv.emplace_back("edition", e);
        csv.emplace_back("lang", std::string(i18n::code(lang)));
        auto v = table_view(c, app::render(gap, report::Format::Html, lang),
                            "/api/v1/gap.csv" + query_string(csv));
        v.name = value;
        v.label = currency == Currency::Nc ? c.format(key, {own}) : c.text(key);
        gaps.push_back(std::move(v));
    }
    if (!gaps.empty())
        body += grapher(c, place, "gap", c.text("web_section_gap_ally"), gaps);

    // What each edition revised of its share of GDP, newest first.
    const auto editions_held = service.editions({}).editions;
    std::vector<View> revisions;
    for (std::size_t i = editions_held.size(); i-- > 1 && revisions.size() < 3;) {
        app::DiffRequest dr;
        dr.old_edition = editions_held[i - 1].id;
        dr.new_edition = editions_held[i].id;
        dr.indicator = std::string(indicators::share_gdp_pct);
        dr.allies = {code};
        const auto diff = service.diff(dr);
        Params csv{{"old", dr.old_edition},
                   {"new", dr.new_edition},
                   {"indicator", *dr.indicator},
                   {"allies", code},
                   {"lang", std::string(i18n::code(lang))}};
        auto v = table_view(c, app::render(diff, report::Format::Html, lang),
                            "/api/v1/diff.csv" + query_string(csv));
        v.name = dr.new_edition;
        v.label = c.format("web_revision_pair", {dr.new_edition, dr.old_edition});
        revisions.push_back(std::move(v));
    }
    if (!revisions.empty())
        body += grapher(c, place, "revisions", c.text("web_section_revisions_ally"), revisions);
    return shell(c, place, c.format("web_ally_title", {name}), body);
}

/// What the outlook and the fan's embed simulate, read from the query and bounded alike: one of
/// the three scenarios, 10,000 or 100,000 paths, the growth shift and volatility scale (checked
/// by SimulateRequest), one core, stopped after 10 s.
struct FanSettings {
    std::string scenario;
    std::uint64_t paths = 10'000;
    double growth_shift_pct = 0;
    double volatility_scale = 1;
    std::function<bool()> cancelled;
};

FanSettings fan_settings(const Query& q) {
    FanSettings f;
    // The scenarios and their default are simulate's, as declared (usecase/simulate/).
    const auto& scenario = *usecase::find("simulate")->field("scenario");
    f.scenario = q.text_or("scenario", std::string(scenario.fallback));
    HAGUE_CHECK_FIELD(std::find(scenario.choices.begin(), scenario.choices.end(), f.scenario) !=
                          scenario.choices.end(),
                      ErrorKind::InvalidInput, "scenario", "err_web_scenario",
                      "{} '{}' is not one of status-quo, linear, commitments", f.scenario);
    f.paths = q.integer<std::uint64_t>("paths").value_or(10'000);
    HAGUE_CHECK_FIELD(f.paths == 10'000 || f.paths == 100'000, ErrorKind::InvalidInput, "paths",
                      "err_web_paths", "{} {} is not 10000 or 100000", f.paths);
    f.growth_shift_pct = q.number("growth_shift").value_or(0);
    f.volatility_scale = q.number("volatility_scale").value_or(1);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    f.cancelled = [deadline] { return std::chrono::steady_clock::now() > deadline; };
    return f;
}

/// The Monte Carlo, live: the scenario, a growth shift and a volatility scale, as simulate and the
/// fan chart take them. Paths are 10,000 or 100,000 (each answer well under a second on one
/// core); simulate's default rule, execution: spending misses its plan as NATO's record shows and
/// growth varies, so the probability answers "how likely, and what if growth disappoints?".
std::string outlook_page(const app::Service& service, const Catalog& c, const Place& place,
                         const Query& q) {
    const auto lang = place.lang;
    app::SimulateRequest sr;
    sr.projection.common = common(place);
    const auto fan_set = fan_settings(q);
    sr.projection.scenario = fan_set.scenario;
    sr.paths = fan_set.paths;
    sr.rule = engine::SpendingRule::Execution;
    sr.growth_shift_pct = fan_set.growth_shift_pct;
    sr.volatility_scale = fan_set.volatility_scale;
    sr.threads = 1; // the server answers requests side by side, one core each
    sr.cancelled = fan_set.cancelled;
    sr.validate();
    const auto sim = service.simulate(sr);

    app::ChartRequest cr;
    cr.common = sr.projection.common;
    cr.kind = report::ChartKind::Fan;
    cr.scenario = sr.projection.scenario;
    cr.paths = sr.paths;
    cr.growth_shift_pct = sr.growth_shift_pct;
    cr.volatility_scale = sr.volatility_scale;
    cr.threads = 1;
    cr.cancelled = sr.cancelled;
    const auto fan = service.chart(cr);
    const auto editions = service.editions({}).editions;

    std::string scenarios;
    for (const auto& [value, key] :
         {std::pair{"status-quo", "scenario_status_quo"}, std::pair{"linear", "scenario_linear"},
          std::pair{"commitments", "scenario_commitments"}})
        scenarios +=
            fmt::format("<option value=\"{}\"{}>{}</option>", value,
                        sr.projection.scenario == value ? " selected" : "", esc(c.text(key)));
    std::string paths;
    for (const std::uint64_t n : {10'000u, 100'000u})
        paths +=
            fmt::format("<option value=\"{}\"{}>{}</option>", n, sr.paths == n ? " selected" : "",
                        esc(i18n::format_number(static_cast<double>(n), 0, lang)));
    const auto fields =
        fmt::format("<label>{} <select name=\"scenario\">{}</select></label>\n"
                    "<label>{} <input type=\"range\" name=\"growth_shift\" min=\"-3\" max=\"3\" "
                    "step=\"0.5\" value=\"{}\"> <output>{}</output></label>\n"
                    "<label>{} <input type=\"range\" name=\"volatility_scale\" min=\"0\" max=\"2\" "
                    "step=\"0.25\" value=\"{}\"> <output>{}</output></label>\n"
                    "<label>{} <select name=\"paths\">{}</select></label>\n",
                    esc(c.text("web_scenario")), scenarios, esc(c.text("web_growth_shift")),
                    sr.growth_shift_pct, sr.growth_shift_pct, esc(c.text("web_volatility_scale")),
                    sr.volatility_scale, sr.volatility_scale, esc(c.text("web_paths")), paths);
    const auto target = i18n::format_percent_compact(sim.threshold_pct, lang);
    const std::int64_t target_year = sim.projection.projection.assumptions.target_year.value();
    const auto title = c.format("web_outlook_title", {target, target_year});
    std::string body = heading(title, c.format("web_outlook_lede", {sim.projection.edition.id}));
    body += controls(c, place, edition_select(c, editions, sim.projection.edition.id) + fields);

    Params query{{"scenario", sr.projection.scenario},
                 {"paths", std::to_string(sr.paths)},
                 {"rule", "execution"},
                 {"growth_shift", q.text_or("growth_shift", "")},
                 {"volatility_scale", q.text_or("volatility_scale", "")},
                 {"edition", place.param("edition")},
                 {"lang", std::string(i18n::code(lang))}};
    auto table = table_view(c, app::render(sim, report::Format::Html, lang),
                            "/api/v1/simulate.csv" + query_string(query));
    const auto chart = chart_panel(lang, c.text("web_tab_chart"), fan,
                                   {{"scenario", sr.projection.scenario},
                                    {"paths", std::to_string(sr.paths)},
                                    {"growth_shift", q.text_or("growth_shift", "")},
                                    {"volatility_scale", q.text_or("volatility_scale", "")},
                                    {"edition", place.param("edition")}},
                                   title);
    body += grapher(c, place, "outlook", c.format("web_section_outlook", {target, target_year}),
                    {chart, table});
    return shell(c, place, title, body);
}

/// A plan checked as `hague plan check` checks it: paste one (or start from a worked example) and
/// send it; the verdict comes with every reason. GET shows the form; POST (the form's
/// application/x-www-form-urlencoded body, field "plan") answers it.
std::pair<int, std::string> plan_page(const app::Service& service, const Catalog& c,
                                      const Place& place, const Query& q,
                                      const HttpRequest& request) {
    const auto lang = place.lang;
    constexpr std::array<std::pair<std::string_view, const std::string_view*>, 3> examples = {{
        {"germany", &example_germany},
        {"poland", &example_poland},
        {"spain", &example_spain},
    }};
    std::string text;
    std::string verdict;
    int status = 200;
    if (request.method == "POST") {
        const Query form(request.body);
        form.only({"plan"});
        text = form.text_or("plan", "");
        // A plan that cannot be read is answered beside the text, so that it can be corrected.
        try {
            const app::PlanCheckRequest pr{common(place), app::parse_plan(text, "plan")};
            verdict = table_region(app::render(service.plan_check(pr), report::Format::Html, lang),
                                   c.text("web_plan_verdict"));
            // The plan drawn against the ally's history, linear path and commitments.
            app::ChartRequest cr;
            cr.common = pr.common;
            cr.kind = report::ChartKind::Trend;
            cr.allies = {pr.plan.ally.str()};
            cr.plan = pr.plan;
            verdict += chart_figure(service.chart(cr), lang);
        } catch (const Error& e) {
            status = http_status(e.kind());
            verdict = fmt::format("<p class=\"error\">{}</p>\n", esc(i18n::error_message(e, lang)));
        }
    } else {
        const auto chosen = q.text_or("example", "germany");
        const auto it = std::find_if(examples.begin(), examples.end(),
                                     [&](const auto& e) { return e.first == chosen; });
        HAGUE_CHECK_FIELD(it != examples.end(), ErrorKind::InvalidInput, "example",
                          "err_web_example", "{} '{}' is not one of germany, poland, spain",
                          chosen);
        text = std::string(*it->second);
    }
    std::string links;
    for (const auto& [name, content] : examples)
        links += fmt::format(" <a href=\"/{}/plan?example={}\">{}</a>", i18n::code(lang), name,
                             esc(i18n::ally_name(name == "germany"  ? "DEU"
                                                 : name == "poland" ? "POL"
                                                                    : "ESP",
                                                 lang)));
    std::string body = heading(c.text("web_plan_title"), c.text("web_plan_lede"));
    body += fmt::format(
        "<form class=\"plan\" method=\"post\" action=\"/{0}/plan\">\n"
        "<p class=\"examples\">{1}{2}</p>\n"
        "<label for=\"plan-text\">{3}</label>\n"
        "<textarea id=\"plan-text\" name=\"plan\" rows=\"16\" spellcheck=\"false\">{4}"
        "</textarea>\n"
        "<p class=\"plan-file\"><label>{5} <input type=\"file\" accept=\".toml,text/plain\" "
        "data-fills=\"plan-text\"></label></p>\n"
        "<button type=\"submit\">{6}</button>\n</form>\n",
        i18n::code(lang), esc(c.text("web_plan_examples")), links, esc(c.text("web_plan_label")),
        esc(text), esc(c.text("web_plan_file")), esc(c.text("web_plan_check")));
    if (!verdict.empty())
        body += fmt::format("<section id=\"verdict\" aria-labelledby=\"verdict-h\">\n<h2 "
                            "id=\"verdict-h\">{}</h2>\n{}</section>\n",
                            esc(c.text("web_plan_verdict")), verdict);
    return {status, shell(c, place, c.text("web_plan_title"), body)};
}

/// A chart alone, for an <iframe> on another site: it fills its container's width.
std::string embed_page(const app::Service& service, Language lang, report::ChartKind kind,
                       const Query& q) {
    q.only({"edition", "year", "ally", "scenario", "paths", "growth_shift", "volatility_scale"});
    app::ChartRequest cr;
    if (const auto e = q.text("edition"))
        cr.common.edition = *e;
    cr.kind = kind;
    cr.year = q.integer<int>("year");
    cr.allies = q.list("ally");
    // The fan's simulation, bounded as the outlook's.
    const auto fan_set = fan_settings(q);
    cr.scenario = fan_set.scenario;
    cr.paths = fan_set.paths;
    cr.growth_shift_pct = fan_set.growth_shift_pct;
    cr.volatility_scale = fan_set.volatility_scale;
    cr.threads = 1;
    cr.cancelled = fan_set.cancelled;
    cr.validate();
    const auto chart = service.chart(cr);
    if (chart.unavailable)
        throw *chart.unavailable;
    return fmt::format(R"(<!doctype html>
<html lang="{}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hague</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/style.css?v={}">
<script type="module" src="/assets/app.js?v={}"></script>
</head>
<body class="embed">
{}</body>
</html>
)",
                       i18n::code(lang), assets_version(), assets_version(),
                       chart_figure(chart, lang));
}

std::string error_page(const Catalog& c, const Place& place, const std::string& message) {
    const auto body = fmt::format("<h1>{}</h1>\n<p class=\"error\">{}</p>\n<p><a href=\"/{}/\">{}"
                                  "</a></p>\n",
                                  esc(c.text("web_error_title")), esc(message),
                                  i18n::code(place.lang), esc(c.text("web_error_home")));
    return shell(c, place, c.text("web_error_title"), body);
}

/// The language a path starts with ("/de/..."), exactly as the six codes are written.
std::optional<Language> path_language(std::string_view segment) {
    for (const auto l : i18n::all_languages)
        if (segment == i18n::code(l))
            return l;
    return std::nullopt;
}

std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> out;
    std::size_t start = 1;
    while (start <= path.size()) {
        auto end = path.find('/', start);
        if (end == std::string_view::npos)
            end = path.size();
        out.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

HttpResponse asset(std::string_view name) {
    HttpResponse r;
    if (name == "style.css") {
        r.content_type = "text/css; charset=utf-8";
        r.body = std::string(style_css);
    } else if (name == "app.js") {
        r.content_type = "text/javascript; charset=utf-8";
        r.body = std::string(app_js);
    } else {
        r.status = 404;
        r.content_type = "text/plain; charset=utf-8";
        r.body = "no such asset\n";
    }
    return r;
}

} // namespace

std::optional<HttpResponse> answer(const app::Service& service, const HttpRequest& request,
                                   std::string_view path, const Query& query) {
    if (path.starts_with("/api/") || path == "/api" || path.starts_with("/chart/"))
        return std::nullopt;
    if (path.starts_with("/assets/"))
        return asset(path.substr(std::string_view("/assets/").size()));
    if (path == "/") {
        auto r = redirect(
            302, fmt::format("/{}/", i18n::code(preferred_language(request.accept_language))));
        return r;
    }
    const auto parts = segments(path);
    const bool embed = parts.size() >= 2 && parts[0] == "embed";
    const auto lang = path_language(embed ? parts[1] : parts[0]);
    if (!lang)
        return std::nullopt; // not a page: the API's 404
    const Catalog c(*lang);
    Place place;
    place.lang = *lang;
    try {
        const bool plan = parts.size() == 2 && parts[1] == "plan";
        HAGUE_CHECK(request.method == "GET" || request.method == "HEAD" ||
                        (plan && request.method == "POST"),
                    ErrorKind::InvalidInput, "err_web_method",
                    "{} is not how a page is read (use GET)", request.method);
        if (embed) {
            const auto kind = parts.size() == 3 ? report::parse_chart_kind(parts[2]) : std::nullopt;
            HAGUE_CHECK(kind.has_value(), ErrorKind::NotFound, "err_web_no_page",
                        "there is no page {}", std::string(path));
            return html_response(200, embed_page(service, *lang, *kind, query), embed_policy);
        }
        if (parts.size() == 1) // "/de": the page is "/de/"
            return redirect(301, fmt::format("/{}/", parts[0]));
        const auto route = parts[1];
        if (parts.size() == 2 && route.empty()) {
            query.only({"edition", "year", "allies_view"});
            place.params = read_params(query, {"edition", "year", "allies_view"});
            return html_response(200, home(service, c, place, query));
        }
        if (parts.size() == 2 && route == "gap") {
            query.only({"edition", "year", "currency", "gap_view"});
            place.route = "gap";
            place.params = read_params(query, {"edition", "year", "currency", "gap_view"});
            return html_response(200, gap_page(service, c, place, query));
        }
        if (parts.size() == 2 && route == "burden") {
            query.only({"edition", "year", "burden_view"});
            place.route = "burden";
            place.params = read_params(query, {"edition", "year", "burden_view"});
            return html_response(200, burden_page(service, c, place, query));
        }
        if (parts.size() == 2 && route == "revisions") {
            query.only({"old", "new"});
            place.route = "revisions";
            place.params = read_params(query, {"old", "new"});
            return html_response(200, revisions_page(service, c, place, query));
        }
        if (plan) {
            query.only({"example"});
            place.route = "plan";
            place.params = read_params(query, {"example"});
            auto [status, html] = plan_page(service, c, place, query, request);
            return html_response(status, std::move(html));
        }
        if (parts.size() == 2 && route == "outlook") {
            query.only({"edition", "scenario", "growth_shift", "volatility_scale", "paths",
                        "outlook_view"});
            place.route = "outlook";
            place.params = read_params(query, {"edition", "scenario", "growth_shift",
                                               "volatility_scale", "paths", "outlook_view"});
            return html_response(200, outlook_page(service, c, place, query));
        }
        if (route == "ally" && (parts.size() == 2 || (parts.size() == 3 && parts[2].empty()))) {
            query.only({"edition", "ally"});
            place.route = "ally/";
            if (const auto ally = query.text("ally")) // the picker's form
                return redirect(303,
                                fmt::format("/{}/ally/{}{}", i18n::code(*lang), url_encode(*ally),
                                            query_string(read_params(query, {"edition"}))));
            place.params = read_params(query, {"edition"});
            return html_response(200, allies_page(service, c, place));
        }
        if (route == "ally" && parts.size() == 3) {
            query.only({"edition", "series_view", "gap_view", "revisions_view"});
            place.params =
                read_params(query, {"edition", "series_view", "gap_view", "revisions_view"});
            // Any spelling the API takes (deu, "Germany", "Duitsland") leads to the ISO3 page.
            app::ShowRequest probe;
            probe.common = common(place);
            probe.ally = std::string(parts[2]);
            probe.indicators = {std::string(indicators::share_gdp_pct)};
            const auto code = service.show(probe).series.entity.str();
            if (code != parts[2])
                return redirect(301, fmt::format("/{}/ally/{}{}", i18n::code(*lang), code,
                                                 query_string(place.params)));
            place.route = "ally/" + code;
            return html_response(200, ally_page(service, c, place, code));
        }
        throw detail::keyed_error(ErrorKind::NotFound, "err_web_no_page", "there is no page {}",
                                  std::string(path));
    } catch (const Error& e) {
        const auto spell = [](std::string_view field) { return std::string(field); };
        return html_response(http_status(e.kind()),
                             error_page(c, place, i18n::error_message(e, *lang, spell)));
    }
}

} // namespace hague::server::web
