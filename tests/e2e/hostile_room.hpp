#pragma once
// The setting of the hostile-client tests: a room where honest players play while someone
// attacks the server, and the game the same players would have had in peace. A test passes when
// each attack got its error (or its sender was cut off), the server is still running, and the
// honest game ends with the very state hash of the peaceful one: nothing was lost or changed.
#include "e2e/scripted_player.hpp"
#include "e2e/server_process.hpp"
#include "protocol/frame.hpp"

#include <bit>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

namespace hr::e2e {

using Bytes = std::vector<std::uint8_t>;

// A small game: three seats, two rounds, no deadline during a test.
inline proto::RoomSettings hostile_room() {
    return e2e_room(3, 2, 23);
}

// The players of a room, seated in the order of `names`, so that the n-th name plays firm n.
struct Table {
    Facilitator facilitator;
    std::vector<std::unique_ptr<Player>> players;

    Table(std::uint16_t port, const proto::RoomSettings& rs, const std::vector<std::string>& names)
        : facilitator(port, rs) {
        for (const auto& name : names) {
            players.push_back(std::make_unique<Player>(port, facilitator.code, name));
        }
    }
    const std::string& code() const { return facilitator.code; }
    Player& operator[](std::size_t i) { return *players.at(i); }

    void start() {
        facilitator.client.send(proto::Start{});
        facilitator.client.wait<proto::RoomSnapshotMessage>(
            [](const auto& m) { return m.snapshot.phase == proto::RoomPhase::Running; });
    }
    // Every player plays rounds [from, to] with its scripted decisions.
    void play(int from, int to) {
        for (int round = from; round <= to; ++round) {
            for (auto& p : players) {
                p->play(round);
            }
        }
    }
    // The final state's hash, as the first player's debrief gives it.
    std::uint64_t final_hash() {
        return players.front()->client->wait<proto::GameOver>().state_hash;
    }
};

// The hash of a whole game in peace: the same settings and players, no attacker.
inline std::uint64_t peaceful_hash(std::uint16_t port, const proto::RoomSettings& rs,
                                   const std::vector<std::string>& names) {
    Table t(port, rs, names);
    t.start();
    t.play(1, static_cast<int>(rs.rounds));
    return t.final_hash();
}

inline Bytes frame_of(std::uint16_t type, const Bytes& payload,
                      std::uint16_t version = proto::kProtocolVersion) {
    return proto::encode_frame(version, type, payload);
}

inline Bytes frame_of(proto::MessageType type, const Bytes& payload) {
    return frame_of(static_cast<std::uint16_t>(type), payload);
}

// The frame with the first occurrence of the double `marker` (as the encoder writes it:
// little-endian IEEE-754) replaced by `value`: how a hostile client sends numbers the encoder
// of an honest one would never produce.
inline Bytes with_double(Bytes frame, double marker, double value) {
    const auto from = std::bit_cast<std::uint64_t>(marker);
    const auto to = std::bit_cast<std::uint64_t>(value);
    for (std::size_t i = proto::kFrameHeaderSize; i + 8 <= frame.size(); ++i) {
        std::uint64_t x = 0;
        for (int b = 7; b >= 0; --b) {
            x = (x << 8) | frame[i + static_cast<std::size_t>(b)];
        }
        if (x == from) {
            for (std::size_t b = 0; b < 8; ++b) {
                frame[i + b] = static_cast<std::uint8_t>(to >> (8 * b));
            }
            return frame;
        }
    }
    FAIL("the marker is not in the frame");
    return frame;
}

// Whether `e` is an error of this code about this message type.
inline bool refused(const proto::Error& e, proto::ErrorCode code, proto::MessageType about) {
    return e.code == code && e.about == static_cast<std::uint16_t>(about);
}

} // namespace hr::e2e
