#pragma once
// gzip for the server's answers (zlib): text compresses to a quarter or less, which is what puts
// the dashboard's first page under 150 KB on the wire.

#include <string>
#include <string_view>

namespace hague::server {

/// `data` as a gzip stream (RFC 1952) at zlib's default level.
[[nodiscard]] std::string gzip(std::string_view data);

/// True when an Accept-Encoding header accepts gzip ("gzip", "gzip, br", "*"), and does not
/// refuse it with q=0.
[[nodiscard]] bool accepts_gzip(std::string_view accept_encoding);

/// True for the types worth compressing: text, JSON, SVG, CSV and JavaScript (not PNG).
[[nodiscard]] bool compressible(std::string_view content_type);

} // namespace hague::server
