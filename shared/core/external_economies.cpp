#include "core/external_economies.hpp"

#include "core/det_math.hpp"

namespace hr {

namespace {

struct ClusterAverages {
    double process_product = 0;
    double skill = 0;
    double wage = 0;
    int firms = 0;
};

ClusterAverages averages(const GameState& state) {
    ClusterAverages a;
    for (const auto& firm : state.firms) {
        if (firm.bankrupt) {
            continue;
        }
        a.process_product +=
            (firm.capabilities[UpgradeType::Process] + firm.capabilities[UpgradeType::Product]) /
            2.0;
        a.skill += firm.workforce.skill;
        a.wage += firm.workforce.wage;
        ++a.firms;
    }
    if (a.firms > 0) {
        const double n = static_cast<double>(a.firms);
        a.process_product /= n;
        a.skill /= n;
        a.wage /= n;
    }
    return a;
}

} // namespace

double external_economies(const GameState& state) {
    const ClusterAverages a = averages(state);
    return state.scenario->params.ext * a.process_product * (state.market.skill_pool / 0.5);
}

double local_input_share(const GameState& state) {
    return clamp01(state.scenario->params.local_input_share * (state.market.skill_pool / 0.5));
}

void update_skill_pool(RoundContext& ctx) {
    const ClusterAverages a = averages(ctx.state);
    if (a.firms == 0) {
        return;
    }
    const double target = clamp01(a.skill + 0.3 * (a.wage - 1.0));
    double& pool = ctx.state.market.skill_pool;
    pool = clamp01(pool + ctx.params.pool_speed * (target - pool));
}

} // namespace hr
