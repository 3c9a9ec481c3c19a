// preview_cost: what a decision commits the firm to before any sale, for the client's live
// preview and for validate's check against cash plus credit.
#include "core/joint_actions.hpp"
#include "core/rules.hpp"

#include <algorithm>

namespace hr {

namespace {

struct Membership {
    JointActionType type;
    Money max_share;
    int members; // after this decision
    int rounds_active;
};

// The firm's memberships once this decision's leaves, joins and proposals apply.
std::vector<Membership> memberships_after(const GameState& state, FirmId firm, const Decision& d) {
    std::vector<Membership> out;
    for (const auto& action : state.joint_actions) {
        const bool leaving = std::find(d.leave.begin(), d.leave.end(), action.id) != d.leave.end();
        int members = static_cast<int>(action.members.size());
        Money max_share = -1;
        for (std::size_t i = 0; i < action.members.size(); ++i) {
            if (action.members[i] == firm) {
                max_share = action.max_share[i];
            }
        }
        for (const auto& join : d.join) {
            if (join.action == action.id) {
                members += max_share < 0 ? 1 : 0;
                max_share = join.max_share;
            }
        }
        if (max_share >= 0 && !leaving) {
            out.push_back({action.type, max_share, members, action.rounds_active});
        }
    }
    for (const auto& proposal : d.propose) {
        out.push_back({proposal.type, proposal.max_share, 1, 0});
    }
    return out;
}

} // namespace

DecisionCost preview_cost(const GameState& state, FirmId firm, const Decision& d) {
    DecisionCost cost;
    const Scenario& sc = *state.scenario;
    for (const Money m : d.invest) {
        cost.investment += m;
    }
    cost.training = d.training;
    const double cofinancing = state.policy.cofinancing_share;
    for (const auto& m : memberships_after(state, firm, d)) {
        const JointActionSpec* spec = sc.joint_action(m.type);
        if (spec == nullptr) {
            continue;
        }
        JointAction probe;
        probe.rounds_active = m.rounds_active;
        const Money total = action_cost(sc.params, *spec, probe);
        Money public_part = spec->needs_policy ? std::min(total, sc.policy.service_centre_cost) : 0;
        public_part += static_cast<Money>(
            static_cast<double>(std::max<Money>(0, total - public_part)) * cofinancing);
        const int n = std::max(m.members, spec->min_members);
        cost.joint_action_shares += std::min(m.max_share, member_share(total, public_part, n));
    }
    const Money cash = firm < state.firms.size() ? state.firms[firm].cash : 0;
    cost.cash_after_outlays = cash - cost.investment - cost.training - cost.joint_action_shares;
    cost.credit_line = sc.params.credit_line;
    return cost;
}

} // namespace hr
