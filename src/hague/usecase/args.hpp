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
    template <typename Int> [[nodiscard]] std::optional<Int> integer(std::string_view name) const {
        const auto v = text(name);
        if (!v)
            return std::nullopt;
        Int x{};
        const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), x);
        HAGUE_CHECK_FIELD(ec == std::errc() && end == v->data() + v->size() && !v->empty(),
                          ErrorKind::InvalidInput, name, "err_not_whole_number",
                          "{} '{}' is not a whole number in range", *v);
        return x;
    }
    /// The field as a finite number; InvalidInput naming the field otherwise.
    [[nodiscard]] std::optional<double> number(std::string_view name) const;

  private:
    const Field& declared(std::string_view name) const;
    const UseCase* use_case_;
    std::map<std::string, std::vector<std::string>, std::less<>> values_;
};

} // namespace hague::usecase
