#include "round_helpers.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

namespace {
FacilitatorActions with_policy(const PolicySettings& p) {
    FacilitatorActions f;
    f.policy = p;
    return f;
}
} // namespace

TEST_CASE("single-firm grants go to their recipients' upgrading", "[core][policy]") {
    const GameState s = game();
    PolicySettings p;
    p.grant_per_firm = 10000;
    p.grant_recipients = {1, 2};
    const auto out = round_with(s, {}, with_policy(p));
    CHECK(out.result.firms[1].grants == 10000);
    CHECK(out.result.firms[0].grants == 0);
    CHECK(out.result.public_spent_by_lever[1] == 20000);
    CHECK(out.state.firms[1].capabilities[UpgradeType::Process] >
          out.state.firms[0].capabilities[UpgradeType::Process]);
    // A grant is spent on upgrading: it leaves the firm's cash where it was.
    CHECK(out.result.firms[1].investment[0] + out.result.firms[1].investment[1] == 10000);
}

TEST_CASE("the training programme raises every firm's skill", "[core][policy]") {
    const GameState s = game();
    PolicySettings p;
    p.training_programme = 80000;
    const auto out = round_with(s, {}, with_policy(p));
    const auto base = round_with(s, {});
    CHECK(out.result.public_spent_by_lever[3] == 80000);
    for (FirmId f = 0; f < 8; ++f) {
        CHECK(out.state.firms[f].workforce.skill > base.state.firms[f].workforce.skill);
        CHECK(out.result.firms[f].training == 10000);
    }
}

TEST_CASE("export promotion buys market access and subsidises trade fairs", "[core][policy]") {
    const GameState s = game();
    PolicySettings p;
    p.export_promotion = 50000;
    auto chosen = joining(s, JointActionType::TradeFair, {0, 1, 2}, 30000);
    const auto out = round_with(s, chosen, with_policy(p));
    CHECK(out.result.public_spent_by_lever[4] == 50000);
    bool fair_found = false;
    for (const auto& o : out.result.joint_actions) {
        if (o.type == JointActionType::TradeFair && o.active) {
            fair_found = true;
            CHECK(o.public_share == 50000);
            CHECK(o.share_per_member == 23334);
        }
    }
    CHECK(fair_found);
}

TEST_CASE("the public budget is never overspent", "[core][policy]") {
    Scenario sc = model_scenario();
    sc.policy.budget = 25000;
    GameState s = game_of(sc);
    PolicySettings p;
    p.grant_per_firm = 10000;
    const auto out = round_with(s, {}, with_policy(p));
    CHECK(out.state.public_spent == 25000);
    CHECK(out.result.firms[2].grants == 5000);
    CHECK(out.result.firms[3].grants == 0);
    const auto next = round_with(out.state, {});
    CHECK(next.result.public_spent == 0);
}

TEST_CASE("policy settings stay in force until changed", "[core][policy]") {
    const GameState s = game();
    PolicySettings p;
    p.grant_per_firm = 1000;
    const auto first = round_with(s, {}, with_policy(p));
    const auto second = round_with(first.state, {});
    CHECK(second.state.policy == p);
    CHECK(second.result.public_spent_by_lever[1] == 8000);
}
