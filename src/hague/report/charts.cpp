// The charts: layout in pixels, words from the catalog, numbers from ICU. A chart is 720 px wide
// (an article's column) unless asked otherwise (a phone: 340) and as tall as its rows need.
#include "hague/report/charts.hpp"
#include "hague/report/words.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "hague/core/error.hpp"
#include "hague/i18n/numbers.hpp"
#include "hague/report/svg.hpp"
#include "hague/report/views.hpp"

namespace hague::report {

namespace {

// Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
// deficiency.
namespace palette {
constexpr std::string_view blue = "#0072B2";
constexpr std::string_view sky = "#56B4E9";
constexpr std::string_view orange = "#E69F00";
constexpr std::string_view vermillion = "#D55E00";
constexpr std::string_view green = "#009E73";
constexpr std::string_view purple = "#CC79A7";
constexpr std::string_view black = "#000000";
constexpr std::string_view grey = "#999999";
constexpr std::string_view light = "#E8E8E8";
constexpr std::string_view ink = "#222222";
constexpr std::string_view muted = "#555555";
// One meaning per colour across every chart (docs/charts.md, "Colours"):
// blue, sky and orange are the three status bands (at or above 3.5%, 2% to 3.5%, under 2%) and
// nothing else; grey is an aggregate; the hatch is "no data"; light grey is "not a NATO ally".
constexpr std::string_view gap_money = purple;    ///< money an ally lacks (gap chart)
constexpr std::string_view gdp = green;           ///< share of the alliance's GDP (burden)
constexpr std::string_view spending = vermillion; ///< share of the alliance's spending (burden)
constexpr std::string_view fan_band = "#BDBDBD";  ///< the 5-95% band of a simulation
constexpr std::string_view fan_median = ink;      ///< the median of a simulation
/// Allies' lines in the trend chart: identities, not values, so none is a band colour.
constexpr std::string_view series[] = {vermillion, "#1F4E79", green,    purple,
                                       black,      "#8C6D31", "#6A6A6A"};
} // namespace palette

constexpr double margin = 12;
constexpr double title_size = 17;
constexpr double body_size = 12;
constexpr double note_size = 11;

/// Rough width of a text: average glyph advance of Helvetica-like fonts is about 0.55 em.
double text_width(std::string_view text, double size) {
    std::size_t chars = 0;
    for (const unsigned char c : text)
        if ((c & 0xC0) != 0x80)
            ++chars;
    return static_cast<double>(chars) * size * 0.52;
}

/// Splits text into lines that fit max_width at size, at spaces.
std::vector<std::string> wrap(std::string_view text, double max_width, double size) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string_view::npos)
            end = text.size();
        const auto word = text.substr(start, end - start);
        const auto candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
        if (!line.empty() && text_width(candidate, size) > max_width) {
            lines.push_back(line);
            line = std::string(word);
        } else {
            line = candidate;
        }
        start = end + 1;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

/// Writes wrapped text from y down; returns the y below it.
double paragraph(Svg& svg, double y, std::string_view text, const TextStyle& style) {
    for (const auto& l : wrap(text, svg.width() - 2 * margin, style.size)) {
        svg.text(margin, y, l, style);
        y += style.size * 1.35;
    }
    return y;
}

/// The title block: the title, then the subtitle, wrapped. Returns the y below it.
double header(Svg& svg, const std::string& title, const std::string& subtitle) {
    double y = paragraph(svg, margin + title_size, title,
                         {.size = title_size, .weight = "bold", .fill = palette::ink});
    if (!subtitle.empty())
        y = paragraph(svg, y + 2, subtitle, {.size = body_size + 1, .fill = palette::muted});
    return y + 6;
}

/// The notes and the source line under a chart.
double footer(Svg& svg, double y, std::span<const std::string> notes, const std::string& source) {
    y += 6;
    for (const auto& n : notes)
        y = paragraph(svg, y + note_size, n, {.size = note_size, .fill = palette::muted}) -
            note_size;
    return paragraph(svg, y + note_size + 4, source, {.size = note_size, .fill = palette::muted});
}

/// The notes and the source line under a chart, with the reader's own note and byline
/// (--note, --byline): "Chart: <byline>. Source: ...".
double footer(const ChartContext& c, Svg& svg, double y, std::vector<std::string> notes,
              const std::string& source) {
    if (c.text.note && !c.text.note->empty())
        notes.push_back(*c.text.note);
    const auto line = c.text.byline && !c.text.byline->empty()
                          ? c.catalog->format("chart_byline", {*c.text.byline}) + " " + source
                          : source;
    return footer(svg, y, notes, line);
}

/// A chart's document at the context's width; a width other than the article's gets ids of its
/// own ("map-w340-title"), so that a page may hold both drawings.
Svg chart_svg(const ChartContext& c, std::string_view kind, std::string_view title,
              std::string_view subtitle) {
    const auto id_base = c.width == default_chart_width
                             ? std::string(kind)
                             : fmt::format("{}-w{}", kind, static_cast<int>(c.width));
    return Svg(c.width, kind, title, subtitle, id_base);
}

/// --highlight: an ally not highlighted is drawn lighter (the attribute to add to its group);
/// one highlighted, or any when none is, as it is.
std::string emphasis(const ChartContext& c, std::string_view code) {
    if (c.highlight.empty() ||
        std::find(c.highlight.begin(), c.highlight.end(), code) != c.highlight.end())
        return {};
    return " opacity=\"0.3\"";
}

/// The reader's own title and subtitle (--title, --subtitle) replace the chart's.
void apply_text(const ChartContext& c, std::string& title, std::string& subtitle) {
    if (c.text.title)
        title = *c.text.title;
    if (c.text.subtitle)
        subtitle = *c.text.subtitle;
}

/// A legend entry: a swatch (fill, optional extra attributes) and its label.
struct LegendItem {
    std::string fill;
    std::string label;
    std::string extra;
    bool line = false; ///< a line sample instead of a square
    std::string dash;
    bool diamond = false; ///< a diamond instead of a square
};

constexpr double legend_row = 18;

double legend(Svg& svg, double y, std::span<const LegendItem> items) {
    double x = margin;
    svg.begin_group("class=\"legend\"");
    for (const auto& it : items) {
        const double w = 18 + text_width(it.label, body_size) + 16;
        if (x + w > svg.width() - margin && x > margin) {
            y += legend_row;
            x = margin;
        }
        if (it.line)
            svg.line(x, y - 4, x + 14, y - 4, it.fill, 2.5, it.dash);
        else if (it.diamond)
            svg.path(fmt::format("M{} {}L{} {}L{} {}L{} {}Z", coord(x + 6), coord(y - 11),
                                 coord(x + 12), coord(y - 5), coord(x + 6), coord(y + 1), coord(x),
                                 coord(y - 5)),
                     it.fill);
        else
            svg.rect(x, y - 11, 12, 12, it.fill, it.extra);
        // A label longer than the drawing is wide (a phone's) wraps under itself.
        const auto lines = wrap(it.label, svg.width() - margin - x - 18, body_size);
        for (std::size_t i = 0; i < lines.size(); ++i)
            svg.text(x + 18, y + legend_row * static_cast<double>(i), lines[i],
                     {.size = body_size, .fill = palette::ink});
        if (lines.size() > 1) {
            y += legend_row * static_cast<double>(lines.size() - 1);
            x = svg.width(); // the next item starts a row of its own
            continue;
        }
        x += w;
    }
    svg.end_group();
    return y + legend_row;
}

std::string_view band_fill(Band b) {
    switch (b) {
    case Band::Core: return palette::blue;
    case Band::Spending: return palette::sky;
    case Band::Below: return palette::orange;
    case Band::NoData: return palette::light;
    }
    return palette::light;
}

/// The hatch that marks "no data": defined once per chart.
std::string hatch_defs(const Svg& svg) {
    return fmt::format(
        "<defs><pattern id=\"{}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{}\" stroke-width=\"2\"/></pattern>"
        "</defs>\n",
        svg.id("nodata"), palette::grey);
}

std::vector<LegendItem> band_legend(const engine::Thresholds& t, const i18n::Catalog& cat,
                                    const Svg& svg) {
    const auto l = cat.language();
    const auto spending = i18n::format_percent_compact(t.spending_pct, l);
    const auto core = i18n::format_percent_compact(t.core_pct, l);
    return {
        {std::string(palette::blue), cat.format("legend_at_least", {core}), {}, false, {}},
        {std::string(palette::sky), cat.format("legend_between", {spending, core}), {}, false, {}},
        {std::string(palette::orange), cat.format("legend_below", {spending}), {}, false, {}},
        {"url(#" + svg.id("nodata") + ")",
         cat.text("legend_no_data"),
         fmt::format("stroke=\"{}\" stroke-width=\"0.5\"", palette::grey),
         false,
         {}}};
}

/// "Source: NATO, <title>, edition <id>, published <date>, Table 3." (or "Tables 2, 3 and 5.").
std::string source_line(const ChartContext& c, std::vector<int> tables) {
    const auto& cat = *c.catalog;
    if (tables.size() == 1)
        return cat.format("source_line", {c.edition->title, edition_label(*c.edition, cat),
                                          std::int64_t{tables.front()}});
    std::string first;
    for (std::size_t i = 0; i + 1 < tables.size(); ++i)
        first += (first.empty() ? "" : ", ") + fmt::format("{}", tables[i]);
    return cat.format("source_tables", {c.edition->title, edition_label(*c.edition, cat), first,
                                        std::int64_t{tables.back()}});
}

/// The notes for allies with no share: "Iceland (ISL): Iceland has no armed forces; ...".
std::vector<std::string>
missing_notes(const engine::Status& s, const ChartContext& c,
              const std::map<std::string, std::string, std::less<>>& names) {
    std::vector<std::string> notes;
    for (const auto& a : s.allies) {
        if (a.share_gdp_pct)
            continue;
        const auto reason =
            a.missing_key ? c.catalog->text(*a.missing_key) : c.catalog->text("not_available");
        notes.push_back(c.catalog->format(
            "missing_line", {name_or_code(names, a.ally.str()), a.ally.str(), reason}));
    }
    return notes;
}

/// A linear scale from [d0, d1] to [r0, r1].
struct Scale {
    double d0, d1, r0, r1;
    [[nodiscard]] double operator()(double v) const {
        return r0 + (v - d0) / (d1 - d0) * (r1 - r0);
    }
};

/// A vertical reference line across a plot with its label on top.
void reference_line(Svg& svg, double x, double top, double bottom, const std::string& label,
                    double lift = 0) {
    svg.line(x, top - lift, x, bottom, palette::ink, 1, "4 3");
    svg.text(x, top - 4 - lift, label,
             {.size = note_size, .anchor = "middle", .fill = palette::ink, .halo = true});
}

/// The lift of each label of reference lines at `xs` (ascending), so that none overlaps the one
/// before it: a label that would touch its neighbour goes one row up (a narrow chart's 2%, 3.5%
/// and 5% are a few pixels apart).
std::vector<double> label_lifts(const std::vector<std::pair<double, std::string>>& labels) {
    std::vector<double> lifts(labels.size(), 0);
    for (std::size_t i = 1; i < labels.size(); ++i) {
        const auto& [x0, t0] = labels[i - 1];
        const auto& [x1, t1] = labels[i];
        const double room = (text_width(t0, note_size) + text_width(t1, note_size)) / 2 + 4;
        if (x1 - x0 < room && lifts[i - 1] == 0)
            lifts[i] = note_size + 3;
    }
    return lifts;
}

/// Every how many units an axis is labelled, so that labels `min_gap` pixels apart fit: 1, 2,
/// 5, 10, ... units.
int label_step(double pixels_per_unit, double min_gap) {
    for (int step : {1, 2, 5, 10, 20, 50})
        if (pixels_per_unit * step >= min_gap)
            return step;
    return 100;
}

} // namespace

