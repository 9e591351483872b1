#include "hague/i18n/catalog.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <vector>

#include <unicode/coll.h>
#include <unicode/listformatter.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/udata.h>
#include <unicode/ures.h>

#include "hague/core/error.hpp"

namespace hague::i18n {

namespace detail {
extern const unsigned char catalog_data[];
extern const std::size_t catalog_size;
} // namespace detail

namespace {

constexpr const char* package = "hague_i18n";

/// Registers the embedded package with ICU once per process.
void register_catalogs() {
    static std::once_flag once;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        udata_setAppData(package, detail::catalog_data, &status);
        HAGUE_REQUIRE(U_SUCCESS(status), ErrorKind::Internal,
                      "cannot register the message catalogs: {}", u_errorName(status));
    });
}

struct BundleCloser {
    void operator()(UResourceBundle* b) const { ures_close(b); }
};
using Bundle = std::unique_ptr<UResourceBundle, BundleCloser>;

Bundle open_bundle(std::string_view locale, bool direct) {
    register_catalogs();
    UErrorCode status = U_ZERO_ERROR;
    const std::string loc(locale);
    Bundle b(direct ? ures_openDirect(package, loc.c_str(), &status)
                    : ures_open(package, loc.c_str(), &status));
    HAGUE_REQUIRE(U_SUCCESS(status), ErrorKind::Internal, "cannot open the '{}' catalog: {}", loc,
                  u_errorName(status));
    return b;
}

std::string to_utf8(const UChar* s, int32_t length) {
    std::string out;
    icu::UnicodeString(s, length).toUTF8String(out);
    return out;
}

std::string lookup(const Bundle& b, std::string_view key, bool required) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    const std::string k(key);
    const UChar* s = ures_getStringByKey(b.get(), k.c_str(), &length, &status);
    if (U_FAILURE(status)) {
        HAGUE_REQUIRE(!required, ErrorKind::Internal, "no message '{}' in any catalog", key);
        return {};
    }
    return to_utf8(s, length);
}

} // namespace

Catalog::Catalog(Language language) : language_(language) {
    register_catalogs();
}

/// The message pattern of `key` in language l. Each language's bundle is opened once per process
/// and kept (ICU bundles are read-only and safe to share between threads).
std::string pattern_of(Language l, std::string_view key) {
    static std::once_flag once;
    static std::vector<Bundle> bundles;
    std::call_once(once, [] {
        for (const auto language : all_languages)
            bundles.push_back(open_bundle(code(language), false));
    });
    const auto index = static_cast<std::size_t>(
        std::find(all_languages.begin(), all_languages.end(), l) - all_languages.begin());
    return lookup(bundles.at(index), key, true);
}

std::string Catalog::text(std::string_view key) const {
    auto pattern = pattern_of(language_, key);
    // MessageFormat returns a pattern without braces or apostrophes unchanged: skip building one.
    if (pattern.find_first_of("{}'") == std::string::npos)
        return pattern;
    return format(key, {});
}

std::string Catalog::format(std::string_view key, const std::vector<Arg>& args) const {
    const auto pattern = pattern_of(language_, key);
    std::vector<icu::Formattable> values;
    for (const auto& a : args) {
        if (const auto* i = std::get_if<std::int64_t>(&a))
            values.emplace_back(static_cast<int64_t>(*i));
        else if (const auto* d = std::get_if<double>(&a))
            values.emplace_back(*d);
        else
            values.emplace_back(icu::UnicodeString::fromUTF8(std::get<std::string>(a)));
    }
    UErrorCode status = U_ZERO_ERROR;
    icu::MessageFormat format(icu::UnicodeString::fromUTF8(pattern),
                              icu::Locale(icu_locale(language_)), status);
    icu::UnicodeString out;
    icu::FieldPosition ignore;
    format.format(values.data(), static_cast<int32_t>(values.size()), out, ignore, status);
    HAGUE_REQUIRE(U_SUCCESS(status), ErrorKind::Internal, "cannot format message '{}': {}", key,
                  u_errorName(status));
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

std::string Catalog::list(const std::vector<std::string>& items) const {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::ListFormatter> formatter(
        icu::ListFormatter::createInstance(icu::Locale(icu_locale(language_)), status));
    HAGUE_REQUIRE(U_SUCCESS(status) && formatter, ErrorKind::Internal,
                  "cannot format a list in '{}': {}", icu_locale(language_), u_errorName(status));
    std::vector<icu::UnicodeString> values;
    values.reserve(items.size());
    for (const auto& i : items)
        values.push_back(icu::UnicodeString::fromUTF8(i));
    icu::UnicodeString out;
    formatter->format(values.data(), static_cast<int32_t>(values.size()), out, status);
    HAGUE_REQUIRE(U_SUCCESS(status), ErrorKind::Internal, "cannot format a list: {}",
                  u_errorName(status));
    std::string utf8;
    out.toUTF8String(utf8);
    return utf8;
}

std::vector<std::string> Catalog::sorted(std::vector<std::string> items) const {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(
        icu::Collator::createInstance(icu::Locale(icu_locale(language_)), status));
    HAGUE_REQUIRE(U_SUCCESS(status) && collator, ErrorKind::Internal, "cannot sort in '{}': {}",
                  icu_locale(language_), u_errorName(status));
    std::stable_sort(items.begin(), items.end(), [&](const std::string& a, const std::string& b) {
        UErrorCode s = U_ZERO_ERROR;
        return collator->compareUTF8(a, b, s) == UCOL_LESS;
    });
    return items;
}

std::vector<std::string> catalog_keys(std::string_view locale) {
    const auto b = open_bundle(locale, true);
    std::vector<std::string> keys;
    ures_resetIterator(b.get());
    while (ures_hasNext(b.get())) {
        UErrorCode status = U_ZERO_ERROR;
        const char* key = nullptr;
        int32_t length = 0;
        ures_getNextString(b.get(), &length, &key, &status);
        if (U_SUCCESS(status) && key)
            keys.emplace_back(key);
    }
    return keys;
}

std::string own_text(std::string_view locale, std::string_view key) {
    return lookup(open_bundle(locale, true), key, false);
}

std::string error_message(const Error& e, Language l, const FieldSpelling& spell) {
    const bool respell = !e.field().empty() && spell && !e.args().empty();
    if (e.key().empty() || (l == Language::En && !respell))
        return e.what();
    try {
        std::vector<Arg> args(e.args().begin(), e.args().end());
        if (respell)
            args.front() = spell(e.field());
        return Catalog(l).format(e.key(), args);
    } catch (const std::exception&) {
        return e.what(); // a key no catalog has: English rather than nothing
    }
}

} // namespace hague::i18n
