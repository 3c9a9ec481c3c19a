#include "round_helpers.hpp"

#include "core/det_math.hpp"
#include "core/joint_actions.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hr;
using namespace hr::test;

namespace {

const JointActionOutcome& outcome_of(const RoundResult& r, JointActionId id) {
    return *std::find_if(r.joint_actions.begin(), r.joint_actions.end(),
                         [&](const JointActionOutcome& o) { return o.id == id; });
}

constexpr auto kProcess = static_cast<std::size_t>(UpgradeType::Process);

} // namespace

TEST_CASE("joint-action strength grows with members and saturates", "[core][joint_actions]") {
    const ModelParams p;
    CHECK(joint_strength(p, 0, 1.0) == 0.0);
    CHECK(joint_strength(p, 3, 1.0) == Approx(1.0 - det_exp(-1.0)));
    CHECK(joint_strength(p, 4, 1.0) > joint_strength(p, 3, 1.0));
    CHECK(joint_strength(p, 16, 1.0) < p.jmax);
    CHECK(joint_strength(p, 6, 0.5) == Approx(0.5 * joint_strength(p, 6, 1.0)));
    CHECK(member_share(120000, 0, 8) == 15000);
    CHECK(member_share(100000, 0, 3) == 33334); // rounded up: the members cover the cost
    CHECK(member_share(120000, 60000, 4) == 15000);
}

TEST_CASE("an action activates only with enough members willing to pay their share",
          "[core][joint_actions]") {
    const GameState s = game();
    const auto& consultants = catalogue_action(s, JointActionType::SharedConsultants);
    const auto two = round_with(s, joining(s, JointActionType::SharedConsultants, {0, 1}, 90000));
    CHECK_FALSE(outcome_of(two.result, consultants.id).active);
    CHECK(outcome_of(two.result, consultants.id).why_not.find("3 members needed") == 0);
    CHECK(two.result.firms[0].joint_action_shares == 0);

    const auto four =
        round_with(s, joining(s, JointActionType::SharedConsultants, {0, 1, 2, 3}, 30000));
    const auto& o = outcome_of(four.result, consultants.id);
    CHECK(o.active);
    CHECK(o.share_per_member == 30000);
    CHECK(o.members == std::vector<FirmId>{0, 1, 2, 3});
    CHECK(four.result.firms[2].joint_action_shares == 30000);

    // At 15 k$ each, 8 firms would be needed: the share is above what 4 will pay.
    const auto stingy =
        round_with(s, joining(s, JointActionType::SharedConsultants, {0, 1, 2, 3}, 15000));
    CHECK_FALSE(outcome_of(stingy.result, consultants.id).active);
}

TEST_CASE("co-financing turns a coordination failure into an active action",
          "[core][joint_actions]") {
    const GameState s = game();
    const auto& standards = catalogue_action(s, JointActionType::Standards);
    const auto chosen = joining(s, JointActionType::Standards, {0, 1, 2, 3, 4, 5, 6, 7}, 10000);
    const auto alone = round_with(s, chosen);
    CHECK_FALSE(outcome_of(alone.result, standards.id).active); // 15 k$ each > 10 k$

    FacilitatorActions f;
    PolicySettings p;
    p.cofinancing_share = 0.5;
    f.policy = p;
    const auto helped = round_with(s, chosen, f);
    const auto& o = outcome_of(helped.result, standards.id);
    CHECK(o.active);
    CHECK(o.public_share == 60000);
    CHECK(o.share_per_member == 7500);
    CHECK(helped.result.public_spent_by_lever[0] == 60000);
    CHECK(helped.state.public_spent == 60000);
}

TEST_CASE("an established action costs only its running share, so it can outlive co-financing",
          "[core][joint_actions]") {
    GameState s = game();
    const auto id = catalogue_action(s, JointActionType::Standards).id;
    FacilitatorActions f;
    PolicySettings p;
    p.cofinancing_share = 0.5;
    f.policy = p;
    const auto chosen = joining(s, JointActionType::Standards, {0, 1, 2, 3, 4, 5, 6, 7}, 10000);
    s = round_with(s, chosen, f).state; // set-up: 120 k$, half public, 7.5 k$ each
    FacilitatorActions stop;
    stop.policy = PolicySettings{};
    const auto later = round_with(s, {}, stop);
    const auto& o = outcome_of(later.result, id);
    CHECK(o.active);
    CHECK(o.public_share == 0);
    CHECK(o.share_per_member == 7500); // running: 60 k$ over 8 members
    CHECK(action_cost(s.scenario->params, *s.scenario->joint_action(JointActionType::Standards),
                      catalogue_action(s, JointActionType::Standards).rounds_active) == 60000);
}