namespace {
/// "United Kingdom: 3% by 2035 (announced ...)", or, for a pledge that named no year, "Spain:
/// 2.1%, no year stated (drawn at 2035; announced ...)": an undated pledge is never shown as dated.
std::string commitment_note(const i18n::Catalog& cat, const std::string& name,
                            const engine::CommitmentCheck& cc, const std::string& pct) {
    const auto announced = i18n::format_date(cc.commitment.announced, cat.language());
    if (!cc.commitment.by_year)
        return cat.format("trend_commitment_note_undated",
                          {name, pct, std::int64_t{cc.compared_year.value()}, announced});
    return cat.format("trend_commitment_note",
                      {name, pct, std::int64_t{cc.compared_year.value()}, announced});
}
} // namespace

std::string shares_summary(const engine::Status& s, const i18n::Catalog& cat,
                           const std::map<std::string, std::string, std::less<>>& names) {
    const auto pct = [&](double v) { return i18n::format_percent_compact(v, cat.language()); };
    // No count over an empty denominator, nor "1 of 1": with no ally that has a figure (only
    // aggregates drawn, --allies NATO; or Iceland alone, whose reason is a note) or a single ally
    // drawn, the bars say it all.
    if (s.summary.reporting == 0 || (s.summary.members == 1 && s.summary.reporting == 1))
        return {};
    if (s.summary.reporting == 1 && !s.summary.without_share.empty()) {
        // One ally with a figure: named, with its share, not counted ("1 of the 1").
        const auto one = std::find_if(s.allies.begin(), s.allies.end(),
                                      [](const auto& a) { return a.share_gdp_pct.has_value(); });
        return cat.format("shares_summary_sole",
                          {name_or_code(names, one->ally.str()),
                           i18n::format_percent(one->share_gdp_pct->value, 2, cat.language()),
                           name_list(s.summary.without_share, names, cat)});
    }
    if (!s.summary.without_share.empty())
        return cat.format("shares_summary_partial",
                          {std::int64_t{s.summary.at_or_above_spending},
                           std::int64_t{s.summary.reporting}, pct(s.thresholds.spending_pct),
                           std::int64_t{s.summary.at_or_above_core}, pct(s.thresholds.core_pct),
                           name_list(s.summary.without_share, names, cat)});
    return cat.format("shares_summary",
                      {std::int64_t{s.summary.at_or_above_spending},
                       std::int64_t{s.summary.reporting}, pct(s.thresholds.spending_pct),
                       std::int64_t{s.summary.at_or_above_core}, pct(s.thresholds.core_pct)});
}

