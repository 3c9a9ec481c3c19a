// The facilitator console's export: it asks the server for the room's record, replays it on the
// core and writes the same files as `highroad-server export`.
#include "console_export.hpp"
#include "fake_session.hpp"
#include "visuals_game.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <random>
#include <sstream>

using namespace hr;
using namespace hr::client;

namespace {

using test::FakeSession;

// A room of 5 firms played on the core for `rounds` rounds: Ana in seat 0, bots elsewhere, and
// its record as the server would send it.
proto::RoomRecord played_record(const std::shared_ptr<const Scenario>& scenario, int rounds) {
    proto::RoomRecord record;
    record.code = "K7Q2PX";
    record.settings.scenario = scenario->id;
    record.settings.seed = 99;
    record.settings.firms = 5;
    GameState state = new_game(scenario, record.settings.seed, 5);
    record.settings.rounds = static_cast<std::uint32_t>(state.total_rounds);
    record.phase = proto::RoomPhase::Running;
    for (FirmId f = 0; f < 5; ++f) {
        record.seats.push_back({f == 0 ? proto::SeatKind::Human : proto::SeatKind::Bot,
                                f == 0 ? "Ana" : "", false, Archetype::Cooperator,
                                Difficulty::Normal});
    }
    for (int r = 0; r < rounds; ++r) {
        proto::RecordRound round;
        std::vector<std::optional<Decision>> in;
        for (FirmId f = 0; f < 5; ++f) {
            Rng rng = bot_rng(state, f);
            Decision d = decide(state, f, Archetype::Cooperator, Difficulty::Normal, rng);
            round.decisions.push_back(d);
            round.sources.push_back(f == 0 ? proto::DecisionSource::Player
                                           : proto::DecisionSource::Bot);
            in.push_back(d);
        }
        RoundOutcome out = resolve_round(state, in, round.facilitator);
        state = std::move(out.state);
        record.rounds.push_back(std::move(round));
    }
    record.state_hash = state_hash(state);
    return record;
}

struct Console {
    FakeSession session;
    Translations tr = Translations::load(std::filesystem::path(HIGHROAD_ASSETS_DIR) / "lang");
    ConsoleExport exporter;
    std::filesystem::path dir;

    Console() {
        std::random_device random;
        dir = std::filesystem::temp_directory_path() /
              ("highroad_console_export_" + std::to_string(random()));
        proto::Joined joined;
        joined.roles = proto::kRoleFacilitator;
        joined.code = "K7Q2PX";
        joined.scenario = "brenta";
        session.state.joined = joined;
        session.state.scenario = test::load_shipped_scenario("brenta");
    }
    ~Console() { std::filesystem::remove_all(dir); }

    void receive(const proto::Message& m) {
        session.state.apply(m, std::chrono::steady_clock::now());
    }
};

std::string read(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("the console's export asks for the room's record and writes the room's files",
          "[client][export]") {
    Console c;
    c.exporter.request(c.session, c.dir);
    REQUIRE(c.session.sent.size() == 1);
    CHECK(std::holds_alternative<proto::ExportRequest>(c.session.sent[0]));
    CHECK(c.exporter.waiting());
    c.exporter.poll(c.session.state, c.tr);
    CHECK(c.exporter.waiting()); // nothing has come yet

    c.receive(played_record(c.session.state.scenario, 3));
    c.exporter.poll(c.session.state, c.tr);
    CHECK_FALSE(c.exporter.waiting());
    REQUIRE(c.exporter.outcome());
    const ExportOutcome& outcome = *c.exporter.outcome();
    CHECK(outcome.problem.empty());
    CHECK(outcome.folder == c.dir / "K7Q2PX");
    REQUIRE(outcome.files.size() == 8);
    const std::string rows = read(outcome.folder / "firm-rounds.csv");
    CHECK(rows.find(",Ana,human,player,") != std::string::npos); // the server's record: players
    CHECK(read(outcome.folder / "report.html").find("The game is still running") !=
          std::string::npos);
    CHECK(read(outcome.folder / "game.json").find("\"source\": \"server\"") != std::string::npos);
}

TEST_CASE("the last what-if replay goes beside the game in the console's report",
          "[client][export]") {
    Console c;
    const proto::RoomRecord record = played_record(c.session.state.scenario, 3);
    RecordedGame game;
    game.scenario = c.session.state.scenario;
    game.seed = record.settings.seed;
    game.firms = 5;
    game.total_rounds = static_cast<int>(record.settings.rounds);
    for (const proto::RecordRound& r : record.rounds) {
        game.rounds.push_back({r.decisions, r.facilitator, {}});
    }
    const WhatIfOutcome w =
        replay_what_if(game, everyone_plan(game, 2, {Archetype::Upgrader, Difficulty::Normal}));
    c.receive(proto::WhatIfResult{1, w.plan, w.original, w.replay});
    c.exporter.request(c.session, c.dir);
    c.receive(record);
    c.exporter.poll(c.session.state, c.tr);
    REQUIRE(c.exporter.outcome());
    CHECK(c.exporter.outcome()->problem.empty());
    const auto folder = c.exporter.outcome()->folder;
    CHECK(read(folder / "report.html").find("<section id=\"whatif\">") != std::string::npos);
    CHECK(read(folder / "game.json").find("\"what_if\"") != std::string::npos);
}

TEST_CASE("the console says when the server refuses the export", "[client][export]") {
    Console c;
    c.exporter.request(c.session, c.dir);
    c.receive(proto::Error{proto::ErrorCode::TooLarge,
                           static_cast<std::uint16_t>(proto::MessageType::ExportRequest),
                           0,
                           "this game's record is 300 KB",
                           {}});
    c.exporter.poll(c.session.state, c.tr);
    CHECK_FALSE(c.exporter.waiting());
    REQUIRE(c.exporter.outcome());
    CHECK(c.exporter.outcome()->files.empty());
    CHECK(c.exporter.outcome()->problem == "this game's record is 300 KB");
}

TEST_CASE("a record the console's scenario does not replay is written and flagged",
          "[client][export]") {
    Console c;
    auto record = played_record(c.session.state.scenario, 2);
    record.state_hash ^= 1;
    c.exporter.request(c.session, c.dir);
    c.receive(record);
    c.exporter.poll(c.session.state, c.tr);
    REQUIRE(c.exporter.outcome());
    CHECK(c.exporter.outcome()->files.size() == 8);
    CHECK(c.exporter.outcome()->problem.find("round 2") != std::string::npos);
}

TEST_CASE("without the room's scenario installed the console cannot replay it",
          "[client][export]") {
    Console c;
    const auto record = played_record(c.session.state.scenario, 1);
    c.session.state.scenario.reset();
    c.exporter.request(c.session, c.dir);
    c.receive(record);
    c.exporter.poll(c.session.state, c.tr);
    REQUIRE(c.exporter.outcome());
    CHECK(c.exporter.outcome()->files.empty());
    CHECK(c.exporter.outcome()->problem.find("brenta") != std::string::npos);
}
