#pragma once
// `hague serve`: the router behind an asynchronous HTTP/1.1 server (Boost.Beast over Asio).

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "server/router.hpp"

namespace hague::server {

/// How the server listens and what it tolerates.
struct ServerOptions {
    std::string host = "127.0.0.1"; ///< loopback unless told otherwise
    std::uint16_t port = 8080;      ///< 0: any free port (see Server::port)
    unsigned threads = 0;           ///< I/O threads (parsing, cached answers, 429s); 0: 2
    unsigned compute_threads = 0;   ///< threads that compute answers (simulations); 0: cores
    unsigned read_timeout_s = 10;   ///< a client has this long to send a request (slowloris)
    unsigned drain_timeout_s = 5;   ///< on SIGTERM/SIGINT, in-flight requests get this long
    std::size_t max_header = 8 * 1024;
    bool log = true; ///< one line per request on stderr
};

/// A running server: accepts on construction, serves until stop() or a signal.
class Server {
  public:
    Server(const Router& router, ServerOptions options);
    ~Server();
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;

    /// The port it listens on (the one the system chose when options.port was 0).
    [[nodiscard]] std::uint16_t port() const noexcept;
    /// Serves on options.threads threads until stop() or SIGTERM/SIGINT; returns when every
    /// thread is done.
    void run(bool handle_signals);
    /// Stops accepting, lets in-flight requests finish (at most drain_timeout_s), then returns
    /// from run(). Safe from any thread.
    void stop();

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace hague::server
