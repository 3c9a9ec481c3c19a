#include "core/joint_actions.hpp"

#include "core/det_math.hpp"
#include "core/policy.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace hr {

double joint_strength(const ModelParams& p, int members, double member_effect) {
    if (members <= 0) {
        return 0.0;
    }
    return p.jmax * (1.0 - det_exp(-static_cast<double>(members) / 3.0)) * member_effect;
}

namespace {

std::string k_text(Money m) {
    const Money whole = m / kThousand;
    const Money tenth = (m % kThousand) / 100;
    return std::to_string(whole) + "." + std::to_string(tenth < 0 ? -tenth : tenth) + " k$";
}

void remove_member(JointAction& action, FirmId f) {
    for (std::size_t i = 0; i < action.members.size(); ++i) {
        if (action.members[i] == f) {
            action.members.erase(action.members.begin() + static_cast<std::ptrdiff_t>(i));
            action.max_share.erase(action.max_share.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

void add_member(JointAction& action, FirmId f, Money max_share) {
    const auto it = std::lower_bound(action.members.begin(), action.members.end(), f);
    const auto i = it - action.members.begin();
    if (it != action.members.end() && *it == f) {
        action.max_share[static_cast<std::size_t>(i)] = max_share;
        return;
    }
    action.members.insert(it, f);
    action.max_share.insert(action.max_share.begin() + i, max_share);
}

JointAction* find_action(GameState& state, JointActionId id) {
    for (auto& action : state.joint_actions) {
        if (action.id == id) {
            return &action;
        }
    }
    return nullptr;
}

// Sinos Valley: a lead firm supplying a quasi-hierarchy buyer that dislikes collective branding
// blocks the label, fearing to encroach on its buyer's core competence.
const Firm* vetoing_lead_firm(const RoundContext& ctx, std::string& buyer_id) {
    for (const auto& c : ctx.state.contracts) {
        if (!ctx.contract_running(c) || c.terms.governance != Governance::QuasiHierarchy) {
            continue;
        }
        const Firm& firm = ctx.state.firms[c.terms.firm];
        const BuyerProfile* buyer = ctx.scenario.buyer(c.terms.buyer_id);
        if (firm.lead_firm && !firm.bankrupt && buyer != nullptr && buyer->dislikes_branding) {
            buyer_id = c.terms.buyer_id;
            return &firm;
        }
    }
    return nullptr;
}

// The public money an action would receive, by lever, before the budget cap.
struct PublicPlan {
    Money service_centre = 0;
    Money export_promotion = 0;
    Money cofinancing = 0;
    Money total() const { return service_centre + export_promotion + cofinancing; }
};

PublicPlan plan_public(const RoundContext& ctx, const JointActionSpec& spec, Money cost) {
    const PolicySettings& policy = ctx.state.policy;
    PublicPlan plan;
    Money rest = cost;
    if (spec.needs_policy) {
        plan.service_centre = std::min(rest, ctx.scenario.policy.service_centre_cost);
        rest -= plan.service_centre;
    }
    if (spec.type == JointActionType::TradeFair) {
        plan.export_promotion =
            std::min(rest, std::max<Money>(0, policy.export_promotion - ctx.export_promotion_used));
        rest -= plan.export_promotion;
    }
    plan.cofinancing = static_cast<Money>(static_cast<double>(rest) * policy.cofinancing_share);
    // The budget may not cover the plan: cut co-financing first, then the rest.
    Money over = plan.total() - public_remaining(ctx.state);
    for (Money* part : {&plan.cofinancing, &plan.export_promotion, &plan.service_centre}) {
        const Money cut = std::clamp<Money>(over, 0, *part);
        *part -= cut;
        over -= cut;
    }
    return plan;
}

// Members willing to pay their share: the share rises as members drop out, so repeat. Fills
// `paying` with indices into action.members (a buffer reused across actions).
void paying_members(const JointAction& action, Money total, Money public_part, Money& share,
                    std::vector<std::size_t>& paying) {
    paying.resize(action.members.size());
    for (std::size_t i = 0; i < paying.size(); ++i) {
        paying[i] = i;
    }
    for (;;) {
        share = member_share(total, public_part, static_cast<int>(paying.size()));
        const auto before = paying.size();
        std::erase_if(paying, [&](std::size_t i) { return action.max_share[i] < share; });
        if (paying.size() == before || paying.empty()) {
            return;
        }
    }
}

void apply_effects(RoundContext& ctx, const JointAction& action, const JointActionSpec& spec,
                   const std::vector<FirmId>& members, double strength) {
    const auto t = static_cast<std::size_t>(action.type);
    for (const auto& firm : ctx.state.firms) {
        FirmRound& fr = ctx.firms[firm.id];
        if (!fr.active) {
            continue;
        }
        const bool member = std::find(members.begin(), members.end(), firm.id) != members.end();
        if (member) {
            fr.joint.member[t] = true;
            fr.joint.strength[t] = std::max(fr.joint.strength[t], strength);
            if (action.type == JointActionType::CollectiveLabel) {
                const double premium = ctx.params.label_premium * action.reputation * strength;
                if (fr.label == 0 || premium > fr.label_premium) {
                    fr.label_premium = premium;
                    fr.label = action.id;
                }
            }
        } else if (!fr.joint.member[t]) {
            fr.joint.strength[t] = std::max(fr.joint.strength[t], spec.spillover * strength);
        }
    }
    if (action.type == JointActionType::ServiceCentre) {
        ctx.service_centre =
            std::max(ctx.service_centre, ctx.params.service_centre_bonus * spec.member_effect);
    }
}

} // namespace

void apply_membership_changes(RoundContext& ctx) {
    GameState& state = ctx.state;
    for (const auto& firm : state.firms) {
        const FirmRound& fr = ctx.firms[firm.id];
        if (!fr.active) {
            continue;
        }
        for (const JointActionId id : fr.decision->leave) {
            if (JointAction* action = find_action(state, id)) {
                remove_member(*action, firm.id);
            }
        }
        for (const auto& proposal : fr.decision->propose) {
            JointAction action;
            action.id = state.next_joint_action_id++;
            action.type = proposal.type;
            action.proposer = firm.id;
            action.proposed_round = ctx.round;
            action.reputation = ctx.params.label_start_reputation;
            add_member(action, firm.id, proposal.max_share);
            state.joint_actions.push_back(action);
        }
        for (const auto& join : fr.decision->join) {
            JointAction* action = find_action(state, join.action);
            // A firm bought this round has handed its marketing to its new owner.
            const bool marketing =
                action != nullptr && (action->type == JointActionType::CollectiveLabel ||
                                      action->type == JointActionType::TradeFair);
            if (action != nullptr && !(marketing && firm.acquired)) {
                add_member(*action, firm.id, join.max_share);
            }
        }
    }
}

void activate_joint_actions(RoundContext& ctx) {
    GameState& state = ctx.state;
    std::vector<std::size_t> paying;
    for (auto& action : state.joint_actions) {
        std::erase_if(action.members, [&](FirmId f) { return state.firms[f].bankrupt; });
        action.max_share.resize(action.members.size());
        action.active = false;
        action.vetoed = false;
        JointActionOutcome outcome;
        outcome.id = action.id;
        outcome.type = action.type;
        const JointActionSpec* spec = ctx.scenario.joint_action(action.type);
        std::string buyer_id;
        const Firm* veto = nullptr;
        if (spec == nullptr) {
            outcome.why_not = "this scenario has no such joint action";
        } else if (action.members.empty()) {
            outcome.why_not = "no members yet";
        } else if (action.type == JointActionType::CollectiveLabel &&
                   (veto = vetoing_lead_firm(ctx, buyer_id)) != nullptr) {
            action.vetoed = true;
            outcome.why_not = "vetoed by the lead firm " + veto->name + ", whose buyer " +
                              buyer_id + " dislikes collective branding";
            ctx.result.news.push_back({"news.label_vetoed", {veto->name, buyer_id}});
        } else if (spec->needs_policy && !state.policy.service_centre) {
            outcome.why_not = "needs public co-funding of the service centre";
        }
        if (!outcome.why_not.empty()) {
            ctx.result.joint_actions.push_back(outcome);
            continue;
        }
        const Money cost = action_cost(ctx.params, *spec, action.rounds_active);
        const PublicPlan plan = plan_public(ctx, *spec, cost);
        if (spec->needs_policy && plan.service_centre < ctx.scenario.policy.service_centre_cost &&
            plan.service_centre < cost) {
            outcome.why_not = "the public budget cannot fund the service centre";
            ctx.result.joint_actions.push_back(outcome);
            continue;
        }
        Money share = 0;
        paying_members(action, cost, plan.total(), share, paying);
        const auto n = static_cast<int>(paying.size());
        if (n < spec->min_members) {
            const Money full =
                member_share(spec->total_cost, plan.total(), std::max<int>(spec->min_members, 1));
            outcome.why_not = std::to_string(spec->min_members) + " members needed, " +
                              std::to_string(n) + " willing to pay; the share would be " +
                              k_text(n > 0 ? share : full);
            ctx.result.joint_actions.push_back(outcome);
            continue;
        }
        action.active = true;
        ++action.rounds_active;
        outcome.active = true;
        outcome.share_per_member = share;
        outcome.public_share += draw_public(ctx, PolicyLever::ServiceCentre, plan.service_centre);
        const Money promo = draw_public(ctx, PolicyLever::ExportPromotion, plan.export_promotion);
        ctx.export_promotion_used += promo;
        outcome.public_share += promo;
        outcome.public_share += draw_public(ctx, PolicyLever::Cofinancing, plan.cofinancing);
        outcome.members.reserve(paying.size());
        for (const std::size_t i : paying) {
            const FirmId f = action.members[i];
            outcome.members.push_back(f);
            ctx.out(f).joint_action_shares += share;
            ctx.out(f).member_of.push_back(action.id);
        }
        apply_effects(ctx, action, *spec, outcome.members,
                      joint_strength(ctx.params, n, spec->member_effect));
        ctx.result.joint_actions.push_back(outcome);
    }
    // Certification lasts while the firm pays into an active standards scheme.
    for (auto& firm : state.firms) {
        firm.certified = ctx.firms[firm.id].active &&
                         ctx.firms[firm.id].joint.is_member(JointActionType::Standards);
        ctx.out(firm.id).certified = firm.certified;
        ctx.out(firm.id).label_premium = ctx.firms[firm.id].label_premium;
    }
}

void update_label_reputation(RoundContext& ctx) {
    const ModelParams& p = ctx.params;
    bool reported = false;
    for (auto& action : ctx.state.joint_actions) {
        if (action.type != JointActionType::CollectiveLabel) {
            continue;
        }
        const JointActionSpec* spec = ctx.scenario.joint_action(action.type);
        if (action.active && spec != nullptr) {
            double sold = 0;
            double below = 0;
            for (const FirmId f : action.members) {
                if (ctx.firms[f].label != action.id) {
                    continue;
                }
                const double v =
                    ctx.out(f).volume[static_cast<std::size_t>(SalesChannel::OwnBrand)];
                sold += v;
                if (ctx.state.firms[f].capabilities[UpgradeType::Product] <
                    spec->quality_standard) {
                    below += v;
                }
            }
            if (sold > 0) {
                // One bad apple spoils the round: any sale below the standard stops the gain.
                const double b = below / sold;
                action.reputation =
                    b > 0.0 ? clamp01(action.reputation * (1.0 - p.label_reputation_loss * b))
                            : clamp01(action.reputation +
                                      p.label_reputation_gain * (1.0 - action.reputation));
            }
        }
        if (!reported && (action.active || action.catalogue)) {
            ctx.result.label_reputation = action.reputation;
            reported = action.active;
        }
    }
}

} // namespace hr
