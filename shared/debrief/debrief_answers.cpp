#include "debrief/debrief_answers.hpp"

#include "core/scenario.hpp"

#include <algorithm>

namespace hr::debrief {

namespace {

// One firm's change over the game, or nothing when it has no rounds.
struct FirmChange {
    std::array<double, kUpgradeTypes> capability{};
    double wage = 0;
    double unit_value = 0;
};

std::optional<FirmChange> change_of(const FirmGame& f) {
    if (f.history.empty()) {
        return std::nullopt;
    }
    const FirmRecord& first = f.history.front();
    const FirmRecord& last = f.history.back();
    const Capabilities start = f.start_capabilities.value_or(first.capabilities);
    const double start_wage = f.start_wage.value_or(first.wage);
    FirmChange c;
    for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
        c.capability[k] = last.capabilities.level[k] - start.level[k];
    }
    c.wage = start_wage > 0 ? last.wage / start_wage - 1.0 : 0.0;
    c.unit_value = first.unit_value > 0 ? last.unit_value / first.unit_value - 1.0 : 0.0;
    return c;
}

class GroupSum {
  public:
    void add(const FirmChange& c) {
        for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
            sum_.capability[k] += c.capability[k];
        }
        sum_.wage += c.wage;
        sum_.unit_value += c.unit_value;
        ++n_;
    }
    GroupChange mean() const {
        GroupChange g;
        g.firms = n_;
        if (n_ == 0) {
            return g;
        }
        const double n = n_;
        double all = 0;
        for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
            g.capabilities[k] = sum_.capability[k] / n;
            all += g.capabilities[k];
        }
        g.capability_mean = all / static_cast<double>(kUpgradeTypes);
        g.wage = sum_.wage / n;
        g.unit_value = sum_.unit_value / n;
        return g;
    }

  private:
    FirmChange sum_;
    int n_ = 0;
};

constexpr std::size_t kCofinancing = 0;
constexpr std::size_t kGrants = 1;
constexpr std::size_t kServiceCentre = 2;
constexpr std::size_t kExportPromotion = 4;

} // namespace

DebriefInput debrief_input(const proto::GameOver& game_over,
                           const std::vector<proto::RoundResults>& results,
                           const Scenario* scenario, Money public_budget) {
    DebriefInput input;
    input.public_budget = public_budget;
    for (const auto& score : game_over.scores) {
        FirmGame f;
        f.firm = score.firm;
        f.name = score.name;
        f.history = score.history;
        // Seats take the scenario's starting firms in order, cycled (rules.hpp, new_game).
        if (scenario != nullptr && !scenario->firms.empty()) {
            const StartingFirm& start = scenario->firms[score.firm % scenario->firms.size()];
            Capabilities caps;
            caps.level = start.capabilities;
            f.start_capabilities = caps;
            f.start_wage = start.wage;
        }
        input.firms.push_back(std::move(f));
    }
    std::size_t firm_count = input.firms.size();
    for (const auto& r : results) {
        firm_count = std::max(firm_count, r.firms.size());
    }
    for (const auto& r : results) {
        RoundFacts facts;
        facts.round = r.round;
        facts.joint_actions.resize(firm_count);
        facts.contracts.resize(firm_count);
        for (const auto& outcome : r.joint_actions) {
            if (!outcome.active) {
                continue;
            }
            for (FirmId member : outcome.members) {
                if (member < firm_count) {
                    facts.joint_actions[member].push_back(outcome.type);
                }
            }
        }
        for (const auto& f : r.firms) {
            if (f.firm < firm_count) {
                facts.contracts[f.firm] = f.contracts;
            }
        }
        facts.public_spent_by_lever = r.public_spent_by_lever;
        input.rounds.push_back(std::move(facts));
    }
    return input;
}

DebriefAnswers answer_research_questions(const DebriefInput& input) {
    DebriefAnswers answers;
    GroupSum members;
    GroupSum non_members;
    std::array<GroupSum, kJointActionTypes> by_type;
    std::array<GroupSum, kGovernanceTypes> by_governance;
    GroupSum no_contract;
    GroupSum everyone;
    answers.chains.group_of.assign(input.firms.size(), std::nullopt);

    for (std::size_t i = 0; i < input.firms.size(); ++i) {
        const FirmGame& f = input.firms[i];
        const auto change = change_of(f);
        if (!change) {
            continue;
        }
        everyone.add(*change);

        // Question 1: membership of an active joint action in any round, and of which types.
        std::array<bool, kJointActionTypes> in_type{};
        bool member = false;
        std::array<int, kGovernanceTypes> contract_rounds{};
        for (const auto& round : input.rounds) {
            if (f.firm < round.joint_actions.size()) {
                for (JointActionType t : round.joint_actions[f.firm]) {
                    in_type[static_cast<std::size_t>(t)] = true;
                    member = true;
                }
            }
            if (f.firm < round.contracts.size()) {
                for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
                    contract_rounds[g] += round.contracts[f.firm][g] > 0 ? 1 : 0;
                }
            }
        }
        (member ? members : non_members).add(*change);
        for (std::size_t t = 0; t < kJointActionTypes; ++t) {
            if (in_type[t]) {
                by_type[t].add(*change);
            }
        }

        // Question 2: the governance it sold under for the most rounds; ties go to the more
        // hierarchical one, whose clauses weigh more on upgrading.
        std::optional<std::size_t> best;
        for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
            if (contract_rounds[g] > 0 && (!best || contract_rounds[g] >= contract_rounds[*best])) {
                best = g;
            }
        }
        if (best) {
            by_governance[*best].add(*change);
            answers.chains.group_of[i] = static_cast<Governance>(*best);
        } else {
            no_contract.add(*change);
        }
    }

    JointActionAnswer& q1 = answers.joint_actions;
    q1.members = members.mean();
    q1.non_members = non_members.mean();
    for (std::size_t t = 0; t < kJointActionTypes; ++t) {
        q1.by_type[t] = by_type[t].mean();
    }
    if (q1.members.firms > 0 && q1.non_members.firms > 0) {
        q1.member_advantage = q1.members.capability_mean - q1.non_members.capability_mean;
    }

    for (std::size_t g = 0; g < kGovernanceTypes; ++g) {
        answers.chains.by_governance[g] = by_governance[g].mean();
    }
    answers.chains.no_contract = no_contract.mean();

    PolicyAnswer& q3 = answers.policy;
    for (const auto& round : input.rounds) {
        for (std::size_t l = 0; l < kPolicyLevers; ++l) {
            q3.spent_by_lever[l] += round.public_spent_by_lever[l];
        }
    }
    for (Money m : q3.spent_by_lever) {
        q3.spent += m;
    }
    q3.budget = input.public_budget;
    q3.group_support = q3.spent_by_lever[kCofinancing] + q3.spent_by_lever[kServiceCentre] +
                       q3.spent_by_lever[kExportPromotion];
    q3.individual_support = q3.spent_by_lever[kGrants];
    q3.cluster = everyone.mean();
    if (q3.spent > 0 && q3.cluster.capability_mean > 0) {
        q3.k_per_capability_point = to_k(q3.spent) / (q3.cluster.capability_mean * 100.0);
    }
    return answers;
}

} // namespace hr::debrief
