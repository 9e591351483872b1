#pragma once
/// A small SVG writer: the shapes and text hague's charts need, escaped and with rounded
/// coordinates, nothing more. No raster images, no scripts, no external references.

#include <string>
#include <string_view>

namespace hague::report {

/// Text and attribute values with &, <, >, " and ' escaped.
[[nodiscard]] std::string escape_xml(std::string_view text);

/// How a text element looks.
struct TextStyle {
    double size = 12;
    std::string_view anchor = "start"; ///< start, middle, end
    std::string_view weight = "normal";
    std::string_view fill = "#222222";
    std::string_view baseline = "auto"; ///< dominant-baseline: auto, middle, hanging
    bool halo = false;                  ///< a white outline, so the text stays legible over lines
};

/// One SVG document, written element by element.
class Svg {
  public:
    /// A document `width` pixels wide (its height is given to finish()); `kind` names the chart
    /// (data-chart attribute, id prefix), `title` and `description` are for screen readers;
    /// `id_base` replaces the kind in ids, so that two drawings of one chart can share a page.
    Svg(double width, std::string_view kind, std::string_view title, std::string_view description,
        std::string_view id_base = {});

    [[nodiscard]] double width() const noexcept { return width_; }
    /// An element's id made unique to this chart: "<id base>-<name>".
    [[nodiscard]] std::string id(std::string_view name) const;

    void rect(double x, double y, double w, double h, std::string_view fill,
              std::string_view extra = {});
    void line(double x1, double y1, double x2, double y2, std::string_view stroke, double width = 1,
              std::string_view dash = {});
    void circle(double cx, double cy, double r, std::string_view fill, std::string_view stroke = {},
                double stroke_width = 0);
    void path(std::string_view d, std::string_view fill, std::string_view stroke = {},
              double stroke_width = 0, std::string_view extra = {});
    void text(double x, double y, std::string_view content, const TextStyle& style = {});
    /// A tooltip for the enclosing group (the next element written is its target when inside
    /// begin_group): <title>text</title>.
    void tooltip(std::string_view content);
    /// <g extra>; every begin_group needs its end_group.
    void begin_group(std::string_view extra = {});
    void end_group();
    /// Verbatim markup (defs, patterns), which the caller has escaped.
    void raw(std::string_view markup);

    /// The document, closed, `height` pixels high (viewBox too, so it scales).
    [[nodiscard]] std::string finish(double height);

  private:
    double width_;
    std::string kind_;
    std::string id_base_;
    std::string title_;
    std::string description_;
    std::string out_;
    int open_groups_ = 0;
};

/// A coordinate with at most one decimal ("12.5", "3").
[[nodiscard]] std::string coord(double v);

} // namespace hague::report