std::string shares_chart(const engine::Status& s, double total_pct, const ChartContext& c) {
    const auto& cat = *c.catalog;
    const auto lang = cat.language();
    const auto names = localized_names(c.allies, *c.catalog);
    const auto year = std::int64_t{s.year.value()};
    const auto pct = [&](double v) { return i18n::format_percent_compact(v, lang); };

    auto title = cat.format("shares_title", {year});
    auto subtitle = shares_summary(s, cat, names);
    subtitle += (subtitle.empty() ? "" : " ") +
                cat.format("shares_lines", {pct(s.thresholds.spending_pct),
                                            pct(s.thresholds.core_pct), pct(total_pct)});
    std::vector<std::string> notes;
    if (s.summary.estimates > 0)
        notes.push_back(cat.text("estimate_bar_legend"));
    for (auto& n : missing_notes(s, c, names))
        notes.push_back(std::move(n));
    const auto source = source_line(c, {3});

    const double row = 17;
    double max_share = total_pct;
    for (const auto& a : s.allies)
        if (a.share_gdp_pct)
            max_share = std::max(max_share, a.share_gdp_pct->value);
    for (const auto& g : s.aggregates)
        if (g.share_gdp_pct)
            max_share = std::max(max_share, g.share_gdp_pct->value);
    const double axis_max = std::ceil(max_share + 0.5);

    const double rows_height =
        row * static_cast<double>(s.allies.size()) +
        (s.aggregates.empty() ? 0 : 8 + row * static_cast<double>(s.aggregates.size()));

    apply_text(c, title, subtitle);
    const double width = c.width;
    auto svg = chart_svg(c, "shares", title, subtitle);
    svg.raw(hatch_defs(svg));
    double y = header(svg, title, subtitle);
    y = legend(svg, y + body_size, band_legend(s.thresholds, cat, svg));

    // The names' column: 190 px on an article's width; on a narrower one, as wide as the
    // longest name needs, so that the bars keep what is left.
    double label_right = 190;
    if (width < default_chart_width) {
        double longest = 0;
        for (const auto& a : s.allies)
            longest = std::max(longest, text_width(name_or_code(names, a.ally.str()), body_size));
        for (const auto& g : s.aggregates)
            longest = std::max(longest,
                               text_width(name_or_code(names, g.entity.str()), body_size) * 1.08);
        label_right = std::min(label_right, margin + longest + 4);
    }
    const Scale x{0, axis_max, label_right + 8, width - 70};
    std::vector<std::pair<double, std::string>> references{
        {x(s.thresholds.spending_pct), pct(s.thresholds.spending_pct)},
        {x(s.thresholds.core_pct), pct(s.thresholds.core_pct)},
        {x(total_pct), pct(total_pct)}};
    std::sort(references.begin(), references.end());
    const auto lifts = label_lifts(references);
    const double top = y + 12 + *std::max_element(lifts.begin(), lifts.end());
    const double bottom = top + rows_height;

    // Grid: one line per percentage point, labelled as often as the width allows.
    const int step = label_step(x(1) - x(0), 34);
    for (int v = 0; v <= static_cast<int>(axis_max); ++v) {
        svg.line(x(v), top, x(v), bottom, v == 0 ? palette::ink : "#DDDDDD", v == 0 ? 1 : 0.6);
        if (v % step == 0)
            svg.text(x(v), bottom + 13, pct(v),
                     {.size = note_size, .anchor = "middle", .fill = palette::muted});
    }

    // Bars first, then the reference lines over them, then the value labels over both: a
    // reference line never strikes through a label (each label also has a white halo).
    enum class Pass { Bars, Labels };
    auto bar_row = [&](Pass pass, double ry, const std::string& name,
                       const std::optional<engine::Figure>& f, std::string_view fill, bool bold,
                       const std::string& code) {
        const auto value_text = f ? i18n::format_percent(f->value, 2, lang) +
                                        (f->estimate ? std::string(estimate_mark) : "")
                                  : cat.text("not_available");
        const double value_x = f ? x(f->value) + 4 : x(0.6) + 4;
        if (pass == Pass::Labels) {
            svg.begin_group(fmt::format("class=\"value\" data-ally=\"{}\"", escape_xml(code)));
            // A white box under the label: the halo alone leaves a dashed line visible between
            // the glyphs.
            svg.rect(value_x - 2, ry + 3, text_width(value_text, note_size) + 4, row - 6,
                     "#FFFFFF");
            svg.text(value_x, ry + row / 2, value_text,
                     {.size = note_size,
                      // A lighter label, over an opaque box: the box still hides the lines.
                      .fill = !emphasis(c, code).empty() ? "#AAAAAA"
                              : f                        ? palette::ink
                                                         : palette::muted,
                      .baseline = "middle",
                      .halo = true});
            svg.end_group();
            return;
        }
        svg.begin_group(
            fmt::format("class=\"bar\" data-ally=\"{}\"{}", escape_xml(code), emphasis(c, code)));
        svg.tooltip(name + ": " + value_text);
        svg.text(label_right, ry + row / 2, name,
                 {.size = body_size,
                  .anchor = "end",
                  .weight = bold ? "bold" : "normal",
                  .fill = palette::ink,
                  .baseline = "middle"});
        if (f)
            svg.rect(x(0), ry + 2, x(f->value) - x(0), row - 4, fill,
                     f->estimate ? "fill-opacity=\"0.55\"" : std::string_view{});
        else
            svg.rect(x(0), ry + 2, x(0.6) - x(0), row - 4, "url(#" + svg.id("nodata") + ")",
                     fmt::format("stroke=\"{}\" stroke-width=\"0.5\"", palette::grey));
        svg.end_group();
    };

    for (const auto pass : {Pass::Bars, Pass::Labels}) {
        double ry = top;
        for (const auto& a : s.allies) {
            bar_row(pass, ry, name_or_code(names, a.ally.str()), a.share_gdp_pct,
                    band_fill(band_of(a)), false, a.ally.str());
            ry += row;
        }
        if (!s.aggregates.empty()) {
            ry += 8;
            for (const auto& g : s.aggregates) {
                bar_row(pass, ry, name_or_code(names, g.entity.str()), g.share_gdp_pct,
                        palette::grey, true, g.entity.str());
                ry += row;
            }
        }
        if (pass == Pass::Bars) {
            for (std::size_t i = 0; i < references.size(); ++i)
                reference_line(svg, references[i].first, top, bottom, references[i].second,
                               lifts[i]);
        }
    }

    return svg.finish(footer(c, svg, bottom + 18, notes, source) + margin);
}

