#include "round_helpers.hpp"

#include "core/accounts.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

TEST_CASE("profit is revenue minus every cost, and cash moves by exactly the profit",
          "[core][accounts]") {
    const GameState s = game();
    Decision d = investing(s, 0, 10000);
    d.training = 3000;
    const auto out = round_with(s, {{0, d}});
    const FirmResult& r = out.result.firms[0];
    CHECK(r.fixed_cost == s.scenario->params.fixed_cost);
    CHECK(r.investment[2] == 10000);
    CHECK(r.training == 3000);
    CHECK(r.profit == total_revenue(r) - total_costs(r));
    CHECK(out.state.firms[0].cash == s.firms[0].cash + r.profit);
    CHECK(out.state.firms[0].cumulative_profit == r.profit);
    CHECK(out.state.firms[0].wages_paid == r.wage_bill);
    CHECK(r.wage_bill > 0);
    CHECK(r.input_cost > 0);
}

TEST_CASE("a firm whose cash falls below the credit line goes bankrupt and leaves",
          "[core][accounts]") {
    GameState s = game();
    s.firms[5].cash = s.scenario->params.credit_line + 1000;
    s.firms[5].workforce.wage = 3.0; // it sells at a loss
    Decision d = default_decision(s, 5);
    d.markup = -0.4;
    d.join = {{catalogue_action(s, JointActionType::TradeFair).id, 1000}};
    const auto out = round_with(s, {{5, d}});
    const Firm& f = out.state.firms[5];
    CHECK(f.bankrupt);
    CHECK(f.bankrupt_round == 1);
    CHECK(out.result.firms[5].went_bankrupt);
    CHECK(out.result.firms[5].laid_off > 0.0);
    CHECK(f.workforce.employment == 0.0);
    CHECK(out.result.cluster.active_firms == 7);
    CHECK(catalogue_action(out.state, JointActionType::TradeFair).members.empty());
    // Out of the market from then on.
    const auto next = round_with(out.state, {});
    CHECK_FALSE(next.result.firms[5].active);
    CHECK(next.result.firms[5].volume[1] == 0.0);
    CHECK(next.state.firms[5].cash == f.cash);
}

TEST_CASE("a firm that sells out hires and grows", "[core][accounts]") {
    const GameState s = game();
    const auto out = round_with(s, {});
    // At the start every firm sells its whole capacity at the low end.
    CHECK(out.result.firms[0].volume[1] == Approx(s.firms[0].capacity));
    CHECK(out.state.firms[0].capacity ==
          Approx(s.firms[0].capacity * (1.0 + s.scenario->params.capacity_growth)));
}
