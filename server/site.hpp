#pragma once
// `hague site -o DIR`: every read-only answer of the API and every chart, for every edition and
// language, written as static files that any web server or CDN can serve at the API's own URLs
// (docs/deploy.md, "A static copy").

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "server/router.hpp"

namespace hague::server {

/// The URLs (path and query, parameters in name order) a static copy holds: for each edition
/// and for none (the newest), and for each language and for none (English), every endpoint with
/// its defaults, as JSON, CSV and .metadata.json; `show` and `trend` for every ally; every chart
/// as SVG, PNG and CSV; diff and path-check for every pair of editions. plan/check (POST) and
/// other parameters are the live server's.
[[nodiscard]] std::vector<std::string> site_urls(const app::Service& service);

/// Where a URL's answer lives under the site's directory: the path for a URL without a query
/// ("/api/v1/status" -> "api/v1/status"), else under q/<query> ("/api/v1/status?lang=de" ->
/// "q/lang=de/api/v1/status"); a path ending in '/' gets "index.json".
[[nodiscard]] std::filesystem::path site_file(std::string_view url);

struct SiteSummary {
    std::size_t files = 0;   ///< answers written (status 200)
    std::uint64_t bytes = 0; ///< their size
    std::size_t skipped = 0; ///< URLs the edition cannot answer (listed in site.json)
    double seconds = 0;
};

/// Writes the site to `dir` with `threads` threads: built beside it and renamed into place, so
/// `dir` is the old site or the whole new one. A `dir` that exists, is not empty and holds no
/// site.json (a previous site) is refused. site.json lists the editions, languages, file count
/// and every URL left out with its status and reason.
SiteSummary write_site(const app::Service& service, const std::filesystem::path& dir,
                       unsigned threads);

} // namespace hague::server
