#pragma once
// Events (shocks): scheduled by the scenario or injected by the facilitator, applied first in
// every round (DESIGN §2 step 1).
#include "core/round_context.hpp"

#include <string>
#include <vector>

namespace hr {

// Moves the market conditions (or the skill pool, or label reputations) by one event.
void apply_event(GameState& state, const EventSpec& event);

// Step 1: last rounds' competitor drift, then this round's scheduled and injected events.
void apply_events(RoundContext& ctx, const std::vector<std::string>& injected);

// Market conditions one round ahead, as market research members see them: the drift plus the
// scheduled events (injections cannot be foreseen).
MarketForecast forecast_next_round(const GameState& state);

} // namespace hr
