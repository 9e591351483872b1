#include "hague/i18n/language.hpp"

#include <algorithm>
#include <cctype>

#include "hague/core/error.hpp"

namespace hague::i18n {

std::string_view code(Language l) {
    switch (l) {
    case Language::En: return "en";
    case Language::Nl: return "nl";
    case Language::De: return "de";
    case Language::Fr: return "fr";
    case Language::Es: return "es";
    case Language::Pt: return "pt";
    }
    return "en";
}

const char* icu_locale(Language l) {
    // code() returns views of string literals, so .data() is null-terminated.
    // hague writes British English (defence, programme) and European Portuguese.
    if (l == Language::En)
        return "en_GB";
    return l == Language::Pt ? "pt_PT" : code(l).data();
}

std::optional<Language> parse_language(std::string_view text) {
    const auto end = text.find_first_of("_-.@");
    std::string lower(text.substr(0, end));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (auto l : all_languages)
        if (lower == code(l))
            return l;
    return std::nullopt;
}

Language language_option(std::string_view text) {
    auto l = parse_language(text);
    HAGUE_CHECK_FIELD(l.has_value(), ErrorKind::InvalidInput, "lang", "err_lang_one_en_nl",
                      "{} '{}' is not one of en, nl, de, fr, es, pt", text);
    return *l;
}

Language language_from_environment(const std::optional<std::string>& lc_all,
                                   const std::optional<std::string>& lc_messages,
                                   const std::optional<std::string>& lang) {
    for (const auto* v : {&lc_all, &lc_messages, &lang})
        if (*v && !(*v)->empty())
            return parse_language(**v).value_or(Language::En);
    return Language::En;
}

} // namespace hague::i18n