namespace {

/// The bounding box of an SVG path made of absolute M/L/Z commands (as data/geo writes them).
struct Box {
    double x0, y0, x1, y1;
    [[nodiscard]] double width() const { return x1 - x0; }
    [[nodiscard]] double height() const { return y1 - y0; }
    [[nodiscard]] double cx() const { return (x0 + x1) / 2; }
    [[nodiscard]] double cy() const { return (y0 + y1) / 2; }
};

std::optional<Box> path_box(std::string_view d) {
    std::optional<Box> box;
    std::vector<double> numbers;
    const char* p = d.data();
    const char* end = d.data() + d.size();
    while (p < end) {
        if (*p == '-' || *p == '.' || (*p >= '0' && *p <= '9')) {
            char* stop = nullptr;
            numbers.push_back(std::strtod(p, &stop));
            p = stop > p ? stop : p + 1;
        } else {
            ++p;
        }
    }
    for (std::size_t i = 0; i + 1 < numbers.size(); i += 2) {
        const double x = numbers[i], y = numbers[i + 1];
        if (!box)
            box = Box{x, y, x, y};
        box->x0 = std::min(box->x0, x);
        box->x1 = std::max(box->x1, x);
        box->y0 = std::min(box->y0, y);
        box->y1 = std::max(box->y1, y);
    }
    return box;
}

/// Below this size on the page (pixels) an ally's outline gets a marker.
constexpr double small_outline_px = 14;
constexpr double marker_radius_px = 4;

} // namespace

std::string map_chart(const engine::Status& s, std::span<const MapPanel> panels,
                      std::span<const MapOutline> outlines, const ChartContext& c) {
    const auto& cat = *c.catalog;
    const auto lang = cat.language();
    const auto names = localized_names(c.allies, *c.catalog);
    const auto year = std::int64_t{s.year.value()};
    auto title = cat.format("map_title", {year});
    auto subtitle = shares_summary(s, cat, names);
    std::vector<std::string> notes = missing_notes(s, c, names);
    notes.push_back(cat.text("map_credit"));
    const auto source = source_line(c, {3});

    std::map<std::string, const engine::AllyStatus*, std::less<>> by_code;
    for (const auto& a : s.allies)
        by_code[a.ally.str()] = &a;

    apply_text(c, title, subtitle);
    const double width = c.width;
    auto svg = chart_svg(c, "map", title, subtitle);
    auto items = band_legend(s.thresholds, cat, svg);
    items.push_back({std::string(palette::light),
                     cat.text("legend_not_member"),
                     "stroke=\"#BBBBBB\" stroke-width=\"0.5\"",
                     false,
                     {}});
    double panels_width = 0, panels_height = 0;
    for (const auto& p : panels) {
        panels_width += p.width;
        panels_height = std::max(panels_height, p.height);
    }
    const double gap = 8;
    panels_width += gap * static_cast<double>(panels.size() > 0 ? panels.size() - 1 : 0);
    const double scale = std::min(1.0, (width - 2 * margin) / panels_width);
    svg.raw(hatch_defs(svg));
    double y = header(svg, title, subtitle);
    const double map_top = legend(svg, y + body_size, items) - 4;

    double px = margin;
    for (const auto& p : panels) {
        svg.begin_group(fmt::format("class=\"panel\" data-panel=\"{}\" transform=\"translate({} "
                                    "{}) scale({})\"",
                                    escape_xml(p.id), coord(px), coord(map_top),
                                    fmt::format("{:.4f}", scale)));
        svg.rect(0, 0, p.width, p.height, "#F4F8FB");
        struct Marker {
            std::optional<Box> box;
            std::string fill, tooltip;
        };
        std::map<std::string, Marker, std::less<>> markers;
        // Non-members first, so the allies' borders draw on top.
        for (const int pass : {0, 1}) {
            for (const auto& o : outlines) {
                if (o.panel != p.id || (o.ally.empty() != (pass == 0)))
                    continue;
                const auto it = o.ally.empty() ? by_code.end() : by_code.find(o.ally);
                if (it == by_code.end()) {
                    // Not an ally in this year (Finland before 2023): drawn as a non-member,
                    // as the legend says, never as "no data".
                    if (!o.ally.empty()) {
                        svg.begin_group(fmt::format("class=\"non-member\" data-ally=\"{}\"",
                                                    escape_xml(o.ally)));
                        svg.tooltip(name_or_code(names, o.ally) + ": " +
                                    cat.text("legend_not_member"));
                    }
                    svg.path(o.path, palette::light, "#FFFFFF", 0.5);
                    if (!o.ally.empty())
                        svg.end_group();
                    continue;
                }
                const engine::AllyStatus* a = it->second;
                const auto band = a ? band_of(*a) : Band::NoData;
                const auto fill = band == Band::NoData ? "url(#" + svg.id("nodata") + ")"
                                                       : std::string(band_fill(band));
                const auto value =
                    a && a->share_gdp_pct
                        ? i18n::format_percent(a->share_gdp_pct->value, 2, lang) +
                              (a->share_gdp_pct->estimate ? std::string(estimate_mark) : "")
                        : cat.text("not_available");
                svg.begin_group(fmt::format("class=\"ally\" data-ally=\"{}\"{}", escape_xml(o.ally),
                                            emphasis(c, o.ally)));
                svg.tooltip(name_or_code(names, o.ally) + ": " + value);
                // A hatched ally (no data: Iceland) is outlined, or it has no edge on the sea.
                if (band == Band::NoData)
                    svg.path(o.path, fill, "#767676", 0.6);
                else
                    svg.path(o.path, fill, "#FFFFFF", 0.6);
                if (const auto box = path_box(o.path)) {
                    auto& m = markers[o.ally];
                    m.box = m.box ? Box{std::min(m.box->x0, box->x0), std::min(m.box->y0, box->y0),
                                        std::max(m.box->x1, box->x1), std::max(m.box->y1, box->y1)}
                                  : *box;
                    m.fill = band == Band::NoData ? std::string(palette::light) : fill;
                    m.tooltip = name_or_code(names, o.ally) + ": " + value;
                }
                svg.end_group();
            }
        }
        // An ally too small to see at this scale (Luxembourg, Montenegro: all its outlines in
        // the panel together) gets a marker of its colour on top, so its band can be read.
        for (const auto& [ally, m] : markers) {
            if (std::max(m.box->width(), m.box->height()) * scale >= small_outline_px)
                continue;
            svg.begin_group(
                fmt::format("class=\"ally marker\" data-ally=\"{}\"", escape_xml(ally)));
            svg.tooltip(m.tooltip);
            svg.raw(fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\" stroke=\"{}\" "
                                "stroke-width=\"{}\"/>\n",
                                coord(m.box->cx()), coord(m.box->cy()),
                                coord(marker_radius_px / scale), m.fill, palette::ink,
                                coord(0.8 / scale)));
            svg.end_group();
        }
        svg.rect(0, 0, p.width, p.height, "none", "stroke=\"#CCCCCC\" stroke-width=\"0.8\"");
        svg.end_group();
        px += (p.width + gap) * scale;
    }
    return svg.finish(footer(c, svg, map_top + panels_height * scale, notes, source) + margin);
}

