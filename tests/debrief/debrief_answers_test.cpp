// The three research questions answered from hand-made games, where the answers are known.
#include "debrief/debrief_answers.hpp"
#include "played_game.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::debrief;

namespace {

FirmRecord record(int round, double capability, double wage, double unit_value = 30) {
    FirmRecord r;
    r.round = round;
    r.wage = wage;
    r.unit_value = unit_value;
    r.capabilities.level.fill(capability);
    return r;
}

// A firm that went from capability `from` to `to` and wage 1 to `wage` over two rounds.
FirmGame firm(FirmId id, double from, double to, double wage) {
    FirmGame f;
    f.firm = id;
    f.name = "Firm " + std::to_string(id);
    f.history = {record(1, from, 1.0), record(2, to, wage)};
    return f;
}

RoundFacts round(int n, std::size_t firms) {
    RoundFacts r;
    r.round = n;
    r.joint_actions.resize(firms);
    r.contracts.resize(firms);
    return r;
}

} // namespace

TEST_CASE("joint-action members are compared with the firms that stayed out", "[debrief]") {
    DebriefInput in;
    in.firms = {firm(0, 0.3, 0.4, 1.1), firm(1, 0.3, 0.36, 1.0), firm(2, 0.3, 0.31, 0.9),
                firm(3, 0.3, 0.29, 0.95)};
    in.rounds = {round(1, 4), round(2, 4)};
    in.rounds[0].joint_actions[0] = {JointActionType::JointPurchasing};
    in.rounds[1].joint_actions[1] = {JointActionType::LearningNetwork};
    auto a = answer_research_questions(in);
    const auto& q = a.joint_actions;
    CHECK(q.members.firms == 2);
    CHECK(q.non_members.firms == 2);
    CHECK(q.members.capability_mean == Approx((0.10 + 0.06) / 2));
    CHECK(q.non_members.capability_mean == Approx((0.01 - 0.01) / 2).margin(1e-12));
    CHECK(q.members.capability(UpgradeType::Functional) == Approx(0.08));
    CHECK(q.members.wage == Approx(0.05));
    CHECK(q.non_members.wage == Approx(-0.075));
    REQUIRE(q.member_advantage);
    CHECK(*q.member_advantage == Approx(0.08));
    CHECK(q.by_type[static_cast<std::size_t>(JointActionType::JointPurchasing)].firms == 1);
    CHECK(q.by_type[static_cast<std::size_t>(JointActionType::LearningNetwork)].capability_mean ==
          Approx(0.06));
    CHECK(q.by_type[static_cast<std::size_t>(JointActionType::TradeFair)].firms == 0);
}

TEST_CASE("without outsiders or members there is no advantage to report", "[debrief]") {
    DebriefInput in;
    in.firms = {firm(0, 0.3, 0.4, 1.0), firm(1, 0.3, 0.2, 1.0)};
    in.rounds = {round(1, 2)};
    auto nobody = answer_research_questions(in);
    CHECK(nobody.joint_actions.members.firms == 0);
    CHECK(nobody.joint_actions.non_members.firms == 2);
    CHECK_FALSE(nobody.joint_actions.member_advantage);
    in.rounds[0].joint_actions = {{JointActionType::Standards}, {JointActionType::Standards}};
    auto everybody = answer_research_questions(in);
    CHECK(everybody.joint_actions.members.firms == 2);
    CHECK_FALSE(everybody.joint_actions.member_advantage);
}

TEST_CASE("firms are grouped by the governance they sold under most", "[debrief]") {
    DebriefInput in;
    in.firms = {firm(0, 0.3, 0.35, 1.0), firm(1, 0.3, 0.5, 1.2), firm(2, 0.3, 0.3, 1.0),
                firm(3, 0.3, 0.32, 1.0)};
    in.rounds = {round(1, 4), round(2, 4), round(3, 4)};
    auto set = [&](std::size_t r, FirmId f, Governance g) {
        in.rounds[r].contracts[f][static_cast<std::size_t>(g)] = 1;
    };
    // Firm 0: quasi-hierarchy three rounds, market once: quasi-hierarchy.
    set(0, 0, Governance::QuasiHierarchy);
    set(1, 0, Governance::QuasiHierarchy);
    set(2, 0, Governance::QuasiHierarchy);
    set(2, 0, Governance::Market);
    // Firm 1: network only.
    set(1, 1, Governance::Network);
    // Firm 3: a tie between market and hierarchy goes to hierarchy.
    set(0, 3, Governance::Market);
    set(1, 3, Governance::Hierarchy);
    auto a = answer_research_questions(in);
    const auto& q = a.chains;
    REQUIRE(q.group_of.size() == 4);
    CHECK(q.group_of[0] == Governance::QuasiHierarchy);
    CHECK(q.group_of[1] == Governance::Network);
    CHECK_FALSE(q.group_of[2]);
    CHECK(q.group_of[3] == Governance::Hierarchy);
    CHECK(q.by_governance[static_cast<std::size_t>(Governance::Network)].capability(
              UpgradeType::Process) == Approx(0.2));
    CHECK(q.by_governance[static_cast<std::size_t>(Governance::Network)].wage == Approx(0.2));
    CHECK(q.by_governance[static_cast<std::size_t>(Governance::Market)].firms == 0);
    CHECK(q.no_contract.firms == 1);
}

