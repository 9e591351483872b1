#include "hague/i18n/names.hpp"

#include <algorithm>
#include <map>
#include <mutex>

#include <memory>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/uloc.h>

namespace hague::i18n {

namespace {
/// ISO 3166 alpha-3 to alpha-2, from ICU's own tables.
const std::map<std::string, std::string, std::less<>>& alpha3_to_alpha2() {
    static const auto table = [] {
        std::map<std::string, std::string, std::less<>> m;
        for (const char* const* c = uloc_getISOCountries(); *c; ++c) {
            const std::string locale = std::string("_") + *c;
            m[uloc_getISO3Country(locale.c_str())] = *c;
        }
        return m;
    }();
    return table;
}
} // namespace

std::string ally_name(std::string_view iso3, Language l) {
    // English uses NATO's own names (data/nato/allies.csv, name_en) where they differ from ICU's
    // "Slovakia" and "Turkey"; a test holds this list to the data.
    if (l == Language::En) {
        if (iso3 == "SVK")
            return "Slovak Republic";
        if (iso3 == "TUR")
            return "Türkiye";
    }
    const auto& table = alpha3_to_alpha2();
    const auto it = table.find(iso3);
    if (it == table.end())
        return std::string(iso3);
    icu::UnicodeString name;
    icu::Locale("", it->second.c_str()).getDisplayCountry(icu::Locale(icu_locale(l)), name);
    std::string out;
    name.toUTF8String(out);
    return out.empty() ? std::string(iso3) : out;
}

std::optional<std::string> code_for_name(std::string_view text,
                                         const std::vector<std::string>& codes,
                                         const std::vector<std::string>& english_names) {
    // A name has no control characters (a collator would ignore an ESC inside "DE\x1bU") and
    // is short.
    if (text.empty() || text.size() > 64 || std::any_of(text.begin(), text.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
        }))
        return std::nullopt;
    // Primary strength: a = A = á (case and accents ignored), as a reader types a name.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(
        icu::Collator::createInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !collator)
        return std::nullopt;
    collator->setStrength(icu::Collator::PRIMARY);
    const auto same = [&](std::string_view a, std::string_view b) {
        UErrorCode s = U_ZERO_ERROR;
        return collator->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                     icu::StringPiece(b.data(), static_cast<int32_t>(b.size())),
                                     s) == UCOL_EQUAL &&
               U_SUCCESS(s);
    };
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (same(text, codes[i]) || (i < english_names.size() && same(text, english_names[i])))
            return codes[i];
        for (const auto l : all_languages)
            if (same(text, ally_name(codes[i], l)))
                return codes[i];
    }
    return std::nullopt;
}

} // namespace hague::i18n