std::string gap_chart(const engine::GapResult& g, const ChartContext& c) {
    const auto& cat = *c.catalog;
    const auto lang = cat.language();
    const auto names = localized_names(c.allies, *c.catalog);
    const auto year = std::int64_t{g.year.value()};
    const auto target = i18n::format_percent_compact(g.target_pct, lang);
    HAGUE_CHECK(g.currency != Currency::Nc, ErrorKind::InvalidInput, "err_gap_chart_adds_allies",
                "the gap chart adds allies' gaps, so it needs one currency (USD or EUR), not NC");

    const auto bars = gap_bars(g);
    const auto& short_of = bars.short_of;
    const auto& currency = bars.currency;
    std::vector<std::string> met, unknown;
    for (const auto* a : bars.met)
        met.push_back(name_or_code(names, a->ally.str()));
    for (const auto* a : bars.unknown)
        unknown.push_back(name_or_code(names, a->ally.str()));
    // Prose (subtitle, tooltips) writes money in words; the bar labels share one scale and one
    // precision, stated once above the bars (billions with one decimal, or millions with none
    // when no gap reaches a billion): never "107 mil M US$" beside "6470 M US$".
    const auto money = [&](double m) { return money_words(m * 1e6, currency, cat); };

    // "Together they would need": the sum of the bars drawn, whatever --allies chose (the
    // alliance's total would be a figure for allies the chart does not show).
    std::optional<double> total;
    for (const auto* a : short_of)
        total = total.value_or(0.0) + *a->gap_m;
    auto title = cat.format("gap_title", {target, year});
    const auto below = std::count_if(g.allies.begin(), g.allies.end(),
                                     [](const auto& a) { return a.share && a.gap_pp > 0; });
    auto subtitle =
        short_of.empty() && below == 0 ? cat.format("gap_subtitle_none", {target})
        : short_of.empty()
            ? cat.format("gap_subtitle_no_money", {std::int64_t{below}, target, g.edition, year})
            : cat.format(g.prices == PriceBasis::Current ? "gap_subtitle_current"
                                                         : "gap_subtitle_constant",
                         {std::int64_t{static_cast<std::int64_t>(short_of.size())},
                          total ? money(*total) : cat.text("not_available"), target,
                          std::int64_t{g.constant_price_base}});
    std::vector<std::string> notes;
    auto join = [](const std::vector<std::string>& v) {
        std::string out;
        for (const auto& s : v)
            out += (out.empty() ? "" : ", ") + s;
        return out;
    };
    if (std::any_of(short_of.begin(), short_of.end(),
                    [](const auto* a) { return a->share->estimate; }))
        notes.push_back(cat.text("estimate_bar_legend"));
    if (!met.empty())
        notes.push_back(cat.format("gap_met", {target, join(met)}));
    if (!unknown.empty())
        notes.push_back(cat.format("gap_unknown", {join(unknown)}));
    const auto source = source_line(c, g.prices == PriceBasis::Current ? std::vector{2, 3, 5}
                                                                       : std::vector{1, 3, 5});

    const double row = 17;
    double max_gap = 1;
    for (const auto* a : short_of)
        max_gap = std::max(max_gap, *a->gap_m);
    const bool billions = max_gap >= 999.95; // a label that would round to 1,000 million
    const auto unit_line = cat.text(fmt::format("gap_unit_{}_{}", billions ? "billion" : "million",
                                                currency == "EUR" ? "eur" : "usd"));
    const auto label = [&](const engine::AllyGap& a) {
        // A gap that rounds to zero at the label's precision is still a gap: "<0.1", not "0.0".
        const double shown = billions ? *a.gap_m / 1000 : *a.gap_m;
        const double least = billions ? 0.1 : 1.0;
        const auto number = shown > 0 && shown < least / 2
                                ? "<" + i18n::format_number(least, billions ? 1 : 0, lang)
                                : i18n::format_number(shown, billions ? 1 : 0, lang);
        return number + (a.share->estimate ? std::string(estimate_mark) : "");
    };

    apply_text(c, title, subtitle);
    const double width = c.width;
    auto svg = chart_svg(c, "gap", title, subtitle);
    const double top = header(svg, title, subtitle) + 6 + body_size + 4;
    const double bottom = top + row * static_cast<double>(short_of.size());
    const double label_right = 190;
    const Scale x{0, max_gap, label_right + 8, width - 110};
    // The unit over the bars, moved left as far as a narrow drawing needs to hold it.
    const double unit_x =
        std::max(margin, std::min(x(0), width - margin - text_width(unit_line, note_size)));
    svg.text(unit_x, top - 8, unit_line, {.size = note_size, .fill = palette::muted});
    svg.line(x(0), top - 4, x(0), bottom, palette::ink, 1);
    double ry = top;
    for (const auto* a : short_of) {
        const auto name = name_or_code(names, a->ally.str());
        const auto share = i18n::format_percent(a->share->value, 2, lang) +
                           (a->share->estimate ? std::string(estimate_mark) : "");
        svg.begin_group(fmt::format("class=\"bar\" data-ally=\"{}\"{}", escape_xml(a->ally.str()),
                                    emphasis(c, a->ally.str())));
        svg.tooltip(cat.format("gap_tooltip", {name, money(*a->gap_m), share, target}));
        svg.text(label_right, ry + row / 2, name,
                 {.size = body_size, .anchor = "end", .fill = palette::ink, .baseline = "middle"});
        svg.rect(x(0), ry + 2, x(*a->gap_m) - x(0), row - 4, palette::gap_money,
                 a->share->estimate ? "fill-opacity=\"0.55\"" : std::string_view{});
        svg.text(x(*a->gap_m) + 4, ry + row / 2, label(*a),
                 {.size = note_size, .fill = palette::ink, .baseline = "middle", .halo = true});
        svg.end_group();
        ry += row;
    }
    return svg.finish(footer(c, svg, bottom + 4, notes, source) + margin);
}