TEST_CASE("the public budget's spending is summed by lever and set against upgrading",
          "[debrief]") {
    DebriefInput in;
    in.public_budget = 200000;
    in.firms = {firm(0, 0.3, 0.34, 1.0), firm(1, 0.3, 0.32, 1.1)};
    in.rounds = {round(1, 2), round(2, 2)};
    in.rounds[0].public_spent_by_lever = {10000, 6000, 20000, 5000, 4000};
    in.rounds[1].public_spent_by_lever = {12000, 6000, 20000, 5000, 0};
    auto q = answer_research_questions(in).policy;
    CHECK(q.spent_by_lever[0] == 22000);
    CHECK(q.spent_by_lever[1] == 12000);
    CHECK(q.spent == 88000);
    CHECK(q.budget == 200000);
    CHECK(q.group_support == 22000 + 40000 + 4000);
    CHECK(q.individual_support == 12000);
    CHECK(q.cluster.firms == 2);
    CHECK(q.cluster.capability_mean == Approx(0.03));
    REQUIRE(q.k_per_capability_point);
    CHECK(*q.k_per_capability_point == Approx(88.0 / 3.0));

    // A cluster that fell behind the frontier bought no countable upgrading.
    in.firms = {firm(0, 0.3, 0.25, 1.0)};
    CHECK_FALSE(answer_research_questions(in).policy.k_per_capability_point);
}

TEST_CASE("the starting point comes from the scenario when it is known", "[debrief]") {
    DebriefInput in;
    FirmGame f = firm(0, 0.35, 0.40, 1.1);
    Capabilities start;
    start.level = {0.30, 0.30, 0.20, 0.05};
    f.start_capabilities = start;
    f.start_wage = 1.0;
    in.firms = {f};
    auto a = answer_research_questions(in);
    CHECK(a.joint_actions.non_members.capability(UpgradeType::Process) == Approx(0.10));
    CHECK(a.joint_actions.non_members.capability(UpgradeType::Intersectoral) == Approx(0.35));
    CHECK(a.joint_actions.non_members.wage == Approx(0.1));
}

TEST_CASE("every firm with a history falls in exactly one group of each question", "[debrief]") {
    auto seed = GENERATE(range(1u, 21u));
    std::uint32_t state = seed * 747796405u + 1u;
    auto next = [&](std::uint32_t n) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % n;
    };
    const std::size_t n = 2 + next(10);
    DebriefInput in;
    for (std::size_t i = 0; i < n; ++i) {
        in.firms.push_back(
            firm(static_cast<FirmId>(i), 0.3, 0.2 + 0.02 * next(12), 0.8 + 0.05 * next(8)));
    }
    for (int r = 1; r <= 4; ++r) {
        RoundFacts facts = round(r, n);
        for (std::size_t i = 0; i < n; ++i) {
            if (next(3) == 0) {
                facts.joint_actions[i].push_back(
                    static_cast<JointActionType>(next(kJointActionTypes)));
            }
            if (next(2) == 0) {
                facts.contracts[i][next(kGovernanceTypes)] = 1;
            }
        }
        in.rounds.push_back(std::move(facts));
    }
    INFO("seed " << seed << ", " << n << " firms");
    auto a = answer_research_questions(in);
    CHECK(a.joint_actions.members.firms + a.joint_actions.non_members.firms == static_cast<int>(n));
    int grouped = a.chains.no_contract.firms;
    for (const auto& g : a.chains.by_governance) {
        grouped += g.firms;
    }
    CHECK(grouped == static_cast<int>(n));
    CHECK(a.policy.cluster.firms == static_cast<int>(n));
    for (const auto& g : a.joint_actions.by_type) {
        CHECK(g.firms <= a.joint_actions.members.firms);
    }
}

TEST_CASE("the debrief's input is read from the messages of a real game", "[debrief]") {
    auto game = test::play_game("sinos-valley", 8);
    const GameRecord record = replay_game(game.log);
    const DebriefInput& in = record.input;
    REQUIRE(in.firms.size() == 8);
    REQUIRE(in.rounds.size() == game.results.size());
    CHECK(in.public_budget == game.state.public_budget);
    for (std::size_t r = 0; r < in.rounds.size(); ++r) {
        const RoundResult& result = game.results[r];
        CHECK(in.rounds[r].public_spent_by_lever == result.public_spent_by_lever);
        for (FirmId f = 0; f < 8; ++f) {
            std::size_t active = 0;
            for (const auto& o : result.joint_actions) {
                if (o.active &&
                    std::find(o.members.begin(), o.members.end(), f) != o.members.end()) {
                    ++active;
                }
            }
            CHECK(in.rounds[r].joint_actions[f].size() == active);
        }
    }
    // Seats take the scenario's starting firms in order.
    REQUIRE(in.firms[1].start_capabilities);
    CHECK(in.firms[1].start_capabilities->level == game.log.scenario->firms[1].capabilities);
    auto answers = answer_research_questions(in);
    CHECK(answers.policy.spent == game.state.public_spent);
    CHECK(answers.policy.cluster.firms == 8);
}
