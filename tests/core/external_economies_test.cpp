#include "round_helpers.hpp"

#include "core/external_economies.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

TEST_CASE("external economies grow with the cluster's capability and skill pool",
          "[core][external_economies]") {
    GameState s = game();
    const double base = external_economies(s);
    CHECK(base == Approx(s.scenario->params.ext * 0.30 * 1.0));
    for (auto& f : s.firms) {
        f.capabilities[UpgradeType::Process] = 0.6;
        f.capabilities[UpgradeType::Product] = 0.6;
    }
    CHECK(external_economies(s) == Approx(2.0 * base));
    s.market.skill_pool = 0.25;
    CHECK(external_economies(s) == Approx(base));
}

TEST_CASE("bankrupt firms do not count in the cluster's external economies",
          "[core][external_economies]") {
    GameState s = game();
    s.firms[0].capabilities[UpgradeType::Process] = 1.0;
    const double with = external_economies(s);
    s.firms[0].bankrupt = true;
    CHECK(external_economies(s) < with);
}

TEST_CASE("the share of inputs bought locally follows the skill pool",
          "[core][external_economies]") {
    GameState s = game();
    CHECK(local_input_share(s) == Approx(s.scenario->params.local_input_share));
    s.market.skill_pool = 0.1;
    CHECK(local_input_share(s) < s.scenario->params.local_input_share);
}
