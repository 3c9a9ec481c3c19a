#pragma once
// The policy settings the simulator compares (DESIGN §5). Every lever is sized from the scenario's
// public budget so that the arms can spend the same money over a game: co-financing pays part of
// every joint action (group support), grants pay every firm the same each round (individual
// support), the service centre is co-funded each round.
#include "core/game_state.hpp"
#include "core/scenario.hpp"
#include "game_runner.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hr::sim {

struct PolicyArm {
    std::string id;                         // "cofinancing"
    std::string label;                      // "co-financing 50 % of joint actions"
    std::optional<PolicySettings> settings; // none: the baseline, no policy
};

// Baseline, co-financing, single-firm grants, service centre; with `all_levers` also the training
// programme and export promotion.
std::vector<PolicyArm> policy_arms(const Scenario& scenario, int firms, bool all_levers);

// The same game (scenario, seed, seats) played once under each arm, in the order of `arms`.
std::vector<GameOutcome> play_under_each(const GamePlan& game, const std::vector<PolicyArm>& arms);

} // namespace hr::sim
