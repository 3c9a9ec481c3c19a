// Abuse by numbers: a flood of a thousand messages a second, hundreds of connections at once,
// join codes tried by brute force. The abuser is slowed down or cut off; the honest players play
// on and their game ends exactly as it would have in peace.
#include "e2e/hostile_room.hpp"
#include "net/host.hpp"

#include <chrono>
#include <thread>

using namespace hr;
using namespace hr::e2e;
using proto::ErrorCode;
using proto::MessageType;

namespace {

// A join code of the right shape that names no room here (codes never hold a 0 or a 1).
std::string wrong_code(int i) {
    std::string code = "ZZZ000";
    code[3] = static_cast<char>('A' + i % 26);
    code[4] = static_cast<char>('A' + (i / 26) % 26);
    return code;
}

} // namespace

TEST_CASE("a flood of a thousand messages a second is cut off, and what was acknowledged stays",
          "[e2e][hostile]") {
    TempDatabase db("hostile-flood");
    ServerProcess server(db.path);
    const std::vector<std::string> names{"Ana", "Bruno", "Eve"};
    const auto peace = peaceful_hash(server.port(), hostile_room(), names);
    Table t(server.port(), hostile_room(), names);
    t.start();
    Player& eve = t[2];
    // Eve's decision for round 1, sent over and over with rising sequence numbers, about a
    // thousand times a second until the server cuts her off.
    std::uint32_t sent = 0;
    for (int burst = 0; burst < 40 && !eve.client->disconnected(); ++burst) {
        for (int i = 0; i < 50; ++i) {
            eve.client->send(proto::SubmitDecision{++sent, scripted(eve.firm, 1)});
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        eve.client->pump([] { return false; }, 1);
    }
    REQUIRE(eve.client->pump([&] { return eve.client->disconnected(); }));
    const auto errors = eve.client->all<proto::Error>();
    CHECK(std::any_of(errors.begin(), errors.end(),
                      [](const auto& e) { return e.code == ErrorCode::RateLimited; }));
    // One error a second at most: the server does not flood back.
    CHECK(errors.size() < 10);
    const auto acks = eve.client->all<proto::DecisionAck>();
    REQUIRE_FALSE(acks.empty());
    CHECK(acks.size() < sent);
    // Eve comes back with her token: the decision stored for her firm is the last one she
    // was told was stored.
    eve.reconnect(server.port(), t.code());
    CHECK(eve.seq == acks.back().seq);
    const auto state = eve.client->all<proto::PrivateFirmStateMessage>().front().state;
    REQUIRE(state.decision.has_value());
    CHECK(*state.decision == scripted(eve.firm, 1));
    // Ana and Bruno play on, and the round is played with Eve's decision.
    t[0].play(1);
    t[1].play(1);
    const auto results = t[0].client->wait<proto::RoundResultsMessage>().results;
    CHECK(results.firms[eve.firm].source == proto::DecisionSource::Player);
    t.play(2, 2);
    CHECK(t.final_hash() == peace);
    CHECK(t[0].client->all<proto::Error>().empty());
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("hundreds of connection attempts leave the server serving its rooms", "[e2e][hostile]") {
    TempDatabase db("hostile-connections");
    ServerProcess server(db.path);
    const std::vector<std::string> names{"Ana", "Bruno"};
    const auto peace = peaceful_hash(server.port(), hostile_room(), names);
    Table t(server.port(), hostile_room(), names);
    t.start();
    t[0].play(1);
    constexpr int kConnections = 300;
    net::HostConfig config;
    config.max_peers = kConnections;
    config.channels = proto::kChannelCount;
    net::Host swarm = net::Host::client(config);
    std::vector<net::PeerId> peers;
    for (int i = 0; i < kConnections; ++i) {
        const auto peer = swarm.connect("127.0.0.1", server.port());
        REQUIRE(peer.has_value());
        peers.push_back(*peer);
    }
    int connected = 0;
    int answered = 0;
    for (int i = 0; i < kBudget && (connected < kConnections || answered < kConnections / 2); ++i) {
        for (const net::Event& e : swarm.service(1)) {
            if (e.type == net::EventType::Connect) {
                // Every other one says Hello; the rest say nothing or send junk.
                const auto n = static_cast<int>(connected++);
                if (n % 2 == 0) {
                    swarm.send(e.peer, 0,
                               proto::encode(proto::Hello{proto::kProtocolVersion, "x"}));
                } else if (n % 4 == 1) {
                    swarm.send(e.peer, 0, Bytes{0xde, 0xad});
                }
            } else if (e.type == net::EventType::Receive) {
                answered += proto::decode(e.bytes, proto::kMaxServerPayload).ok() ? 1 : 0;
            }
        }
        t[1].client->pump([] { return false; }, 1);
    }
    CHECK(connected == kConnections);
    CHECK(answered >= kConnections / 2);
    // Half of them leave with a goodbye, the other half vanish (the server times them out).
    for (int i = 0; i < kConnections; i += 2) {
        swarm.disconnect(peers[static_cast<std::size_t>(i)]);
    }
    swarm.flush();
    t[1].play(1);
    t.play(2, 2);
    CHECK(t.final_hash() == peace);
    TestClient late(server.port());
    late.send(proto::Spectate{t.code()});
    CHECK(late.wait<proto::Joined>().roles == proto::kRoleSpectator);
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("join codes tried by brute force are limited per connection and per address",
          "[e2e][hostile]") {
    TempDatabase db("hostile-codes");
    ServerProcess server(db.path);
    const std::vector<std::string> names{"Ana", "Bruno"};
    const auto peace = peaceful_hash(server.port(), hostile_room(), names);
    Table t(server.port(), hostile_room(), names);
    int tried = 0;
    // One connection: ten wrong codes get their answer, then it must wait, even for the right
    // code (a guesser learns nothing from it).
    {
        TestClient eve(server.port());
        for (int i = 0; i < 10; ++i) {
            eve.send(proto::Join{wrong_code(tried++), "Eve"});
            CHECK(refused(eve.wait<proto::Error>(), ErrorCode::UnknownRoom, MessageType::Join));
        }
        eve.send(proto::Join{wrong_code(tried++), "Eve"});
        CHECK(refused(eve.wait<proto::Error>(), ErrorCode::RateLimited, MessageType::Join));
        eve.send(proto::Join{t.code(), "Eve"});
        CHECK(refused(eve.wait<proto::Error>(), ErrorCode::RateLimited, MessageType::Join));
    }
    // New connections from the same address: the address has ten times the allowance, then
    // every connection from it must wait.
    bool limited = false;
    for (int c = 0; c < 20 && !limited; ++c) {
        TestClient eve(server.port());
        for (int i = 0; i < 10 && !limited; ++i) {
            eve.send(proto::Spectate{wrong_code(tried++)});
            const auto e = eve.wait<proto::Error>();
            limited = e.code == ErrorCode::RateLimited;
            CHECK((e.code == ErrorCode::UnknownRoom || limited));
        }
    }
    CHECK(limited);
    TestClient fresh(server.port());
    fresh.send(proto::Reconnect{wrong_code(tried++), {}});
    CHECK(refused(fresh.wait<proto::Error>(), ErrorCode::RateLimited, MessageType::Reconnect));
    // The seated players never notice.
    t.start();
    t.play(1, 2);
    CHECK(t.final_hash() == peace);
    CHECK(server.stop(SIGTERM) == 0);
}
