#include "test_scenario.hpp"

#include "core/rules.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <limits>

using namespace hr;

namespace {

bool has_issue(const std::vector<ValidationIssue>& issues, const std::string& field) {
    return std::any_of(issues.begin(), issues.end(),
                       [&](const ValidationIssue& i) { return i.field == field; });
}

GameState fresh() {
    return new_game(test::model_scenario_ptr(), 7, 8);
}

} // namespace

TEST_CASE("the default decision is valid", "[core][validate]") {
    const GameState s = fresh();
    for (const auto& firm : s.firms) {
        CHECK(validate(s, firm.id, default_decision(s, firm.id)).empty());
    }
}

TEST_CASE("a wage change beyond the allowed range is refused", "[core][validate]") {
    const GameState s = fresh();
    Decision d = default_decision(s, 0);
    d.wage_change = GENERATE(0.25, -0.21, std::numeric_limits<double>::quiet_NaN(),
                             std::numeric_limits<double>::infinity());
    const auto issues = validate(s, 0, d);
    CHECK(has_issue(issues, "wage_change"));
}

TEST_CASE("negative investments and training are refused field by field", "[core][validate]") {
    const GameState s = fresh();
    Decision d = default_decision(s, 0);
    d.invest[static_cast<std::size_t>(UpgradeType::Product)] = -1;
    d.invest[static_cast<std::size_t>(UpgradeType::Intersectoral)] = -5000;
    d.training = -1;
    const auto issues = validate(s, 0, d);
    CHECK(has_issue(issues, "invest.product"));
    CHECK(has_issue(issues, "invest.intersectoral"));
    CHECK(has_issue(issues, "training"));
    CHECK_FALSE(has_issue(issues, "invest.process"));
}

TEST_CASE("a markup that is not a finite number in range is refused", "[core][validate]") {
    const GameState s = fresh();
    Decision d = default_decision(s, 0);
    d.markup = GENERATE(std::numeric_limits<double>::quiet_NaN(), -0.9, 5.0);
    CHECK(has_issue(validate(s, 0, d), "markup"));
}

TEST_CASE("spending beyond cash plus credit is refused", "[core][validate]") {
    const GameState s = fresh();
    Decision d = default_decision(s, 0);
    d.invest[0] = s.firms[0].cash - s.scenario->params.credit_line; // exactly all it can spend
    CHECK(validate(s, 0, d).empty());
    d.invest[0] += 1;
    CHECK(has_issue(validate(s, 0, d), "invest"));
}

TEST_CASE("offers must exist, be for this firm and this round, and be accepted once",
          "[core][validate]") {
    GameState s = fresh();
    REQUIRE_FALSE(s.offers.empty());
    const BuyerOffer offer = s.offers.front();
    const FirmId other = static_cast<FirmId>((offer.firm + 1) % s.firms.size());

    Decision mine = default_decision(s, offer.firm);
    mine.accept = {offer.id};
    CHECK(validate(s, offer.firm, mine).empty());

    mine.accept = {offer.id, offer.id};
    CHECK(has_issue(validate(s, offer.firm, mine), "accept[1]"));

    Decision theirs = default_decision(s, other);
    theirs.accept = {offer.id};
    CHECK(has_issue(validate(s, other, theirs), "accept[0]"));

    Decision unknown = default_decision(s, offer.firm);
    unknown.accept = {999999};
    CHECK(has_issue(validate(s, offer.firm, unknown), "accept[0]"));

    s.offers.front().round = 5;
    CHECK(has_issue(validate(s, offer.firm, mine), "accept[0]"));
}

TEST_CASE("joining, leaving and proposing joint actions are checked", "[core][validate]") {
    const GameState s = fresh();
    Decision d = default_decision(s, 2);
    d.join = {{424242, 1000}};
    d.leave = {s.joint_actions.front().id};
    d.propose = {{JointActionType::Standards, -1}};
    const auto issues = validate(s, 2, d);
    CHECK(has_issue(issues, "join[0]"));
    CHECK(has_issue(issues, "leave[0]"));
    CHECK(has_issue(issues, "propose[0]"));

    Decision ok = default_decision(s, 2);
    ok.join = {{s.joint_actions.front().id, 10000}};
    ok.propose = {{JointActionType::TradeFair, 10000}};
    CHECK(validate(s, 2, ok).empty());
}

