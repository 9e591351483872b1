#include "hague/core/shared_text.hpp"

#include <map>
#include <string>

#include <gtest/gtest.h>

namespace hague {
namespace {

TEST(SharedText, DefaultIsEmptyAndReadsLikeAString) {
    const SharedText none;
    EXPECT_TRUE(none.empty());
    EXPECT_EQ(none.str(), "");
    const SharedText t = std::string("NATO Table 3");
    EXPECT_EQ(t.size(), 12u);
    EXPECT_EQ(t, "NATO Table 3");
    EXPECT_EQ(t, std::string("NATO Table 3"));
    EXPECT_EQ(t, std::string_view("NATO Table 3"));
    EXPECT_NE(t, "NATO Table 2");
    EXPECT_EQ(fmt::format("[{}]", t), "[NATO Table 3]");
    EXPECT_EQ(fmt::format("{:>14}", t), "  NATO Table 3");
}

TEST(SharedText, CopiesShareOneString) {
    const SharedText a = std::string(300, 'x'); // far past the small-string buffer
    const SharedText b = a;
    EXPECT_EQ(&a.str(), &b.str()); // one heap string, not two
    const SharedText c = std::string(300, 'x');
    EXPECT_NE(&a.str(), &c.str());
    EXPECT_EQ(a, c); // equal by content, whether shared or not
}

TEST(SharedText, OrdersByContent) {
    const SharedText a = "Table 2", b = "Table 3";
    EXPECT_LT(a, b);
    EXPECT_GT(b, std::string_view("Table 20"));
    EXPECT_LT(a, "Table 3"); // a literal and a std::string compare as text, on either side
    EXPECT_LT(a, std::string("Table 3"));
    EXPECT_GT(std::string("Table 3"), a);
    std::map<SharedText, int> m{{b, 3}, {a, 2}};
    EXPECT_EQ(m.begin()->first, "Table 2");
}

} // namespace
} // namespace hague
