#include "random_decisions.hpp"
#include "test_scenario.hpp"

#include "core/rules.hpp"
#include "core/save_game.hpp"

#include <catch2/catch.hpp>

using namespace hr;

namespace {

GameState played(std::uint64_t seed, int rounds, Rng& rng) {
    GameState s = new_game(test::model_scenario_ptr(), seed, 8);
    for (int r = 0; r < rounds; ++r) {
        s = resolve_round(s, test::random_decisions(s, rng)).state;
    }
    return s;
}

} // namespace

TEST_CASE("a saved game loads back with the same hash", "[core][save]") {
    const int rounds = GENERATE(0, 1, 4, 10);
    Rng rng(static_cast<std::uint64_t>(rounds) + 11);
    const GameState s = played(42, rounds, rng);
    const std::string text = save_game(s);
    const LoadedGame loaded = load_game(text, s.scenario);
    REQUIRE(loaded.error.empty());
    REQUIRE(loaded.state.has_value());
    CHECK(state_hash(*loaded.state) == state_hash(s));
    CHECK(save_game(*loaded.state) == text);
}

TEST_CASE("a loaded game continues exactly as the original", "[core][save]") {
    Rng rng(8);
    GameState original = played(5, 3, rng);
    GameState copy = *load_game(save_game(original), original.scenario).state;
    Rng a(77);
    Rng b(77);
    while (!original.finished()) {
        original = resolve_round(original, test::random_decisions(original, a)).state;
        copy = resolve_round(copy, test::random_decisions(copy, b)).state;
        REQUIRE(state_hash(copy) == state_hash(original));
    }
}

TEST_CASE("a save is refused with the reason when it is not one", "[core][save]") {
    Rng rng(1);
    const GameState s = played(9, 2, rng);
    const auto scenario = s.scenario;
    CHECK(load_game("not json", scenario).error == "not a JSON object");
    CHECK(load_game("{}", scenario).error.find("format") == 0);
    CHECK(load_game(R"({"format":"highroad-save","version":99})", scenario).error.find("version") ==
          0);

    Scenario other = test::model_scenario();
    other.id = "another";
    CHECK(load_game(save_game(s), std::make_shared<const Scenario>(other)).error.find("scenario") ==
          0);

    std::string text = save_game(s);
    const auto at = text.find("\"frontier\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 10, "\"frontierx\"");
    const LoadedGame broken = load_game(text, scenario);
    CHECK_FALSE(broken.state.has_value());
    CHECK(broken.error == "state.market.frontier: missing");
}

TEST_CASE("a save with a wrongly typed or dangling field is refused", "[core][save]") {
    Rng rng(2);
    const GameState s = played(3, 1, rng);
    std::string text = save_game(s);
    const auto at = text.find("\"total_rounds\": 10");
    REQUIRE(at != std::string::npos);
    text.replace(at, 18, "\"total_rounds\": \"ten\"");
    CHECK(load_game(text, s.scenario).error == "state.total_rounds: not an integer");

    GameState t = s;
    t.offers.push_back(t.offers.empty() ? BuyerOffer{} : t.offers.front());
    t.offers.back().firm = 200;
    CHECK(load_game(save_game(t), s.scenario).error.find("state.offers") == 0);
}
