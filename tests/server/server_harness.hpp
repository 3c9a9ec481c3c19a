#pragma once
// Drives a RoomDirectory without sockets: sessions send decoded messages (or raw bytes), time
// moves when the test says, and every message the server sends is encoded, decoded again and
// kept per session, as a client would see it.
#include "core/rules.hpp"
#include "journal.hpp"
#include "logger.hpp"
#include "protocol/message_codec.hpp"
#include "room_directory.hpp"
#include "scenario_library.hpp"
#include "settings.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

namespace hr::server::testing {

using Bytes = std::vector<std::uint8_t>;

inline const ScenarioLibrary& scenarios() {
    static const ScenarioLibrary library =
        ScenarioLibrary::load(std::string(HIGHROAD_ASSETS_DIR) + "/scenarios");
    return library;
}

struct Received {
    proto::Message message;
    Bytes bytes; // as encoded on the wire
};

class Harness {
  public:
    explicit Harness(Settings s = {}, RoomId first_room = 1)
        : settings(std::move(s)), directory(settings, scenarios(), journal, first_room) {
        log().set_level(LogLevel::Warn);
    }

    void connect(SessionId s, std::string address = "") {
        directory.connected(s, address.empty() ? "10.0.0." + std::to_string(s) : address, now);
        directory.handle(s, proto::Hello{proto::kProtocolVersion, "test"}, now, out);
        flush();
    }
    void send(SessionId s, const proto::Message& m) {
        directory.handle(s, m, now, out);
        flush();
    }
    void send_bytes(SessionId s, const Bytes& b) {
        directory.received(s, b, now, out);
        flush();
    }
    void disconnect(SessionId s) {
        directory.disconnected(s, out);
        flush();
    }
    void advance(TimeMs ms) {
        now += ms;
        flush();
    }
    // One server tick: the rooms' updates, a commit, then everything goes out.
    void flush() {
        directory.tick(now, out);
        if (!journal.pending().empty()) {
            records.insert(records.end(), journal.pending().begin(), journal.pending().end());
            journal.committed();
        }
        for (const Envelope& e : out.envelopes) {
            REQUIRE(journal.stored(e.commit_mark));
            const Bytes bytes = proto::encode(e.message);
            const proto::Decoded d = proto::decode(bytes, proto::kMaxServerPayload);
            REQUIRE(d.ok());
            for (const SessionId to : e.to) {
                inbox[to].push_back({d.message, bytes});
            }
        }
        for (const SessionId s : out.disconnects) {
            cut_off.push_back(s);
            directory.disconnected(s, out);
        }
        out.clear();
    }

    template <class T> std::vector<T> all(SessionId s) const {
        std::vector<T> found;
        const auto it = inbox.find(s);
        if (it != inbox.end()) {
            for (const Received& r : it->second) {
                if (const T* m = std::get_if<T>(&r.message)) {
                    found.push_back(*m);
                }
            }
        }
        return found;
    }
    template <class T> T last(SessionId s) const {
        const auto found = all<T>(s);
        REQUIRE_FALSE(found.empty());
        return found.back();
    }
    template <class T> bool got(SessionId s) const { return !all<T>(s).empty(); }
    void clear(SessionId s) { inbox[s].clear(); }
    proto::Error last_error(SessionId s) const { return last<proto::Error>(s); }

    // Creates a room with `fac` as facilitator; returns its code.
    std::string create(SessionId fac, proto::RoomSettings rs, std::string secret = "s3cret!") {
        connect(fac);
        send(fac, proto::CreateRoom{std::move(rs), std::move(secret), "Teacher"});
        return last<proto::RoomCreated>(fac).code;
    }
    // Joins a room as a player; returns what Joined said.
    proto::Joined join(SessionId s, const std::string& code, std::string name) {
        connect(s);
        send(s, proto::Join{code, std::move(name)});
        return last<proto::Joined>(s);
    }

    Settings settings;
    Journal journal;
    RoomDirectory directory;
    Outbox out;
    TimeMs now = 1'800'000'000'000;
    std::map<SessionId, std::vector<Received>> inbox;
    std::vector<JournalRecord> records; // everything committed so far
    std::vector<SessionId> cut_off;
};

// A quick room of the tutorial scenario: `firms` seats, `rounds` rounds of a minute.
inline proto::RoomSettings quick_room(std::uint32_t firms = 4, std::uint32_t rounds = 3,
                                      std::uint64_t seed = 7) {
    proto::RoomSettings rs;
    rs.scenario = "tutorial";
    rs.firms = firms;
    rs.rounds = rounds;
    rs.round_seconds = 60;
    rs.seed = seed;
    return rs;
}

// A scripted player's decision: different per firm and round, always within the rules.
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

} // namespace hr::server::testing
