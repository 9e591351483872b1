#include "server/http_server.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <optional>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <fmt/format.h>

#include "hague/core/error.hpp"

namespace hague::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

/// State every connection shares.
struct Shared {
    const Router& router;
    const ServerOptions& options;
    net::thread_pool& compute; ///< where answers that cost something are computed
    std::atomic<bool> stopping{false};
    std::atomic<int> sessions{0};
    std::function<void()> on_idle; ///< called when stopping and the last session ends
};

/// One connection: read a request, answer it, repeat while the client keeps it alive.
class Session : public std::enable_shared_from_this<Session> {
  public:
    Session(tcp::socket socket, Shared& shared) : stream_(std::move(socket)), shared_(shared) {
        ++shared_.sessions;
    }
    ~Session() {
        if (--shared_.sessions == 0 && shared_.stopping && shared_.on_idle)
            shared_.on_idle();
    }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    void start() {
        net::dispatch(stream_.get_executor(),
                      beast::bind_front_handler(&Session::read, shared_from_this()));
    }

  private:
    void read() {
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(shared_.options.max_header));
        parser_->body_limit(64 * 1024);
        // A client that does not send a whole request in time is dropped (slowloris).
        stream_.expires_after(std::chrono::seconds(shared_.options.read_timeout_s));
        http::async_read(stream_, buffer_, *parser_,
                         beast::bind_front_handler(&Session::on_read, shared_from_this()));
    }

    void on_read(beast::error_code ec, std::size_t) {
        if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
            ec == net::error::operation_aborted)
            return close();
        if (ec == http::error::header_limit || ec == http::error::body_limit ||
            ec == http::error::buffer_overflow) {
            return reject(ec == http::error::body_limit ? 413 : 431,
                          ec == http::error::body_limit ? "the body is larger than 64 KiB"
                                                        : "the request line or headers are "
                                                          "larger than 8 KiB");
        }
        if (ec)
            return reject(400, "malformed HTTP request");
        const auto started = std::chrono::steady_clock::now();
        const auto& req = parser_->get();
        HttpRequest request{std::string(req.method_string()),
                            std::string(req.target()),
                            std::string(req[http::field::accept]),
                            std::string(req[http::field::accept_language]),
                            std::string(req[http::field::if_none_match]),
                            req.body(),
                            std::string(req[http::field::accept_encoding])};
        const auto version = req.version();
        const bool keep_alive = req.keep_alive();
        const bool head = req.method() == http::verb::head;
        // Cached answers and 429s are given on this I/O thread at once; anything to compute
        // goes to the compute pool, so a simulation never holds up a cached answer.
        if (auto now = shared_.router.answer_now(request))
            return respond(std::move(*now), version, keep_alive, head, request.method,
                           request.target, started);
        net::post(shared_.compute, [self = shared_from_this(), request = std::move(request),
                                    version, keep_alive, head, started]() mutable {
            auto answer = self->shared_.router.handle(request);
            net::post(self->stream_.get_executor(),
                      [self, answer = std::move(answer), request = std::move(request), version,
                       keep_alive, head, started]() mutable {
                          self->respond(std::move(answer), version, keep_alive, head,
                                        request.method, request.target, started);
                      });
        });
    }

    void respond(HttpResponse answer, unsigned version, bool keep_alive, bool head,
                 const std::string& method, const std::string& target,
                 std::chrono::steady_clock::time_point started) {
        auto res = std::make_shared<http::response<http::string_body>>(
            static_cast<http::status>(answer.status), version);
        res->set(http::field::server, "hague");
        if (!answer.content_type.empty())
            res->set(http::field::content_type, answer.content_type);
        for (const auto& [name, value] : answer.headers)
            res->set(name, value);
        const auto bytes = answer.body.size();
        res->body() = head ? std::string() : std::move(answer.body);
        res->prepare_payload();
        if (head)
            res->content_length(bytes);
        res->keep_alive(keep_alive && !shared_.stopping);
        if (shared_.options.log) {
            const auto us = std::chrono::duration_cast<std::chrono::microseconds>(
                                std::chrono::steady_clock::now() - started)
                                .count();
            std::fprintf(
                stderr, "%s\n",
                fmt::format("{} {} {} {} {}us", method, target, answer.status, bytes, us).c_str());
        }
        response_ = res;
        const bool close_after = !res->keep_alive();
        http::async_write(
            stream_, *res,
            [self = shared_from_this(), close_after](beast::error_code ec, std::size_t) {
                self->response_.reset();
                if (ec || close_after)
                    return self->close();
                self->read();
            });
    }

    void reject(int status, const char* message) {
        auto answer = json_error(status, "invalid_input", "", message);
        respond(std::move(answer), 11, false, false, "-", "-", std::chrono::steady_clock::now());
    }

    void close() {
        beast::error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::shared_ptr<http::response<http::string_body>> response_;
    Shared& shared_;
};

} // namespace

