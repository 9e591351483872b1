#include <gtest/gtest.h>

#include "hague/core/error.hpp"
#include "hague/io/csv.hpp"

namespace hague::io {

TEST(csv, reads_quoted_fields_with_commas_quotes_and_newlines) {
    const auto t = parse_csv("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n", "t.csv");
    ASSERT_EQ(t.rows().size(), 2u);
    EXPECT_EQ(t.rows()[0].fields[1], "x, y");
    EXPECT_EQ(t.rows()[0].fields[2], "say \"hi\"");
    EXPECT_EQ(t.rows()[1].fields[1], "two\nlines");
    EXPECT_EQ(t.rows()[1].line, 3u);
}

TEST(csv, accepts_crlf_a_bom_and_a_missing_final_newline) {
    const auto t = parse_csv("\xEF\xBB\xBFiso3,name\r\nDEU,Germany\r\nFRA,France", "t.csv");
    EXPECT_EQ(t.header()[0], "iso3");
    ASSERT_EQ(t.rows().size(), 2u);
    EXPECT_EQ(t.rows()[0].fields[1], "Germany");
    EXPECT_EQ(t.rows()[1].fields[1], "France");
    EXPECT_EQ(t.column("name"), 1u);
}

TEST(csv, keeps_empty_fields) {
    const auto t = parse_csv("a,b,c\n,,\n", "t.csv");
    ASSERT_EQ(t.rows().size(), 1u);
    EXPECT_EQ(t.rows()[0].fields, (std::vector<std::string>{"", "", ""}));
}

TEST(csv, a_short_row_names_the_file_and_line) {
    try {
        (void)parse_csv("a,b\n1,2\n3\n", "x.csv");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::DataIntegrity);
        EXPECT_STREQ(e.what(), "x.csv:3: 1 fields, expected 2 as in the header");
    }
}

TEST(csv, an_unterminated_quote_is_an_error) {
    try {
        (void)parse_csv("a\n\"open\n", "x.csv");
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::DataIntegrity);
        EXPECT_STREQ(e.what(), "x.csv:3: unterminated quoted field");
    }
}

TEST(csv, an_unknown_column_names_it) {
    const auto t = parse_csv("a,b\n", "x.csv");
    EXPECT_THROW((void)t.column("c"), Error);
}

} // namespace hague::io
