// The dashboard's pages as the router answers them (web/pages.cpp), and gzip (compress.cpp).
// Figures are the bundled 2026-07 edition's (data/nato/observations.csv).
#include <gtest/gtest.h>

#include <zlib.h>

#include "server/compress.hpp"
#include "server/router.hpp"
#include "support/service_fixture.hpp"

namespace hague::server {

namespace {

class PagesTest : public hague::testing::ServiceFixture {
  protected:
    Router router_{service_, Limits{}};

    HttpResponse get(const std::string& target, const std::string& accept_language = {},
                     const std::string& accept_encoding = {}) {
        HttpRequest r{"GET", target, "", accept_language, "", ""};
        r.accept_encoding = accept_encoding;
        return router_.handle(r);
    }
    static std::string header(const HttpResponse& r, const std::string& name) {
        for (const auto& [k, v] : r.headers)
            if (k == name)
                return v;
        return {};
    }
    static std::string gunzip(const std::string& data) {
        z_stream z{};
        EXPECT_EQ(inflateInit2(&z, 15 + 16), Z_OK);
        std::string out(data.size() * 20 + 1024, '\0');
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        z.avail_in = static_cast<uInt>(data.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = static_cast<uInt>(out.size());
        EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END);
        out.resize(z.total_out);
        inflateEnd(&z);
        return out;
    }
};

} // namespace

TEST_F(PagesTest, the_root_sends_a_reader_to_their_language) {
    auto r = get("/", "fr-CH, fr;q=0.9, en;q=0.8");
    EXPECT_EQ(r.status, 302);
    EXPECT_EQ(header(r, "Location"), "/fr/");
    EXPECT_EQ(header(get("/", "ja, pt-BR;q=0.5"), "Location"), "/pt/"); // hague has no Japanese
    EXPECT_EQ(header(get("/"), "Location"), "/en/");
    EXPECT_NE(header(r, "Vary").find("Accept-Language"), std::string::npos);
    r = get("/de");
    EXPECT_EQ(r.status, 301);
    EXPECT_EQ(header(r, "Location"), "/de/");
}

// 2026-07: NATO's share of GDP in 2026 is 2.86 (an estimate); Germany's 2.69 (an estimate).
TEST_F(PagesTest, the_home_page_is_html_in_its_language_with_the_figures) {
    const auto r = get("/de/");
    ASSERT_EQ(r.status, 200) << r.body.substr(0, 400);
    EXPECT_EQ(r.content_type, "text/html; charset=utf-8");
    EXPECT_NE(r.body.find("<html lang=\"de\">"), std::string::npos);
    EXPECT_NE(r.body.find("<h1>Verteidigungsausgaben der NATO-Verbündeten 2026</h1>"),
              std::string::npos);
    EXPECT_NE(r.body.find("<td>2,86\u00a0% e</td>"), std::string::npos); // NATO, Table 3
    EXPECT_NE(r.body.find("2,69"), std::string::npos);                   // Germany
    // Every other language is linked, with hreflang; the assets are the server's own.
    for (const auto* l : {"nl", "en", "fr", "es", "pt"})
        EXPECT_NE(r.body.find(fmt::format("hreflang=\"{0}\" href=\"/{0}/\"", l)), std::string::npos)
            << l;
    EXPECT_NE(header(r, "Content-Security-Policy").find("script-src 'self'"), std::string::npos);
    EXPECT_NE(header(r, "Content-Security-Policy").find("frame-ancestors 'self'"),
              std::string::npos);
    // Both drawings of each chart, with ids of their own.
    EXPECT_NE(r.body.find("id=\"map-title\""), std::string::npos);
    EXPECT_NE(r.body.find("id=\"map-w340-title\""), std::string::npos);
}

TEST_F(PagesTest, a_year_and_an_edition_are_the_pages_state) {
    // 2024-06, 2019: the page names the year and selects the edition it shows.
    const auto r = get("/en/?edition=2024-06&year=2019&allies_view=table");
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("<h1>NATO allies’ defence spending in 2019</h1>"), std::string::npos);
    EXPECT_NE(r.body.find("<option value=\"2024-06\" selected>"), std::string::npos);
    EXPECT_NE(r.body.find("aria-controls=\"allies-table\" aria-selected=\"true\""),
              std::string::npos);
    // The downloads carry the view's parameters.
    EXPECT_NE(r.body.find("/chart/map.svg?edition=2024-06&amp;year=2019&amp;lang=en"),
              std::string::npos);
}

