#pragma once
// The HTTP API as a pure function: a request in, a response out, no sockets. The network layer
// (http_server.hpp) feeds it; tests call it directly.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "hague/app/service.hpp"

namespace hague::server {

class Query; // a parsed query string (router.cpp)

/// What the router reads of an HTTP request.
struct HttpRequest {
    std::string method;               ///< "GET", "HEAD", "POST", ...
    std::string target;               ///< path and query, as sent: "/api/v1/status?year=2024"
    std::string accept;               ///< the Accept header
    std::string accept_language;      ///< the Accept-Language header
    std::string if_none_match;        ///< the If-None-Match header
    std::string body;                 ///< POST bodies (plan/check)
    std::string accept_encoding = {}; ///< the Accept-Encoding header ("gzip" compresses)
};

/// What the router answers.
struct HttpResponse {
    int status = 200;
    std::string content_type;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers; ///< beyond Content-Type
};

/// The server's bounds (docs/api.md, "Limits").
struct Limits {
    std::uint64_t max_paths = 1'000'000; ///< simulated paths per request
    unsigned max_simulations = 2;        ///< simulations running at once; more get 429
    std::size_t cache_bytes = 64u << 20; ///< responses kept for reuse, in bytes of body
    std::size_t max_body = 64u << 10;    ///< POST body
    unsigned deadline_ms = 10'000;       ///< a simulation running longer is stopped: 503
    unsigned store_check_ms = 1'000;     ///< how often the store is asked whether it changed
};

/// Answers the API (/api/v1/...) and the charts (/chart/KIND.svg) from one Service. Every method
/// is const and safe to call from many threads at once.
class Router {
  public:
    Router(const app::Service& service, Limits limits);
    [[nodiscard]] HttpResponse handle(const HttpRequest& request) const;
    /// The answer when it costs nothing to give: a cached response (or its 304), or 429 for a
    /// simulation when every slot is taken. nullopt when the request must be computed (handle).
    /// The network layer calls this on its I/O threads and handle() on its compute threads.
    [[nodiscard]] std::optional<HttpResponse> answer_now(const HttpRequest& request) const;

    /// Responses served from the cache, and computed, since the router was built.
    [[nodiscard]] std::uint64_t cache_hits() const noexcept { return hits_; }
    [[nodiscard]] std::uint64_t cache_misses() const noexcept { return misses_; }

  private:
    /// A computed response, kept for reuse: figures depend only on (edition, parameters, hague
    /// version), and the snapshots never change under a running server.
    struct Cached {
        HttpResponse response;
        std::string etag;
        /// The body gzipped, when it is text worth compressing (1 KiB or more); "" otherwise.
        std::string gzipped;
    };
    [[nodiscard]] std::shared_ptr<const Cached> lookup(const std::string& key) const;
    void remember(const std::string& key, std::shared_ptr<const Cached> value) const;
    [[nodiscard]] HttpResponse compute(const HttpRequest& request, const Query& query,
                                       i18n::Language language) const;
    /// The cache key of a request, or "" when the request is not cacheable.
    [[nodiscard]] std::string cache_key(const HttpRequest& request, i18n::Language language,
                                        const std::string& canonical_query) const;
    /// The cached answer to `request` with its headers (304 when If-None-Match matches).
    [[nodiscard]] HttpResponse from_cache(const HttpRequest& request, const Cached& c) const;

    /// Once per Limits::store_check_ms at most: if another process wrote to the store (an import
    /// while the server runs), the library forgets its snapshots and the cache keys move on (they
    /// carry the library's epoch), so the next answer comes from the new store.
    void notice_imports() const;

    const app::Service& service_;
    Limits limits_;
    mutable std::atomic<std::int64_t> next_store_check_{0}; ///< steady clock, in ms
    mutable std::atomic<unsigned> simulations_{0};
    mutable std::atomic<std::uint64_t> hits_{0}, misses_{0};
    // An LRU of responses bounded in bytes.
    mutable std::mutex cache_mutex_;
    mutable std::list<std::pair<std::string, std::shared_ptr<const Cached>>> lru_;
    mutable std::unordered_map<std::string, decltype(lru_)::iterator> index_;
    mutable std::size_t cached_bytes_ = 0;
};

/// `text` as a JSON string literal, quotes included (", \ and control characters escaped).
[[nodiscard]] std::string json_string(std::string_view text);

/// The one error shape: `{"error": {"code", "field" (null when empty), "message"}}`, as JSON.
[[nodiscard]] HttpResponse json_error(int status, std::string_view code, std::string_view field,
                                      std::string_view message);

/// The first language of an Accept-Language header that hague speaks ("fr-CH, fr;q=0.9" is
/// French), English when none.
[[nodiscard]] i18n::Language preferred_language(std::string_view accept_language);

/// The HTTP status of each ErrorKind (one table; a static_assert checks it covers every kind).
[[nodiscard]] int http_status(ErrorKind kind);

} // namespace hague::server
