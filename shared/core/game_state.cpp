#include "core/game_state.hpp"
#include "core/buyer_offers.hpp"
#include "core/decision.hpp"
#include "core/rules.hpp"
#include "core/workforce.hpp"

#include <algorithm>
#include <string>

namespace hr {

double Capabilities::average() const {
    return (level[0] + level[1] + level[2] + level[3]) / 4.0;
}

Money Decision::total_investment() const {
    Money sum = 0;
    for (const Money m : invest) {
        sum += m;
    }
    return sum;
}

GameState new_game(std::shared_ptr<const Scenario> scenario, std::uint64_t seed, int firm_count) {
    GameState state;
    state.scenario = std::move(scenario);
    const Scenario& sc = *state.scenario;
    const ModelParams& p = sc.params;
    state.seed = seed;
    state.rng = Rng(seed);
    state.total_rounds = sc.rounds;
    state.public_budget = sc.policy.budget;
    state.market.p_comp = p.p_comp;

    const int count = std::max(1, firm_count);
    const StartingFirm fallback;
    double skill_sum = 0;
    for (int i = 0; i < count; ++i) {
        const auto n = static_cast<std::size_t>(i);
        const StartingFirm& start = sc.firms.empty() ? fallback : sc.firms[n % sc.firms.size()];
        Firm firm;
        firm.id = static_cast<FirmId>(i);
        firm.name = start.name;
        if (firm.name.empty()) {
            firm.name = "Firm";
            firm.name.append(" ").append(std::to_string(i + 1));
        }
        if (!sc.firms.empty() && n >= sc.firms.size()) {
            // A seat beyond the scenario's list reuses a starting firm under a distinct name.
            firm.name.append(" ").append(std::to_string(n / sc.firms.size() + 1));
        }
        firm.lead_firm = start.lead_firm;
        firm.cash = start.cash;
        firm.capacity = start.capacity;
        firm.capabilities.level = start.capabilities;
        firm.workforce.wage = start.wage;
        firm.workforce.skill = start.skill;
        firm.workforce.employment =
            firm.capacity / productivity(p, firm.capabilities[UpgradeType::Process], start.skill);
        skill_sum += start.skill;
        state.firms.push_back(firm);
    }
    state.market.skill_pool = skill_sum / static_cast<double>(count);

    // The cluster association tables one proposal of each catalogue type: firms can join from the
    // first round without waiting a round for someone to propose it.
    for (const auto& spec : sc.joint_actions) {
        JointAction action;
        action.id = state.next_joint_action_id++;
        action.type = spec.type;
        action.catalogue = true;
        action.reputation = p.label_start_reputation;
        state.joint_actions.push_back(action);
    }

    make_offers(state, std::vector<double>(state.firms.size(), 0.0), 0.0);
    return state;
}

} // namespace hr
