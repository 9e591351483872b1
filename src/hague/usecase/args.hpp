#pragma once
/// The values a front end read for a use case's fields, as text, and their typed reading: the one
/// place where "2025" becomes a year and an absent field its declared default.

#include <charconv>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hague/core/error.hpp"
#include "hague/usecase/field.hpp"

namespace hague::usecase {

struct UseCase;

/// `text` as a whole number of type Int in decimal digits (no sign, no 0x, nothing after it);
/// InvalidInput naming `field` otherwise. Every front end reads a count, a year or a seed so.
template <typename Int>
[[nodiscard]] Int read_integer(std::string_view field, const std::string& text) {
    Int x{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
    HAGUE_CHECK_FIELD(ec == std::errc() && end == text.data() + text.size() && !text.empty(),
                      ErrorKind::InvalidInput, field, "err_not_whole_number",
                      "{} '{}' is not a whole number in range", text);
    return x;
}
/// `text` as a finite decimal number ("3.5"; not "nan", "inf", "3,5"); InvalidInput naming
/// `field` otherwise.
[[nodiscard]] double read_number(std::string_view field, const std::string& text);

class Args {
  public:
    explicit Args(const UseCase& use_case) : use_case_(&use_case) {}

    /// Records what a front end read for field `name` (one value, or a list's items).
    /// Internal when the use case has no such field: front ends set declared fields only.
    void set(std::string_view name, std::vector<std::string> values);
    /// Whether field `name` was given (not merely defaulted).
    [[nodiscard]] bool given(std::string_view name) const;

    /// The field's text: as given, else its declared fallback, else nullopt.
    [[nodiscard]] std::optional<std::string> text(std::string_view name) const;
    /// The field's text, or "" when it has none (a request's own check then names it).
    [[nodiscard]] std::string text_or_empty(std::string_view name) const;
    /// The field's items (a List), or its values (an option of arity 2); empty when not given.
    [[nodiscard]] std::vector<std::string> list(std::string_view name) const;
    /// The field as a whole number in decimal digits; InvalidInput naming the field otherwise.
    template <typename Int> [[nodiscard]] std::optional<Int> integer(std::string_view name) const;
    /// The field as a finite number; InvalidInput naming the field otherwise.
    [[nodiscard]] std::optional<double> number(std::string_view name) const;

  private:
    const Field& declared(std::string_view name) const;
    const UseCase* use_case_;
    std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

template <typename Int> std::optional<Int> Args::integer(std::string_view name) const {
    const auto v = text(name);
    return v ? std::optional<Int>(read_integer<Int>(name, *v)) : std::nullopt;
}

} // namespace hague::usecase
