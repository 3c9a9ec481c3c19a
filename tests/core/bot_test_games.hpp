#pragma once
// Test helpers: play whole games of bots on the core, on the shipped scenarios
// (lesson_scenarios.hpp).
#include "core/bot.hpp"
#include "core/rules.hpp"
#include "core/scenario_loader.hpp"
#include "lesson_scenarios.hpp"

#include <memory>
#include <string>
#include <vector>

namespace hr::test {

struct BotSeat {
    Archetype archetype = Archetype::Upgrader;
    Difficulty difficulty = Difficulty::Normal;
};

// One seat of every archetype, then upgraders and low-roaders up to `firms`.
inline std::vector<BotSeat> every_archetype(int firms, Difficulty d = Difficulty::Normal) {
    std::vector<BotSeat> seats;
    for (int i = 0; i < firms; ++i) {
        const auto a = i < static_cast<int>(kArchetypes)
                           ? kAllArchetypes[static_cast<std::size_t>(i)]
                           : (i % 2 == 0 ? Archetype::Upgrader : Archetype::LowRoader);
        seats.push_back({a, d});
    }
    return seats;
}

// Plays a whole game; after each round calls on_round(before, decisions, outcome).
template <class OnRound>
GameState play_bots(std::shared_ptr<const Scenario> scenario, std::uint64_t seed,
                    const std::vector<BotSeat>& seats, OnRound&& on_round) {
    GameState state = new_game(std::move(scenario), seed, static_cast<int>(seats.size()));
    while (!state.finished()) {
        std::vector<std::optional<Decision>> submitted(seats.size());
        std::vector<Decision> decisions(seats.size());
        for (std::size_t i = 0; i < seats.size(); ++i) {
            const auto id = static_cast<FirmId>(i);
            Rng rng = bot_rng(state, id);
            decisions[i] = decide(state, id, seats[i].archetype, seats[i].difficulty, rng);
            submitted[i] = decisions[i];
        }
        RoundOutcome out = resolve_round(state, submitted);
        on_round(state, decisions, out);
        state = std::move(out.state);
    }
    return state;
}

} // namespace hr::test
