#pragma once
// The three research questions of the seed document, answered with the numbers of the game just
// played (DESIGN §1, §6):
//  1. did the firms in joint actions upgrade more than the others, and in which capabilities;
//  2. how did firms selling under each governance type (and those with no buyer contract) change
//     in process, product and functional capability and in wages;
//  3. what the public budget bought: spending by lever against the cluster's capability and wage
//     change.
// Pure: no window, no files. The client's debrief screen and the HTML report word the answers;
// tests build inputs by hand.
#include "core/game_state.hpp"
#include "protocol/messages.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace hr::debrief {

inline constexpr std::size_t kPolicyLevers = 5; // RoundResult::public_spent_by_lever

// One firm over the game.
struct FirmGame {
    FirmId firm = 0;
    std::string name;
    std::vector<FirmRecord> history; // round order
    // Where it started (the scenario's starting firm); without it, the first round's record.
    std::optional<Capabilities> start_capabilities;
    std::optional<double> start_wage;
};

// What one round's public results say about each firm.
struct RoundFacts {
    int round = 0;
    // Indexed by FirmId: the active joint actions the firm was a member of.
    std::vector<std::vector<JointActionType>> joint_actions;
    // Indexed by FirmId: running contracts per governance type.
    std::vector<std::array<std::uint8_t, kGovernanceTypes>> contracts;
    std::array<Money, kPolicyLevers> public_spent_by_lever{};
};

struct DebriefInput {
    std::vector<FirmGame> firms; // FirmId order
    std::vector<RoundFacts> rounds;
    Money public_budget = 0;
};

// From the game-over message, the round results the client received and the scenario (for the
// starting points; may be null).
DebriefInput debrief_input(const proto::GameOver& game_over,
                           const std::vector<proto::RoundResults>& results,
                           const Scenario* scenario, Money public_budget);

// The average change of a group of firms from their start to their last round.
struct GroupChange {
    int firms = 0;
    std::array<double, kUpgradeTypes> capabilities{}; // absolute, frontier units
    double capability_mean = 0;                       // of the four types
    double wage = 0;                                  // relative
    double unit_value = 0;                            // relative, round 1 to the last round
    double capability(UpgradeType t) const { return capabilities[static_cast<std::size_t>(t)]; }
};

struct JointActionAnswer {
    GroupChange members;     // in an active joint action in at least one round
    GroupChange non_members; // never
    // Members of an active joint action of each type; firms == 0 when nobody was.
    std::array<GroupChange, kJointActionTypes> by_type;
    // members.capability_mean - non_members.capability_mean; nullopt unless both groups exist.
    std::optional<double> member_advantage;
};

struct ChainAnswer {
    // Firms by the governance they sold under for the most rounds (ties: the more hierarchical);
    // firms == 0 for a type nobody held.
    std::array<GroupChange, kGovernanceTypes> by_governance;
    GroupChange no_contract;
    std::vector<std::optional<Governance>> group_of; // by FirmId: nullopt = no contract
};

struct PolicyAnswer {
    std::array<Money, kPolicyLevers> spent_by_lever{};
    Money spent = 0;
    Money budget = 0;
    // Group support: co-financing, service centre, export promotion. Individual: grants.
    // Training is a programme for the whole cluster's workforce, counted in neither.
    Money group_support = 0;
    Money individual_support = 0;
    GroupChange cluster; // every firm
    // Public k$ per point (0.01) of average capability gained by the cluster's firms; nullopt
    // when nothing was spent or nothing was gained.
    std::optional<double> k_per_capability_point;
};

struct DebriefAnswers {
    JointActionAnswer joint_actions;
    ChainAnswer chains;
    PolicyAnswer policy;
};

DebriefAnswers answer_research_questions(const DebriefInput& input);

} // namespace hr::debrief
