#include "round_helpers.hpp"

#include "core/rng.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

using namespace hr;
using namespace hr::test;

TEST_CASE("the preview adds up investment, training and expected shares", "[core][preview]") {
    const GameState s = game();
    Decision d = investing(s, 0, 5000);
    d.training = 2000;
    d.join = {{catalogue_action(s, JointActionType::Standards).id, 100000}};
    const DecisionCost c = preview_cost(s, 0, d);
    CHECK(c.investment == 20000);
    CHECK(c.training == 2000);
    CHECK(c.joint_action_shares == 40000); // alone so far: the share of the 3 members needed
    CHECK(c.cash_after_outlays == s.firms[0].cash - 62000);
    CHECK(c.credit_line == s.scenario->params.credit_line);
}

TEST_CASE("the preview never counts more than the firm will pay", "[core][preview]") {
    const GameState s = game();
    Decision d = default_decision(s, 0);
    d.join = {{catalogue_action(s, JointActionType::Standards).id, 12000}};
    CHECK(preview_cost(s, 0, d).joint_action_shares == 12000);
    d.leave = {};
    d.propose = {{JointActionType::TradeFair, 3000}};
    CHECK(preview_cost(s, 0, d).joint_action_shares == 15000);
}

TEST_CASE("the preview counts co-financing and memberships already held", "[core][preview]") {
    GameState s = game();
    PolicySettings p;
    p.cofinancing_share = 0.5;
    FacilitatorActions f;
    f.policy = p;
    s = round_with(s, joining(s, JointActionType::Standards, {0, 1, 2, 3, 4, 5}, 50000), f).state;
    const Decision stay = default_decision(s, 0);
    // Established, it costs half of 120 k$; half of that is co-financed; 6 members share the rest.
    CHECK(preview_cost(s, 0, stay).joint_action_shares == 5000);
    Decision leave = default_decision(s, 0);
    leave.leave = {catalogue_action(s, JointActionType::Standards).id};
    CHECK(preview_cost(s, 0, leave).joint_action_shares == 0);
}

TEST_CASE("amounts at the ends of Money's range add up without wrapping around",
          "[core][preview]") {
    // Found writing the hostile-client tests, confirmed by UBSan under fuzz_room_message: two
    // investments of the largest Money overflowed their sum (undefined behaviour), and a sum
    // that wrapped around to 0 passed the check against cash.
    const GameState s = game();
    constexpr Money kMax = std::numeric_limits<Money>::max();
    constexpr Money kMin = std::numeric_limits<Money>::min();
    const auto fields = [&](const Decision& d) {
        std::vector<std::string> out;
        for (const auto& issue : validate(s, 0, d)) {
            out.push_back(issue.field);
        }
        return out;
    };
    Decision d = default_decision(s, 0);
    d.invest = {kMax, kMax, 2, 0};
    const DecisionCost c = preview_cost(s, 0, d);
    CHECK(c.investment == kMax);
    CHECK(c.cash_after_outlays < c.credit_line);
    CHECK_THAT(fields(d), Catch::VectorContains(std::string("invest")));
    d = default_decision(s, 0);
    d.training = kMin;
    CHECK(preview_cost(s, 0, d).cash_after_outlays == kMax);
    CHECK_THAT(fields(d), Catch::VectorContains(std::string("training")));
    d = default_decision(s, 0);
    d.propose = {{JointActionType::TradeFair, kMax}, {JointActionType::Standards, kMax}};
    d.join = {{catalogue_action(s, JointActionType::Standards).id, kMax}};
    CHECK(preview_cost(s, 0, d).joint_action_shares > 0);
}

TEST_CASE("the outlay ceiling is never below what the preview counts, so validate may trust it",
          "[core][preview]") {
    const std::uint64_t seed = GENERATE(range(1, 41));
    GameState s = game(seed);
    s = round_with(s, joining(s, JointActionType::Standards, {0, 1, 2, 3}, 30000)).state;
    Rng rng(seed);
    const auto amount = [&](Money most) {
        return static_cast<Money>(rng.below(static_cast<std::uint64_t>(most) + 1));
    };
    int refusals = 0;
    for (int trial = 0; trial < 50; ++trial) {
        const auto f = static_cast<FirmId>(rng.below(s.firms.size()));
        Decision d = default_decision(s, f);
        for (Money& m : d.invest) {
            m = amount(150000);
        }
        d.training = amount(20000);
        for (const auto& action : s.joint_actions) {
            const auto pick = rng.below(4);
            if (pick == 0) {
                d.join.push_back({action.id, amount(80000) - 10000});
            } else if (pick == 1) {
                d.leave.push_back(action.id);
            }
        }
        if (rng.below(2) == 0) {
            d.propose.push_back({JointActionType::TradeFair, amount(50000)});
        }
        const DecisionCost c = preview_cost(s, f, d);
        const Money counted = c.investment + c.training + c.joint_action_shares;
        INFO("seed " << seed << " trial " << trial << " firm " << f);
        CHECK(counted <= outlay_ceiling(s, f, d));
        // validate's verdict on cash is the preview's, whichever way it got there.
        const auto issues = validate(s, f, d);
        const bool refused =
            std::any_of(issues.begin(), issues.end(),
                        [](const ValidationIssue& i) { return i.field == "invest"; });
        CHECK(refused == (c.cash_after_outlays < c.credit_line));
        refusals += refused ? 1 : 0;
    }
    // Both ways through validate's check were taken.
    CHECK(refusals > 0);
    CHECK(refusals < 50);
}
