// The JSON document of the whole game.
#include "debrief/game_json.hpp"
#include "played_game.hpp"

#include <nlohmann/json.hpp>

using namespace hr;
using namespace hr::debrief;

TEST_CASE("the JSON holds the scores, histories, rounds and research answers",
          "[debrief][export]") {
    auto game = test::play_game("sinos-valley", 6);
    const GameRecord record = replay_game(game.log);
    const auto answers = answer_research_questions(record.input);
    const auto doc = nlohmann::json::parse(game_json(record, answers));
    CHECK(doc["format"] == "highroad-game");
    CHECK(doc["source"] == "server");
    CHECK(doc["room"] == "QX7K2");
    CHECK(doc["scenario"] == "sinos-valley");
    CHECK(doc["finished"] == true);
    CHECK(doc["end"] == "completed");
    CHECK(doc["rounds_played"] == game.state.total_rounds);
    CHECK(doc["state_hash"].get<std::string>().size() == 16);
    REQUIRE(doc["firms"].size() == 6);
    const auto& firm = doc["firms"][0];
    CHECK(firm["player"] == "Ana");
    CHECK(firm["history"].size() == static_cast<std::size_t>(game.state.total_rounds));
    CHECK(firm["score"]["total"].get<double>() == Approx(record.game_over.scores[0].score.total));
    REQUIRE(firm["rounds"].size() == static_cast<std::size_t>(game.state.total_rounds));
    CHECK(firm["rounds"][1]["decision"]["invest"]["process"] ==
          game.log.rounds[1].decisions[0].invest[0]);
    CHECK(firm["rounds"][1]["result"]["profit"] == game.results[1].firms[0].profit);
    CHECK(doc["cluster"].size() == game.state.cluster_history.size());
    REQUIRE(doc["rounds"].size() == game.results.size());
    CHECK(doc["rounds"][0]["public_spent_by_lever"]["cofinancing"] ==
          game.results[0].public_spent_by_lever[0]);
    CHECK(doc["policy_changes"].size() == 2);
    CHECK(doc["contracts"].size() == record.contracts.size());
    CHECK(doc["research"]["public_budget"]["spent"] == game.state.public_spent);
    CHECK(doc["research"]["joint_actions"]["members"]["firms"] ==
          answers.joint_actions.members.firms);
}

TEST_CASE("a client's JSON says where it comes from and leaves out what it cannot know",
          "[debrief][export]") {
    auto game = test::play_game("tutorial", 4);
    const GameRecord server = replay_game(game.log);
    const GameRecord client =
        record_from_messages(server.room_code, server.scenario_id, server.scenario,
                             server.game_over, server.results, server.input.public_budget);
    const auto doc =
        nlohmann::json::parse(game_json(client, answer_research_questions(client.input)));
    CHECK(doc["source"] == "client");
    CHECK_FALSE(doc["firms"][0].contains("rounds"));
    CHECK_FALSE(doc.contains("contracts"));
    CHECK(doc["rounds"].size() == game.results.size());
}

TEST_CASE("a running room's JSON says so", "[debrief][export]") {
    auto game = test::play_game("tutorial", 4, 2);
    const GameRecord record = replay_game(game.log);
    const auto doc =
        nlohmann::json::parse(game_json(record, answer_research_questions(record.input)));
    CHECK(doc["finished"] == false);
    CHECK(doc["end"] == "running");
    CHECK(doc["rounds_played"] == 2);
    CHECK(doc["total_rounds"] == game.state.total_rounds);
}
