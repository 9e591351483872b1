#pragma once
/// Each response as a report::View: its text table, CSV table and JSON document at once. Front
/// ends call render() (render.hpp), which builds only the format asked for; views are for tests
/// and tools that want all three.

#include "hague/app/service.hpp"
#include "hague/report/views.hpp"

namespace hague::app {

/// Each response as a view (text table, CSV, JSON): the same for every front end. The text table
/// speaks `language`; CSV and JSON are the same in every language.
[[nodiscard]] report::View view(const EditionsResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const AlliesResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const ShowResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const StatusResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const DbInfoResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const DbCheckResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const GapResponse& r, i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const PathResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const PathCheckResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const PlanCheckResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const ShareResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const DiffResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const FactsResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const CompareResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const ProjectResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const SimulateResponse& r,
                                i18n::Language language = i18n::Language::En);

} // namespace hague::app
