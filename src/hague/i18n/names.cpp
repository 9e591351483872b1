#include "hague/i18n/names.hpp"

#include <map>
#include <mutex>

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

} // namespace hague::i18n
