#include "core/upgrading.hpp"

#include "core/det_math.hpp"
#include "core/external_economies.hpp"

#include <algorithm>
#include <cmath>

namespace hr {

double base_gain(const ModelParams& p, Money invested, double capacity, double skill, double r) {
    if (invested <= 0) {
        return 0.0;
    }
    const double scale = std::max(capacity, 1.0) * p.c_scale;
    return p.eta * std::sqrt(to_k(invested) / scale) * (0.5 + skill) * (1.0 - r);
}

UpgradeMultipliers multipliers(const RoundContext& ctx, const FirmRound& fr, UpgradeType k,
                               double external) {
    const ModelParams& p = ctx.params;
    const JointEffects& j = fr.joint;
    UpgradeMultipliers m;
    m.external = external;
    m.joint = p.learning_effect * j[JointActionType::LearningNetwork];
    switch (k) {
    case UpgradeType::Process:
        m.joint += p.consultants_process * j[JointActionType::SharedConsultants] +
                   p.standards_process * j[JointActionType::Standards];
        break;
    case UpgradeType::Product:
        m.joint += p.standards_product * j[JointActionType::Standards] +
                   p.research_product * j[JointActionType::MarketResearch];
        break;
    case UpgradeType::Functional:
        m.joint += p.label_functional * j[JointActionType::CollectiveLabel] +
                   p.fair_functional * j[JointActionType::TradeFair];
        break;
    case UpgradeType::Intersectoral:
        break;
    }
    m.help = fr.buyer_help[static_cast<std::size_t>(k)];
    m.centre = ctx.service_centre;
    return m;
}

namespace {

// Buyer help from the contracts running this round, and their clauses.
void read_contracts(RoundContext& ctx) {
    for (const auto& c : ctx.state.contracts) {
        if (!ctx.contract_running(c)) {
            continue;
        }
        FirmRound& fr = ctx.firms[c.terms.firm];
        const BuyerProfile* buyer = ctx.scenario.buyer(c.terms.buyer_id);
        if (buyer != nullptr) {
            for (std::size_t k = 0; k < kUpgradeTypes; ++k) {
                fr.buyer_help[k] = clamp_to(fr.buyer_help[k] + buyer->help[k], -1.0, 1.0);
            }
        }
        fr.no_own_design = fr.no_own_design || c.terms.clauses.no_own_design;
        fr.no_own_brand = fr.no_own_brand || c.terms.clauses.no_own_brand;
    }
}

// Learning network: members move part of the way toward the best member, type by type.
void pull_toward_best(RoundContext& ctx) {
    const double pull = ctx.params.learning_pull;
    for (const auto& action : ctx.state.joint_actions) {
        if (!action.active || action.type != JointActionType::LearningNetwork) {
            continue;
        }
        std::vector<FirmId> members;
        for (const FirmId f : action.members) {
            if (ctx.firms[f].joint.is_member(JointActionType::LearningNetwork)) {
                members.push_back(f);
            }
        }
        for (const UpgradeType k : kAllUpgradeTypes) {
            double best = 0;
            for (const FirmId f : members) {
                best = std::max(best, ctx.state.firms[f].capabilities[k]);
            }
            for (const FirmId f : members) {
                double& r = ctx.state.firms[f].capabilities[k];
                const double move = pull * (best - r);
                r = clamp01(r + move);
                auto& b = ctx.out(f).upgrading[static_cast<std::size_t>(k)];
                b.learning_network += move;
                b.after = r;
            }
        }
    }
}

} // namespace

void upgrade_capabilities(RoundContext& ctx) {
    const ModelParams& p = ctx.params;
    read_contracts(ctx);
    const double external = external_economies(ctx.state);
    for (auto& firm : ctx.state.firms) {
        FirmRound& fr = ctx.firms[firm.id];
        if (!fr.active) {
            continue;
        }
        if (firm.acquired) {
            fr.no_own_design = true;
            fr.no_own_brand = true;
        }
        firm.own_design = !fr.no_own_design;
        for (const UpgradeType k : kAllUpgradeTypes) {
            const auto i = static_cast<std::size_t>(k);
            double& r = firm.capabilities[k];
            UpgradeBreakdown& b = ctx.out(firm.id).upgrading[i];
            b.before = r;
            const double base =
                base_gain(p, fr.upgrade_money[i], firm.capacity, firm.workforce.skill, r);
            const UpgradeMultipliers m = multipliers(ctx, fr, k, external);
            // The multiplier never drops below 0.05: money spent always buys a little.
            const double factor = std::max(0.05, 1.0 + m.total());
            const double gain = base * factor;
            b.from_investment = base;
            const double scale = 1.0 + m.total() > 0.05 ? 1.0 : 0.0;
            b.external_economies = base * m.external * scale;
            b.joint_actions = base * m.joint * scale;
            b.buyer_help = base * m.help * scale;
            b.service_centre = base * m.centre * scale;
            b.frontier_loss = p.delta * r;
            if (k == UpgradeType::Functional && fr.no_own_design) {
                b.clause_loss = p.quasi_functional_decay * r;
            }
            r = clamp01(r + gain - b.frontier_loss - b.clause_loss);
            b.after = r;
        }
    }
    pull_toward_best(ctx);
    ctx.state.market.frontier *= 1.0 + p.delta;
}

} // namespace hr
