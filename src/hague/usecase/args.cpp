#include "hague/usecase/args.hpp"

#include <cmath>

#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

const Field& Args::declared(std::string_view name) const {
    const auto* f = use_case_->field(name);
    HAGUE_REQUIRE(f != nullptr, ErrorKind::Internal, "use case '{}' has no field '{}'",
                  use_case_->name, name);
    return *f;
}

void Args::set(std::string_view name, std::vector<std::string> values) {
    (void)declared(name);
    values_[std::string(name)] = std::move(values);
}

bool Args::given(std::string_view name) const {
    (void)declared(name);
    return values_.find(name) != values_.end();
}

std::optional<std::string> Args::text(std::string_view name) const {
    const auto& f = declared(name);
    if (const auto it = values_.find(name); it != values_.end() && !it->second.empty())
        return it->second.front();
    if (!f.fallback.empty())
        return std::string(f.fallback);
    return std::nullopt;
}

std::string Args::text_or_empty(std::string_view name) const {
    return text(name).value_or(std::string());
}

std::vector<std::string> Args::list(std::string_view name) const {
    (void)declared(name);
    const auto it = values_.find(name);
    return it == values_.end() ? std::vector<std::string>() : it->second;
}

double read_number(std::string_view field, const std::string& text) {
    double x = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
    HAGUE_CHECK_FIELD(
        ec == std::errc() && end == text.data() + text.size() && !text.empty() && std::isfinite(x),
        ErrorKind::InvalidInput, field, "err_not_a_number", "{} '{}' is not a finite number", text);
    return x;
}

std::optional<double> Args::number(std::string_view name) const {
    const auto v = text(name);
    return v ? std::optional<double>(read_number(name, *v)) : std::nullopt;
}

} // namespace hague::usecase
