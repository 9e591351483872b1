#pragma once
/// The request fields every front end parses from text the same way (a command-line option, a
/// query parameter): each InvalidInput names the field and the valid values (Error::field).

#include <string_view>

#include "hague/app/render.hpp"
#include "hague/core/money.hpp"
#include "hague/core/rounding.hpp"
#include "hague/engine/monte_carlo.hpp"
#include "hague/engine/path.hpp"
#include "hague/i18n/language.hpp"
#include "hague/report/table.hpp"

namespace hague::app {

/// `format`: table, csv or json.
[[nodiscard]] report::Format parse_format_field(std::string_view text);
/// `rounding`: raw, 2dp or 1dp.
[[nodiscard]] Rounding parse_rounding_field(std::string_view text);
/// `currency`: USD, EUR or NC.
[[nodiscard]] Currency parse_currency_field(std::string_view text);
/// `prices`: current or constant.
[[nodiscard]] PriceBasis parse_prices_field(std::string_view text);
/// `target` of a path or projection: core (3.5%) or total (5%).
[[nodiscard]] engine::PathTarget parse_target_field(std::string_view text);
/// `rule` of a simulation: share or budget.
[[nodiscard]] engine::SpendingRule parse_rule_field(std::string_view text);
/// A chart's `format`: svg, png or csv.
[[nodiscard]] ChartFormat parse_chart_format_field(std::string_view text);
/// `lang`: en, nl, de, fr, es or pt (a region such as pt-BR is accepted).
[[nodiscard]] i18n::Language parse_lang_field(std::string_view text);

} // namespace hague::app
