#include "net/host.hpp"
#include "net/loopback.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace hr::net;
using namespace hr::net::test;

TEST_CASE("a client connects to a server on an ephemeral port", "[net]") {
    Node server = server_node();
    Node client = client_node();
    REQUIRE(server.host.port() != 0);

    const auto linked = link(server, client, 1234);
    REQUIRE(linked);
    REQUIRE(linked->at_client != 0);
    REQUIRE(linked->at_server != 0);
    REQUIRE(server.of(EventType::Connect).back().code == 1234);
    REQUIRE(client.host.is_connected(linked->at_client));
    REQUIRE(server.host.is_connected(linked->at_server));
    REQUIRE(client.host.peer_count() == 1);
    REQUIRE(server.host.peer_count() == 1);

    REQUIRE(client.host.port() != 0);
    REQUIRE(server.host.address(linked->at_server) ==
            "127.0.0.1:" + std::to_string(client.host.port()));
    REQUIRE(client.host.address(linked->at_client) ==
            "127.0.0.1:" + std::to_string(server.host.port()));
    REQUIRE(client.host.round_trip_ms(linked->at_client).has_value());
}

TEST_CASE("two servers on port 0 get different ports", "[net]") {
    Node a = server_node();
    Node b = server_node();
    REQUIRE(a.host.port() != b.host.port());
}

TEST_CASE("bytes travel both ways on every channel", "[net]") {
    Node server = server_node(4, 3);
    Node client = client_node(3);
    const auto linked = link(server, client);
    REQUIRE(linked);

    for (std::uint8_t ch = 0; ch < 3; ++ch) {
        REQUIRE(client.host.send(linked->at_client, ch, text_bytes("up " + std::to_string(ch))));
        REQUIRE(server.host.send(linked->at_server, ch, text_bytes("down " + std::to_string(ch))));
    }
    REQUIRE(pump({&server, &client}, [&] {
        return server.count(EventType::Receive) == 3 && client.count(EventType::Receive) == 3;
    }));
    for (const auto& e : server.of(EventType::Receive)) {
        REQUIRE(e.peer == linked->at_server);
        REQUIRE(e.bytes == text_bytes("up " + std::to_string(e.channel)));
    }
    for (const auto& e : client.of(EventType::Receive)) {
        REQUIRE(e.peer == linked->at_client);
        REQUIRE(e.bytes == text_bytes("down " + std::to_string(e.channel)));
    }
}

TEST_CASE("an empty packet arrives as an empty packet", "[net]") {
    Node server = server_node();
    Node client = client_node();
    const auto linked = link(server, client);
    REQUIRE(linked);
    REQUIRE(client.host.send(linked->at_client, 0, {}));
    REQUIRE(pump({&server, &client}, [&] { return server.count(EventType::Receive) == 1; }));
    REQUIRE(server.of(EventType::Receive)[0].bytes.empty());
}

TEST_CASE("reliable packets arrive in order within a channel", "[net]") {
    const auto seed = GENERATE(1u, 2u, 3u);
    std::mt19937 random(seed);
    Node server = server_node();
    Node client = client_node();
    const auto linked = link(server, client);
    REQUIRE(linked);

    // Sizes from one byte to several MTUs, so that fragmented and whole packets interleave.
    std::vector<std::vector<std::uint8_t>> sent;
    for (std::uint32_t i = 0; i < 300; ++i) {
        std::vector<std::uint8_t> packet(4 + random() % 5000);
        for (int b = 0; b < 4; ++b) {
            packet[static_cast<std::size_t>(b)] = static_cast<std::uint8_t>(i >> (8 * b));
        }
        for (std::size_t k = 4; k < packet.size(); ++k) {
            packet[k] = static_cast<std::uint8_t>(random());
        }
        REQUIRE(client.host.send(linked->at_client, 1, packet));
        sent.push_back(std::move(packet));
        if (i % 50 == 0) {
            client.host.flush();
        }
    }
    REQUIRE(
        pump({&server, &client}, [&] { return server.count(EventType::Receive) == sent.size(); }));
    const auto received = server.of(EventType::Receive);
    for (std::size_t i = 0; i < sent.size(); ++i) {
        INFO("packet " << i);
        REQUIRE(received[i].channel == 1);
        REQUIRE(received[i].bytes == sent[i]);
    }
}

