#pragma once
/// The six languages hague speaks, and how one is chosen.

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace hague::i18n {

/// A language of the newsrooms hague serves.
enum class Language { En, Nl, De, Fr, Es, Pt };

/// Every language, in the order of --help.
inline constexpr std::array<Language, 6> all_languages = {Language::En, Language::Nl, Language::De,
                                                          Language::Fr, Language::Es, Language::Pt};

/// ISO 639-1 code: "en", "nl", "de", "fr", "es", "pt".
[[nodiscard]] std::string_view code(Language l);

/// The ICU locale whose conventions the language's text follows: European Portuguese (pt_PT,
/// "Polónia", "percentagem") for pt, British English (en_GB: "10 July 2026", "US$") for en, the
/// code itself for the others.
[[nodiscard]] const char* icu_locale(Language l);

/// Parses a code ("de"), also with a region or encoding ("de_DE.UTF-8", "pt-BR"); nullopt if
/// it is none of the six.
[[nodiscard]] std::optional<Language> parse_language(std::string_view text);

/// The language a --lang value names; InvalidInput listing the six codes if it names none.
[[nodiscard]] Language language_option(std::string_view text);

/// The environment's language, as POSIX orders it: LC_ALL, then LC_MESSAGES, then LANG (the first
/// set and non-empty one decides); English when that one is none of the six, or none is set.
[[nodiscard]] Language language_from_environment(const std::optional<std::string>& lc_all,
                                                 const std::optional<std::string>& lc_messages,
                                                 const std::optional<std::string>& lang);

} // namespace hague::i18n
