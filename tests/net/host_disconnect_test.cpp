#include "net/host.hpp"
#include "net/loopback.hpp"

#include <catch2/catch.hpp>

#include <optional>

using namespace hr::net;
using namespace hr::net::test;

namespace {

// A port where nobody listens: one a server had a moment ago.
std::uint16_t dead_port() {
    const Host gone = Host::server("127.0.0.1", 0);
    return gone.port();
}

} // namespace

TEST_CASE("a graceful disconnect is seen by both sides, with its code", "[net]") {
    Node server = server_node();
    Node client = client_node();
    const auto linked = link(server, client);
    REQUIRE(linked);

    client.host.disconnect(linked->at_client, 42);
    REQUIRE_FALSE(client.host.is_connected(linked->at_client));
    REQUIRE(pump({&server, &client}, [&] {
        return server.count(EventType::Disconnect) == 1 && client.count(EventType::Disconnect) == 1;
    }));
    const auto at_server = server.of(EventType::Disconnect)[0];
    REQUIRE(at_server.peer == linked->at_server);
    REQUIRE(at_server.code == 42);
    REQUIRE(client.of(EventType::Disconnect)[0].peer == linked->at_client);
    REQUIRE(server.host.peer_count() == 0);
    REQUIRE_FALSE(server.host.address(linked->at_server));
}

TEST_CASE("packets queued before a disconnect still arrive ahead of it", "[net]") {
    Node server = server_node();
    Node client = client_node();
    const auto linked = link(server, client);
    REQUIRE(linked);

    for (int i = 0; i < 3; ++i) {
        REQUIRE(server.host.send(linked->at_server, 0, text_bytes("last words")));
    }
    server.host.disconnect(linked->at_server, 7);
    REQUIRE(pump({&server, &client}, [&] { return client.count(EventType::Disconnect) == 1; }));
    REQUIRE(client.count(EventType::Receive) == 3);
    REQUIRE(client.events.back().type == EventType::Disconnect);
    REQUIRE(client.events.back().code == 7);
}

TEST_CASE("packets from a peer being disconnected are not reported", "[net]") {
    Node server = server_node();
    Node client = client_node();
    const auto linked = link(server, client);
    REQUIRE(linked);

    // On loopback the datagram is in the server's socket before flush returns.
    REQUIRE(client.host.send(linked->at_client, 0, text_bytes("too late")));
    client.host.flush();
    server.host.disconnect(linked->at_server);
    REQUIRE_FALSE(server.host.send(linked->at_server, 0, text_bytes("nor this")));
    REQUIRE(pump({&server, &client}, [&] { return server.count(EventType::Disconnect) == 1; }));
    REQUIRE(server.count(EventType::Receive) == 0);
}

TEST_CASE("disconnect_now reaches the other side and reports nothing here", "[net]") {
    Node server = server_node();
    Node client = client_node();
    const auto linked = link(server, client);
    REQUIRE(linked);

    client.host.disconnect_now(linked->at_client, 9);
    REQUIRE_FALSE(client.host.is_connected(linked->at_client));
    REQUIRE(pump({&server, &client}, [&] { return server.count(EventType::Disconnect) == 1; }));
    REQUIRE(client.count(EventType::Disconnect) == 0);
    // The goodbye is unacknowledged, so a lost one ends in a timeout (code 0) instead.
    const auto code = server.of(EventType::Disconnect)[0].code;
    REQUIRE((code == 9 || code == 0));
}

TEST_CASE("a peer that vanishes without a word is detected by timeout", "[net]") {
    Node server = server_node();
    std::optional<Node> client = client_node();
    const auto linked = link(server, *client);
    REQUIRE(linked);

    client.reset(); // the process is gone: nothing is sent
    REQUIRE(pump({&server}, [&] { return server.count(EventType::Disconnect) == 1; }));
    REQUIRE(server.of(EventType::Disconnect)[0].peer == linked->at_server);
    REQUIRE(server.of(EventType::Disconnect)[0].code == 0);
    REQUIRE(server.host.peer_count() == 0);
}

TEST_CASE("connecting where nobody listens ends in a Disconnect event", "[net]") {
    Node client = client_node();
    const auto id = client.host.connect("127.0.0.1", dead_port());
    REQUIRE(id);
    REQUIRE_FALSE(client.host.is_connected(*id));
    REQUIRE(client.host.address(*id).has_value()); // known while connecting
    REQUIRE(pump({&client}, [&] { return client.count(EventType::Disconnect, *id) == 1; }));
    REQUIRE(client.count(EventType::Connect) == 0);
}

TEST_CASE("disconnecting a peer that is still connecting reports exactly one Disconnect", "[net]") {
    Node client = client_node();
    const auto id = client.host.connect("127.0.0.1", dead_port());
    REQUIRE(id);
    client.host.disconnect(*id);
    client.host.disconnect(*id);
    pump(
        {&client}, [] { return false; }, 200);
    REQUIRE(client.count(EventType::Disconnect, *id) == 1);
    REQUIRE(client.events.size() == 1);
}

TEST_CASE("nothing can be sent to a peer that is gone or was never there", "[net]") {
    Node server = server_node();
    Node client = client_node();
    const auto linked = link(server, client);
    REQUIRE(linked);
    client.host.disconnect_now(linked->at_client);

    REQUIRE_FALSE(client.host.send(linked->at_client, 0, text_bytes("x")));
    REQUIRE_FALSE(client.host.send(linked->at_client + 1000, 0, text_bytes("x")));
    REQUIRE_FALSE(client.host.set_timeouts(linked->at_client, quick_timeouts()));
    REQUIRE_FALSE(client.host.round_trip_ms(linked->at_client));
    client.host.disconnect(linked->at_client); // unknown ids are ignored
    REQUIRE(client.host.poll().empty());
}
