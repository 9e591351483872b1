// The bundled map's outlines (data/geo, built by scripts/map/make-outlines.mjs).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string>

#include "hague/io/geo_reader.hpp"

namespace hague::io {

namespace {

/// Every x, y of an outline's path (absolute M/L/Z commands).
std::vector<std::pair<double, double>> points(const std::string& d) {
    std::vector<double> numbers;
    const char* p = d.c_str();
    while (*p) {
        if (*p == '-' || *p == '.' || (*p >= '0' && *p <= '9')) {
            char* end = nullptr;
            numbers.push_back(std::strtod(p, &end));
            p = end;
        } else {
            ++p;
        }
    }
    std::vector<std::pair<double, double>> out;
    for (std::size_t i = 0; i + 1 < numbers.size(); i += 2)
        out.emplace_back(numbers[i], numbers[i + 1]);
    return out;
}

} // namespace

// "The map clips nothing": an ally drawn in a panel lies inside it with a margin (a clipped ally
// would touch an edge: Crete touched the bottom of the Europe panel at y = 312.8 of 313 before the
// window reached 35 N). Non-members (Russia, north Africa) may run off the edges.
TEST(geo, no_ally_touches_the_edge_of_its_panel) {
    const auto map = bundled_map();
    std::map<std::string, MapPanel> panels;
    for (const auto& p : map.panels)
        panels[p.id] = p;
    std::set<std::string> drawn;
    for (const auto& o : map.outlines) {
        if (o.ally.empty() || o.ally == "DNK" || o.ally == "USA" || o.ally == "CAN")
            continue; // Greenland, Alaska and Canada's arctic run off the North America panel
        drawn.insert(o.ally);
        const auto& panel = panels.at(o.panel);
        for (const auto& [x, y] : points(o.path)) {
            EXPECT_GT(x, 0.5) << o.ally << " in " << o.panel;
            EXPECT_LT(x, panel.width - 0.5) << o.ally << " in " << o.panel;
            EXPECT_GT(y, 0.5) << o.ally << " in " << o.panel;
            EXPECT_LT(y, panel.height - 0.5) << o.ally << " in " << o.panel;
        }
    }
    // Every European ally is drawn, Iceland and Luxembourg and Montenegro included.
    for (const char* code : {"ISL", "LUX", "MNE", "GRC", "TUR", "NOR", "PRT"})
        EXPECT_TRUE(drawn.count(code)) << code;
}

// Iceland is drawn whole in the Europe panel only: in North America's it was a sliver cut by
// the panel's edge.
TEST(geo, iceland_is_drawn_once) {
    const auto map = bundled_map();
    const auto n = std::count_if(map.outlines.begin(), map.outlines.end(),
                                 [](const auto& o) { return o.ally == "ISL"; });
    EXPECT_EQ(n, 1);
}

} // namespace hague::io