std::string burden_chart(const engine::BurdenResult& b, const ChartContext& c) {
    const auto& cat = *c.catalog;
    const auto lang = cat.language();
    const auto year = std::int64_t{b.year.value()};
    const auto groups = burden_groups(b);
    auto title = cat.format("burden_title", {year});
    auto subtitle = cat.text("burden_subtitle");
    std::vector<std::string> notes;
    if (!b.groups.empty())
        notes.push_back(cat.format(
            b.prices == PriceBasis::Current ? "burden_note_current" : "burden_note_constant",
            {std::int64_t{b.groups.front().members_counted},
             static_cast<std::int64_t>(b.groups.front().group.members.size()),
             std::int64_t{b.constant_price_base}}));
    // "Allies outside the EU" is not "Europe without the EU": it holds the United States.
    for (const auto* g : groups)
        if (g->group.id == "non_eu") {
            std::vector<std::string> members;
            for (const auto& m : g->group.members)
                members.push_back(m.str());
            notes.push_back(cat.format("burden_non_eu_members",
                                       {name_list(members, localized_names(c.allies, cat), cat)}));
        }
    if (b.estimate)
        notes.push_back(cat.text("estimate_legend"));
    const auto source =
        source_line(c, b.prices == PriceBasis::Current ? std::vector{2, 5} : std::vector{1, 4});
    const std::vector<LegendItem> items{
        {std::string(palette::gdp), cat.text("burden_gdp"), {}, false, {}},
        {std::string(palette::spending), cat.text("burden_spending"), {}, false, {}}};

    const double group_height = 44;
    apply_text(c, title, subtitle);
    const double width = c.width;
    auto svg = chart_svg(c, "burden", title, subtitle);
    double y = header(svg, title, subtitle);
    const double top = legend(svg, y + body_size, items);
    const double bottom = top + group_height * static_cast<double>(groups.size());
    double label_right = 200;
    if (width < default_chart_width) { // a narrow drawing: the names' column as the names need
        double longest = 0;
        for (const auto* g : groups)
            longest = std::max(longest,
                               text_width(localized_group_name(g->group, cat), body_size) * 1.08);
        label_right = std::min(label_right, margin + longest + 4);
    }
    const Scale x{0, 100, label_right + 8, width - 70};
    const bool every_quarter = x(25) - x(0) >= 34; // else 0, 50 and 100 only
    for (const int v : {0, 25, 50, 75, 100}) {
        svg.line(x(v), top - 2, x(v), bottom, v == 0 ? palette::ink : "#DDDDDD", v == 0 ? 1 : 0.6);
        if (every_quarter || v % 50 == 0)
            svg.text(x(v), bottom + 13, i18n::format_percent_compact(v, lang),
                     {.size = note_size, .anchor = "middle", .fill = palette::muted});
    }
    double gy = top;
    for (const auto* g : groups) {
        const auto name = localized_group_name(g->group, cat);
        svg.begin_group(fmt::format("class=\"group\" data-group=\"{}\"", escape_xml(g->group.id)));
        svg.text(label_right, gy + group_height / 2 - 2, name,
                 {.size = body_size,
                  .anchor = "end",
                  .weight = "bold",
                  .fill = palette::ink,
                  .baseline = "middle"});
        const std::pair<double, std::string_view> bars[] = {
            {g->share_of_alliance_gdp_pct, palette::gdp},
            {g->share_of_alliance_spending_pct, palette::spending}};
        double by = gy + 3;
        for (const auto& [value, fill] : bars) {
            svg.rect(x(0), by, x(value) - x(0), 16, fill);
            svg.text(x(value) + 4, by + 8,
                     i18n::format_percent(value, 1, lang) +
                         (b.estimate ? std::string(estimate_mark) : ""),
                     {.size = note_size, .fill = palette::ink, .baseline = "middle", .halo = true});
            by += 18;
        }
        svg.end_group();
        gy += group_height;
    }
    return svg.finish(footer(c, svg, bottom + 18, notes, source) + margin);
}

