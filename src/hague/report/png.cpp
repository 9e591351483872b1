#include "hague/report/png.hpp"

#include <cmath>
#include <memory>
#include <string>

#include <cairo.h>
#include <librsvg/rsvg.h>

#include "hague/core/error.hpp"
#include "hague/io/shared_library.hpp"

namespace hague::report {

namespace {

/// librsvg and cairo, loaded on the first PNG: linking them would load about 40 shared libraries
/// (GLib, Pango, X11 ...) at every start of every command, some 9 ms, for the few that draw a
/// PNG. The headers give each function's type; dlsym on librsvg's handle finds cairo and GLib
/// among its dependencies.
struct Rsvg {
    decltype(&rsvg_handle_new_from_data) new_from_data = nullptr;
    decltype(&rsvg_handle_get_intrinsic_size_in_pixels) size_in_pixels = nullptr;
    decltype(&rsvg_handle_render_document) render_document = nullptr;
    decltype(&g_object_unref) object_unref = nullptr;
    decltype(&g_error_free) error_free = nullptr;
    decltype(&cairo_image_surface_create) surface_create = nullptr;
    decltype(&cairo_surface_destroy) surface_destroy = nullptr;
    decltype(&cairo_surface_flush) surface_flush = nullptr;
    decltype(&cairo_surface_write_to_png_stream) write_png = nullptr;
    decltype(&cairo_create) create = nullptr;
    decltype(&cairo_destroy) destroy = nullptr;
    decltype(&cairo_set_source_rgb) set_source_rgb = nullptr;
    decltype(&cairo_paint) paint = nullptr;
    std::string missing; ///< why it could not be loaded; empty once loaded
};

constexpr const char* rsvg_library = "librsvg-2.so.2";

const Rsvg& rsvg() {
    static const Rsvg loaded = [] {
        Rsvg r;
        io::SharedLibrary lib(rsvg_library); // cairo and GLib come in as its dependencies
        lib.bind(r.new_from_data, "rsvg_handle_new_from_data");
        lib.bind(r.size_in_pixels, "rsvg_handle_get_intrinsic_size_in_pixels");
        lib.bind(r.render_document, "rsvg_handle_render_document");
        lib.bind(r.object_unref, "g_object_unref");
        lib.bind(r.error_free, "g_error_free");
        lib.bind(r.surface_create, "cairo_image_surface_create");
        lib.bind(r.surface_destroy, "cairo_surface_destroy");
        lib.bind(r.surface_flush, "cairo_surface_flush");
        lib.bind(r.write_png, "cairo_surface_write_to_png_stream");
        lib.bind(r.create, "cairo_create");
        lib.bind(r.destroy, "cairo_destroy");
        lib.bind(r.set_source_rgb, "cairo_set_source_rgb");
        lib.bind(r.paint, "cairo_paint");
        r.missing = lib.missing();
        return r;
    }();
    HAGUE_REQUIRE(loaded.missing.empty(), ErrorKind::Io,
                  "PNG output needs librsvg ({}), which cannot be loaded: {}; SVG output does "
                  "not need it",
                  rsvg_library, loaded.missing);
    return loaded;
}

struct GObjectDeleter {
    void operator()(gpointer p) const { rsvg().object_unref(p); }
};
struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { rsvg().surface_destroy(s); }
};
struct CairoDeleter {
    void operator()(cairo_t* c) const { rsvg().destroy(c); }
};

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

[[noreturn]] void fail(GError* error, std::string_view what) {
    const std::string message = error ? error->message : "unknown error";
    if (error)
        rsvg().error_free(error);
    throw Error(ErrorKind::Internal, std::string(what) + ": " + message);
}

} // namespace

void check_png_scale(int scale) {
    HAGUE_CHECK_FIELD(scale >= 1 && scale <= max_png_scale, ErrorKind::InvalidInput, "scale",
                      "err_scale_outside", "{} {} is outside 1-{}", scale, max_png_scale);
}

std::string svg_to_png(std::string_view svg, int scale) {
    check_png_scale(scale);
    const Rsvg& r = rsvg();
    GError* error = nullptr;
    const std::unique_ptr<RsvgHandle, GObjectDeleter> handle(
        r.new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
    if (!handle)
        fail(error, "librsvg cannot read the chart");
    double width = 0, height = 0;
    if (!r.size_in_pixels(handle.get(), &width, &height) || width <= 0 || height <= 0)
        throw Error(ErrorKind::Internal, "the chart has no size in pixels");
    const int w = static_cast<int>(std::ceil(width * scale));
    const int h = static_cast<int>(std::ceil(height * scale));
    const std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface(
        r.surface_create(CAIRO_FORMAT_RGB24, w, h));
    const std::unique_ptr<cairo_t, CairoDeleter> cr(r.create(surface.get()));
    r.set_source_rgb(cr.get(), 1, 1, 1);
    r.paint(cr.get());
    const RsvgRectangle viewport{0, 0, static_cast<double>(w), static_cast<double>(h)};
    if (!r.render_document(handle.get(), cr.get(), &viewport, &error))
        fail(error, "librsvg cannot draw the chart");
    r.surface_flush(surface.get());
    std::string png;
    if (r.write_png(surface.get(), append, &png) != CAIRO_STATUS_SUCCESS)
        throw Error(ErrorKind::Internal, "cairo cannot encode the PNG");
    return png;
}

} // namespace hague::report
