#pragma once
/// Each response rendered in the one format a front end asks for: JSON and CSV from the response
/// alone, the same in every language (docs/json.md); the text table in `language`. This header
/// brings in no JSON library: front ends see strings.

#include <string>

#include "hague/app/service.hpp"
#include "hague/i18n/language.hpp"
#include "hague/report/table.hpp"

namespace hague::app {

/// The response as `format`, ending with a newline.
[[nodiscard]] std::string render(const EditionsResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const AlliesResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const ShowResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const StatusResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const DbInfoResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const DbRepairResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const DbCheckResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const GapResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const PathResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const PathCheckResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const PlanCheckResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const ShareResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const DiffResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const FactsResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const CompareResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const ProjectResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const SimulateResponse& r, report::Format format,
                                 i18n::Language language);
[[nodiscard]] std::string render(const ImportResponse& r, report::Format format,
                                 i18n::Language language);

/// A chart as a complete SVG document in `language`. Throws the chart's `unavailable` reason when
/// the edition cannot give it.
[[nodiscard]] std::string render_svg(const ChartResponse& r, i18n::Language language);

/// What a chart can be written as: the drawing (SVG, PNG) or the data it shows (CSV).
enum class ChartFormat { Svg, Png, Csv };
/// "svg", "png" or "csv": the format's name and a chart file's extension.
[[nodiscard]] std::string_view to_string(ChartFormat f);

/// A chart in `format`: render_svg, that SVG as a PNG `scale` pixels per SVG pixel, or the rows
/// the chart draws as CSV (report/chart_data.hpp; no language: CSV is in English).
[[nodiscard]] std::string render_chart(const ChartResponse& r, ChartFormat format,
                                       i18n::Language language, int scale = 1);
/// The report as one self-contained HTML document in `language`.
[[nodiscard]] std::string render_html(const ReportResponse& r, i18n::Language language);

} // namespace hague::app