std::string trend_chart(std::span<const TrendLine> lines, Year first, Year last,
                        const engine::Thresholds& t, double total_pct, const ChartContext& c) {
    const auto& cat = *c.catalog;
    const auto lang = cat.language();
    const auto names = localized_names(c.allies, *c.catalog);
    const auto pct = [&](double v) { return i18n::format_percent_compact(v, lang); };
    std::string who;
    for (const auto& l : lines)
        who += (who.empty() ? "" : ", ") + name_or_code(names, l.history.entity.str());
    auto title =
        cat.format("trend_title", {who, std::int64_t{first.value()}, std::int64_t{last.value()}});
    auto subtitle = cat.format("trend_subtitle", {pct(t.core_pct), std::int64_t{last.value()}});
    std::vector<std::string> notes;
    std::optional<Year> review;
    bool any_estimate = false;
    for (const auto& l : lines) {
        for (const auto& s : l.history.series)
            for (const auto& o : s.values)
                any_estimate = any_estimate || o.estimate;
        if (l.history.series.empty() && l.history.missing_reason)
            notes.push_back(cat.format(
                "missing_line",
                {name_or_code(names, l.history.entity.str()), l.history.entity.str(),
                 l.history.missing_key ? cat.text(*l.history.missing_key)
                                       : localized_reason(*l.history.missing_reason, cat)}));
        if (l.path) {
            review = l.path->path.input.review_year;
            for (const auto& cc : l.path->commitments)
                notes.push_back(commitment_note(cat, name_or_code(names, l.history.entity.str()),
                                                cc, pct(cc.commitment.target_pct)));
        }
        if (!l.plan.empty()) {
            std::vector<std::string> points;
            for (const auto& p : l.plan)
                points.push_back(cat.format("trend_plan_point",
                                            {pct(p.share_pct), std::int64_t{p.year.value()}}));
            notes.push_back(
                cat.format("trend_plan_note", {name_or_code(names, l.history.entity.str()),
                                               l.plan_title, cat.list(points)}));
        }
    }
    const bool any_plan =
        std::any_of(lines.begin(), lines.end(), [](const TrendLine& l) { return !l.plan.empty(); });
    if (any_estimate)
        notes.insert(notes.begin(), cat.text("trend_estimate_note"));
    const auto source = source_line(c, {3}) + " " + cat.text("trend_source_commitments");

    // Each line is named at its end (no colour legend to decode); the legend explains only the
    // line styles.
    std::vector<LegendItem> items;
    items.push_back({std::string(palette::muted), cat.text("trend_published"), {}, true, {}});
    items.push_back({std::string(palette::muted),
                     cat.format("trend_path", {pct(t.core_pct), std::int64_t{last.value()}}),
                     {},
                     true,
                     "6 4"});
    items.push_back(
        {std::string(palette::muted), cat.text("trend_commitment"), {}, false, {}, true});
    if (any_plan)
        items.push_back({std::string(palette::muted), cat.text("trend_plan"), {}, true, "2 3"});

    double max_share = total_pct;
    for (const auto& l : lines) {
        for (const auto& s : l.history.series)
            for (const auto& o : s.values)
                max_share = std::max(max_share, o.value);
        if (l.path)
            for (const auto& cc : l.path->commitments)
                max_share = std::max(max_share, cc.commitment.target_pct);
        for (const auto& p : l.plan)
            max_share = std::max(max_share, p.share_pct);
    }
    const double axis_max = std::ceil(max_share + 0.5);

    apply_text(c, title, subtitle);
    const double width = c.width;
    auto svg = chart_svg(c, "trend", title, subtitle);
    double y = header(svg, title, subtitle);
    const double top = legend(svg, y + body_size, items) + 12;
    const double plot_height = 300;
    const double bottom = top + plot_height;

    // The right margin holds the end labels: the allies' names and the reference lines' values.
    const double label_column = std::min(150.0, std::round(width * 0.32));
    const Scale x{static_cast<double>(first.value()), static_cast<double>(last.value()), 56,
                  width - label_column};
    const Scale yy{0, axis_max, bottom, top};
    for (int v = 0; v <= static_cast<int>(axis_max); ++v) {
        svg.line(x(first.value()), yy(v), x(last.value()), yy(v), v == 0 ? palette::ink : "#DDDDDD",
                 v == 0 ? 1 : 0.6);
        svg.text(
            50, yy(v), pct(v),
            {.size = note_size, .anchor = "end", .fill = palette::muted, .baseline = "middle"});
    }
    // Years every 3 on an article's width (2014, 2017, ... 2035), fewer on a phone's.
    const int year_step = std::max(3, label_step(x(first.value() + 1) - x(first.value()), 34));
    for (int yr = first.value(); yr <= last.value(); ++yr) {
        const bool last_year = yr == last.value();
        if ((yr - first.value()) % year_step != 0 && !last_year)
            continue;
        // The last year is always labelled; the one before it is left out if they would touch.
        if (!last_year && last.value() - yr < year_step && (x(last.value()) - x(yr)) < 34)
            continue;
        svg.line(x(yr), bottom, x(yr), bottom + 4, palette::ink, 1);
        svg.text(x(yr), bottom + 16, fmt::format("{}", yr),
                 {.size = note_size, .anchor = "middle", .fill = palette::muted});
    }
    // End labels: every line's name and every reference line's value, in one column right of
    // the plot, pushed apart so that none overlaps another (a leader joins a moved label).
    struct EndLabel {
        double y = 0, at = 0;
        std::string text, colour, weight;
        std::vector<std::string> lines; ///< the text wrapped to the label column
        [[nodiscard]] double height() const { return 13.0 * static_cast<double>(lines.size()); }
    };
    std::vector<EndLabel> end_labels;
    for (const auto& [v, label] :
         {std::pair{t.spending_pct, pct(t.spending_pct)}, std::pair{t.core_pct, pct(t.core_pct)},
          std::pair{total_pct, pct(total_pct)}}) {
        svg.line(x(first.value()), yy(v), x(last.value()), yy(v), palette::grey, 1, "2 3");
        end_labels.push_back({yy(v), yy(v), label, std::string(palette::muted), "normal", {}});
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& l = lines[i];
        std::optional<double> end;
        if (l.path && !l.path->path.points.empty())
            end = l.path->path.points.back().share_pct;
        else
            for (const auto& s : l.history.series)
                if (!s.values.empty())
                    end = s.values.back().value;
        if (end)
            end_labels.push_back({yy(*end),
                                  yy(*end),
                                  name_or_code(names, l.history.entity.str()),
                                  std::string(palette::series[i % std::size(palette::series)]),
                                  "bold",
                                  {}});
    }
    const double label_x = x(last.value()) + 16;
    for (auto& e : end_labels) // a long name ("NATO Europe and Canada") wraps within the column
        e.lines =
            wrap(e.text, width - margin - label_x, e.weight == "bold" ? body_size : note_size);
    std::stable_sort(end_labels.begin(), end_labels.end(),
                     [](const EndLabel& a, const EndLabel& b) { return a.y < b.y; });
    // y is a label's middle: two labels are apart by half of each one's height.
    const auto apart = [](const EndLabel& a, const EndLabel& b) {
        return (a.height() + b.height()) / 2;
    };
    for (std::size_t i = 1; i < end_labels.size(); ++i)
        end_labels[i].y = std::max(end_labels[i].y,
                                   end_labels[i - 1].y + apart(end_labels[i - 1], end_labels[i]));
    if (!end_labels.empty() && end_labels.back().y > bottom) { // pushed below the plot: lift all
        end_labels.back().y = bottom;
        for (std::size_t i = end_labels.size() - 1; i-- > 0;)
            end_labels[i].y = std::min(
                end_labels[i].y, end_labels[i + 1].y - apart(end_labels[i], end_labels[i + 1]));
    }
    if (review) {
        svg.line(x(review->value()), top, x(review->value()), bottom, palette::grey, 1, "2 3");
        svg.text(x(review->value()), top - 4,
                 cat.format("trend_review", {std::int64_t{review->value()}}),
                 {.size = note_size, .anchor = "middle", .fill = palette::muted});
    }

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto colour = palette::series[i % std::size(palette::series)];
        const auto& l = lines[i];
        const auto name = name_or_code(names, l.history.entity.str());
        svg.begin_group(fmt::format("class=\"series\" data-ally=\"{}\"{}",
                                    escape_xml(l.history.entity.str()),
                                    emphasis(c, l.history.entity.str())));
        if (l.path) {
            std::string d;
            for (const auto& p : l.path->path.points)
                if (p.year.value() <= last.value())
                    d += fmt::format("{}{} {}", d.empty() ? "M" : "L", coord(x(p.year.value())),
                                     coord(yy(p.share_pct)));
            svg.path(d, "none", colour, 2, "stroke-dasharray=\"6 4\"");
        }
        for (const auto& s : l.history.series) {
            std::string d;
            std::optional<int> previous;
            for (const auto& o : s.values) {
                if (o.year.value() < first.value() || o.year.value() > last.value())
                    continue;
                const bool joined = previous && *previous == o.year.value() - 1;
                d += fmt::format("{}{} {}", joined ? "L" : "M", coord(x(o.year.value())),
                                 coord(yy(o.value)));
                previous = o.year.value();
            }
            svg.path(d, "none", colour, 2.5);
            for (const auto& o : s.values) {
                if (o.year.value() < first.value() || o.year.value() > last.value())
                    continue;
                svg.begin_group();
                svg.tooltip(fmt::format("{} {}: {}{}", name, o.year.value(),
                                        i18n::format_percent(o.value, 2, lang),
                                        o.estimate ? std::string(estimate_mark) : ""));
                svg.circle(x(o.year.value()), yy(o.value), 3, o.estimate ? "#FFFFFF" : colour,
                           colour, 1.5);
                svg.end_group();
            }
        }
        if (l.path) {
            for (const auto& cc : l.path->commitments) {
                const auto when = cc.compared_year.value();
                if (when < first.value() || when > last.value())
                    continue;
                const double cx = x(when), cy = yy(cc.commitment.target_pct);
                svg.begin_group();
                svg.tooltip(commitment_note(cat, name, cc, pct(cc.commitment.target_pct)));
                svg.path(fmt::format("M{} {}L{} {}L{} {}L{} {}Z", coord(cx), coord(cy - 6),
                                     coord(cx + 6), coord(cy), coord(cx), coord(cy + 6),
                                     coord(cx - 6), coord(cy)),
                         colour, "#FFFFFF", 1);
                svg.end_group();
            }
        }
        // A plan: its years joined by a dotted line, each a square with its value on hover.
        if (!l.plan.empty()) {
            std::string d;
            for (const auto& p : l.plan)
                if (p.year.value() >= first.value() && p.year.value() <= last.value())
                    d += fmt::format("{}{} {}", d.empty() ? "M" : "L", coord(x(p.year.value())),
                                     coord(yy(p.share_pct)));
            svg.begin_group("class=\"plan\"");
            svg.path(d, "none", colour, 2, "stroke-dasharray=\"2 3\"");
            for (const auto& p : l.plan) {
                if (p.year.value() < first.value() || p.year.value() > last.value())
                    continue;
                svg.begin_group();
                svg.tooltip(
                    fmt::format("{}: {}", l.plan_title,
                                cat.format("trend_plan_point",
                                           {pct(p.share_pct), std::int64_t{p.year.value()}})));
                svg.rect(x(p.year.value()) - 4, yy(p.share_pct) - 4, 8, 8, "#FFFFFF",
                         fmt::format("stroke=\"{}\" stroke-width=\"2\"", colour));
                svg.end_group();
            }
            svg.end_group();
        }
        svg.end_group();
    }
    for (const auto& e : end_labels) {
        svg.begin_group("class=\"end-label\"");
        if (std::fabs(e.y - e.at) > 1)
            svg.line(x(last.value()) + 8, e.at, label_x - 2, e.y, e.colour, 0.6);
        const double first_line = e.y - (e.height() - 13) / 2;
        for (std::size_t i = 0; i < e.lines.size(); ++i)
            svg.text(label_x, first_line + 13.0 * static_cast<double>(i), e.lines[i],
                     {.size = e.weight == "bold" ? body_size : note_size,
                      .weight = e.weight,
                      .fill = e.colour,
                      .baseline = "middle",
                      .halo = true});
        svg.end_group();
    }
    return svg.finish(footer(c, svg, bottom + 24, notes, source) + margin);
}

