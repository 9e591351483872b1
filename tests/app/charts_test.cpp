// Charts and the report from the bundled data, checked against values worked out by hand.
#include <gtest/gtest.h>

#include <regex>

#include "hague/app/render.hpp"
#include "hague/i18n/catalog.hpp"
#include "hague/i18n/language.hpp"
#include "support/service_fixture.hpp"

namespace hague::app {

namespace {

using ChartTest = hague::testing::ServiceFixture;

/// The markup of the first group marked data-ally="code" (up to its closing tag).
std::string ally_group(const std::string& svg, const std::string& code) {
    const auto start = svg.find("data-ally=\"" + code + "\"");
    if (start == std::string::npos)
        return {};
    return svg.substr(start, svg.find("</g>", start) - start);
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

ChartRequest request(std::string kind, std::optional<int> year = std::nullopt) {
    ChartRequest r;
    r.common.edition = "2026-07";
    r.kind = parse_chart_kind_field(kind);
    r.year = year;
    return r;
}

} // namespace

// 2026-07, 2024: POL 3.75 is the highest share, so the axis runs to ceil(max(5, 3.75) + 0.5) = 6
// points over 720 - 70 - 198 = 452 px. Bars: POL 3.75 / 6 x 452 = 282.5 px, DEU 2.00 / 6 x 452 =
// 150.67, ESP 1.42 / 6 x 452 = 106.97. Colours: POL >= 3.5 (blue #0072B2), DEU 2.00 >= 2 (sky
// #56B4E9), ESP < 2 (orange #E69F00); Iceland has no share (hatched, "n/a").
TEST_F(ChartTest, shares_bars_are_as_long_and_coloured_as_the_shares_say) {
    const auto svg = render_svg(service_.chart(request("shares", 2024)), i18n::Language::En);
    const auto pol = ally_group(svg, "POL");
    EXPECT_NE(pol.find("<title>Poland: 3.75%</title>"), std::string::npos) << pol;
    EXPECT_NE(pol.find("width=\"282.5\" height=\"13\" fill=\"#0072B2\""), std::string::npos) << pol;
    const auto deu = ally_group(svg, "DEU");
    EXPECT_NE(deu.find("width=\"150.7\" height=\"13\" fill=\"#56B4E9\""), std::string::npos) << deu;
    const auto esp = ally_group(svg, "ESP");
    EXPECT_NE(esp.find("width=\"107\" height=\"13\" fill=\"#E69F00\""), std::string::npos) << esp;
    const auto isl = ally_group(svg, "ISL");
    EXPECT_NE(isl.find("url(#shares-nodata)"), std::string::npos) << isl;
    // Value labels are drawn after the reference lines (so no line strikes them), in their own
    // group.
    EXPECT_NE(svg.find("<g class=\"value\" data-ally=\"ISL\">"), std::string::npos);
    EXPECT_NE(svg.find(">n/a</text>"), std::string::npos);
    // 32 members in 2024 plus the two NATO aggregates; 2024 is not an estimate year of 2026-07.
    EXPECT_EQ(count(svg, "class=\"bar\""), 34u);
    EXPECT_EQ(count(svg, "fill-opacity"), 0u);
    EXPECT_NE(svg.find("Iceland (ISL): Iceland has no armed forces"), std::string::npos);
    EXPECT_NE(svg.find("Source: NATO, Defence Expenditure of NATO Countries (2014-2026), edition "
                       "2026-07, published 10 July 2026, Table 3."),
              std::string::npos);
}

// 2026 in 2026-07: 31 of 32 members publish a share (not Iceland); all but SVN 1.61 reach 2% (30 of
// the 31, counted as in the status table), and GRC 3.65,
// POL 4.68, LVA 4.92, EST 5.10, LTU 5.33 reach 3.5% (5; DNK 3.49 does not). All are estimates.
TEST_F(ChartTest, shares_summary_and_estimates_in_an_estimate_year) {
    const auto svg = render_svg(service_.chart(request("shares")), i18n::Language::En);
    EXPECT_NE(
        svg.find(
            "30 of the 31 allies with a figure spend 2% or more; 5 reach the Hague core target of "
            "3.5%; no figure for Iceland."),
        std::string::npos);
    EXPECT_EQ(count(svg, "fill-opacity=\"0.55\""), 33u); // 31 allies and 2 aggregates
    EXPECT_NE(svg.find("Lighter bars and e: NATO estimates."), std::string::npos);
}

TEST_F(ChartTest, shares_speak_the_requested_language) {
    const auto svg = render_svg(service_.chart(request("shares", 2024)), i18n::Language::De);
    EXPECT_NE(ally_group(svg, "POL").find("<title>Polen: 3,75\u00a0%</title>"), std::string::npos);
    EXPECT_NE(svg.find("Quelle: NATO"), std::string::npos);
    EXPECT_NE(svg.find("Verteidigungsausgaben in Prozent des BIP, 2024"), std::string::npos);
}

// The map colours every outline of an ally by its band (Greenland and the Faroes with Denmark).
TEST_F(ChartTest, map_colours_allies_by_band) {
    const auto svg = render_svg(service_.chart(request("map", 2024)), i18n::Language::En);
    EXPECT_NE(ally_group(svg, "POL").find("fill=\"#0072B2\""), std::string::npos);
    EXPECT_NE(ally_group(svg, "ESP").find("fill=\"#E69F00\""), std::string::npos);
    EXPECT_NE(ally_group(svg, "DEU").find("fill=\"#56B4E9\""), std::string::npos);
    EXPECT_NE(ally_group(svg, "ISL").find("url(#map-nodata)"), std::string::npos);
    // Denmark 2.29 in 2024 (sky): Denmark, Greenland (both panels) and the Faroe Islands.
    EXPECT_GE(count(svg, "data-ally=\"DNK\""), 3u);
    EXPECT_EQ(count(svg, "class=\"panel\""), 2u);
    EXPECT_NE(svg.find("Natural Earth"), std::string::npos);
}

// A country that was not an ally in the year is "not a NATO ally" (light grey, as the legend and
// the shares chart say), never "no data": in 2014 Finland (joined 2023), Sweden (2024), Montenegro
// (2017) and North Macedonia (2020).
TEST_F(ChartTest, a_past_map_shows_future_allies_as_not_yet_allies) {
    const auto svg = render_svg(service_.chart(request("map", 2014)), i18n::Language::En);
    for (const char* code : {"FIN", "SWE", "MNE", "MKD"}) {
        EXPECT_EQ(svg.find(std::string("class=\"ally\" data-ally=\"") + code + "\""),
                  std::string::npos)
            << code;
        EXPECT_NE(svg.find(std::string("class=\"non-member\" data-ally=\"") + code + "\""),
                  std::string::npos)
            << code;
    }
    EXPECT_NE(svg.find("<title>Finland: not a NATO ally</title>"), std::string::npos);
    EXPECT_EQ(svg.find("Finland: n/a"), std::string::npos);
    EXPECT_NE(ally_group(svg, "DEU").find("fill=\"#E69F00\""), std::string::npos); // 1.19% < 2%
}

// Allies too small to see get a marker of their band's colour: Luxembourg's outline is 3.9 x 5.9
// px and Montenegro's 11.2 x 13.2 (data/geo/outlines.csv), both under 14 px at the Europe panel's
// scale; Germany gets none. Iceland (no data) is hatched and outlined in grey, so it has an edge
// against the sea.
TEST_F(ChartTest, the_map_marks_small_allies_and_outlines_iceland) {
    const auto svg = render_svg(service_.chart(request("map", 2024)), i18n::Language::En);
    EXPECT_NE(svg.find("class=\"ally marker\" data-ally=\"LUX\""), std::string::npos);
    EXPECT_NE(svg.find("class=\"ally marker\" data-ally=\"MNE\""), std::string::npos);
    EXPECT_EQ(svg.find("class=\"ally marker\" data-ally=\"DEU\""), std::string::npos);
    EXPECT_NE(ally_group(svg, "ISL").find("stroke=\"#767676\""), std::string::npos);
}

// DEU 2026: 3.5% of 5,455,980 m USD less its spending, 147,002 m (Table 2) = 43,957.3 m = US$44.0B
// (the same gap in analytics_test).
TEST_F(ChartTest, gap_labels_the_money_each_ally_lacks) {
    const auto svg = render_svg(service_.chart(request("gap")), i18n::Language::En);
    const auto deu = ally_group(svg, "DEU");
    // One scale and one precision for every label (billions, one decimal: 43,957.3 m = 44.0),
    // stated once above the bars; an estimate's label carries the e the note promises.
    EXPECT_NE(deu.find(">44.0 e</text>"), std::string::npos) << deu;
    EXPECT_NE(svg.find(">US$ billion a year</text>"), std::string::npos);
    // Denmark lacks 3.5 - 3.49 = 0.01 points; in money 0.035 x 504,483 - 17,615 = 41.9 m, which
    // would round to 0.0 on the billions scale: it says "<0.1", a gap, not none.
    EXPECT_NE(ally_group(svg, "DNK").find(">&lt;0.1 e</text>"), std::string::npos)
        << ally_group(svg, "DNK");
    EXPECT_NE(
        deu.find("<title>Germany: US$44 billion more a year (share of GDP 2.69% e, target 3.5%)"),
        std::string::npos)
        << deu;
    // At or above 3.5% in 2026: GRC, POL, LVA, EST, LTU have no bar and are named in a note.
    for (const char* code : {"GRC", "POL", "LVA", "EST", "LTU", "ISL"})
        EXPECT_EQ(ally_group(svg, code), "") << code;
    for (const char* name : {"Greece", "Poland", "Latvia", "Estonia", "Lithuania"})
        EXPECT_NE(svg.find(name), std::string::npos) << name;
    EXPECT_NE(svg.find("No figure: Iceland."), std::string::npos);
    EXPECT_EQ(count(svg, "class=\"bar\""), 26u); // 32 - 5 at target - Iceland
}

// The subtitle's total is what the bars drawn add up to, not the alliance's (US$417 billion):
// --allies DEU,FRA draws Germany, 0.035 x 5,455,980 - 147,002 = 43,957.3 m, and France,
// 0.035 x 3,600,188 - 79,753 = 46,253.6 m (observations.csv, 2026-07, 2026): together 90,210.9 m,
// "US$90.2 billion" (words keep three significant digits, as Germany's alone is "US$44 billion"). A
// choice of allies none of whom is below the target says so, with no total.
TEST_F(ChartTest, gap_subtitle_adds_only_the_allies_drawn) {
    auto r = request("gap");
    r.only = {"DEU", "FRA"};
    auto svg = render_svg(service_.chart(r), i18n::Language::En);
    EXPECT_NE(svg.find("2 allies are below 3.5%. Together they would need US$90.2 billion more a "
                       "year"),
              std::string::npos)
        << svg;
    EXPECT_EQ(svg.find("417"), std::string::npos);
    r.only = {"POL", "LTU"}; // 2026: 4.68% e and 5.33% e, both above 3.5%
    svg = render_svg(service_.chart(r), i18n::Language::En);
    EXPECT_NE(svg.find("None of the allies shown is below 3.5%."), std::string::npos) << svg;
    EXPECT_EQ(svg.find("n/a more"), std::string::npos);
    svg = render_svg(service_.chart(r), i18n::Language::De);
    EXPECT_NE(svg.find("Keiner der dargestellten Verbündeten liegt unter 3,5\u00a0%."),
              std::string::npos);
}

// --allies counts what the chart draws: Germany 2.69% e and France 2.22% e in 2026 are both at
// 2% or more and under 3.5%, Iceland has no figure (observations.csv, 2026-07). No summary counts
// over an empty denominator: --allies NATO draws NATO's own bar only, with no "0 of 0".
// A choice that leaves a chart nothing to draw is refused: the gap and map charts draw allies
// only, Finland was not a member in 2014, Iceland has no share to project.
TEST_F(ChartTest, allies_option_counts_what_is_drawn_and_refuses_nothing) {
    auto r = request("shares");
    r.only = {"DEU", "FRA", "ISL"};
    auto svg = render_svg(service_.chart(r), i18n::Language::En);
    EXPECT_NE(svg.find("2 of the 2 allies with a figure spend 2% or more; 0 reach the Hague core "
                       "target of 3.5%; no figure for Iceland."),
              std::string::npos)
        << svg;
    r.only = {"NATO"};
    svg = render_svg(service_.chart(r), i18n::Language::En);
    EXPECT_EQ(svg.find("0 of"), std::string::npos);
    EXPECT_NE(svg.find("data-ally=\"NATO\""), std::string::npos);
    auto refused = [&](ChartRequest c, std::string_view what) {
        try {
            (void)service_.chart(c);
            ADD_FAILURE() << "drawn: " << what;
        } catch (const Error& e) {
            EXPECT_EQ(e.key(), "err_chart_allies_none") << what;
        }
    };
    for (const char* kind : {"gap", "map"}) {
        auto c = request(kind);
        c.only = {"NATO"};
        refused(c, kind);
    }
    auto past = request("gap", 2014);
    past.only = {"FIN"};
    refused(past, "gap FIN 2014");
    auto fan = request("fan");
    fan.paths = 100;
    fan.only = {"ISL"};
    refused(fan, "fan ISL");
}

// 2026 is an estimate year of 2026-07: the US spends 1,032,849 m USD (Table 2, e) of the 31
// allies' 1,809,913 m: 57.07%, shown 57.1% e. The note names who "allies outside the EU" are,
// the United States among them.
TEST_F(ChartTest, burden_marks_estimates_and_says_who_is_outside_the_eu) {
    const auto svg = render_svg(service_.chart(request("burden")), i18n::Language::En);
    EXPECT_NE(svg.find(">57.1% e</text>"), std::string::npos);
    EXPECT_NE(svg.find("e: estimate (NATO marks the year “e”)."), std::string::npos);
    EXPECT_NE(svg.find("Allies outside the EU: Albania, Canada, Iceland, Montenegro, North "),
              std::string::npos);
    EXPECT_NE(svg.find("Türkiye, United Kingdom and United"), std::string::npos); // the line wraps
    // 2024 is not an estimate year: no mark.
    const auto past = render_svg(service_.chart(request("burden", 2024)), i18n::Language::En);
    EXPECT_EQ(past.find("% e</text>"), std::string::npos);
}

TEST_F(ChartTest, burden_shows_every_group_but_the_alliance_itself) {
    const auto svg = render_svg(service_.chart(request("burden", 2024)), i18n::Language::En);
    for (const char* id : {"usa", "north_america", "europe_canada", "eu", "non_eu"})
        EXPECT_NE(svg.find(std::string("data-group=\"") + id + "\""), std::string::npos) << id;
    EXPECT_EQ(svg.find("data-group=\"nato\""), std::string::npos);
}

// DEU in 2026-07: 2024 2.00 (published), 2026 2.69 (estimate); commitments 3.5% by 2029 and 2.4%
// by 2025, announced 2025-06-24 (commitments.csv).
// data/nato/commitments.csv: Spain's 2.1% and the UK's 3% name no year ("no fixed year"); the
// chart draws them at 2035, and says so, wherever the pledge is shown (note and tooltip).
TEST_F(ChartTest, an_undated_pledge_is_never_shown_as_dated) {
    auto r = request("trend");
    r.allies = {"ESP", "GBR"};
    const auto svg = render_svg(service_.chart(r), i18n::Language::En);
    EXPECT_NE(svg.find("Spain: 2.1%, no year stated (drawn at 2035;"), std::string::npos);
    EXPECT_NE(svg.find("United Kingdom: 3%, no year stated (drawn at 2035;"), std::string::npos);
    EXPECT_EQ(svg.find("Spain: 2.1% by 2035"), std::string::npos);
    EXPECT_EQ(svg.find("United Kingdom: 3% by 2035"), std::string::npos);
    EXPECT_NE(svg.find("United Kingdom: 2.5% by 2027"), std::string::npos); // dated: as dated
}

TEST_F(ChartTest, trend_draws_history_path_and_commitments) {
    auto r = request("trend");
    r.allies = {"DEU", "pol"};
    const auto svg = render_svg(service_.chart(r), i18n::Language::En);
    EXPECT_NE(svg.find("<title>Germany 2024: 2.00%</title>"), std::string::npos);
    EXPECT_NE(svg.find("<title>Germany 2026: 2.69% e</title>"), std::string::npos);
    EXPECT_NE(svg.find("Germany: 3.5% by 2029 (announced 24 June 2025)."), std::string::npos);
    EXPECT_NE(svg.find("Germany, Poland: defence expenditure as a share of GDP, 2014–2035"),
              std::string::npos);
    EXPECT_NE(svg.find("review 2029"), std::string::npos);
}

TEST_F(ChartTest, fan_has_a_band_per_projected_ally) {
    auto r = request("fan");
    r.paths = 2000;
    const auto svg = render_svg(service_.chart(r), i18n::Language::En);
    EXPECT_EQ(count(svg, "class=\"band\""), 31u); // every ally but Iceland
    // The seed is for reproduction (the CSV carries it), not for print. The title asks what the
    // chart answers, and the subtitle names the scenario and the model (simulate's default rule).
    EXPECT_NE(svg.find("How likely is 3.5% of GDP in 2035?"), std::string::npos);
    EXPECT_NE(svg.find("2,000 simulated paths, today’s share held: spending misses the "
                       "scenario’s budgets"),
              std::string::npos);
}

TEST_F(ChartTest, bad_requests_name_the_value_and_the_valid_ones) {
    EXPECT_EQ(error_of([&] { (void)service_.chart(request("pie")); }),
              "invalid_input: chart kind 'pie' is not one of shares, trend, gap, burden, fan, map");
    EXPECT_EQ(error_of([&] { (void)service_.chart(request("trend")); }),
              "invalid_input: 'chart trend' needs at least one ally (ISO3 codes such as DEU POL)");
    // NATO and Europe-and-Canada may be drawn in trend (issue 10); a subset is not for trend.
    auto agg = request("trend");
    agg.allies = {"NATO"};
    EXPECT_EQ(error_of([&] { (void)service_.chart(agg); }), "no error");
    agg.only = {"DEU"};
    EXPECT_EQ(error_of([&] { (void)service_.chart(agg); }),
              "invalid_input: allies applies to the shares, map, gap and fan charts, not 'trend'");
    auto many = request("fan");
    many.paths = max_chart_paths + 1;
    EXPECT_EQ(error_of([&] { (void)service_.chart(many); }),
              "invalid_input: paths 2000001 is outside 1-2000000");
}

// The report: one document, every chart inline, nothing fetched from anywhere.
TEST_F(ChartTest, report_is_one_self_contained_document) {
    ReportRequest r;
    r.common.edition = "2026-07";
    r.paths = 1000;
    const auto html = render_html(service_.report(r), i18n::Language::Nl);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0), 0u);
    for (const char* kind : {"shares", "map", "gap", "trend", "burden", "fan"})
        EXPECT_NE(html.find(std::string("<figure data-chart=\"") + kind + "\">"), std::string::npos)
            << kind;
    for (const char* id :
         {"headline", "status", "gap", "path", "burden", "fan", "changes", "method"})
        EXPECT_NE(html.find(std::string("<section id=\"") + id + "\">"), std::string::npos) << id;
    for (const char* external : {"<script", "<link", "src=", "url(http", "@import"})
        EXPECT_EQ(html.find(external), std::string::npos) << external;
    // 2026: 30 of the 31 reporting at 2% or more, 5 at 3.5% (see shares_summary_and_estimates_...).
    EXPECT_NE(html.find("30 van de 31 bondgenoten met een cijfer besteden 2% of meer; 5 halen de "
                        "Haagse kerndoelstelling van 3,5%; geen cijfer: IJsland."),
              std::string::npos);
    EXPECT_NE(html.find("Wat er sinds editie 2025-08 is veranderd"), std::string::npos);
    // The method describes the fan the report draws: rule execution (spending misses its plan as
    // NATO's estimates missed theirs), not money held at the plan.
    EXPECT_NE(html.find("De waaiergrafiek simuleert 1.000 paden rond de projectie van hague: de "
                        "uitgaven wijken af van de begrotingen van het scenario"),
              std::string::npos);
    EXPECT_NE(html.find("10 juli 2026"), std::string::npos); // 2026-07 published 2026-07-10
    // 2025-08 does not cover 2026, so the counts compare 2025, the last year both cover: shares
    // of 2.00 or more in 2025 (observations.csv, allies only): 23 in 2025-08, 28 in 2026-07.
    EXPECT_NE(html.find("Bondgenoten op of boven 2% in 2025: 23 volgens editie 2025-08, 28 "
                        "volgens editie 2026-07."),
              std::string::npos);
    // The trend chart's default allies: the five largest economies of 2026 (2026-07, Table 5,
    // billion USD): USA 32,547.6 > DEU 5,456.0 > GBR 4,301.0 > FRA 3,600.2 > ITA 2,713.5
    // (CAN 2,465.0 is sixth).
    EXPECT_NE(html.find("Verenigde Staten, Duitsland, Verenigd Koninkrijk, Frankrijk, Italië: "
                        "defensie-uitgaven"),
              std::string::npos);
}

} // namespace hague::app

