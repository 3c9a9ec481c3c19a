#include "core/policy.hpp"

#include <algorithm>

namespace hr {

Money public_remaining(const GameState& state) {
    return std::max<Money>(0, state.public_budget - state.public_spent);
}

Money draw_public(RoundContext& ctx, PolicyLever lever, Money wanted) {
    const Money granted = std::clamp<Money>(wanted, 0, public_remaining(ctx.state));
    ctx.state.public_spent += granted;
    ctx.result.public_spent += granted;
    ctx.result.public_spent_by_lever[static_cast<std::size_t>(lever)] += granted;
    return granted;
}

namespace {

bool is_recipient(const PolicySettings& policy, FirmId f) {
    return policy.grant_recipients.empty() ||
           std::find(policy.grant_recipients.begin(), policy.grant_recipients.end(), f) !=
               policy.grant_recipients.end();
}

// A grant is spent like the firm's own upgrading money; a firm that invests nothing gets it split
// between process and product, the upgrading a grant scheme usually targets.
void add_grant(FirmRound& fr, Money grant) {
    Money own = 0;
    for (const Money m : fr.decision->invest) {
        own += m;
    }
    if (own <= 0) {
        const Money half = grant / 2;
        fr.upgrade_money[static_cast<std::size_t>(UpgradeType::Process)] += grant - half;
        fr.upgrade_money[static_cast<std::size_t>(UpgradeType::Product)] += half;
        return;
    }
    Money given = 0;
    std::size_t last = 0;
    for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
        if (fr.decision->invest[k] > 0) {
            const Money part = grant * fr.decision->invest[k] / own;
            fr.upgrade_money[k] += part;
            given += part;
            last = k;
        }
    }
    fr.upgrade_money[last] += grant - given; // the rounding remainder, so no money is lost
}

} // namespace

void fund_firm_support(RoundContext& ctx) {
    const PolicySettings& policy = ctx.state.policy;
    if (policy.grant_per_firm > 0) {
        for (const auto& firm : ctx.state.firms) {
            FirmRound& fr = ctx.firms[firm.id];
            if (!fr.active || !is_recipient(policy, firm.id)) {
                continue;
            }
            const Money grant = draw_public(ctx, PolicyLever::Grants, policy.grant_per_firm);
            if (grant > 0) {
                add_grant(fr, grant);
                ctx.out(firm.id).grants += grant;
            }
        }
    }
    if (policy.training_programme > 0) {
        double capacity = 0;
        for (const auto& firm : ctx.state.firms) {
            capacity += ctx.firms[firm.id].active ? firm.capacity : 0.0;
        }
        const Money total = draw_public(ctx, PolicyLever::Training, policy.training_programme);
        Money given = 0;
        for (const auto& firm : ctx.state.firms) {
            if (!ctx.firms[firm.id].active || capacity <= 0) {
                continue;
            }
            const auto part =
                static_cast<Money>(static_cast<double>(total) * firm.capacity / capacity);
            ctx.firms[firm.id].training_money += part;
            ctx.out(firm.id).grants += part;
            ctx.out(firm.id).training += part;
            given += part;
        }
        // Truncation leaves a few dollars unspent: give them back to the budget.
        ctx.state.public_spent -= total - given;
        ctx.result.public_spent -= total - given;
        ctx.result.public_spent_by_lever[static_cast<std::size_t>(PolicyLever::Training)] -=
            total - given;
    }
}

void fund_export_promotion(RoundContext& ctx) {
    const Money left = ctx.state.policy.export_promotion - ctx.export_promotion_used;
    if (left <= 0) {
        return;
    }
    const Money spent = draw_public(ctx, PolicyLever::ExportPromotion, left);
    const double money = static_cast<double>(spent);
    const double scale = static_cast<double>(std::max<Money>(1, ctx.params.export_promotion_scale));
    ctx.export_access = ctx.params.export_access_max * money / (money + scale);
}

} // namespace hr
