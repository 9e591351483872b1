#pragma once
/// Names of allies in each language, from ICU's locale data (CLDR).

#include <string>
#include <string_view>

#include "hague/i18n/language.hpp"

namespace hague::i18n {

/// The ally's name in language l ("DEU" -> "Deutschland", "Allemagne", "Duitsland", ...);
/// the ISO3 code itself if ICU does not know it.
[[nodiscard]] std::string ally_name(std::string_view iso3, Language l);

} // namespace hague::i18n