namespace hague::app {

// Errors people meet carry a message key; the English catalog says exactly what what() says,
// so the translations (same key, same arguments) say the same thing.
TEST_F(ChartTest, keyed_errors_match_their_english_message) {
    const i18n::Catalog english(i18n::Language::En);
    int checked = 0;
    auto check = [&](auto&& call) {
        try {
            call();
            ADD_FAILURE() << "no error";
        } catch (const Error& e) {
            ASSERT_FALSE(e.key().empty()) << e.what();
            std::vector<i18n::Arg> args(e.args().begin(), e.args().end());
            EXPECT_EQ(english.format(e.key(), args), e.what()) << e.key();
            ++checked;
        }
    };
    check([&] { (void)service_.show({{}, "XXX", {}}); });
    check([&] { (void)service_.show({{}, "DEU", {"nope"}}); });
    check([&] { (void)service_.status({{"1999-01"}, std::nullopt, Rounding::TwoDp}); });
    check([&] { (void)service_.status({{}, 1900, Rounding::TwoDp}); });
    check([&] { (void)service_.status({{"2024-06"}, 2026, Rounding::TwoDp}); });
    check([&] { (void)service_.chart(request("pie")); });
    auto trend = request("trend");
    trend.allies = {"DEU"};
    trend.only = {"DEU"};
    check([&] { (void)service_.chart(trend); });
    ShareRequest share;
    share.groups = {"Nordics=DNK,XXX"};
    check([&] { (void)service_.share(share); });
    DiffRequest diff;
    diff.old_edition = diff.new_edition = "2026-07";
    check([&] { (void)service_.diff(diff); });
    GapRequest gap;
    gap.target_pct = 120;
    check([&] { (void)service_.gap(gap); });
    check([&] { (void)i18n::language_option("xx"); });
    auto none = request("gap");
    none.only = {"NATO"};
    check([&] { (void)service_.chart(none); });
    EXPECT_EQ(checked, 12);
}

} // namespace hague::app