TEST_F(PagesTest, bad_input_is_a_page_in_the_readers_language) {
    auto r = get("/es/?year=1990");
    EXPECT_EQ(r.status, 400);
    EXPECT_NE(r.body.find("<html lang=\"es\">"), std::string::npos);
    EXPECT_NE(r.body.find("1990"), std::string::npos);
    r = get("/en/?colour=red");
    EXPECT_EQ(r.status, 400);
    EXPECT_NE(r.body.find("colour"), std::string::npos);
    EXPECT_EQ(get("/de/ally/XYZ").status, 404);
    EXPECT_EQ(get("/en/nothing").status, 404);
    EXPECT_EQ(get("/embed/en/bogus").status, 404);
    EXPECT_EQ(router_.handle({"POST", "/en/", "", "", "", "x"}).status, 400);
}

TEST_F(PagesTest, an_ally_is_found_by_any_spelling_of_its_name) {
    auto r = get("/fr/ally/Duitsland");
    EXPECT_EQ(r.status, 301);
    EXPECT_EQ(header(r, "Location"), "/fr/ally/DEU");
    r = get("/fr/ally/DEU");
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("<h1>Allemagne\u00a0: dépenses de défense"), std::string::npos);
    // Iceland has no figures: the page says why instead of drawing an empty chart.
    r = get("/en/ally/ISL");
    ASSERT_EQ(r.status, 200);
    EXPECT_NE(r.body.find("no armed forces"), std::string::npos);
    EXPECT_EQ(r.body.find("data-chart=\"trend\""), std::string::npos);
}

TEST_F(PagesTest, an_embed_is_the_chart_alone_and_any_site_may_frame_it) {
    const auto r = get("/embed/en/map?year=2024");
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(header(r, "Content-Security-Policy").find("frame-ancestors"), std::string::npos);
    EXPECT_EQ(r.body.find("<nav"), std::string::npos);
    EXPECT_NE(r.body.find("data-chart=\"map\""), std::string::npos);
    // The outlook's fan embeds with its settings, bounded as the outlook's.
    EXPECT_EQ(get("/embed/de/fan?scenario=linear&paths=10000&growth_shift=-1").status, 200);
    EXPECT_EQ(get("/embed/de/fan?paths=5000000").status, 400);
    // Every embed a page offers answers 200.
    const auto outlook = get("/en/outlook?growth_shift=-1.5");
    const auto at = outlook.body.find("data-embed=\"");
    ASSERT_NE(at, std::string::npos);
    auto src = outlook.body.substr(at + 12, outlook.body.find('"', at + 12) - at - 12);
    for (std::size_t amp; (amp = src.find("&amp;")) != std::string::npos;)
        src.replace(amp, 5, "&");
    EXPECT_EQ(get(src).status, 200) << src;
}

TEST_F(PagesTest, text_is_gzipped_for_a_client_that_accepts_it) {
    const auto plain = get("/en/");
    const auto packed = get("/en/", "", "gzip, deflate, br");
    EXPECT_EQ(header(plain, "Content-Encoding"), "");
    EXPECT_EQ(header(packed, "Content-Encoding"), "gzip");
    EXPECT_LT(packed.body.size() * 2, plain.body.size());
    EXPECT_EQ(gunzip(packed.body), plain.body);
    // Each representation has its own validator.
    const auto etag = header(packed, "ETag");
    EXPECT_EQ(etag, header(plain, "ETag").substr(0, 17) + "-gz\"");
    HttpRequest again{"GET", "/en/", "", "", etag, ""};
    again.accept_encoding = "gzip";
    EXPECT_EQ(router_.handle(again).status, 304);
    // Refused with q=0, or not asked for: the plain body. PNG is never gzipped.
    EXPECT_EQ(header(get("/en/", "", "gzip;q=0, identity"), "Content-Encoding"), "");
    EXPECT_EQ(header(get("/chart/shares.png", "", "gzip"), "Content-Encoding"), "");
    EXPECT_NE(header(packed, "Vary").find("Accept-Encoding"), std::string::npos);
}

