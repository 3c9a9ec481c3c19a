#include "net/host.hpp"
#include "net/loopback.hpp"
#include "net/net_error.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <vector>

using namespace hr::net;
using namespace hr::net::test;

TEST_CASE("a host config out of ENet's range is refused", "[net]") {
    HostConfig c;
    SECTION("no peers") {
        c.max_peers = 0;
    }
    SECTION("more peers than ENet can number") {
        c.max_peers = kMaxPeers + 1;
    }
    SECTION("no channels") {
        c.channels = 0;
    }
    SECTION("more channels than ENet can number") {
        c.channels = kMaxChannels + 1;
    }
    SECTION("no room for any packet") {
        c.max_packet_size = 0;
    }
    REQUIRE_THROWS_AS(Host::client(c), NetError);
    REQUIRE_THROWS_AS(Host::server("127.0.0.1", 0, c), NetError);
}

TEST_CASE("the largest host ENet allows can be made", "[net]") {
    HostConfig c;
    c.max_peers = kMaxPeers;
    c.channels = kMaxChannels;
    c.incoming_bandwidth = 1000000;
    c.outgoing_bandwidth = 1000000;
    const Host server = Host::server("127.0.0.1", 0, c);
    REQUIRE(server.port() != 0);
}

TEST_CASE("a port already taken cannot be listened on again", "[net]") {
    const Host first = Host::server("127.0.0.1", 0);
    REQUIRE_THROWS_AS(Host::server("127.0.0.1", first.port()), NetError);
}

TEST_CASE("connect says no when every peer slot is taken", "[net]") {
    Node server = server_node();
    Node client = client_node(); // one peer slot
    REQUIRE(client.host.connect("127.0.0.1", server.host.port()));
    REQUIRE_FALSE(client.host.connect("127.0.0.1", server.host.port()));
}

TEST_CASE("a channel beyond the ones agreed is refused", "[net]") {
    Node server = server_node(4, 2);
    Node client = client_node(2);
    const auto linked = link(server, client);
    REQUIRE(linked);
    REQUIRE(client.host.send(linked->at_client, 1, text_bytes("ok")));
    REQUIRE_FALSE(client.host.send(linked->at_client, 2, text_bytes("no")));
    REQUIRE(server.host.broadcast(2, text_bytes("no")) == 0);
}

TEST_CASE("the sender refuses packets above its cap", "[net]") {
    HostConfig small = config(4);
    small.max_packet_size = 1000;
    Node server{Host::server("127.0.0.1", 0, small), {}};
    Node client = client_node();
    const auto linked = link(server, client);
    REQUIRE(linked);

    const std::vector<std::uint8_t> at_cap(1000, 0x5A);
    const std::vector<std::uint8_t> over_cap(1001, 0x5A);
    REQUIRE_FALSE(server.host.send(linked->at_server, 0, over_cap));
    REQUIRE(server.host.broadcast(0, over_cap) == 0);
    REQUIRE(server.host.send(linked->at_server, 0, at_cap));
    REQUIRE(pump({&server, &client}, [&] { return client.count(EventType::Receive) == 1; }));
    REQUIRE(client.of(EventType::Receive)[0].bytes == at_cap);
}

TEST_CASE("the receiver refuses packets above its cap at the transport", "[net]") {
    HostConfig small = config(4);
    small.max_packet_size = 1000;
    Node server{Host::server("127.0.0.1", 0, small), {}};
    Node client = client_node(); // its own cap is the default, far above 5000 bytes
    const auto linked = link(server, client);
    REQUIRE(linked);

    REQUIRE(client.host.send(linked->at_client, 0, std::vector<std::uint8_t>(5000, 0x33)));
    // The fragments are never acknowledged, so the sender gives up on the connection.
    REQUIRE(pump({&server, &client}, [&] { return client.count(EventType::Disconnect) == 1; }));
    REQUIRE(server.count(EventType::Receive) == 0);
}

TEST_CASE("a host asks the kernel for the socket buffers of its config", "[net]") {
    // Linux grants at most net.core.rmem_max and reports twice what it granted.
    std::ifstream limit("/proc/sys/net/core/rmem_max");
    std::size_t rmem_max = 0;
    limit >> rmem_max;
    REQUIRE(rmem_max > 0);
    const std::size_t asked =
        GENERATE(std::size_t{64 * 1024}, std::size_t{1024 * 1024}, std::size_t{3 * 1024 * 1024});
    HostConfig c;
    c.socket_buffer_bytes = asked;
    CHECK(Host::server("127.0.0.1", 0, c).socket_receive_buffer() == 2 * std::min(asked, rmem_max));
    CHECK(Host::client(c).socket_receive_buffer() == 2 * std::min(asked, rmem_max));
    // 0 leaves ENet's own 256 KB.
    CHECK(Host::client().socket_receive_buffer() ==
          2 * std::min(std::size_t{256 * 1024}, rmem_max));
}