namespace hague::app {

// Edition 2025-08 holds shares of GDP only (its workbook was not available): no GDP, so no money,
// no burden sharing and no projection. Nothing is shown as 0%; each part says why it is missing.
// 2025 in 2025-08: 23 allies publish a share, 3 of them at 3.5% or more (POL, LTU, LVA), so 20
// are below it.
TEST_F(ChartTest, an_edition_without_gdp_says_what_it_cannot_show) {
    ShareRequest share;
    share.common.edition = "2025-08";
    EXPECT_EQ(error_of([&] { (void)service_.share(share); }),
              "invalid_input: edition 2025-08 publishes no GDP and defence expenditure in US "
              "dollars for 2025 (Tables 2 and 5), so it has no burden sharing to show");
    auto gap = request("gap");
    gap.common.edition = "2025-08";
    const auto svg = render_svg(service_.chart(gap), i18n::Language::En);
    EXPECT_NE(svg.find("20 allies are below 3.5%, but edition 2025-08 publishes no GDP for 2025 "
                       "(Table 5), so the gap cannot be put in money."),
              std::string::npos);
    EXPECT_EQ(count(svg, "class=\"bar\""), 0u);
    ReportRequest r;
    r.common.edition = "2025-08";
    r.paths = 100;
    const auto html = render_html(service_.report(r), i18n::Language::Fr);
    EXPECT_NE(html.find("data-unavailable=\"burden\">l’édition 2025-08 ne publie ni PIB"),
              std::string::npos);
    EXPECT_NE(html.find("data-unavailable=\"fan\">l’édition 2025-08 ne permet de projeter"),
              std::string::npos);
    // No share of nothing anywhere: the burden table (one decimal) is left out, not zeros.
    EXPECT_EQ(html.find(">0,0<"), std::string::npos);
    EXPECT_EQ(html.find(" 0,0\u00a0%"), std::string::npos);
}

// --- the data each chart shows (render_chart as CSV) and the chart as PNG --------------------

namespace {

/// The CSV's lines (the header first).
std::vector<std::string> csv_lines(const std::string& csv) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < csv.size()) {
        auto end = csv.find('\n', start);
        if (end == std::string::npos)
            end = csv.size();
        auto line = csv.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

/// The lines that start with `prefix`.
std::vector<std::string> starting(const std::vector<std::string>& lines,
                                  const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& l : lines)
        if (l.starts_with(prefix))
            out.push_back(l);
    return out;
}

std::string chart_csv(const ChartRequest& r, const Service& service) {
    return render_chart(service.chart(r), ChartFormat::Csv, i18n::Language::De);
}

/// Width and height of a PNG, from its IHDR chunk (bytes 16-23, big-endian).
std::pair<unsigned, unsigned> png_size(const std::string& png) {
    auto be32 = [&](std::size_t at) {
        unsigned v = 0;
        for (std::size_t i = 0; i < 4; ++i)
            v = (v << 8) | static_cast<unsigned char>(png[at + i]);
        return v;
    };
    return {be32(16), be32(20)};
}

} // namespace

