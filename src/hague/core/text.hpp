#pragma once
/// Checks on text that comes from outside: files, workbooks, command lines.

#include <string_view>

namespace hague {

/// Whether `text` is well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF).
[[nodiscard]] bool valid_utf8(std::string_view text) noexcept;

/// Whether `date` is a real calendar date written YYYY-MM-DD (2024-02-29 yes, 2023-02-29 no).
[[nodiscard]] bool valid_iso_date(std::string_view date) noexcept;

} // namespace hague
