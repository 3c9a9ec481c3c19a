#include "core/workforce.hpp"

#include "core/det_math.hpp"
#include "core/external_economies.hpp"

#include <algorithm>

namespace hr {

double productivity(const ModelParams& p, double r_process, double skill) {
    return p.a0 * (1.0 + r_process) * (0.85 + 0.3 * skill);
}

double skill_target(const ModelParams& p, double wage, double training_share, double skill_pool) {
    return clamp01(0.5 + p.wage_skill * (wage - 1.0) + p.training_skill * training_share +
                   p.pool_skill * (skill_pool - 0.5));
}

void update_workforce(RoundContext& ctx) {
    const ModelParams& p = ctx.params;
    const double pool = ctx.state.market.skill_pool;
    for (auto& firm : ctx.state.firms) {
        FirmRound& fr = ctx.firms[firm.id];
        if (!fr.active) {
            continue;
        }
        Workforce& w = firm.workforce;
        const double change =
            clamp_to(fr.decision->wage_change, -p.max_wage_change, p.max_wage_change);
        w.wage *= 1.0 + change;
        const double full_training =
            static_cast<double>(p.training_scale) * std::max(firm.capacity, 1.0);
        const double training_share =
            std::min(1.0, static_cast<double>(fr.training_money) / full_training);
        const double target = skill_target(p, w.wage, training_share, pool);
        double skill = w.skill + p.skill_speed * (target - w.skill);
        if (change < 0.0) {
            // Cut wages and the best workers leave first.
            skill -= p.turnover_per_cut * -change;
        }
        w.skill = clamp01(skill);
        fr.productivity = productivity(p, firm.capabilities[UpgradeType::Process], w.skill);
    }
    update_skill_pool(ctx);
}

} // namespace hr