// The gap chart's data, 2026-07, 2026, 3.5%: the 26 bars largest first (USA 3.17 e: 3.5% of
// 32,547,624 m USD less its 1,032,849 m = 106,317.84 m; DEU 3.5% of 5,455,980 less 147,002 =
// 43,957.3 m), then the
// five at or above 3.5% (GRC 3.65, POL 4.68, LVA 4.92, EST 5.10, LTU 5.33), then Iceland. The CSV
// is English whatever the language asked for.
TEST_F(ChartTest, gap_csv_lists_the_bars_then_the_allies_the_notes_name) {
    const auto lines = csv_lines(chart_csv(request("gap"), service_));
    ASSERT_EQ(lines.size(), 1u + 32u);
    EXPECT_EQ(lines[0], "edition,year,target_pct,prices,shown_as,ally,name,currency,gap_usd_m,"
                        "share_gdp_pct,estimate,missing_reason");
    EXPECT_TRUE(
        lines[1].starts_with("2026-07,2026,3.5,current,bar,USA,United States,USD,106317.84"))
        << lines[1];
    const auto deu = starting(lines, "2026-07,2026,3.5,current,bar,DEU,Germany,USD,43957.3");
    ASSERT_EQ(deu.size(), 1u);
    EXPECT_TRUE(deu[0].ends_with(",2.69,true,")) << deu[0];
    EXPECT_EQ(starting(lines, "2026-07,2026,3.5,current,bar,").size(), 26u);
    EXPECT_EQ(starting(lines, "2026-07,2026,3.5,current,at_or_above_target,").size(), 5u);
    EXPECT_TRUE(lines[32].starts_with("2026-07,2026,3.5,current,no_figure,ISL,Iceland,,,,,"))
        << lines[32];
}

