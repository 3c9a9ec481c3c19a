// Which joint actions a bot proposes, joins and leaves, and the most it will pay for each: the
// archetype's types, within the share of spare cash it commits to joint actions. Joining costs
// nothing until an action is active, so a bot joins what it likes and budgets only for the share
// it expects to pay, worked out from the members' stated limits as the engine does.
#include "core/bot_parts.hpp"
#include "core/joint_actions.hpp"

#include <algorithm>

namespace hr::bot_detail {

namespace {

// The order in which a bot funds joint actions when its money does not stretch to all.
constexpr std::array<JointActionType, kJointActionTypes> kPriority{
    JointActionType::SharedConsultants, JointActionType::LearningNetwork,
    JointActionType::ServiceCentre,     JointActionType::Standards,
    JointActionType::CollectiveLabel,   JointActionType::TradeFair,
    JointActionType::JointPurchasing,   JointActionType::MarketResearch};

bool is_member(const JointAction& ja, FirmId firm) {
    return std::binary_search(ja.members.begin(), ja.members.end(), firm);
}

bool open_to(const BotView& v, const JointActionSpec& spec) {
    if (spec.needs_policy && !v.state.policy.service_centre) {
        return false;
    }
    // A firm a transnational owns leaves marketing to its owner.
    const bool marketing =
        spec.type == JointActionType::CollectiveLabel || spec.type == JointActionType::TradeFair;
    return !(marketing && v.firm.acquired);
}

// The share the bot would pay a round if it stated `limit` for `action` (0 when the action would
// not get going with it): members whose limit is below the share drop out until it settles.
Money expected_share(const GameState& state, const JointAction& action, const JointActionSpec& spec,
                     FirmId me, Money limit) {
    const Money rest = static_cast<Money>(static_cast<double>(spec.total_cost) *
                                          (1.0 - state.policy.cofinancing_share));
    // Members whose limit is below the share drop out, which raises the share: repeat until the
    // number of payers settles. Counting limits against the share is the same as dropping them,
    // since the share only ever rises.
    auto willing = [&](Money share) {
        int n = limit >= share ? 1 : 0;
        for (std::size_t i = 0; i < action.members.size() && i < action.max_share.size(); ++i) {
            const FirmId f = action.members[i];
            n += (f != me && !state.firms[f].bankrupt && action.max_share[i] >= share) ? 1 : 0;
        }
        return n;
    };
    int n = willing(0);
    for (;;) {
        if (n < spec.min_members || n == 0) {
            return 0;
        }
        const Money share = member_share(rest, 0, n);
        const int next = willing(share);
        if (next == n) {
            return limit >= share ? share : 0;
        }
        n = next;
    }
}

} // namespace

void choose_joint_actions(const BotView& v, const BotProfile& p, Decision& d) {
    const GameState& s = v.state;
    const Scenario& sc = *s.scenario;
    const FirmId me = v.firm.id;

    // One pass over the table: per type, the action the firm is in, else the best supported
    // open one. A vetoed action still counts as existing: proposing it again would be vetoed
    // again.
    // The scenario's spec of each type the bot may take part in (null: not offered or closed).
    std::array<const JointActionSpec*, kJointActionTypes> spec{};
    for (std::size_t t = 0; t < kJointActionTypes; ++t) {
        const JointActionSpec* s_t = sc.joint_action(static_cast<JointActionType>(t));
        spec[t] = (s_t != nullptr && p.joins[t] && p.share_tolerance > 0 && open_to(v, *s_t))
                      ? s_t
                      : nullptr;
    }
    std::array<const JointAction*, kJointActionTypes> target{};
    std::array<bool, kJointActionTypes> exists{};
    std::array<bool, kJointActionTypes> member{};
    for (const auto& ja : s.joint_actions) {
        const auto t = static_cast<std::size_t>(ja.type);
        exists[t] = true;
        const bool in = is_member(ja, me);
        if (in && spec[t] == nullptr) {
            d.leave.push_back(ja.id); // memberships the profile no longer wants are left
        }
        if (member[t]) {
            continue;
        }
        const JointAction* best = target[t];
        if (in) {
            member[t] = true;
            target[t] = &ja;
        } else if (!ja.vetoed &&
                   (best == nullptr || ja.active > best->active ||
                    (ja.active == best->active && ja.members.size() > best->members.size()))) {
            target[t] = &ja;
        }
    }
    if (p.share_tolerance <= 0 || p.joint_budget_share <= 0) {
        return;
    }
    double budget = p.joint_budget_share * static_cast<double>(v.spare);
    bool proposed = false;
    for (JointActionType type : kPriority) {
        const auto t = static_cast<std::size_t>(type);
        if (spec[t] == nullptr) {
            continue;
        }
        const Money limit =
            static_cast<Money>(p.share_tolerance * static_cast<double>(spec[t]->total_cost));
        const Money offer = std::min<Money>(limit, static_cast<Money>(std::max(0.0, budget)));
        if (offer <= 0) {
            continue;
        }
        if (target[t] != nullptr) {
            // Joining again restates the limit of a firm that is already a member.
            d.join.push_back({target[t]->id, offer});
            budget -= static_cast<double>(expected_share(s, *target[t], *spec[t], me, offer));
        } else if (!exists[t] && !proposed && p.proposes[t]) {
            // One proposal a round: a bot does not flood the table.
            d.propose.push_back({type, offer});
            proposed = true;
        }
    }
}

} // namespace hr::bot_detail
