#include "hague/report/svg.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "hague/core/error.hpp"

namespace hague::report {

std::string escape_xml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string coord(double v) {
    const double r = std::round(v * 10) / 10;
    if (r == std::floor(r))
        return fmt::format("{}", static_cast<long long>(r));
    return fmt::format("{:.1f}", r);
}

Svg::Svg(double width, std::string_view kind, std::string_view title, std::string_view description,
         std::string_view id_base)
    : width_(width), kind_(kind), id_base_(id_base.empty() ? kind : id_base), title_(title),
      description_(description) {}

std::string Svg::id(std::string_view name) const {
    return id_base_ + "-" + std::string(name);
}

void Svg::rect(double x, double y, double w, double h, std::string_view fill,
               std::string_view extra) {
    out_ += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{}\"{}{}/>\n",
                        coord(x), coord(y), coord(std::max(0.0, w)), coord(std::max(0.0, h)),
                        escape_xml(fill), extra.empty() ? "" : " ", extra);
}

void Svg::line(double x1, double y1, double x2, double y2, std::string_view stroke, double width,
               std::string_view dash) {
    out_ +=
        fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" "
                    "stroke-width=\"{}\"{}/>\n",
                    coord(x1), coord(y1), coord(x2), coord(y2), escape_xml(stroke), coord(width),
                    dash.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", dash));
}

void Svg::circle(double cx, double cy, double r, std::string_view fill, std::string_view stroke,
                 double stroke_width) {
    out_ += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{}\"{}/>\n", coord(cx),
                        coord(cy), coord(r), escape_xml(fill),
                        stroke.empty() ? ""
                                       : fmt::format(" stroke=\"{}\" stroke-width=\"{}\"",
                                                     escape_xml(stroke), coord(stroke_width)));
}

void Svg::path(std::string_view d, std::string_view fill, std::string_view stroke,
               double stroke_width, std::string_view extra) {
    out_ += fmt::format("<path d=\"{}\" fill=\"{}\"{}{}{}/>\n", escape_xml(d), escape_xml(fill),
                        stroke.empty() ? ""
                                       : fmt::format(" stroke=\"{}\" stroke-width=\"{}\"",
                                                     escape_xml(stroke), coord(stroke_width)),
                        extra.empty() ? "" : " ", extra);
}

void Svg::text(double x, double y, std::string_view content, const TextStyle& s) {
    out_ += fmt::format("<text x=\"{}\" y=\"{}\" font-size=\"{}\" fill=\"{}\"", coord(x), coord(y),
                        coord(s.size), escape_xml(s.fill));
    if (s.anchor != "start")
        out_ += fmt::format(" text-anchor=\"{}\"", s.anchor);
    if (s.weight != "normal")
        out_ += fmt::format(" font-weight=\"{}\"", s.weight);
    if (s.baseline != "auto")
        out_ += fmt::format(" dominant-baseline=\"{}\"", s.baseline);
    if (s.halo)
        out_ += " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\" "
                "stroke-linejoin=\"round\"";
    out_ += fmt::format(">{}</text>\n", escape_xml(content));
}

void Svg::tooltip(std::string_view content) {
    out_ += fmt::format("<title>{}</title>\n", escape_xml(content));
}

void Svg::begin_group(std::string_view extra) {
    out_ += extra.empty() ? std::string("<g>\n") : fmt::format("<g {}>\n", extra);
    ++open_groups_;
}

void Svg::end_group() {
    HAGUE_REQUIRE(open_groups_ > 0, ErrorKind::Internal, "end_group without begin_group");
    out_ += "</g>\n";
    --open_groups_;
}

void Svg::raw(std::string_view markup) {
    out_ += markup;
}

std::string Svg::finish(double height) {
    HAGUE_REQUIRE(open_groups_ == 0, ErrorKind::Internal, "{} SVG group(s) left open",
                  open_groups_);
    auto out = fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hague-chart\" data-chart=\"{0}\" "
        "width=\"{1}\" height=\"{2}\" viewBox=\"0 0 {1} {2}\" role=\"img\" "
        "aria-labelledby=\"{5}-title {5}-desc\" "
        "font-family=\"'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif\">\n"
        "<title id=\"{5}-title\">{3}</title>\n<desc id=\"{5}-desc\">{4}</desc>\n"
        "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        escape_xml(kind_), coord(width_), coord(std::ceil(height)), escape_xml(title_),
        escape_xml(description_), escape_xml(id_base_));
    out += out_;
    out += "</svg>\n";
    out_.clear();
    return out;
}

} // namespace hague::report