// 2026-07, 2024: 32 allies, NATO's 2 aggregates, the 3 reference lines (2, 3.5, 5). POL 3.75 is in
// the core band, DEU 2.00 in the 2% band, ESP 1.42 below; Iceland has no figure. The map draws the
// allies only.
TEST_F(ChartTest, shares_and_map_csv_list_each_bar_and_line) {
    const auto lines = csv_lines(chart_csv(request("shares", 2024), service_));
    ASSERT_EQ(lines.size(), 1u + 32u + 2u + 3u);
    EXPECT_EQ(starting(lines, "2026-07,2024,ally,POL,Poland,core,3.75,false,").size(), 1u);
    EXPECT_EQ(starting(lines, "2026-07,2024,ally,DEU,Germany,spending,2,false,").size(), 1u);
    EXPECT_EQ(starting(lines, "2026-07,2024,ally,ESP,Spain,below,1.42,false,").size(), 1u);
    EXPECT_EQ(
        starting(lines, "2026-07,2024,ally,ISL,Iceland,no_data,,,Iceland has no armed").size(), 1u);
    EXPECT_EQ(lines[36], "2026-07,2024,reference_line,,hague_core,,3.5,,");
    EXPECT_EQ(lines[37], "2026-07,2024,reference_line,,hague_total,,5,,");
    const auto map = csv_lines(chart_csv(request("map", 2024), service_));
    EXPECT_EQ(map.size(), 1u + 32u);
}

