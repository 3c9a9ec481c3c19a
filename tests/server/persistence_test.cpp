// Crash and restore without sockets: the directory is dropped without any shutdown (as kill -9
// would), a new one is built on the same database, and the game goes on to the same end.
#include "room_store.hpp"
#include "server_harness.hpp"

#include <filesystem>
#include <unistd.h>

using namespace hr;
using namespace hr::server;
using namespace hr::server::testing;

namespace {

// A database file of its own, removed afterwards.
struct TempDb {
    std::string path;
    TempDb() {
        const auto dir = std::filesystem::temp_directory_path();
        path = (dir / ("highroad-server-test-" + std::to_string(::getpid()) + "-" +
                       std::to_string(counter()++) + ".db"))
                   .string();
        remove();
    }
    ~TempDb() { remove(); }
    void remove() const {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            std::filesystem::remove(path + suffix);
        }
    }
    static int& counter() {
        static int n = 0;
        return n;
    }
};

// A harness whose journal goes to a real database at every tick.
struct StoredHarness {
    RoomStore store;
    Harness h;
    StoredHarness(const std::string& path, RoomId first)
        : store(path, Durability::Normal), h(Settings{}, first) {}
    void commit() {
        REQUIRE(store.write(h.records));
        h.records.clear();
    }
};

constexpr int kRounds = 4;

// Plays rounds [from, to] with two scripted players on sessions 2 and 3.
void play(Harness& h, SessionId a, SessionId b, int from, int to, StoredHarness* stored) {
    for (int round = from; round <= to; ++round) {
        h.send(a, proto::SubmitDecision{static_cast<std::uint32_t>(round), scripted(0, round)});
        if (stored != nullptr) {
            stored->commit();
        }
        h.send(b, proto::SubmitDecision{static_cast<std::uint32_t>(round), scripted(1, round)});
        if (stored != nullptr) {
            stored->commit();
        }
    }
}

std::uint64_t uninterrupted_hash() {
    Harness h;
    const std::string code = h.create(1, quick_room(4, kRounds, 99));
    h.join(2, code, "Ana");
    h.join(3, code, "Bruno");
    PolicySettings p;
    p.cofinancing_share = 0.4;
    h.send(1, proto::SetPolicy{p});
    h.send(1, proto::Start{});
    play(h, 2, 3, 1, 2, nullptr);
    h.send(1, proto::InjectEvent{"cheaper-imports"});
    h.send(2, proto::SubmitDecision{3, scripted(0, 3)});
    h.send(3, proto::SubmitDecision{3, scripted(1, 3)});
    play(h, 2, 3, 4, kRounds, nullptr);
    return h.last<proto::GameOver>(2).state_hash;
}

} // namespace

TEST_CASE("after a crash every unfinished room comes back and ends as if nothing happened",
          "[server]") {
    TempDb db;
    std::string code;
    proto::ReconnectToken token_a{}, token_b{};
    TimeMs crash_time = 0;
    {
        StoredHarness s(db.path, 1);
        Harness& h = s.h;
        code = h.create(1, quick_room(4, kRounds, 99));
        token_a = *h.join(2, code, "Ana").token;
        token_b = *h.join(3, code, "Bruno").token;
        PolicySettings p;
        p.cofinancing_share = 0.4;
        h.send(1, proto::SetPolicy{p});
        h.send(1, proto::Start{});
        s.commit();
        play(h, 2, 3, 1, 2, &s);
        h.send(1, proto::InjectEvent{"cheaper-imports"});
        h.send(2, proto::SubmitDecision{3, scripted(0, 3)});
        s.commit();
        CHECK(h.last<proto::DecisionAck>(2).round == 3);
        // A message the room handled but the tick never committed: lost, and never acknowledged.
        h.send(1, proto::Announce{"this line dies with the server"});
        crash_time = h.now;
    } // the directory goes away without any shutdown

    RoomStore store(db.path, Durability::Normal);
    const auto stored = store.load_rooms(crash_time);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].rounds.size() == 2);
    CHECK(stored[0].status.round == 3);
    REQUIRE(stored[0].open_decisions.size() >= 1);

    Harness h;
    h.now = crash_time + 5'000;
    REQUIRE(h.directory.restore(stored, h.now) == 1);
    h.connect(12);
    h.send(12, proto::Reconnect{code, token_a});
    const auto state = h.last<proto::PrivateFirmStateMessage>(12).state;
    CHECK(state.round == 3);
    REQUIRE(state.decision.has_value());
    CHECK(*state.decision == scripted(0, 3));
    // The deadline is the stored one (a minute from the round's opening), not a fresh minute.
    CHECK(h.last<proto::RoomSnapshotMessage>(12).snapshot.remaining_ms <= 60'000);
    const auto pending = h.last<proto::RoomSnapshotMessage>(12).snapshot.events;
    CHECK(std::any_of(pending.begin(), pending.end(), [](const proto::RoomEvent& e) {
        return e.pending && e.id == "cheaper-imports";
    }));
    h.connect(13);
    h.send(13, proto::Reconnect{code, token_b});
    h.send(13, proto::SubmitDecision{3, scripted(1, 3)});
    CHECK(h.last<proto::RoundResultsMessage>(12).results.round == 3);
    play(h, 12, 13, 4, kRounds, nullptr);
    CHECK(h.last<proto::GameOver>(12).state_hash == uninterrupted_hash());
}

TEST_CASE("a room that ended just before a crash comes back with its end, an old one does not",
          "[server]") {
    TempDb db;
    std::string code;
    proto::ReconnectToken token{};
    TimeMs ended = 0;
    {
        StoredHarness s(db.path, 1);
        code = s.h.create(1, quick_room(4, 1));
        token = *s.h.join(2, code, "Ana").token;
        s.h.send(1, proto::Start{});
        s.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
        REQUIRE(s.h.got<proto::GameOver>(2));
        ended = s.h.now;
        s.commit();
    } // the GameOver never left: the server died right after the commit

    RoomStore store(db.path, Durability::Normal);
    CHECK(store.next_room_id() == 2);
    CHECK(store.load_rooms(ended + 1).empty());
    const auto stored = store.load_rooms(ended);
    REQUIRE(stored.size() == 1);

    Harness h;
    h.settings.finished_room_minutes = 30;
    h.now = ended + 5'000;
    REQUIRE(h.directory.restore(stored, h.now) == 1);
    h.connect(12);
    h.send(12, proto::Reconnect{code, token});
    const auto over = h.last<proto::GameOver>(12);
    CHECK(over.end == proto::GameEnd::Completed);
    CHECK(over.rounds_played == 1);
    // Kept as long as a finished room is kept in memory, then let go.
    h.disconnect(12);
    h.advance(31 * 60'000);
    CHECK(h.directory.room_count() == 0);
}
