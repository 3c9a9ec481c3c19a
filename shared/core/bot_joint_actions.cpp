// Which joint actions a bot proposes, joins and leaves, and the most it will pay for each: the
// archetype's types, within the share of spare cash it commits to joint actions.
#include "core/bot_parts.hpp"

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

int active_firms(const GameState& state) {
    int n = 0;
    for (const auto& f : state.firms) {
        n += (f.bankrupt || f.acquired) ? 0 : 1;
    }
    return n;
}

// The share each member would pay if every active firm joined: above the bot's limit the action
// can never get going with it, so joining is pointless.
Money best_case_share(const GameState& state, const JointActionSpec& spec) {
    const double public_part = state.policy.cofinancing_share;
    const int n = std::max(1, active_firms(state));
    return static_cast<Money>(static_cast<double>(spec.total_cost) * (1 - public_part) / n);
}

bool open_to(const GameState& state, const JointActionSpec& spec) {
    return !spec.needs_policy || state.policy.service_centre;
}

} // namespace

void choose_joint_actions(const BotView& v, const BotProfile& p, Decision& d) {
    const GameState& s = v.state;
    const Scenario& sc = *s.scenario;
    const FirmId me = v.firm.id;

    // Memberships the profile no longer wants are left.
    for (const auto& ja : s.joint_actions) {
        if (is_member(ja, me) && !p.joins[static_cast<std::size_t>(ja.type)]) {
            d.leave.push_back(ja.id);
        }
    }
    if (p.share_tolerance <= 0 || p.joint_budget_share <= 0) {
        return;
    }
    // What the firm already pays for stays funded first.
    double budget = p.joint_budget_share * static_cast<double>(v.spare);
    for (const auto& ja : s.joint_actions) {
        if (is_member(ja, me) && p.joins[static_cast<std::size_t>(ja.type)]) {
            const auto pos = std::lower_bound(ja.members.begin(), ja.members.end(), me);
            const auto i = static_cast<std::size_t>(pos - ja.members.begin());
            if (i < ja.max_share.size()) {
                budget -= static_cast<double>(ja.max_share[i]);
            }
        }
    }

    bool proposed = false;
    for (JointActionType type : kPriority) {
        const auto t = static_cast<std::size_t>(type);
        const JointActionSpec* spec = sc.joint_action(type);
        if (!p.joins[t] || spec == nullptr || !open_to(s, *spec)) {
            continue;
        }
        const Money limit =
            static_cast<Money>(p.share_tolerance * static_cast<double>(spec->total_cost));
        const Money offer = std::min<Money>(limit, static_cast<Money>(std::max(0.0, budget)));
        if (offer <= 0 || offer < best_case_share(s, *spec)) {
            continue;
        }
        // Join the best-supported open action of the type, unless already in one. A vetoed
        // action still counts as existing: proposing the same again would only be vetoed again.
        bool exists = false;
        bool member = false;
        const JointAction* best = nullptr;
        for (const auto& ja : s.joint_actions) {
            if (ja.type != type) {
                continue;
            }
            exists = true;
            member = member || is_member(ja, me);
            if (!ja.vetoed &&
                (best == nullptr || ja.active > best->active ||
                 (ja.active == best->active && ja.members.size() > best->members.size()))) {
                best = &ja;
            }
        }
        if (member) {
            continue;
        }
        const bool joined_one = best != nullptr;
        if (joined_one) {
            d.join.push_back({best->id, offer});
        }
        if (joined_one) {
            budget -= static_cast<double>(offer);
        } else if (!exists && !proposed && p.proposes[t]) {
            // One proposal a round: a bot does not flood the table.
            d.propose.push_back({type, offer});
            proposed = true;
            budget -= static_cast<double>(offer);
        }
    }
}

} // namespace hr::bot_detail
