// The client's connection against the real highroad-server over loopback: a facilitator creates
// a room, a student joins it, the game starts, a decision goes through, and the seat is taken
// back after the server crashed and after the client restarted.
#include "core/rules.hpp"
#include "server_connection.hpp"
#include "server_process.hpp"
#include "shadow_state.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <filesystem>
#include <functional>
#include <random>
#include <thread>

using namespace hr;
using namespace hr::client;

namespace {

const std::filesystem::path kAssets = HIGHROAD_ASSETS_DIR;

struct TestServer {
    std::filesystem::path dir;
    std::optional<ServerProcess> process;
    std::uint16_t port = 0;

    explicit TestServer(std::filesystem::path where) : dir(std::move(where)) {}
    ~TestServer() { std::filesystem::remove_all(dir); }

    void start(std::uint16_t wanted_port = 0) {
        ServerLaunch launch;
        launch.program = std::filesystem::path(HIGHROAD_BIN_DIR) / "highroad-server";
        launch.database = dir / "rooms.db";
        launch.log_file = dir / "server.log";
        launch.scenarios = kAssets / "scenarios";
        launch.port = wanted_port;
        std::string problem;
        process = ServerProcess::start(launch, &problem);
        REQUIRE(process);
        for (int i = 0; i < 4000 && !process->poll_port() && process->running(); ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        REQUIRE(process->poll_port());
        port = *process->poll_port();
    }

    // kill -9: nothing is said to anyone, nothing is flushed but what was committed.
    void crash() {
        ::kill(process->pid(), SIGKILL);
        process->stop(); // reaps it
        process.reset();
    }
};

std::filesystem::path temp_dir() {
    std::random_device random;
    return std::filesystem::temp_directory_path() /
           ("highroad_connection_" + std::to_string(random()));
}

// Polls the connections until `done` holds; the bound only keeps a broken test from hanging.
bool pump(std::initializer_list<ServerConnection*> connections, const std::function<bool()>& done,
          int bound_ms = 30000) {
    for (int waited = 0; waited < bound_ms; waited += 2) {
        for (ServerConnection* c : connections) {
            c->poll();
        }
        if (done()) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    return false;
}

RoomEntry create_entry() {
    RoomEntry entry;
    entry.kind = RoomEntry::Kind::Create;
    entry.settings.scenario = "sinos-valley";
    entry.settings.firms = 4;
    entry.settings.rounds = 3;
    entry.settings.round_seconds = 600;
    entry.settings.fill_with_bots = true;
    entry.secret = "the teacher's secret";
    entry.name = "Teacher";
    return entry;
}

RoomEntry join_entry(const std::string& code, const std::string& name) {
    RoomEntry entry;
    entry.kind = RoomEntry::Kind::Join;
    entry.code = code;
    entry.name = name;
    return entry;
}

// Submits the default decision for the open round, the way a player's screen would.
void submit_default(ServerConnection& player) {
    const auto state = shadow_state(player.model());
    REQUIRE(state);
    Decision d = default_decision(*state, *player.model().own_firm());
    d.round = player.model().own->round;
    player.submit(d);
}

// A running server with the teacher's room and Ana seated in it.
struct SeatedStudent {
    TestServer server{temp_dir()};
    Translations tr = Translations::load(kAssets / "lang");
    TokenStore tokens{std::nullopt};
    ServerConnection teacher{tr, tokens, kAssets / "scenarios"};
    ServerConnection student{tr, tokens, kAssets / "scenarios"};

    SeatedStudent() {
        server.start();
        teacher.open("127.0.0.1", server.port, create_entry());
        REQUIRE(pump({&teacher}, [&] { return teacher.model().in_room(); }));
        student.open("127.0.0.1", server.port, join_entry(teacher.model().joined->code, "Ana"));
        REQUIRE(pump({&teacher, &student}, [&] { return student.model().is_player(); }));
    }

    // The server has gone: Ana waits for it, it comes back on its port, and she is in her seat.
    void take_seat_back_after_restart(std::uint16_t port, FirmId firm) {
        REQUIRE(
            pump({&student}, [&] { return student.model().connection == ConnectionState::Lost; }));
        CHECK(student.reconnecting());
        server.start(port);
        REQUIRE(pump({&student},
                     [&] { return student.model().notice == tr.text("session.seat_back"); }));
        CHECK(student.model().connection == ConnectionState::InRoom);
        CHECK(student.model().own_firm() == firm);
    }
};

} // namespace

TEST_CASE("a facilitator creates a room, a student joins, and round 1 opens", "[client][e2e]") {
    TestServer server(temp_dir());
    server.start();
    const auto tr = Translations::load(kAssets / "lang");
    TokenStore tokens(std::nullopt);
    ServerConnection teacher(tr, tokens, kAssets / "scenarios");
    ServerConnection student(tr, tokens, kAssets / "scenarios");

    teacher.open("127.0.0.1", server.port, create_entry());
    REQUIRE(pump({&teacher}, [&] { return teacher.model().in_room() && teacher.model().roster; }));
    CHECK(teacher.model().is_facilitator());
    CHECK_FALSE(teacher.model().is_player());
    const std::string code = teacher.model().joined->code;
    CHECK(code.size() >= 4);
    // The facilitator secret is remembered with the room, for a restarted teacher's window.
    REQUIRE(tokens.find(teacher.model().server_address, code));
    CHECK(tokens.find(teacher.model().server_address, code)->secret == "the teacher's secret");

    student.open("127.0.0.1", server.port, join_entry(code, "Ana"));
    REQUIRE(pump({&teacher, &student}, [&] {
        const auto& r = teacher.model().roster;
        return student.model().is_player() && r &&
               std::any_of(r->seats.begin(), r->seats.end(),
                           [](const auto& s) { return s.player == "Ana"; });
    }));
    const FirmId firm = *student.model().own_firm();
    REQUIRE(student.model().scenario);
    CHECK(student.model().scenario->id == "sinos-valley");
    CHECK_FALSE(student.model().scenario->briefing.en.empty());
    REQUIRE(student.model().joined->token);
    CHECK(tokens.find(student.model().server_address, code)->token ==
          student.model().joined->token);

    student.send(proto::Ready{true});
    REQUIRE(pump({&teacher, &student}, [&] {
        return teacher.model().roster && teacher.model().roster->seats[firm].ready;
    }));

    teacher.send(proto::Start{});
    REQUIRE(pump({&teacher, &student}, [&] {
        const auto& m = student.model();
        return m.snapshot && m.snapshot->phase == proto::RoomPhase::Running && m.own &&
               m.own->round == 1 && teacher.model().facilitator;
    }));
    CHECK(student.model().remaining_ms(std::chrono::steady_clock::now()) > 0);
    // The empty seats went to bots.
    for (const auto& seat : teacher.model().roster->seats) {
        CHECK(seat.seat != proto::SeatKind::Open);
    }

    submit_default(student);
    REQUIRE(pump({&teacher, &student}, [&] { return student.model().results.size() == 1; }));
    CHECK(student.model().last_ack);
    REQUIRE(student.model().results[0].own);
    CHECK(student.model().results[0].own->firm == firm);
    CHECK(student.model().own_history.size() == 1);
    REQUIRE(pump({&student}, [&] { return student.model().own->round == 2; }));
    CHECK(teacher.model().facilitator->last_results.size() == 4);
}

TEST_CASE("after a server crash the student takes the same seat back", "[client][e2e]") {
    SeatedStudent room;
    ServerConnection& student = room.student;
    room.teacher.send(proto::Start{});
    REQUIRE(pump({&room.teacher, &student},
                 [&] { return student.model().own && student.model().own->round == 1; }));
    submit_default(student);
    REQUIRE(pump({&room.teacher, &student}, [&] { return student.model().results.size() == 1; }));
    const FirmId firm = *student.model().own_firm();

    const std::uint16_t port = room.server.port;
    room.server.crash();
    room.take_seat_back_after_restart(port, firm);
    CHECK(student.model().results.size() == 1);
    REQUIRE(
        pump({&student}, [&] { return student.model().own && student.model().own->round == 2; }));
    // The game goes on: the next decision is accepted.
    submit_default(student);
    REQUIRE(pump({&student}, [&] { return student.model().results.size() == 2; }));
}

TEST_CASE("a clean server stop tells the student the game is stored, and the seat comes back",
          "[client][e2e]") {
    SeatedStudent room;
    const FirmId firm = *room.student.model().own_firm();
    const std::uint16_t port = room.server.port;
    room.server.process->stop(); // SIGTERM: the server says goodbye with Refusal{ShuttingDown}
    room.server.process.reset();
    REQUIRE(pump({&room.student},
                 [&] { return room.student.model().connection == ConnectionState::Lost; }));
    CHECK(room.student.model().problem == room.tr.text("session.server_stopped"));
    room.take_seat_back_after_restart(port, firm);
}

TEST_CASE("a restarted client takes its seat back with the stored token", "[client][e2e]") {
    TestServer server(temp_dir());
    server.start();
    const auto tr = Translations::load(kAssets / "lang");
    TokenStore tokens(std::nullopt);
    ServerConnection teacher(tr, tokens, kAssets / "scenarios");
    teacher.open("127.0.0.1", server.port, create_entry());
    REQUIRE(pump({&teacher}, [&] { return teacher.model().in_room(); }));
    const std::string code = teacher.model().joined->code;

    auto first = std::make_unique<ServerConnection>(tr, tokens, kAssets / "scenarios");
    first->open("127.0.0.1", server.port, join_entry(code, "Ana"));
    REQUIRE(pump({&teacher, first.get()}, [&] { return first->model().is_player(); }));
    const FirmId firm = *first->model().own_firm();

    // A second window with the same token (the first one froze): the newer one wins the seat.
    ServerConnection second(tr, tokens, kAssets / "scenarios");
    second.open("127.0.0.1", server.port, join_entry(code, "Ana"));
    REQUIRE(pump({&teacher, first.get(), &second},
                 [&] { return second.model().notice == tr.text("session.seat_back"); }));
    CHECK(second.model().own_firm() == firm);
    REQUIRE(pump({&teacher, first.get(), &second},
                 [&] { return first->model().connection == ConnectionState::Failed; }));
    CHECK(first->model().problem == tr.text("session.replaced"));
    // The room still counts one player on that seat.
    REQUIRE(pump({&teacher, &second}, [&] {
        const auto& r = teacher.model().roster;
        return r && r->seats[firm].player == "Ana" && r->seats[firm].connected;
    }));
}

TEST_CASE("a wrong join code is refused with a message for the player", "[client][e2e]") {
    TestServer server(temp_dir());
    server.start();
    const auto tr = Translations::load(kAssets / "lang");
    TokenStore tokens(std::nullopt);
    ServerConnection student(tr, tokens, kAssets / "scenarios");
    student.open("127.0.0.1", server.port, join_entry("ZZZZ99", "Ana"));
    REQUIRE(
        pump({&student}, [&] { return student.model().connection == ConnectionState::Failed; }));
    CHECK(student.model().problem == tr.text("session.error.unknown_room"));
    CHECK_FALSE(student.model().in_room());
}

TEST_CASE("solo play: one connection creates the room, takes a seat and starts", "[client][e2e]") {
    TestServer server(temp_dir());
    server.start();
    const auto tr = Translations::load(kAssets / "lang");
    TokenStore tokens(std::nullopt);
    ServerConnection solo(tr, tokens, kAssets / "scenarios");
    RoomEntry entry = create_entry();
    entry.name = "Ana";
    entry.take_seat = true;
    entry.start_when_seated = true;
    entry.remember = false;
    solo.open("127.0.0.1", server.port, entry);
    REQUIRE(pump({&solo}, [&] {
        const auto& m = solo.model();
        return m.own && m.snapshot && m.snapshot->phase == proto::RoomPhase::Running;
    }));
    CHECK(solo.model().is_player());
    CHECK(solo.model().is_facilitator());
    CHECK(tokens.entries().empty());
    for (int round = 1; round <= 3; ++round) {
        REQUIRE(
            pump({&solo}, [&] { return solo.model().own && solo.model().own->round == round; }));
        submit_default(solo);
        REQUIRE(pump({&solo}, [&] { return solo.model().results.size() == std::size_t(round); }));
    }
    REQUIRE(pump({&solo}, [&] { return solo.model().game_over.has_value(); }));
    CHECK(solo.model().game_over->rounds_played == 3);
    CHECK(solo.model().own_history.size() == 3);
}
