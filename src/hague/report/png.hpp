#pragma once
/// Charts as PNG: the SVG rendered in-process by librsvg onto a cairo image surface, on white.

#include <string>
#include <string_view>

namespace hague::report {

/// Largest --scale a PNG takes: 4x of a 720 px chart is 2,880 px wide.
inline constexpr int max_png_scale = 4;

/// The PNG of `svg`, `scale` device pixels per SVG pixel (1: as wide as the chart, 2: for
/// high-density screens and print). InvalidInput if scale is outside 1..max_png_scale; Internal if
/// librsvg cannot read the document (hague's charts always can).
[[nodiscard]] std::string svg_to_png(std::string_view svg, int scale = 1);

/// InvalidInput naming the field `scale` unless 1 <= scale <= max_png_scale: front ends call it
/// before any work, svg_to_png before drawing.
void check_png_scale(int scale);

} // namespace hague::report