struct Server::Impl {
    Impl(const Router& router, ServerOptions opts)
        : options(std::move(opts)), threads(options.threads ? options.threads : 2),
          compute_threads(options.compute_threads
                              ? options.compute_threads
                              : std::max(1u, std::thread::hardware_concurrency())),
          ioc(static_cast<int>(threads)), compute(compute_threads), acceptor(ioc), signals(ioc),
          drain(ioc), shared{router, options, compute, {}, {}, {}} {
        beast::error_code ec;
        const auto address = net::ip::make_address(options.host, ec);
        HAGUE_CHECK_FIELD(!ec, ErrorKind::InvalidInput, "host", "err_bad_host",
                          "{} '{}' is not an IP address (such as 127.0.0.1 or ::1)", options.host);
        const tcp::endpoint endpoint(address, options.port);
        acceptor.open(endpoint.protocol(), ec);
        if (!ec)
            acceptor.set_option(net::socket_base::reuse_address(true), ec);
        if (!ec)
            acceptor.bind(endpoint, ec);
        if (!ec)
            acceptor.listen(net::socket_base::max_listen_connections, ec);
        HAGUE_REQUIRE(!ec, ErrorKind::Io, "cannot listen on {}:{}: {}", options.host, options.port,
                      ec.message());
        shared.on_idle = [this] { net::post(ioc, [this] { ioc.stop(); }); };
    }

    void accept() {
        acceptor.async_accept(
            net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
                if (ec == net::error::operation_aborted || shared.stopping)
                    return; // closed by stop()
                if (ec) {
                    // Out of descriptors (EMFILE), or a connection reset before it was
                    // accepted: try again shortly instead of never accepting again.
                    if (options.log)
                        std::fprintf(stderr, "hague: accept failed: %s\n", ec.message().c_str());
                    retry.expires_after(std::chrono::milliseconds(100));
                    retry.async_wait([this](beast::error_code e) {
                        if (!e)
                            accept();
                    });
                    return;
                }
                socket.set_option(tcp::no_delay(true), ec);
                std::make_shared<Session>(std::move(socket), shared)->start();
                accept();
            });
    }

    void begin_stop() {
        if (shared.stopping.exchange(true))
            return;
        beast::error_code ec;
        acceptor.close(ec);
        signals.cancel(ec);
        retry.cancel();
        if (shared.sessions == 0) {
            ioc.stop();
            return;
        }
        drain.expires_after(std::chrono::seconds(options.drain_timeout_s));
        drain.async_wait([this](beast::error_code) { ioc.stop(); });
    }

    ServerOptions options;
    unsigned threads;
    unsigned compute_threads;
    net::io_context ioc;
    net::thread_pool compute;
    tcp::acceptor acceptor;
    net::signal_set signals;
    net::steady_timer drain;
    net::steady_timer retry{ioc}; ///< the next accept after a failed one
    Shared shared;
};

Server::Server(const Router& router, ServerOptions options)
    : impl_(std::make_unique<Impl>(router, std::move(options))) {}

Server::~Server() = default;

std::uint16_t Server::port() const noexcept {
    return impl_->acceptor.local_endpoint().port();
}

void Server::run(bool handle_signals) {
    auto& m = *impl_;
    if (handle_signals) {
        m.signals.add(SIGINT);
        m.signals.add(SIGTERM);
        m.signals.async_wait([this](beast::error_code ec, int) {
            if (!ec)
                impl_->begin_stop();
        });
    }
    m.accept();
    std::vector<std::thread> pool;
    for (unsigned i = 1; i < m.threads; ++i)
        pool.emplace_back([&m] { m.ioc.run(); });
    m.ioc.run();
    for (auto& t : pool)
        t.join();
    m.compute.join(); // answers still computing finish; nobody is left to send them
}

void Server::stop() {
    net::post(impl_->ioc, [this] { impl_->begin_stop(); });
}

} // namespace hague::server
