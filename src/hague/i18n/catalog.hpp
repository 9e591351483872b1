#pragma once
/// Message catalogs: ICU resource bundles, compiled from data/i18n at build time and embedded.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "hague/core/error.hpp"
#include "hague/i18n/language.hpp"

namespace hague::i18n {

/// An argument of a message: an integer, a number or a text.
using Arg = std::variant<std::int64_t, double, std::string>;

/// The messages of one language; a key the language lacks falls back to English (the root).
class Catalog {
  public:
    explicit Catalog(Language language);

    [[nodiscard]] Language language() const noexcept { return language_; }
    /// The message `key` with no arguments. Like format(), it goes through MessageFormat, so
    /// every message follows one quoting rule ('' for an apostrophe before { or '). Internal if
    /// no catalog has it.
    [[nodiscard]] std::string text(std::string_view key) const;
    /// The message `key` formatted by ICU MessageFormat with args ({0}, {1,number,integer}, ...).
    [[nodiscard]] std::string format(std::string_view key, const std::vector<Arg>& args) const;
    /// Items joined as the language writes a list: "Denmark, Germany and Iceland", "Dänemark,
    /// Deutschland und Island" (ICU's ListFormatter).
    [[nodiscard]] std::string list(const std::vector<std::string>& items) const;
    /// Items in the language's alphabetical order (ICU's Collator: "Estonie" before "États-Unis").
    [[nodiscard]] std::vector<std::string> sorted(std::vector<std::string> items) const;

  private:
    Language language_;
};

/// How a front end spells a request field in its messages: "--year" for "year" on the command
/// line, "year" in a query string.
using FieldSpelling = std::function<std::string(std::string_view field)>;

/// An error's message in language l: its catalog message when it has a key (HAGUE_CHECK), else
/// what(). An error about a field (Error::field) names it as `spell` says (as the library names
/// it when `spell` is empty). Never throws.
[[nodiscard]] std::string error_message(const Error& e, Language l,
                                        const FieldSpelling& spell = {});

/// The keys one language's own catalog defines (without what it inherits from the root);
/// "root" lists the English messages. For the completeness test and tools.
[[nodiscard]] std::vector<std::string> catalog_keys(std::string_view locale);

/// The message `key` of one locale's own catalog ("root" for English), or "" if it has none.
[[nodiscard]] std::string own_text(std::string_view locale, std::string_view key);

} // namespace hague::i18n
