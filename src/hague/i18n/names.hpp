#pragma once
/// Names of allies in each language, from ICU's locale data (CLDR).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hague/i18n/language.hpp"

namespace hague::i18n {

/// The ally's name in language l ("DEU" -> "Deutschland", "Allemagne", "Duitsland", ...);
/// the ISO3 code itself if ICU does not know it.
[[nodiscard]] std::string ally_name(std::string_view iso3, Language l);

/// The code among `codes` that `text` names: the code itself in any case ("pol"), or the
/// country's name in any of hague's six languages, or in `english_names` (NATO's), ignoring case
/// and accents ("Polen", "Pologne", "polonia", "Turkiye"). nullopt when none does.
[[nodiscard]] std::optional<std::string>
code_for_name(std::string_view text, const std::vector<std::string>& codes,
              const std::vector<std::string>& english_names = {});

} // namespace hague::i18n
