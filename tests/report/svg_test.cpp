#include <gtest/gtest.h>

#include "hague/core/error.hpp"
#include "hague/report/svg.hpp"

namespace hague::report {

TEST(svg, escapes_text_and_attributes) {
    EXPECT_EQ(escape_xml("Bosnia & <Herz.> \"x\" l'a"),
              "Bosnia &amp; &lt;Herz.&gt; &quot;x&quot; l&#39;a");
    EXPECT_EQ(escape_xml("Türkiye"), "Türkiye"); // UTF-8 passes through
}

TEST(svg, coordinates_keep_one_decimal_and_drop_a_zero_one) {
    EXPECT_EQ(coord(282.5), "282.5");
    EXPECT_EQ(coord(150.66666), "150.7");
    EXPECT_EQ(coord(106.97333), "107");
    EXPECT_EQ(coord(3), "3");
    EXPECT_EQ(coord(-0.04), "0"); // rounds to zero: no "-0"
}

TEST(svg, a_document_is_sized_at_the_end_and_labelled_for_screen_readers) {
    Svg svg(720, "shares", "Title & more", "Description");
    svg.begin_group("class=\"bar\"");
    svg.tooltip("Poland: 3.75%");
    svg.rect(198, 10, 282.5, 13, "#0072B2");
    svg.end_group();
    svg.text(10, 20, "a < b", {.size = 12, .anchor = "end", .halo = true});
    const auto doc = svg.finish(400.2);
    EXPECT_EQ(
        doc.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hague-chart\" "
                  "data-chart=\"shares\" width=\"720\" height=\"401\" viewBox=\"0 0 720 401\"",
                  0),
        0u)
        << doc;
    EXPECT_NE(doc.find("<title id=\"shares-title\">Title &amp; more</title>"), std::string::npos);
    EXPECT_NE(doc.find("<rect x=\"198\" y=\"10\" width=\"282.5\" height=\"13\" fill=\"#0072B2\"/>"),
              std::string::npos);
    EXPECT_NE(doc.find("text-anchor=\"end\""), std::string::npos);
    EXPECT_NE(doc.find("paint-order=\"stroke\""), std::string::npos);
    EXPECT_NE(doc.find(">a &lt; b</text>"), std::string::npos);
    EXPECT_EQ(doc.substr(doc.size() - 7), "</svg>\n");
    EXPECT_EQ(svg.id("nodata"), "shares-nodata");
}

TEST(svg, unbalanced_groups_are_a_programming_error) {
    Svg open(720, "x", "t", "d");
    open.begin_group();
    EXPECT_THROW((void)open.finish(10), Error);
    Svg closed(720, "x", "t", "d");
    EXPECT_THROW(closed.end_group(), Error);
}

} // namespace hague::report
