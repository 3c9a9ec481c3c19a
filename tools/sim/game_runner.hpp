#pragma once
// Plays one game of bots from start to end on the deterministic core: every bot decision goes
// through validate() like a player's, and the round is resolved by resolve_round. What a game
// produced is kept as a small per-firm outcome; the rounds themselves are shown to an observer
// (the CSV writer) and then dropped.
#include "core/archetype.hpp"
#include "core/bot_profile.hpp"
#include "core/decision.hpp"
#include "core/game_state.hpp"
#include "core/rules.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace hr::sim {

struct Seat {
    Archetype archetype = Archetype::Upgrader;
    Difficulty difficulty = Difficulty::Normal;
    std::optional<BotProfile> profile; // a research variant; otherwise the archetype's own
    int group = 0;                     // the experiment group the seat belongs to
};

struct GamePlan {
    std::shared_ptr<const Scenario> scenario;
    std::uint64_t seed = 0;
    std::vector<Seat> seats;              // one per firm
    std::optional<PolicySettings> policy; // set by the facilitator as round 1 resolves
};

// What the observer sees of one resolved round.
struct RoundView {
    const GameState& before;
    const std::vector<std::optional<Decision>>& decisions; // by firm; none for a bankrupt firm
    const std::vector<char>& valid; // whether each decision passed validate()
    const std::vector<int>& offers_on_table;
    const RoundOutcome& outcome;
};
using RoundObserver = std::function<void(const RoundView&)>;

struct FirmOutcome {
    Archetype archetype = Archetype::Upgrader;
    Difficulty difficulty = Difficulty::Normal;
    int group = 0;
    std::array<double, kUpgradeTypes> cap_start{};
    std::array<double, kUpgradeTypes> cap_end{};
    double wage_start = 1, wage_end = 1;
    double skill_end = 0;
    Money cumulative_profit = 0;
    Money cash_end = 0;
    bool bankrupt = false;
    bool acquired = false;
    int member_rounds = 0; // rounds as a member of an active joint action
    Money joint_action_paid = 0;
    std::array<int, kGovernanceTypes> contract_rounds{}; // rounds holding such a contract
    double exports_first = 0, exports_last = 0;
    double unit_value_end = 0;
    double value_added_per_worker_end = 0;
    double score_end = 0;
    Road road_end = Road::Stagnation;
};

struct ClusterOutcome {
    std::array<double, kUpgradeTypes> cap_start{}; // averages over all firms
    std::array<double, kUpgradeTypes> cap_end{};
    double wage_start = 1, wage_end = 1;
    double exports_end = 0;
    double employment_end = 0;
    double value_added_per_worker_end = 0;
    double cluster_share_end = 0;
    Money public_spent = 0;
    int active_end = 0;
    Road road_end = Road::Stagnation;
};

struct GameOutcome {
    std::vector<FirmOutcome> firms;
    ClusterOutcome cluster;
    int rounds = 0;
    int invalid_decisions = 0; // bot decisions validate() refused (a bug if ever non-zero)
};

// The seed of game `game` in a batch started from `base`: independent of the thread that plays it.
std::uint64_t game_seed(std::uint64_t base, std::uint64_t game);

GameOutcome play_game(const GamePlan& plan, const RoundObserver& observer = {});

} // namespace hr::sim
