#pragma once
/// The one list of use cases: every command that answers a question, every API endpoint, every
/// page of data `hague site` writes. A new use case is one line here (registry.cpp).

#include <span>
#include <string_view>

#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

/// Every use case, in the order `hague --help` lists them.
[[nodiscard]] std::span<const UseCase* const> all();
/// The use case called `name`, or nullptr.
[[nodiscard]] const UseCase* find(std::string_view name);

} // namespace hague::usecase
