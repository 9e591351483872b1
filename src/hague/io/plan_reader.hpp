#pragma once
/// Reads a plan file (TOML, docs/plans.md), checking every field.

#include <string>
#include <string_view>

#include "hague/core/plan.hpp"

namespace hague::io {

/// Maximum size of a plan file, in bytes.
inline constexpr std::size_t max_plan_bytes = 64 * 1024;

/// Parses a plan. `name` is used in messages ("plans/deu.toml:7: ..."). Throws InvalidInput
/// naming the line and the field when the plan is malformed or incomplete.
[[nodiscard]] Plan parse_plan(std::string_view text, const std::string& name);

/// Reads and parses the file at path; Io if it cannot be read or exceeds max_plan_bytes.
[[nodiscard]] Plan read_plan_file(const std::string& path);

} // namespace hague::io
