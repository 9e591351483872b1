#include "hague/report/png.hpp"

#include <cmath>
#include <memory>

#include <cairo.h>
#include <librsvg/rsvg.h>

#include "hague/core/error.hpp"

namespace hague::report {

namespace {

struct GObjectDeleter {
    void operator()(gpointer p) const { g_object_unref(p); }
};
struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

[[noreturn]] void fail(GError* error, std::string_view what) {
    const std::string message = error ? error->message : "unknown error";
    if (error)
        g_error_free(error);
    throw Error(ErrorKind::Internal, std::string(what) + ": " + message);
}

} // namespace

void check_png_scale(int scale) {
    HAGUE_CHECK_FIELD(scale >= 1 && scale <= max_png_scale, ErrorKind::InvalidInput, "scale",
                      "err_scale_outside", "{} {} is outside 1-{}", scale, max_png_scale);
}

std::string svg_to_png(std::string_view svg, int scale) {
    check_png_scale(scale);
    GError* error = nullptr;
    const std::unique_ptr<RsvgHandle, GObjectDeleter> handle(
        rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
    if (!handle)
        fail(error, "librsvg cannot read the chart");
    double width = 0, height = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle.get(), &width, &height) || width <= 0 ||
        height <= 0)
        throw Error(ErrorKind::Internal, "the chart has no size in pixels");
    const int w = static_cast<int>(std::ceil(width * scale));
    const int h = static_cast<int>(std::ceil(height * scale));
    const std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
        cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h));
    const std::unique_ptr<cairo_t, CairoDeleter> cr(cairo_create(surface.get()));
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_paint(cr.get());
    const RsvgRectangle viewport{0, 0, static_cast<double>(w), static_cast<double>(h)};
    if (!rsvg_handle_render_document(handle.get(), cr.get(), &viewport, &error))
        fail(error, "librsvg cannot draw the chart");
    cairo_surface_flush(surface.get());
    std::string png;
    if (cairo_surface_write_to_png_stream(surface.get(), append, &png) != CAIRO_STATUS_SUCCESS)
        throw Error(ErrorKind::Internal, "cairo cannot encode the PNG");
    return png;
}

} // namespace hague::report
