#pragma once
/// The fields `project` and `simulate` share, and the projection request built from them.

#include <vector>

#include "hague/app/projections.hpp"
#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

/// scenario, target, outlook (command line only), from, inflation, growth_years, growth_exclude.
[[nodiscard]] std::vector<Field> projection_fields();
/// The projection request those fields give; reads the plan and outlook files they name when
/// the front end reads files (RunContext::reads_files).
[[nodiscard]] app::ProjectRequest projection_request(const Args& a, const RunContext& c);

} // namespace hague::usecase
