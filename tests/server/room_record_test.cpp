// The room's record for the facilitator console's export: what went into every round, which the
// console replays into the same files as `highroad-server export`.
#include "debrief/game_replay.hpp"
#include "server_harness.hpp"

using namespace hr;
using namespace hr::server;
using namespace hr::server::testing;
using proto::ErrorCode;

namespace {

// A room of 4 firms: facilitator 1, players 2 (firm 0) and 3 (firm 1), bots in the rest.
std::string play(Harness& h, int rounds) {
    const std::string code = h.create(1, quick_room(4, 4));
    h.join(2, code, "Ana");
    h.join(3, code, "Bruno");
    h.send(1, proto::Start{});
    for (int round = 1; round <= rounds; ++round) {
        h.send(2, proto::SubmitDecision{static_cast<std::uint32_t>(round), scripted(0, round)});
        h.send(3, proto::SubmitDecision{static_cast<std::uint32_t>(round), scripted(1, round)});
    }
    return code;
}

} // namespace

TEST_CASE("the facilitator gets the room's record, which replays to the room's state",
          "[server][export]") {
    Harness h;
    const std::string code = play(h, 2);
    h.send(1, proto::InjectEvent{"cheaper-imports"});
    PolicySettings policy;
    policy.grant_per_firm = 2000;
    h.send(1, proto::SetPolicy{policy});
    h.send(1, proto::ExportRequest{});
    const auto record = h.last<proto::RoomRecord>(1);
    CHECK(record.code == code);
    CHECK(record.phase == proto::RoomPhase::Running);
    REQUIRE(record.seats.size() == 4);
    CHECK(record.seats[0].player == "Ana");
    CHECK(record.seats[0].kind == proto::SeatKind::Human);
    CHECK(record.seats[3].kind == proto::SeatKind::Bot);
    REQUIRE(record.rounds.size() == 2);
    CHECK(record.rounds[1].decisions[1].invest == scripted(1, 2).invest);
    CHECK(record.rounds[0].sources[0] == proto::DecisionSource::Player);
    CHECK(record.rounds[0].sources[2] == proto::DecisionSource::Bot);
    CHECK(record.pending_events == std::vector<std::string>{"cheaper-imports"});
    REQUIRE(record.pending_policy);
    CHECK(record.pending_policy->grant_per_firm == 2000);

    const debrief::GameRecord game =
        debrief::replay_game(debrief::game_log(record, scenarios().find("tutorial")));
    CHECK(game.problems.empty());
    CHECK(game.rounds_played() == 2);
    CHECK_FALSE(game.finished);
    CHECK(game.details[1].firms[0].source == proto::DecisionSource::Player);
    CHECK(game.pending_events.size() == 1);
}

TEST_CASE("at the end the record replays to the game-over state", "[server][export]") {
    Harness h;
    play(h, 4);
    const auto over = h.last<proto::GameOver>(2);
    h.send(1, proto::ExportRequest{});
    const auto record = h.last<proto::RoomRecord>(1);
    CHECK(record.phase == proto::RoomPhase::Finished);
    CHECK(record.state_hash == over.state_hash);
    CHECK(record.pending_events.empty());
    const debrief::GameRecord game =
        debrief::replay_game(debrief::game_log(record, scenarios().find("tutorial")));
    CHECK(game.problems.empty());
    CHECK(game.finished);
    CHECK(game.game_over.state_hash == over.state_hash);
}

TEST_CASE("only the facilitator may ask for the room's record", "[server][export]") {
    Harness h;
    play(h, 1);
    h.send(2, proto::ExportRequest{});
    CHECK(h.last_error(2).code == ErrorCode::NotPermitted);
    CHECK_FALSE(h.got<proto::RoomRecord>(2));
    CHECK_FALSE(h.got<proto::RoomRecord>(3));
}

TEST_CASE("a replay of a record with another scenario says it does not agree", "[server][export]") {
    Harness h;
    play(h, 2);
    h.send(1, proto::ExportRequest{});
    auto record = h.last<proto::RoomRecord>(1);
    record.state_hash ^= 1; // as if the client's scenario file differed from the server's
    const debrief::GameRecord game =
        debrief::replay_game(debrief::game_log(record, scenarios().find("tutorial")));
    REQUIRE(game.problems.size() == 1);
    CHECK(game.problems[0].find("round 2") != std::string::npos);
}
