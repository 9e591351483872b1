// The real server on an ephemeral loopback port: HTTP framing, keep-alive, HEAD, size limits,
// slow clients and a clean stop.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "server/http_server.hpp"
#include "support/service_fixture.hpp"

namespace hague::server {

namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class HttpTest : public hague::testing::ServiceFixture {
  protected:
    void SetUp() override {
        ServerOptions options;
        options.port = 0; // any free port
        options.threads = 2;
        options.read_timeout_s = 1;
        options.drain_timeout_s = 2;
        options.log = false;
        server_ = std::make_unique<Server>(router_, options);
        thread_ = std::thread([this] { server_->run(false); });
    }
    void TearDown() override {
        server_->stop();
        thread_.join();
    }

    /// One request on a fresh connection (or `stream` when given): the response.
    http::response<http::string_body> send(http::verb verb, const std::string& target,
                                           const std::string& body = {},
                                           beast::tcp_stream* stream = nullptr) {
        net::io_context ioc;
        std::optional<beast::tcp_stream> own;
        if (!stream) {
            own.emplace(ioc);
            own->connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
            stream = &*own;
        }
        http::request<http::string_body> req{verb, target, 11};
        req.set(http::field::host, "127.0.0.1");
        req.body() = body;
        req.prepare_payload();
        http::write(*stream, req);
        beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.skip(verb == http::verb::head);
        http::read(*stream, buffer, parser);
        return parser.release();
    }

    Router router_{service_, Limits{}};
    std::unique_ptr<Server> server_;
    std::thread thread_;
};

} // namespace

TEST_F(HttpTest, serves_json_with_its_headers) {
    const auto r = send(http::verb::get, "/api/v1/status?year=2024");
    EXPECT_EQ(r.result_int(), 200);
    EXPECT_EQ(r[http::field::content_type], "application/json; charset=utf-8");
    EXPECT_EQ(r["X-Content-Type-Options"], "nosniff");
    EXPECT_FALSE(r[http::field::etag].empty());
    EXPECT_NE(r.body().find("\"at_or_above_2pct\": 17"), std::string::npos);
}

TEST_F(HttpTest, keeps_a_connection_alive_across_requests) {
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(send(http::verb::get, "/api/v1/editions", {}, &stream).result_int(), 200);
}

TEST_F(HttpTest, head_has_the_length_and_no_body) {
    const auto get = send(http::verb::get, "/api/v1/facts");
    const auto head = send(http::verb::head, "/api/v1/facts");
    EXPECT_EQ(head.result_int(), 200);
    EXPECT_EQ(head[http::field::content_length], std::to_string(get.body().size()));
    EXPECT_TRUE(head.body().empty());
}

// Headers beyond 8 KiB get 431; a body beyond 64 KiB gets 413: neither reaches the router.
TEST_F(HttpTest, oversized_requests_are_refused) {
    EXPECT_EQ(send(http::verb::get, "/api/v1/status?" + std::string(9000, 'a')).result_int(), 431);
    EXPECT_EQ(
        send(http::verb::post, "/api/v1/plan/check", std::string(70 * 1024, '#')).result_int(),
        413);
}

// Clients that open connections and send nothing (256 of them, a slowloris attack) are dropped
// after the read timeout (1 s here), and do not keep others from being served meanwhile.
TEST_F(HttpTest, a_silent_client_is_dropped_and_others_are_served) {
    net::io_context ioc;
    std::vector<std::unique_ptr<tcp::socket>> idle;
    for (int i = 0; i < 256; ++i) {
        idle.push_back(std::make_unique<tcp::socket>(ioc));
        idle.back()->connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), server_->port()));
    }
    EXPECT_EQ(send(http::verb::get, "/api/v1/editions").result_int(), 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    char byte = 0;
    beast::error_code ec;
    idle.front()->read_some(net::buffer(&byte, 1), ec);
    EXPECT_EQ(ec, net::error::eof); // the server closed it
}

} // namespace hague::server