// DEU in 2026-07: published 2024 2.00 and 2026 2.69 (estimate); the path from 2.69 in 2026 to 3.5
// in 2035 rises (3.5 - 2.69) / 9 = 0.09 a year (2029: 2.69 + 3 x 0.09 = 2.96); commitments 3.5% by
// 2029 and 2.4% by 2025, both with a year, announced 2025-06-24.
TEST_F(ChartTest, trend_csv_has_history_path_and_commitments) {
    auto r = request("trend");
    r.allies = {"DEU"};
    const auto lines = csv_lines(chart_csv(r, service_));
    EXPECT_EQ(lines[0], "edition,ally,name,series,year,share_gdp_pct,estimate,dated,announced");
    EXPECT_EQ(starting(lines, "2026-07,DEU,Germany,published,2024,2,false,,").size(), 1u);
    EXPECT_EQ(starting(lines, "2026-07,DEU,Germany,published,2026,2.69,true,,").size(), 1u);
    EXPECT_EQ(starting(lines, "2026-07,DEU,Germany,path,").size(), 10u); // 2026 to 2035
    const auto p2029 = starting(lines, "2026-07,DEU,Germany,path,2029,2.96");
    EXPECT_EQ(p2029.size(), 1u);
    EXPECT_EQ(starting(lines, "2026-07,DEU,Germany,commitment,2029,3.5,,true,2025-06-24").size(),
              1u);
    EXPECT_EQ(starting(lines, "2026-07,DEU,Germany,commitment,2025,2.4,,true,2025-06-24").size(),
              1u);
}