// The outlook is simulate's answer: the same probability as the API for the same settings.
TEST_F(PagesTest, the_outlook_is_the_simulation_of_the_api) {
    const auto page = get("/en/outlook?scenario=linear&growth_shift=-1&volatility_scale=0");
    ASSERT_EQ(page.status, 200) << page.body.substr(0, 300);
    // No volatility and 1 point less growth a year: every path is the linear path's budget,
    // times e^b (b = -3.82%, the mean revision of 2024-06's in-year estimates: see
    // projections_test), on a GDP e^-0.03 lower in 2029 and e^-0.09 in 2035. Germany's path:
    // 2.69% (2026) + 0.09 a year, so 2.96% in 2029: 2.96 x e^(0.03 - 0.0382) = 2.94% < 3.5%,
    // P = 0%; 3.5% in 2035: 3.5 x e^(0.09 - 0.0382) = 3.69%, P = 100%.
    EXPECT_NE(
        page.body.find("<td>DEU</td><td class=\"num\">0.0%</td><td class=\"num\">100.0%</td>"),
        std::string::npos);
    EXPECT_NE(page.body.find("Growth shifted by -1.0 points a year"), std::string::npos);
    EXPECT_NE(page.body.find("data-chart=\"fan\""), std::string::npos);
    EXPECT_EQ(get("/en/outlook?paths=50000").status, 400);
    EXPECT_EQ(get("/en/outlook?growth_shift=9").status, 400);
    EXPECT_EQ(get("/en/outlook?scenario=plan.toml").status, 400);
}

TEST_F(PagesTest, a_plan_is_checked_from_the_form) {
    const auto form = get("/de/plan?example=poland");
    ASSERT_EQ(form.status, 200);
    EXPECT_NE(form.body.find("ally = &quot;POL&quot;"), std::string::npos); // the example
    // examples/poland.toml, sent as a browser sends the form: 4.8% in 2026 against 4.68% e.
    const auto body = "plan=ally+%3D+%22POL%22%0Atitle+%3D+%22t%22%0A%5B%5Bcore%5D%5D%0Ayear+%3D+"
                      "2026%0Ashare_gdp_pct+%3D+4.8%0Asource+%3D+%22s%22%0A";
    const auto verdict = router_.handle({"POST", "/de/plan", "", "", "", body});
    ASSERT_EQ(verdict.status, 200) << verdict.body.substr(0, 300);
    EXPECT_NE(verdict.body.find("Urteil: glaubwürdig"), std::string::npos);
    // Drawn against Poland's path: the plan's one year as a square, named in the notes.
    EXPECT_NE(verdict.body.find("data-chart=\"trend\""), std::string::npos);
    EXPECT_NE(verdict.body.find("<g class=\"plan\">"), std::string::npos);
    EXPECT_NE(verdict.body.find("Polen, Plan „t“: 4,8\u00a0% im Jahr 2026."), std::string::npos);
    EXPECT_NE(header(verdict, "Cache-Control").find("no-store"), std::string::npos);
    const auto bad = router_.handle({"POST", "/en/plan", "", "", "", "plan=ally+%3D+5"});
    EXPECT_EQ(bad.status, 400);
    EXPECT_NE(bad.body.find("&#39;ally&#39; must be text in quotes"), std::string::npos);
    EXPECT_EQ(router_.handle({"POST", "/en/", "", "", "", "plan=x"}).status, 400);
}

TEST(compress, accept_encoding_is_read_as_rfc_9110_says) {
    EXPECT_TRUE(accepts_gzip("gzip"));
    EXPECT_TRUE(accepts_gzip("deflate, GZIP;q=0.5"));
    EXPECT_TRUE(accepts_gzip("*"));
    EXPECT_FALSE(accepts_gzip("gzip;q=0"));
    EXPECT_FALSE(accepts_gzip("gzip; q=0.000"));
    EXPECT_FALSE(accepts_gzip("br, deflate"));
    EXPECT_FALSE(accepts_gzip(""));
    EXPECT_TRUE(compressible("text/html; charset=utf-8"));
    EXPECT_TRUE(compressible("image/svg+xml; charset=utf-8"));
    EXPECT_FALSE(compressible("image/png"));
}

} // namespace hague::server
