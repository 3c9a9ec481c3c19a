#include "policy_arms.hpp"

#include "core/money.hpp"

#include <algorithm>

namespace hr::sim {

std::vector<PolicyArm> policy_arms(const Scenario& scenario, int firms, bool all_levers) {
    const Money budget = scenario.policy.budget;
    const int rounds = std::max(1, scenario.rounds);
    const Money per_round = budget / rounds;
    std::vector<PolicyArm> arms;
    arms.push_back({"baseline", "no policy", std::nullopt});

    PolicySettings cofinancing;
    cofinancing.cofinancing_share = std::min(0.5, scenario.policy.max_cofinancing);
    arms.push_back({"cofinancing",
                    "co-financing " +
                        std::to_string(static_cast<int>(cofinancing.cofinancing_share * 100)) +
                        " % of joint actions",
                    cofinancing});

    PolicySettings grants;
    grants.grant_per_firm = per_round / std::max(1, firms);
    arms.push_back({"grants",
                    "single-firm grants of " + std::to_string(grants.grant_per_firm / kThousand) +
                        " k$ a firm a round",
                    grants});

    PolicySettings centre;
    centre.service_centre = true;
    arms.push_back({"service-centre", "service centre co-funded", centre});

    if (all_levers) {
        PolicySettings training;
        training.training_programme = per_round;
        arms.push_back(
            {"training",
             "training programme of " + std::to_string(per_round / kThousand) + " k$ a round",
             training});
        PolicySettings promotion;
        promotion.export_promotion = per_round;
        arms.push_back(
            {"export-promotion",
             "export promotion of " + std::to_string(per_round / kThousand) + " k$ a round",
             promotion});
    }
    return arms;
}

} // namespace hr::sim

namespace hr::sim {

std::vector<GameOutcome> play_under_each(const GamePlan& game, const std::vector<PolicyArm>& arms) {
    std::vector<GameOutcome> out;
    out.reserve(arms.size());
    GamePlan plan = game;
    for (const auto& arm : arms) {
        plan.policy = arm.settings;
        out.push_back(play_game(plan));
    }
    return out;
}

} // namespace hr::sim
