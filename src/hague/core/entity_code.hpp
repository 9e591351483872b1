#pragma once
/// Codes of the entities NATO reports on: allies (ISO 3166 alpha-3) and NATO's two aggregates.

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace hague {

/// An ally's ISO3 code (DEU) or an aggregate (NATO, NATO_EUROPE_CAN). Always upper case.
class EntityCode {
  public:
    /// NATO Total: every ally from its accession year.
    static constexpr std::string_view nato_total = "NATO";
    /// NATO Europe and Canada: NATO Total less the United States.
    static constexpr std::string_view nato_europe_canada = "NATO_EUROPE_CAN";

    /// Parses an ISO3 code or an aggregate name, case-insensitively; nullopt if malformed.
    [[nodiscard]] static std::optional<EntityCode> parse(std::string_view text);

    [[nodiscard]] const std::string& str() const noexcept { return code_; }
    /// True for NATO and NATO_EUROPE_CAN, false for an ally.
    [[nodiscard]] bool is_aggregate() const noexcept;

    auto operator<=>(const EntityCode&) const = default;

  private:
    explicit EntityCode(std::string code) : code_(std::move(code)) {}
    std::string code_;
};

} // namespace hague

template <> struct fmt::formatter<hague::EntityCode> : fmt::formatter<std::string_view> {
    auto format(const hague::EntityCode& c, format_context& ctx) const {
        return fmt::formatter<std::string_view>::format(c.str(), ctx);
    }
};