TEST_CASE("members leave when their share rises above what they will pay",
          "[core][joint_actions]") {
    const GameState s = game();
    auto chosen = joining(s, JointActionType::JointPurchasing, {0, 1, 2, 3, 4}, 40000);
    chosen[4].join.back().max_share = 20000; // at 5 members the share is 24 k$
    const auto out = round_with(s, chosen);
    const auto& o =
        outcome_of(out.result, catalogue_action(s, JointActionType::JointPurchasing).id);
    CHECK(o.active);
    CHECK(o.members == std::vector<FirmId>{0, 1, 2, 3});
    CHECK(o.share_per_member == 30000);
    CHECK(out.result.firms[4].joint_action_shares == 0);
}

TEST_CASE("members gain more than non-members, who still get a positive spill-over",
          "[core][joint_actions]") {
    const GameState s = game();
    auto chosen = joining(s, JointActionType::SharedConsultants, {0, 1, 2, 3}, 40000);
    for (FirmId f = 0; f < 8; ++f) {
        const auto joins = chosen.count(f) ? chosen[f].join : std::vector<JoinRequest>{};
        chosen[f] = investing(s, f, 20000);
        chosen[f].join = joins;
    }
    const auto out = round_with(s, chosen);
    const auto& member = out.result.firms[0].upgrading[kProcess];
    const auto& outsider = out.result.firms[6].upgrading[kProcess];
    CHECK(outsider.joint_actions > 0.0);
    CHECK(member.joint_actions > 2.0 * outsider.joint_actions);
    CHECK(out.result.firms[0].member_of.size() == 1);
    CHECK(out.result.firms[6].member_of.empty());
}

TEST_CASE("joint purchasing lowers members' input cost", "[core][joint_actions]") {
    const GameState s = game();
    const auto out =
        round_with(s, joining(s, JointActionType::JointPurchasing, {0, 1, 2, 3}, 40000));
    CHECK(out.result.firms[0].input_discount > 0.0);
    CHECK(out.result.firms[0].unit_cost < out.result.firms[7].unit_cost);
    CHECK(out.result.firms[7].input_discount < out.result.firms[0].input_discount);
}

TEST_CASE("standards and certification certify their members", "[core][joint_actions]") {
    const GameState s = game();
    const auto out = round_with(s, joining(s, JointActionType::Standards, {0, 1, 2}, 40000));
    CHECK(out.state.firms[0].certified);
    CHECK(out.result.firms[2].certified);
    CHECK_FALSE(out.state.firms[5].certified);
}

TEST_CASE("market research members see next round's conditions in advance",
          "[core][joint_actions]") {
    GameState s = game();
    s = round_with(s, {}).state; // round 1; the competitor shock is scheduled for round 3
    const auto out = round_with(s, joining(s, JointActionType::MarketResearch, {0, 1, 2}, 40000));
    const MarketForecast& f = out.result.firms[1].forecast;
    REQUIRE(f.available);
    CHECK(f.scheduled_events == std::vector<std::string>{"low-cost-competitor"});
    CHECK_FALSE(out.result.firms[6].forecast.available);
    const auto next = round_with(out.state, {});
    CHECK(next.state.market.p_comp == f.p_comp_next);
    CHECK(f.p_comp_next < out.state.market.p_comp);
}

TEST_CASE("a learning network pulls members toward its best member", "[core][joint_actions]") {
    GameState s = game();
    s.firms[0].capabilities[UpgradeType::Process] = 0.8;
    const auto out = round_with(s, joining(s, JointActionType::LearningNetwork, {0, 1, 2}, 40000));
    const auto& pulled = out.result.firms[1].upgrading[kProcess];
    CHECK(pulled.learning_network > 0.0);
    CHECK(out.state.firms[1].capabilities[UpgradeType::Process] >
          out.state.firms[5].capabilities[UpgradeType::Process] + 0.05);
    CHECK(out.result.firms[0].upgrading[kProcess].learning_network == 0.0);
}

