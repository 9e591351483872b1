#pragma once
/// A calendar year, as NATO assigns fiscal years (the calendar year holding most of its months).

#include <compare>
#include <optional>
#include <string_view>

#include <fmt/format.h>

namespace hague {

/// A calendar year. Regular and ordered; arithmetic on it is explicit through value().
class Year {
  public:
    /// Earliest and latest years hague accepts anywhere (NATO was founded in 1949).
    static constexpr int min_value = 1949;
    static constexpr int max_value = 2100;

    constexpr explicit Year(int value) : value_(value) {}
    [[nodiscard]] constexpr int value() const noexcept { return value_; }
    constexpr auto operator<=>(const Year&) const = default;

    /// Parses a four-digit year in [min_value, max_value]; nullopt for anything else.
    [[nodiscard]] static std::optional<Year> parse(std::string_view text);

  private:
    int value_;
};

} // namespace hague

template <> struct fmt::formatter<hague::Year> : fmt::formatter<int> {
    auto format(hague::Year y, format_context& ctx) const {
        return fmt::formatter<int>::format(y.value(), ctx);
    }
};
