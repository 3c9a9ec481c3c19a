#pragma once
// The players of the end-to-end tests: a facilitator that creates a room, and players whose
// decisions are a fixed function of firm and round, so that two games with the same inputs
// can be compared to the bit.
#include "e2e/test_client.hpp"

#include <memory>
#include <string>

namespace hr::e2e {

inline Decision scripted(FirmId firm, int round) {
    Decision d;
    d.firm = firm;
    d.round = round;
    d.wage_change = 0.01 * ((firm + round) % 3);
    d.invest[0] = 3000 * (firm + 1);
    d.invest[1] = 2000 * ((round % 2) + 1);
    d.training = 500 * firm;
    d.markup = 0.08 + 0.01 * firm;
    return d;
}

// Rounds long enough that no deadline passes during a test: rounds close when everyone has
// submitted, or when the facilitator says so.
inline proto::RoomSettings e2e_room(std::uint32_t firms, std::uint32_t rounds, std::uint64_t seed) {
    proto::RoomSettings rs;
    rs.scenario = "tutorial";
    rs.firms = firms;
    rs.rounds = rounds;
    rs.round_seconds = 600;
    rs.seed = seed;
    return rs;
}

struct Facilitator {
    TestClient client;
    std::string code;

    Facilitator(std::uint16_t port, const proto::RoomSettings& rs) : client(port) {
        client.send(proto::CreateRoom{rs, "teacher-secret", "Teacher"});
        code = client.wait<proto::RoomCreated>().code;
    }
};

struct Player {
    std::unique_ptr<TestClient> client;
    FirmId firm = 0;
    proto::ReconnectToken token{};
    std::uint32_t seq = 0;

    Player(std::uint16_t port, const std::string& code, const std::string& name)
        : client(std::make_unique<TestClient>(port)) {
        client->send(proto::Join{code, name});
        const auto joined = client->wait<proto::Joined>();
        REQUIRE(joined.firm.has_value());
        REQUIRE(joined.token.has_value());
        firm = *joined.firm;
        token = *joined.token;
    }

    // Waits for round `round` to be open, submits the scripted decision, waits for its ack.
    void play(int round) {
        client->wait_seen<proto::RoomSnapshotMessage>([&](const proto::RoomSnapshotMessage& m) {
            return m.snapshot.round == round && m.snapshot.phase == proto::RoomPhase::Running;
        });
        submit(round);
    }
    void submit(int round) {
        client->send(proto::SubmitDecision{++seq, scripted(firm, round)});
        const auto ack = client->wait<proto::DecisionAck>(
            [&](const proto::DecisionAck& a) { return a.round == round && a.seq == seq; });
        CHECK(ack.round == round);
    }
    // A new connection that takes the seat back with the token.
    void reconnect(std::uint16_t port, const std::string& code) {
        client = std::make_unique<TestClient>(port);
        client->send(proto::Reconnect{code, token});
        const auto joined = client->wait<proto::Joined>();
        REQUIRE(joined.firm == std::optional<FirmId>(firm));
        const auto state = client->wait<proto::PrivateFirmStateMessage>().state;
        seq = state.decision_seq;
    }
};

} // namespace hr::e2e
