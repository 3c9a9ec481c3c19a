#pragma once
// Plays whole games with one scripted policy per firm and keeps every round's result.
#include "scripted_policies.hpp"

#include "core/rules.hpp"

#include <functional>
#include <memory>
#include <vector>

namespace hr::test {

struct PlayedGame {
    std::vector<GameState> states; // states[0] is the start, states[r] after round r
    std::vector<RoundResult> results;
    const GameState& last() const { return states.back(); }
};

using FacilitatorScript = std::function<FacilitatorActions(const GameState&)>;

inline PlayedGame play(std::shared_ptr<const Scenario> scenario, std::uint64_t seed, int firms,
                       const std::function<Policy(FirmId)>& policy_of,
                       const FacilitatorScript& facilitator = {}) {
    PlayedGame game;
    game.states.push_back(new_game(std::move(scenario), seed, firms));
    while (!game.last().finished()) {
        const GameState& state = game.last();
        std::vector<std::optional<Decision>> decisions(state.firms.size());
        for (const auto& firm : state.firms) {
            if (!firm.bankrupt) {
                decisions[firm.id] = policy_of(firm.id)(state, firm.id);
            }
        }
        RoundOutcome out = resolve_round(state, decisions,
                                         facilitator ? facilitator(state) : FacilitatorActions{});
        game.results.push_back(std::move(out.result));
        game.states.push_back(std::move(out.state));
    }
    return game;
}

inline PlayedGame play_all(std::shared_ptr<const Scenario> scenario, std::uint64_t seed, int firms,
                           const Policy& policy, const FacilitatorScript& facilitator = {}) {
    return play(
        std::move(scenario), seed, firms, [&](FirmId) { return policy; }, facilitator);
}

} // namespace hr::test
