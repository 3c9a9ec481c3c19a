#pragma once
// A GameState rebuilt from what the player knows: the scenario, its own firm's private state, the
// offers on its table, its contracts and joint-action memberships, the public picture of the other
// firms, the joint-action board and the market conditions that the known events imply. The client
// runs the core's validate(), preview_cost() and bots on it for the live preview and for the demo
// player. It is never trusted: the server validates and resolves on the real state.
//
// What the player cannot know is filled from the scenario's starting data (other firms' cash and
// capacity) or from public averages (their capabilities and skill), which is enough for the rules
// that concern the player's own firm: those read only its own data, its offers, contracts and
// memberships, the scenario and the policy.
#include "session_model.hpp"

#include "core/game_state.hpp"

#include <optional>

namespace hr::client {

// Nothing until the model holds the scenario, the room snapshot and the firm's private state.
std::optional<GameState> shadow_state(const SessionModel& model);

} // namespace hr::client
