// preview_cost: what a decision commits the firm to before any sale, for the client's live
// preview and for validate's check against cash plus credit.
#include "core/joint_actions.hpp"
#include "core/rules.hpp"

#include <algorithm>

namespace hr {

namespace {

// The share a firm expects to pay into an action of `spec` with `members` members (itself
// included) when it will pay at most max_share.
Money expected_share(const GameState& state, const JointActionSpec& spec, int rounds_active,
                     int members, Money max_share) {
    const Scenario& sc = *state.scenario;
    const Money total = action_cost(sc.params, spec, rounds_active);
    Money public_part = spec.needs_policy ? std::min(total, sc.policy.service_centre_cost) : 0;
    public_part += static_cast<Money>(static_cast<double>(std::max<Money>(0, total - public_part)) *
                                      state.policy.cofinancing_share);
    const int n = std::max(members, spec.min_members);
    return std::min(max_share, member_share(total, public_part, n));
}

Money investment_of(const Decision& d) {
    Money total = 0;
    for (const Money m : d.invest) {
        total = saturating_add(total, m);
    }
    return total;
}

} // namespace

DecisionCost preview_cost(const GameState& state, FirmId firm, const Decision& d) {
    DecisionCost cost;
    const Scenario& sc = *state.scenario;
    cost.investment = investment_of(d);
    cost.training = d.training;
    // Memberships once this decision's leaves, joins and proposals apply.
    for (const auto& action : state.joint_actions) {
        if (std::find(d.leave.begin(), d.leave.end(), action.id) != d.leave.end()) {
            continue;
        }
        const auto it = std::lower_bound(action.members.begin(), action.members.end(), firm);
        const bool member = it != action.members.end() && *it == firm;
        Money max_share =
            member ? action.max_share[static_cast<std::size_t>(it - action.members.begin())] : -1;
        int members = static_cast<int>(action.members.size());
        for (const auto& join : d.join) {
            if (join.action == action.id) {
                members += max_share < 0 ? 1 : 0;
                max_share = join.max_share;
            }
        }
        const JointActionSpec* spec = max_share >= 0 ? sc.joint_action(action.type) : nullptr;
        if (spec != nullptr) {
            cost.joint_action_shares = saturating_add(
                cost.joint_action_shares,
                expected_share(state, *spec, action.rounds_active, members, max_share));
        }
    }
    for (const auto& proposal : d.propose) {
        if (const JointActionSpec* spec = sc.joint_action(proposal.type)) {
            cost.joint_action_shares = saturating_add(
                cost.joint_action_shares, expected_share(state, *spec, 0, 1, proposal.max_share));
        }
    }
    const Money cash = firm < state.firms.size() ? state.firms[firm].cash : 0;
    cost.cash_after_outlays =
        saturating_sub(saturating_sub(saturating_sub(cash, cost.investment), cost.training),
                       cost.joint_action_shares);
    cost.credit_line = sc.params.credit_line;
    return cost;
}

Money outlay_ceiling(const GameState& state, FirmId firm, const Decision& d) {
    Money total = saturating_add(investment_of(d), d.training);
    for (const auto& action : state.joint_actions) {
        const auto it = std::lower_bound(action.members.begin(), action.members.end(), firm);
        if (it == action.members.end() || *it != firm ||
            std::find(d.leave.begin(), d.leave.end(), action.id) != d.leave.end()) {
            continue;
        }
        const auto i = static_cast<std::size_t>(it - action.members.begin());
        total = saturating_add(total, std::max<Money>(0, action.max_share[i]));
    }
    for (const auto& join : d.join) {
        total = saturating_add(total, std::max<Money>(0, join.max_share));
    }
    for (const auto& proposal : d.propose) {
        total = saturating_add(total, std::max<Money>(0, proposal.max_share));
    }
    return total;
}

} // namespace hr
