#pragma once
// A game as a room records it, for the what-if tests: seats 0-2 are people (random but valid
// decisions), the others bots of every archetype in turn; in round 3 the facilitator injects an
// event and co-finances joint actions.
#include "random_decisions.hpp"
#include "test_scenario.hpp"

#include "core/bot.hpp"
#include "core/what_if.hpp"

namespace hr::test {

struct RecordedPlay {
    RecordedGame record;
    std::vector<std::uint64_t> hashes; // after each round
};

inline RecordedPlay play_recorded_game(std::uint64_t seed, int rounds = 10) {
    RecordedPlay game;
    RecordedGame& rec = game.record;
    rec.scenario = test::model_scenario_ptr();
    rec.seed = seed;
    rec.firms = 8;
    rec.total_rounds = rounds;
    GameState state = new_game(rec.scenario, seed, rec.firms);
    state.total_rounds = rounds;
    Rng people(seed * 7919 + 1);
    while (!state.finished()) {
        RecordedRound round;
        round.bots.resize(8);
        for (FirmId f = 0; f < 8; ++f) {
            Decision d = default_decision(state, f);
            if (!state.firms[f].bankrupt && f < 3) {
                d = test::random_decision(state, f, people);
            } else if (!state.firms[f].bankrupt) {
                const BotSeat bot{kAllArchetypes[f % kArchetypes], Difficulty::Normal};
                Rng rng = bot_rng(state, f);
                d = decide(state, f, bot.archetype, bot.difficulty, rng);
                round.bots[f] = bot;
            }
            round.decisions.push_back(d);
        }
        if (state.round == 2) {
            round.facilitator.inject_events = {"skill-drain"};
            PolicySettings p;
            p.cofinancing_share = 0.5;
            round.facilitator.policy = p;
        }
        const std::vector<std::optional<Decision>> in(round.decisions.begin(),
                                                      round.decisions.end());
        state = resolve_round(state, in, round.facilitator).state;
        game.hashes.push_back(state_hash(state));
        rec.rounds.push_back(std::move(round));
    }
    return game;
}

} // namespace hr::test
