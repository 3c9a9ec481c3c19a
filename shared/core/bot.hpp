#pragma once
// Bots: a firm played by the computer. A bot sees what a player of that firm sees (its own firm,
// the offers on its table, the joint actions, the public market), decides everything a player
// decides, and its decision goes through the same validate() as a player's. Pure and
// deterministic: the same state, firm, archetype, difficulty and random stream give the same
// decision on every machine.
#include "core/archetype.hpp"
#include "core/bot_profile.hpp"
#include "core/decision.hpp"
#include "core/game_state.hpp"
#include "core/rng.hpp"

#include <cstdint>

namespace hr {

// The random stream of one firm's bot in one round, derived from the game's seed alone, so that a
// game with bots replays from its seed whatever else drew random numbers.
Rng bot_rng(std::uint64_t game_seed, int round, FirmId firm);
// The stream for the round about to be played (state.next_round()).
Rng bot_rng(const GameState& state, FirmId firm);

// The decision of an archetype's bot for the round about to be played. A bankrupt firm gets
// default_decision(); an acquired firm still sets wages and invests, but its design, marketing
// and sales belong to its owner.
Decision decide(const GameState& state, FirmId firm, Archetype archetype, Difficulty difficulty,
                Rng& rng);

// The same with an explicit profile (research variants of the archetypes).
Decision decide(const GameState& state, FirmId firm, const BotProfile& profile,
                Difficulty difficulty, Rng& rng);

// The course the adaptive bot takes this round, from the firm's own results: upgrading while it
// pays, building a brand once its design capability is close to selling, cutting costs after
// losses.
BotProfile adaptive_profile(const GameState& state, FirmId firm);

} // namespace hr