TEST_CASE("unreliable packets can be sent and do arrive over loopback", "[net]") {
    Node server = server_node();
    Node client = client_node();
    const auto linked = link(server, client);
    REQUIRE(linked);
    // Loss is allowed, so keep sending until one gets through.
    REQUIRE(pump({&server, &client}, [&] {
        client.host.send(linked->at_client, 0, text_bytes("ping"), Delivery::Unreliable);
        return server.count(EventType::Receive) > 0;
    }));
    REQUIRE(server.of(EventType::Receive)[0].bytes == text_bytes("ping"));
}

TEST_CASE("fifty clients connect to one server and each is heard", "[net]") {
    constexpr std::size_t kClients = 50;
    Node server = server_node(kClients);
    std::vector<Node> clients;
    std::vector<PeerId> ids;
    for (std::size_t i = 0; i < kClients; ++i) {
        clients.push_back(client_node());
        const auto id = clients.back().host.connect("127.0.0.1", server.host.port(),
                                                    static_cast<std::uint32_t>(i));
        REQUIRE(id);
        ids.push_back(*id);
    }
    std::vector<Node*> all{&server};
    for (auto& c : clients) {
        all.push_back(&c);
    }
    REQUIRE(pump(all, [&] { return server.count(EventType::Connect) == kClients; }));
    REQUIRE(server.host.peer_count() == kClients);

    // Every server-side id is distinct, and the connect code says which client it is.
    std::set<PeerId> server_ids;
    std::set<std::uint32_t> codes;
    for (const auto& e : server.of(EventType::Connect)) {
        server_ids.insert(e.peer);
        codes.insert(e.code);
    }
    REQUIRE(server_ids.size() == kClients);
    REQUIRE(codes.size() == kClients);

    REQUIRE(pump(all, [&] {
        for (std::size_t i = 0; i < kClients; ++i) {
            if (clients[i].count(EventType::Connect) != 1) {
                return false;
            }
        }
        return true;
    }));
    for (std::size_t i = 0; i < kClients; ++i) {
        REQUIRE(clients[i].host.send(ids[i], 0, text_bytes("client " + std::to_string(i))));
    }
    REQUIRE(pump(all, [&] { return server.count(EventType::Receive) == kClients; }));
    std::set<std::vector<std::uint8_t>> heard;
    for (const auto& e : server.of(EventType::Receive)) {
        heard.insert(e.bytes);
    }
    REQUIRE(heard.size() == kClients);

    REQUIRE(server.host.broadcast(1, text_bytes("to all")) == kClients);
    REQUIRE(pump(all, [&] {
        for (const auto& c : clients) {
            if (c.count(EventType::Receive) != 1) {
                return false;
            }
        }
        return true;
    }));
    for (const auto& c : clients) {
        REQUIRE(c.of(EventType::Receive)[0].bytes == text_bytes("to all"));
        REQUIRE(c.of(EventType::Receive)[0].channel == 1);
    }
}

TEST_CASE("a peer id is never given to a later peer", "[net]") {
    Node server = server_node(1);
    std::set<PeerId> seen;
    for (int round = 0; round < 3; ++round) {
        Node client = client_node();
        const auto linked = link(server, client);
        REQUIRE(linked);
        REQUIRE(seen.insert(linked->at_server).second);
        client.host.disconnect(linked->at_client);
        REQUIRE(pump({&server, &client},
                     [&] { return server.count(EventType::Disconnect, linked->at_server) == 1; }));
    }
    REQUIRE(seen.size() == 3);
}
