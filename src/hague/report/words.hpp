#pragma once
/// The words and numbers of a text table in one language: messages from the catalog, numbers,
/// percentages and dates from ICU. CSV and JSON never use this (they stay locale-neutral).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hague/core/edition.hpp"
#include "hague/core/reason.hpp"
#include "hague/i18n/catalog.hpp"

namespace hague::report {

/// A reason in the catalog's language: the data's own words (data/missing.csv, by its key) or the
/// engine's kind with its figures. JSON and CSV take it from the English catalog, as the data's
/// English text where the data gives it.
[[nodiscard]] std::string reason_text(const Reason& r, const i18n::Catalog& catalog);
/// The reason as JSON and CSV give it: in English, the same in every language.
[[nodiscard]] std::string reason_in_english(const Reason& r);

class Words {
  public:
    explicit Words(const i18n::Catalog& catalog) : catalog_(catalog) {}

    [[nodiscard]] const i18n::Catalog& catalog() const noexcept { return catalog_; }
    [[nodiscard]] i18n::Language language() const noexcept { return catalog_.language(); }

    /// A message with no arguments / with arguments (ICU MessageFormat).
    [[nodiscard]] std::string t(std::string_view key) const { return catalog_.text(key); }
    [[nodiscard]] std::string f(std::string_view key, const std::vector<i18n::Arg>& args) const {
        return catalog_.format(key, args);
    }

    /// A number with `decimals` decimals and the language's separators; never "-0.00".
    [[nodiscard]] std::string num(double value, int decimals) const;
    /// num(), then " e" when the value is an estimate.
    [[nodiscard]] std::string marked(double value, int decimals, bool estimate) const;
    /// num(), or "-" when absent.
    [[nodiscard]] std::string num_or_dash(const std::optional<double>& value, int decimals) const;
    /// num() with a sign: "+0.12", "-0.35" ("0.00" has none).
    [[nodiscard]] std::string signed_num(double value, int decimals) const;
    /// A share in percent with two decimals: "2.05%", "2,05 %".
    [[nodiscard]] std::string pct(double percent) const;
    /// A share with as few decimals as it needs: "2%", "3,5 %".
    [[nodiscard]] std::string pct_compact(double percent) const;
    /// "yes" / "no" in the language.
    [[nodiscard]] std::string yes_no(bool value) const;
    /// The separator between items the code joins ("2.00% 2025: met; 2.50% 2034: behind"): French
    /// puts a no-break space before the semicolon.
    [[nodiscard]] std::string separator() const {
        return language() == i18n::Language::Fr ? "\u00a0; " : "; ";
    }
    /// The colon after a label the code writes ("2024: ..."), "\u00a0: " in French.
    [[nodiscard]] std::string colon() const {
        return language() == i18n::Language::Fr ? "\u00a0: " : ": ";
    }
    /// An ISO date as the language writes it.
    [[nodiscard]] std::string date(std::string_view iso) const;

  private:
    const i18n::Catalog& catalog_;
};

/// An amount of money as a sentence writes it, in words a reader of the language expects:
/// "US$44.2 billion", "44,2 Milliarden US-Dollar", "44,2 milliards d’euros", "44,2 mil millones
/// de dólares" (three significant digits; messages money_words_usd / _eur). Other currencies, and
/// amounts under a million, fall back to ICU's currency format.
[[nodiscard]] std::string money_words(double amount, std::string_view currency,
                                      const i18n::Catalog& catalog);

/// ISO3 codes as a sentence names them in any language: "DEU, DNK, FIN".
[[nodiscard]] std::string code_list(const std::vector<std::string>& codes);

/// How a source line names an edition, as an editor prints a publication: its id and its
/// publication date, "2026-07, published 10 July 2026" ("2026-07, veröffentlicht am 10. Juli
/// 2026").
[[nodiscard]] std::string edition_label(const Edition& e, const i18n::Catalog& catalog);

} // namespace hague::report
