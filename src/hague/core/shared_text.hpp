#pragma once
/// An immutable string that copies share: the thousands of rows of one NATO table carry the same
/// source text, and a copy of it per row was most of what reading an edition cost.

#include <compare>
#include <memory>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace hague {

/// Reads like a const std::string; copying it copies a pointer. Never null: the default is the
/// empty string.
class SharedText {
  public:
    SharedText() = default;
    SharedText(std::string text) // NOLINT(google-explicit-constructor): a string is one
        : text_(text.empty() ? nullptr : std::make_shared<const std::string>(std::move(text))) {}
    SharedText(const char* text) : SharedText(std::string(text)) {}      // NOLINT
    SharedText(std::string_view text) : SharedText(std::string(text)) {} // NOLINT

    [[nodiscard]] const std::string& str() const noexcept { return text_ ? *text_ : none(); }
    operator const std::string&() const noexcept { return str(); } // NOLINT
    operator std::string_view() const noexcept { return str(); }   // NOLINT
    [[nodiscard]] bool empty() const noexcept { return str().empty(); }
    [[nodiscard]] std::size_t size() const noexcept { return str().size(); }
    [[nodiscard]] const char* c_str() const noexcept { return str().c_str(); }

    friend bool operator==(const SharedText& a, const SharedText& b) noexcept {
        return a.text_ == b.text_ || a.str() == b.str();
    }
    friend bool operator==(const SharedText& a, std::string_view b) noexcept {
        return a.str() == b;
    }
    friend bool operator==(const SharedText& a, const char* b) noexcept {
        return a.str() == std::string_view(b);
    }
    friend bool operator==(const SharedText& a, const std::string& b) noexcept {
        return a.str() == b;
    }
    friend std::strong_ordering operator<=>(const SharedText& a, const SharedText& b) noexcept {
        return a.str() <=> b.str();
    }
    friend std::strong_ordering operator<=>(const SharedText& a, std::string_view b) noexcept {
        return std::string_view(a.str()) <=> b;
    }
    friend std::strong_ordering operator<=>(const SharedText& a, const char* b) noexcept {
        return std::string_view(a.str()) <=> std::string_view(b);
    }
    friend std::strong_ordering operator<=>(const SharedText& a, const std::string& b) noexcept {
        return a.str() <=> b;
    }

  private:
    static const std::string& none() noexcept {
        static const std::string nothing;
        return nothing;
    }
    std::shared_ptr<const std::string> text_;
};

} // namespace hague

template <> struct fmt::formatter<hague::SharedText> : fmt::formatter<std::string_view> {
    template <typename Context> auto format(const hague::SharedText& t, Context& ctx) const {
        return fmt::formatter<std::string_view>::format(std::string_view(t.str()), ctx);
    }
};
