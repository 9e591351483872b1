#pragma once
/// The map's outlines (data/geo): country shapes already projected into each panel's pixels.

#include <string>

namespace hague {

/// One panel of the map (North America, Europe) and its size in pixels.
struct MapPanel {
    std::string id;
    double width = 0;
    double height = 0;
};

/// One country's outline within one panel.
struct MapOutline {
    std::string panel;
    std::string ally; ///< the ally's ISO3 code; empty for a country outside NATO
    std::string name; ///< Natural Earth's English name
    std::string path; ///< SVG path data in the panel's pixels
};

} // namespace hague
