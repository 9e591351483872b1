#pragma once
/// Reads the map's outlines (data/geo/outlines.csv and panels.csv, embedded at build time).

#include <string_view>
#include <vector>

#include "hague/core/geo.hpp"

namespace hague::io {

struct MapData {
    std::vector<MapPanel> panels;
    std::vector<MapOutline> outlines;
};

/// Parses panels.csv and outlines.csv; DataIntegrity naming the file and line on a bad row or an
/// outline whose panel is not in panels.csv.
[[nodiscard]] MapData read_map(std::string_view panels_csv, std::string_view outlines_csv);

/// The bundled map.
[[nodiscard]] MapData bundled_map();

} // namespace hague::io
