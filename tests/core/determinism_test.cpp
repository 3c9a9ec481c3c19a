#include "random_decisions.hpp"
#include "test_scenario.hpp"

#include "core/rules.hpp"

#include <catch2/catch.hpp>

using namespace hr;

namespace {

std::vector<std::uint64_t> hashes_of_game(std::uint64_t seed, std::uint64_t decision_seed) {
    GameState s = new_game(test::model_scenario_ptr(), seed, 8);
    Rng rng(decision_seed);
    std::vector<std::uint64_t> hashes{state_hash(s)};
    while (!s.finished()) {
        FacilitatorActions f;
        if (s.round == 4) {
            f.inject_events = {"skill-drain"};
            PolicySettings p;
            p.cofinancing_share = 0.5;
            p.service_centre = true;
            f.policy = p;
        }
        s = resolve_round(s, test::random_decisions(s, rng), f).state;
        hashes.push_back(state_hash(s));
    }
    return hashes;
}

} // namespace

TEST_CASE("the same scenario, seed and decisions give the same hash every round",
          "[core][determinism]") {
    const auto seed = GENERATE(1ULL, 2ULL, 99ULL);
    const auto a = hashes_of_game(seed, seed + 1000);
    const auto b = hashes_of_game(seed, seed + 1000);
    REQUIRE(a.size() == 11);
    CHECK(a == b);
}

TEST_CASE("another seed gives another game", "[core][determinism]") {
    const auto a = hashes_of_game(1, 5);
    const auto b = hashes_of_game(2, 5);
    for (std::size_t r = 0; r < a.size(); ++r) {
        CHECK(a[r] != b[r]);
    }
}

TEST_CASE("resolving a round leaves its input state untouched", "[core][determinism]") {
    const GameState s = new_game(test::model_scenario_ptr(), 3, 8);
    const auto before = state_hash(s);
    Rng rng(4);
    (void)resolve_round(s, test::random_decisions(s, rng));
    CHECK(state_hash(s) == before);
}

TEST_CASE("the hash covers every part of the state", "[core][determinism]") {
    const GameState s = new_game(test::model_scenario_ptr(), 3, 8);
    const auto h = state_hash(s);
    GameState t = s;
    t.firms[5].capabilities.level[2] += 1e-15;
    CHECK(state_hash(t) != h);
    t = s;
    t.rng.next_u64();
    CHECK(state_hash(t) != h);
    t = s;
    t.joint_actions[1].members.push_back(2);
    t.joint_actions[1].max_share.push_back(0);
    CHECK(state_hash(t) != h);
    t = s;
    t.market.skill_pool = 0.4;
    CHECK(state_hash(t) != h);
}
