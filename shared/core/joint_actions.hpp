#pragma once
// Joint actions (DESIGN §3), the active effect of clustering: firms join and fund them together;
// they take effect only with enough members and money, and spill over to non-members.
#include "core/det_math.hpp"
#include "core/round_context.hpp"

#include <algorithm>

namespace hr {

// J(n) = jmax (1 - exp(-n / 3)), scaled by the type's member effect.
double joint_strength(const ModelParams& p, int members, double member_effect);

// What an action costs this round: setting it up costs its full total_cost, running it once
// established only the running share (so co-financing the start can leave a lasting action).
// Inline: called for every firm and action in validate's cost check and each round's funding.
inline Money action_cost(const ModelParams& p, const JointActionSpec& spec, int rounds_active) {
    if (rounds_active == 0) {
        return spec.total_cost;
    }
    return static_cast<Money>(
        round_whole(static_cast<double>(spec.total_cost) * clamp01(p.joint_running_cost)));
}

// The share each of `members` pays when the public pays `public_part` of `total`.
inline Money member_share(Money total, Money public_part, int members) {
    const Money rest = std::max<Money>(0, total - public_part);
    if (members <= 0) {
        return rest;
    }
    return (rest + members - 1) / members; // rounded up so that the members cover the cost
}

// Leaves, proposals and joins from this round's decisions.
void apply_membership_changes(RoundContext& ctx);

// Step 2: each action with enough members willing to pay their share activates and they pay;
// co-financing, the service centre's public part and trade-fair subsidies come from the budget.
// Fills every firm's JointEffects, certification and label premium.
void activate_joint_actions(RoundContext& ctx);

// After the markets: a collective label gains reputation from clean sales and loses it when
// members below its quality standard sell under it.
void update_label_reputation(RoundContext& ctx);

} // namespace hr