TEST_F(ChartTest, burden_and_fan_csv_have_a_row_per_mark) {
    const auto burden = csv_lines(chart_csv(request("burden", 2024), service_));
    ASSERT_EQ(burden.size(), 1u + 5u); // usa, north_america, europe_canada, eu, non_eu
    EXPECT_EQ(starting(burden, "2026-07,2024,current,nato,").size(), 0u);
    auto fan = request("fan");
    fan.paths = 2000;
    const auto rows = csv_lines(chart_csv(fan, service_));
    ASSERT_EQ(rows.size(), 1u + 31u); // every ally but Iceland
    EXPECT_TRUE(rows[1].starts_with("2026-07,status-quo,2000,20250625,2035,")) << rows[1];
}

// Charts are 720 px wide (report/charts.cpp); --scale 2 doubles both sides.
TEST_F(ChartTest, png_is_a_real_png_at_the_scale_asked_for) {
    const auto response = service_.chart(request("shares", 2024));
    const auto one = render_chart(response, ChartFormat::Png, i18n::Language::En, 1);
    ASSERT_GT(one.size(), 24u);
    EXPECT_EQ(one.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    const auto [w1, h1] = png_size(one);
    EXPECT_EQ(w1, 720u);
    const auto two = render_chart(response, ChartFormat::Png, i18n::Language::En, 2);
    const auto [w2, h2] = png_size(two);
    EXPECT_EQ(w2, 1440u);
    EXPECT_EQ(h2, 2 * h1);
    EXPECT_EQ(
        error_of([&] { (void)render_chart(response, ChartFormat::Png, i18n::Language::En, 5); }),
        "invalid_input: scale 5 is outside 1-4");
}

} // namespace hague::app