TEST_CASE("the service centre needs public co-funding", "[core][joint_actions]") {
    const GameState s = game();
    const auto chosen = joining(s, JointActionType::ServiceCentre, {0, 1, 2, 3}, 50000);
    const auto id = catalogue_action(s, JointActionType::ServiceCentre).id;
    const auto without = round_with(s, chosen);
    CHECK_FALSE(outcome_of(without.result, id).active);
    CHECK(outcome_of(without.result, id).why_not ==
          "needs public co-funding of the service centre");

    FacilitatorActions f;
    PolicySettings p;
    p.service_centre = true;
    f.policy = p;
    const auto with = round_with(s, chosen, f);
    CHECK(outcome_of(with.result, id).active);
    CHECK(with.result.public_spent_by_lever[2] == s.scenario->policy.service_centre_cost);
}

TEST_CASE("a lead firm whose buyer dislikes branding vetoes the collective label",
          "[core][joint_actions]") {
    GameState s = game();
    REQUIRE(s.firms[0].lead_firm);
    Contract c;
    c.id = 50;
    c.terms.firm = 0;
    c.terms.buyer_id = "retailer"; // dislikes collective branding
    c.terms.governance = Governance::QuasiHierarchy;
    c.terms.volume = 30;
    c.terms.unit_price = 26000;
    c.first_round = 1;
    c.last_round = 3;
    const auto chosen = joining(s, JointActionType::CollectiveLabel, {1, 2, 3, 4}, 40000);
    const auto id = catalogue_action(s, JointActionType::CollectiveLabel).id;

    CHECK(outcome_of(round_with(s, chosen).result, id).active);
    s.contracts.push_back(c);
    const auto vetoed = round_with(s, chosen);
    CHECK_FALSE(outcome_of(vetoed.result, id).active);
    CHECK(outcome_of(vetoed.result, id).why_not.find("vetoed by the lead firm") == 0);
    const auto& action =
        *std::find_if(vetoed.state.joint_actions.begin(), vetoed.state.joint_actions.end(),
                      [&](const JointAction& a) { return a.id == id; });
    CHECK(action.vetoed);
    CHECK(vetoed.result.firms[1].joint_action_shares == 0);
}

TEST_CASE("the label's reputation falls when members below its standard sell under it",
          "[core][joint_actions]") {
    GameState s = game();
    for (FirmId f = 0; f < 4; ++f) {
        s.firms[f].capabilities[UpgradeType::Functional] = 0.6;
        s.firms[f].capabilities[UpgradeType::Product] = 0.6;
    }
    auto chosen = joining(s, JointActionType::CollectiveLabel, {0, 1, 2, 3}, 40000);
    for (auto& [f, d] : chosen) {
        d.sell_own_brand = true;
    }
    const auto clean = round_with(s, chosen);
    GameState cheat = s;
    cheat.firms[3].capabilities[UpgradeType::Product] = 0.1; // below the 0.35 standard
    const auto dirty = round_with(cheat, chosen);
    CHECK(clean.result.label_reputation > s.scenario->params.label_start_reputation);
    CHECK(dirty.result.label_reputation < s.scenario->params.label_start_reputation);
    CHECK(clean.result.firms[0].label_premium > 0.0);
}

TEST_CASE("leaving an action takes the firm out of it", "[core][joint_actions]") {
    GameState s = game();
    s = round_with(s, joining(s, JointActionType::TradeFair, {0, 1, 2}, 50000)).state;
    Decision leave = default_decision(s, 2);
    leave.leave = {catalogue_action(s, JointActionType::TradeFair).id};
    const auto out = round_with(s, {{2, leave}});
    CHECK(catalogue_action(out.state, JointActionType::TradeFair).members ==
          std::vector<FirmId>{0, 1});
}

TEST_CASE("a firm's proposal becomes a new action others can join", "[core][joint_actions]") {
    const GameState s = game();
    Decision d = default_decision(s, 3);
    d.propose = {{JointActionType::LearningNetwork, 25000}};
    const auto out = round_with(s, {{3, d}});
    const JointAction& proposed = out.state.joint_actions.back();
    CHECK_FALSE(proposed.catalogue);
    CHECK(proposed.proposer == 3);
    CHECK(proposed.proposed_round == 1);
    CHECK(proposed.members == std::vector<FirmId>{3});
}
