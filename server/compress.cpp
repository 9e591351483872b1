#include "server/compress.hpp"

#include <stdexcept>

#include <zlib.h>

namespace hague::server {

std::string gzip(std::string_view data) {
    z_stream z{};
    // 15 window bits, +16 for a gzip header and trailer; memory level 8 (zlib's default).
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("zlib: deflateInit2 failed");
    std::string out(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    const auto written = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        throw std::runtime_error("zlib: deflate did not finish");
    out.resize(written);
    return out;
}

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if ((a[i] | 0x20) != (b[i] | 0x20))
            return false;
    return true;
}

} // namespace

bool accepts_gzip(std::string_view header) {
    std::size_t start = 0;
    while (start < header.size()) {
        auto end = header.find(',', start);
        if (end == std::string_view::npos)
            end = header.size();
        auto item = header.substr(start, end - start);
        const auto semi = item.find(';');
        const auto coding = trim(item.substr(0, semi));
        if (iequals(coding, "gzip") || coding == "*") {
            if (semi == std::string_view::npos)
                return true;
            // q=0 (or 0.0, 0.000) refuses it.
            auto q = trim(item.substr(semi + 1));
            if (q.size() >= 2 && (q[0] | 0x20) == 'q' && q[1] == '=') {
                q.remove_prefix(2);
                return q.find_first_not_of("0.") != std::string_view::npos;
            }
            return true;
        }
        start = end + 1;
    }
    return false;
}

bool compressible(std::string_view type) {
    return type.starts_with("text/") || type.starts_with("application/json") ||
           type.starts_with("image/svg+xml");
}

} // namespace hague::server