std::string fan_chart(const engine::McResult& r, double threshold_pct, Year last_year,
                      const std::string& scenario_text, const ChartContext& c) {
    const auto& cat = *c.catalog;
    const auto lang = cat.language();
    const auto names = localized_names(c.allies, *c.catalog);
    const auto pct = [&](double v) { return i18n::format_percent_compact(v, lang); };
    const auto rows = fan_rows(r);
    auto title = cat.format("fan_title", {pct(threshold_pct), std::int64_t{last_year.value()}});
    auto subtitle = cat.format("fan_subtitle", {static_cast<std::int64_t>(r.paths), scenario_text,
                                                static_cast<std::int64_t>(r.seed)});
    std::vector<std::string> notes{cat.format("fan_note", {pct(threshold_pct)})};
    const auto source = source_line(c, {3, 5}) + " " + cat.text("fan_source_model");
    const std::vector<LegendItem> items{
        {std::string(palette::fan_band), cat.text("fan_band"), {}, false, {}},
        {std::string(palette::fan_median), cat.text("fan_median"), {}, false, {}}};

    const double row = 17;
    double axis_max = threshold_pct + 1;
    for (const auto* e : rows)
        axis_max = std::max(axis_max, e->share_pct.p95);
    axis_max = std::ceil(axis_max + 0.25);

    apply_text(c, title, subtitle);
    const double width = c.width;
    auto svg = chart_svg(c, "fan", title, subtitle);
    double y = header(svg, title, subtitle);
    // On a narrow drawing the probability's heading takes a row of its own above the plot, so
    // that it never meets the reference line's label; the names' column is as wide as they need.
    const bool narrow = width < default_chart_width;
    const double heading_row = narrow ? note_size + 6 : 0;
    const double top = legend(svg, y + body_size, items) + 14 + heading_row;
    const double bottom = top + row * static_cast<double>(rows.size());
    double label_right = 180;
    if (narrow) {
        double longest = 0;
        for (const auto* e : rows)
            longest = std::max(longest, text_width(name_or_code(names, e->id), body_size));
        label_right = std::min(label_right, margin + longest + 4);
    }
    const Scale x{0, axis_max, label_right + 8, width - (narrow ? 50 : 90)};
    const int step = label_step(x(1) - x(0), 30);
    for (int v = 0; v <= static_cast<int>(axis_max); ++v) {
        svg.line(x(v), top, x(v), bottom, v == 0 ? palette::ink : "#DDDDDD", v == 0 ? 1 : 0.6);
        if (v % step == 0)
            svg.text(x(v), bottom + 13, pct(v),
                     {.size = note_size, .anchor = "middle", .fill = palette::muted});
    }
    svg.text(width - margin, top - 6 - heading_row,
             cat.format("fan_probability", {pct(threshold_pct)}),
             {.size = note_size, .anchor = "end", .weight = "bold", .fill = palette::ink});
    double ry = top;
    for (const auto* e : rows) {
        const auto name = name_or_code(names, e->id);
        const auto probability = i18n::format_percent(100 * e->probability_at_or_above, 0, lang);
        svg.begin_group(fmt::format("class=\"band\" data-ally=\"{}\"{}", escape_xml(e->id),
                                    emphasis(c, e->id)));
        svg.tooltip(cat.format("fan_tooltip",
                               {name, i18n::format_percent(e->share_pct.p5, 2, lang),
                                i18n::format_percent(e->share_pct.p50, 2, lang),
                                i18n::format_percent(e->share_pct.p95, 2, lang), probability}));
        svg.text(label_right, ry + row / 2, name,
                 {.size = body_size, .anchor = "end", .fill = palette::ink, .baseline = "middle"});
        svg.rect(x(e->share_pct.p5), ry + 3, x(e->share_pct.p95) - x(e->share_pct.p5), row - 6,
                 palette::fan_band);
        svg.circle(x(e->share_pct.p50), ry + row / 2, 3.5, palette::fan_median, "#FFFFFF", 1);
        svg.text(width - margin, ry + row / 2, probability,
                 {.size = note_size, .anchor = "end", .fill = palette::ink, .baseline = "middle"});
        svg.end_group();
        ry += row;
    }
    reference_line(svg, x(threshold_pct), top, bottom, pct(threshold_pct));
    return svg.finish(footer(c, svg, bottom + 18, notes, source) + margin);
}

} // namespace hague::report
