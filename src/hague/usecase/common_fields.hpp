#pragma once
/// Fields many use cases take, declared once: the edition, the year, the rounding rule, a list of
/// allies. Each use case lists them among its own fields (usecase/<name>/).

#include <string_view>

#include "hague/usecase/field.hpp"

namespace hague::usecase::fields {

/// `edition`: the NATO edition id; the newest when absent.
[[nodiscard]] Field edition();
/// `year`, with the help that says what its absence means for this use case.
[[nodiscard]] Field year(std::string_view help = "Year (default: the edition's last year)");
/// `rounding`: raw, 2dp (the default) or 1dp: how a share is compared with a threshold.
[[nodiscard]] Field rounding();
/// `allies`: a comma-separated list of allies (codes or names), with this use case's help.
[[nodiscard]] Field allies(std::string_view help);
/// `target` of a path or projection: core (3.5%, the default) or total (5%).
[[nodiscard]] Field path_target();
/// `ally` of a path: an ISO3 code or `all` (the default); `cli` is how the command line takes it.
[[nodiscard]] Field ally_or_all(CliForm cli = CliForm::Option);
/// `prices`: current (the default) or the edition's constant prices.
[[nodiscard]] Field prices();

} // namespace hague::usecase::fields
