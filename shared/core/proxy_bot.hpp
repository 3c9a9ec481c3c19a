#pragma once
// The proxy bot: when a player drops out (a laptop closes), their firm carries on as they were
// playing it, not as some archetype would. It follows the player's recent decisions: the same wage
// trend, the same shares of cash invested in each upgrading type, the same channels and markup,
// the joint actions it is in, and offers like the ones the player accepted. Never sells the firm.
#include "core/decision.hpp"
#include "core/game_state.hpp"

#include <vector>

namespace hr {

// `recent` holds the player's last decisions, oldest first (any length; empty gives the
// default decision). The result is a decision for state.next_round().
Decision proxy_decision(const GameState& state, FirmId firm, const std::vector<Decision>& recent);

} // namespace hr
