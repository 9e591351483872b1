#include <gtest/gtest.h>

#include "hague/i18n/catalog.hpp"
#include "hague/io/bundled.hpp"

namespace hague::i18n {

// Every reason in data/missing.csv can be shown in every language: its key is in the catalogs,
// and the English message is the data's own wording (SOURCES.md references aside).
TEST(reasons, every_missing_value_reason_has_a_message) {
    const auto d = io::bundled_dataset();
    for (const auto& r : d.missing_reasons) {
        ASSERT_FALSE(r.key.empty()) << r.reason;
        EXPECT_FALSE(own_text("root", r.key).empty()) << r.key;
        const auto english = Catalog(Language::En).format(r.key, {}); // '' -> '
        ASSERT_GE(english.size(), 20u);
        EXPECT_EQ(r.reason.rfind(english.substr(0, 20), 0), 0u) << r.key << ": " << r.reason;
    }
}

} // namespace hague::i18n
