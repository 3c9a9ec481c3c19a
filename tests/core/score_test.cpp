#include "round_helpers.hpp"

#include "core/buyer_offers.hpp"
#include "core/score.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

TEST_CASE("the score weighs profit, firm value and community income", "[core][score]") {
    Scenario sc = model_scenario();
    sc.score = {1.0, 0.5, 0.25};
    Firm f;
    f.cash = 100000;
    f.capacity = 100;
    f.capabilities.level = {0.5, 0.5, 0.5, 0.5};
    f.cumulative_profit = 300000;
    f.wages_paid = 800000;
    const ScoreBreakdown s = score_firm(f, sc);
    CHECK(s.profit == Approx(300));
    CHECK(s.firm_value == Approx(100 + sc.params.asset_value * 100));
    CHECK(s.community_income == Approx(800));
    CHECK(s.total == Approx(300 + 0.5 * s.firm_value + 0.25 * 800));
}

TEST_CASE("a bankrupt firm is worth nothing but keeps its history", "[core][score]") {
    const Scenario sc = model_scenario();
    Firm f;
    f.cash = -100000;
    f.bankrupt = true;
    f.cumulative_profit = -50000;
    f.wages_paid = 90000;
    CHECK(firm_value(f, sc.params) == 0);
    CHECK(score_firm(f, sc).total ==
          Approx(-50 * sc.score.profit + 90 * sc.score.community_income));
}

TEST_CASE("each round's result carries the firm's score so far", "[core][score]") {
    const GameState s = game();
    const auto out = round_with(s, {});
    CHECK(out.result.firms[0].score.total ==
          Approx(score_firm(out.state.firms[0], *s.scenario).total));
    CHECK(out.result.firms[0].score.community_income > 0.0);
}
