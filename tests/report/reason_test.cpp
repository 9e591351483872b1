// Every reason the engine can give is worded in each of the six languages from the catalog: no
// English sentence reaches a German table, no placeholder is left unfilled.
#include <gtest/gtest.h>

#include "hague/report/words.hpp"

namespace hague::report {

namespace {

std::vector<Reason> every_kind() {
    using K = Reason::Kind;
    std::vector<Reason> out;
    for (const auto kind : {K::NoShare, K::NoGdp, K::NoRate, K::FewGrowthYears, K::EditionNoShare,
                            K::EditionNoGdp, K::EditionNoRate, K::EditionNoEuroRate})
        for (const auto prices : {PriceBasis::Current, PriceBasis::Constant})
            out.push_back(Reason::of(kind, Year(2024), "2025-08", "DEU", prices));
    return out;
}

} // namespace

TEST(reason, every_kind_is_worded_in_every_language) {
    for (const auto& r : every_kind()) {
        const auto english = reason_text(r, i18n::Catalog(i18n::Language::En));
        EXPECT_FALSE(english.empty());
        for (const auto lang : i18n::all_languages) {
            const auto text = reason_text(r, i18n::Catalog(lang));
            EXPECT_EQ(text.find('{'), std::string::npos) << text;
            if (r.kind != Reason::Kind::FewGrowthYears) {
                EXPECT_NE(text.find("2024"), std::string::npos) << text; // the year, unformatted
            }
            if (lang != i18n::Language::En) {
                EXPECT_NE(text, english) << i18n::code(lang) << ": " << text;
            }
        }
    }
}

// The English of a reason is what JSON and CSV have always said.
TEST(reason, english_is_the_engines_former_sentence) {
    const i18n::Catalog en(i18n::Language::En);
    EXPECT_EQ(reason_text(Reason::of(Reason::Kind::NoShare, Year(2026)), en),
              "no share of GDP in 2026");
    EXPECT_EQ(reason_text(Reason::of(Reason::Kind::EditionNoRate, Year(2024), "2026-07", "POL",
                                     PriceBasis::Constant),
                          en),
              "edition 2026-07 has no constant expenditure in national currency and US dollars "
              "for POL in 2024 (Tables 1 and 2)");
    EXPECT_EQ(reason_text(Reason::of(Reason::Kind::FewGrowthYears, Year(2026)), en),
              "fewer than three years of real growth to estimate from");
}

// A reason of the data: English keeps the data's own text; another language its key's words.
TEST(reason, the_datas_reason_by_its_key) {
    MissingReason m;
    m.key = "missing_no_armed_forces";
    m.reason = "Iceland has no armed forces; NATO publishes no defence expenditure for it";
    const auto r = Reason::data(m);
    EXPECT_EQ(reason_text(r, i18n::Catalog(i18n::Language::En)), m.reason);
    EXPECT_EQ(reason_text(r, i18n::Catalog(i18n::Language::De)).rfind("Island hat keine", 0), 0u);
}

} // namespace hague::report