TEST_CASE("a proposal of a type missing from the catalogue is refused", "[core][validate]") {
    Scenario sc = test::model_scenario();
    sc.joint_actions.pop_back(); // no service centre
    const GameState s = new_game(std::make_shared<const Scenario>(sc), 1, 4);
    Decision d = default_decision(s, 0);
    d.propose = {{JointActionType::ServiceCentre, 1000}};
    CHECK(has_issue(validate(s, 0, d), "propose[0]"));
}

TEST_CASE("an own brand needs functional capability above the threshold", "[core][validate]") {
    GameState s = fresh();
    Decision d = default_decision(s, 0);
    d.sell_own_brand = true;
    CHECK(has_issue(validate(s, 0, d), "sell_own_brand")); // starts at 0.20 < 0.30
    s.firms[0].capabilities[UpgradeType::Functional] = 0.5;
    CHECK(validate(s, 0, d).empty());
    d.sell_adjacent = true;
    CHECK(has_issue(validate(s, 0, d), "sell_adjacent"));
}

TEST_CASE("decisions for another round or another firm are refused", "[core][validate]") {
    const GameState s = fresh();
    Decision d = default_decision(s, 1);
    d.round = 3;
    CHECK(has_issue(validate(s, 1, d), "round"));
    Decision e = default_decision(s, 1);
    CHECK(has_issue(validate(s, 2, e), "firm"));
    CHECK(has_issue(validate(s, 99, e), "firm"));
}

TEST_CASE("an acquired firm may not invest in design, sell its brand or join marketing actions",
          "[core][validate]") {
    GameState s = fresh();
    s.firms[3].acquired = true;
    s.firms[3].capabilities[UpgradeType::Functional] = 0.6;
    Decision d = default_decision(s, 3);
    d.invest[static_cast<std::size_t>(UpgradeType::Functional)] = 1000;
    d.sell_own_brand = true;
    for (const auto& action : s.joint_actions) {
        if (action.type == JointActionType::CollectiveLabel) {
            d.join.push_back({action.id, 1000});
        }
    }
    const auto issues = validate(s, 3, d);
    CHECK(has_issue(issues, "invest.functional"));
    CHECK(has_issue(issues, "sell_own_brand"));
    CHECK(has_issue(issues, "join[0]"));
}

TEST_CASE("validate reports every problem at once and changes nothing", "[core][validate]") {
    const GameState s = fresh();
    const auto before = state_hash(s);
    Decision d = default_decision(s, 0);
    d.wage_change = 1.0;
    d.invest[0] = -1;
    d.accept = {12345};
    d.join = {{777, 10}};
    const auto issues = validate(s, 0, d);
    CHECK(issues.size() >= 4);
    CHECK(state_hash(s) == before);
}

TEST_CASE("a bankrupt firm makes no decisions", "[core][validate]") {
    GameState s = fresh();
    s.firms[4].bankrupt = true;
    CHECK(has_issue(validate(s, 4, default_decision(s, 4)), "firm"));
}

TEST_CASE("facilitator actions are checked", "[core][validate]") {
    const GameState s = fresh();
    FacilitatorActions a;
    a.inject_events = {"no-such-event", "fixed-only", "skill-drain"};
    PolicySettings p;
    p.cofinancing_share = 0.95;
    p.grant_per_firm = -1;
    p.grant_recipients = {40};
    p.training_programme = -5;
    p.export_promotion = -5;
    a.policy = p;
    const auto issues = validate(s, a);
    CHECK(has_issue(issues, "inject_events[0]"));
    CHECK(has_issue(issues, "inject_events[1]"));
    CHECK_FALSE(has_issue(issues, "inject_events[2]"));
    CHECK(has_issue(issues, "policy.cofinancing_share"));
    CHECK(has_issue(issues, "policy.grant_per_firm"));
    CHECK(has_issue(issues, "policy.grant_recipients[0]"));
    CHECK(has_issue(issues, "policy.training_programme"));
    CHECK(has_issue(issues, "policy.export_promotion"));
}

TEST_CASE("an invalid decision is replaced by the default when the round resolves",
          "[core][validate]") {
    const GameState s = fresh();
    Decision bad = default_decision(s, 0);
    bad.invest[0] = 10'000'000; // far beyond cash
    std::vector<std::optional<Decision>> with_bad(s.firms.size());
    with_bad[0] = bad;
    const std::vector<std::optional<Decision>> none(s.firms.size());
    CHECK(state_hash(resolve_round(s, with_bad).state) == state_hash(resolve_round(s, none).state));
}
