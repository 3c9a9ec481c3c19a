// The full record replayed from the journal's inputs.
#include "debrief/game_replay.hpp"
#include "played_game.hpp"

using namespace hr;
using namespace hr::debrief;

TEST_CASE("the replay gives the state that was played and its public results", "[debrief]") {
    auto game = test::play_game("brenta", 7);
    const GameRecord record = replay_game(game.log);
    CHECK(record.problems.empty());
    CHECK(record.finished);
    CHECK(record.has_detail);
    CHECK(record.game_over.state_hash == state_hash(game.state));
    CHECK(record.game_over.rounds_played == game.state.round);
    CHECK(record.game_over.end == proto::GameEnd::Completed);
    REQUIRE(record.results.size() == game.results.size());
    REQUIRE(record.details.size() == game.results.size());
    for (std::size_t r = 0; r < game.results.size(); ++r) {
        CHECK(record.results[r].round == game.results[r].round);
        CHECK(record.results[r].public_spent == game.results[r].public_spent);
        CHECK(record.details[r].firms[3].result.profit == game.results[r].firms[3].profit);
        CHECK(record.details[r].firms[3].decision == game.log.rounds[r].decisions[3]);
    }
    CHECK(record.results[0].firms[0].source == proto::DecisionSource::Player);
    CHECK(record.results[0].firms[1].seat == proto::SeatKind::Bot);
    for (const auto& s : record.game_over.scores) {
        const auto& played = game.state.firms[s.firm].history;
        REQUIRE(s.history.size() == played.size());
        CHECK(s.history.back().profit == played.back().profit);
        CHECK(s.history.back().capabilities.level == played.back().capabilities.level);
    }
}

TEST_CASE("a replay that disagrees with the stored hashes says where", "[debrief]") {
    auto game = test::play_game("tutorial", 4, 3);
    game.log.rounds[1].state_hash = *game.log.rounds[1].state_hash + 1;
    const GameRecord record = replay_game(game.log);
    REQUIRE(record.problems.size() == 1);
    CHECK(record.problems[0].find("round 2") != std::string::npos);
    CHECK(record.results.size() == 3);
}

TEST_CASE("a round out of sequence stops the replay before it", "[debrief]") {
    auto game = test::play_game("tutorial", 4, 3);
    game.log.rounds.erase(game.log.rounds.begin() + 1);
    const GameRecord record = replay_game(game.log);
    REQUIRE(record.problems.size() == 1);
    CHECK(record.results.size() == 1);
    CHECK(record.game_over.rounds_played == 1);
}

TEST_CASE("a game the facilitator ended early is marked so", "[debrief]") {
    auto game = test::play_game("tutorial", 4, 2);
    game.log.phase = proto::RoomPhase::Finished;
    const GameRecord record = replay_game(game.log);
    CHECK(record.finished);
    CHECK(record.game_over.end == proto::GameEnd::EndedByFacilitator);
}

TEST_CASE("contracts and joint actions are kept after they end", "[debrief]") {
    auto game = test::play_game("brenta", 6);
    const GameRecord record = replay_game(game.log);
    REQUIRE_FALSE(record.contracts.empty());
    CHECK(std::is_sorted(record.contracts.begin(), record.contracts.end(),
                         [](const Contract& a, const Contract& b) { return a.id < b.id; }));
    CHECK(record.contracts.size() >= game.state.contracts.size());
    CHECK(record.joint_actions.size() >= game.state.joint_actions.size());
}
