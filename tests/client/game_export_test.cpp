// The teacher's export: a CSV row per firm and round, a JSON document of the game.
#include "game_export.hpp"
#include "visuals_game.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

using namespace hr;
using namespace hr::client;

namespace {

GameRecord record_of(const test::PlayedGame& game) {
    GameRecord r;
    r.room_code = "QX7K2";
    r.scenario = "sinos-valley";
    r.game_over = *game.game_over;
    r.results = game.views;
    r.input = debrief_input(r.game_over, r.results, game.scenario.get(), game.state.public_budget);
    return r;
}

// Splits one CSV line into fields, honouring quotes.
std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                out.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                out.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        out.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return out;
}

std::filesystem::path temp_dir(const std::string& name) {
    std::random_device random;
    return std::filesystem::temp_directory_path() /
           ("highroad_" + name + "_" + std::to_string(random()));
}

} // namespace

TEST_CASE("the CSV has one row per firm and round with every column", "[client][export]") {
    auto game = test::play_game("sinos-valley", 6);
    REQUIRE(game.game_over);
    GameRecord record = record_of(game);
    record.game_over.scores[2].name = "Calçados \"Novo\", Hamburgo"; // quotes and a comma
    auto rows = lines(firm_rounds_csv(record));
    REQUIRE(rows.size() == 1 + 6 * static_cast<std::size_t>(game.state.total_rounds));
    const auto header = fields(rows[0]);
    CHECK(header.front() == "round");
    CHECK(header.size() == 24);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        auto f = fields(rows[i]);
        REQUIRE(f.size() == header.size());
    }
    // Row order: firm by firm, round by round.
    auto first = fields(rows[1]);
    CHECK(first[0] == "1");
    CHECK(first[1] == "0");
    CHECK(first[2] == game.state.firms[0].name);
    CHECK(first[3] == "human");
    auto quoted = fields(rows[1 + 2 * static_cast<std::size_t>(game.state.total_rounds)]);
    CHECK(quoted[2] == "Calçados \"Novo\", Hamburgo");
    CHECK(quoted[3] == "bot");
    // Profit of firm 1 in round 3, in dollars.
    auto row = fields(rows[1 + static_cast<std::size_t>(game.state.total_rounds) + 2]);
    CHECK(row[0] == "3");
    CHECK(row[12] == std::to_string(game.state.firms[1].history[2].profit));
}

TEST_CASE("the JSON holds the scores, histories, rounds and research answers", "[client][export]") {
    auto game = test::play_game("sinos-valley", 6);
    GameRecord record = record_of(game);
    auto answers = answer_research_questions(record.input);
    auto doc = nlohmann::json::parse(game_json(record, answers));
    CHECK(doc["room"] == "QX7K2");
    CHECK(doc["scenario"] == "sinos-valley");
    CHECK(doc["rounds_played"] == game.state.total_rounds);
    REQUIRE(doc["firms"].size() == 6);
    CHECK(doc["firms"][0]["history"].size() == static_cast<std::size_t>(game.state.total_rounds));
    CHECK(doc["firms"][0]["score"]["total"].get<double>() ==
          Approx(game.game_over->scores[0].score.total));
    CHECK(doc["cluster"].size() == game.state.cluster_history.size());
    REQUIRE(doc["rounds"].size() == game.results.size());
    CHECK(doc["rounds"][0]["public_spent_by_lever"]["cofinancing"] ==
          game.results[0].public_spent_by_lever[0]);
    CHECK(doc["research"]["public_budget"]["spent"] == game.state.public_spent);
    CHECK(doc["research"]["joint_actions"]["members"]["firms"] ==
          answers.joint_actions.members.firms);
}

TEST_CASE("exporting writes both files into the folder, creating it", "[client][export]") {
    auto game = test::play_game("tutorial", 4, 0, 7);
    GameRecord record = record_of(game);
    auto dir = temp_dir("export") / "nested";
    auto outcome = export_game(record, answer_research_questions(record.input), dir);
    CHECK(outcome.problem.empty());
    REQUIRE(outcome.files.size() == 2);
    CHECK(outcome.files[0] == dir / "QX7K2-firm-rounds.csv");
    CHECK(outcome.files[1] == dir / "QX7K2-game.json");
    std::ifstream csv(outcome.files[0]);
    std::stringstream text;
    text << csv.rdbuf();
    CHECK(text.str() == firm_rounds_csv(record));
    std::filesystem::remove_all(dir.parent_path());
}

TEST_CASE("an export into a folder that cannot be made says why", "[client][export]") {
    auto game = test::play_game("tutorial", 3, 2, 7);
    game.game_over = test::game_over_of(game.state);
    GameRecord record = record_of(game);
    auto file = temp_dir("not_a_folder");
    std::ofstream(file) << "a file, not a folder";
    auto outcome = export_game(record, answer_research_questions(record.input), file / "inside");
    CHECK(outcome.files.empty());
    CHECK_FALSE(outcome.problem.empty());
    std::filesystem::remove(file);
}

TEST_CASE("the default export folder is HighRoad-exports in the home folder", "[client][export]") {
    CHECK(default_export_dir().filename() == "HighRoad-exports");
}
