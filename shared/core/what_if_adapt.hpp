#pragma once
// A recorded decision in a replay whose world has changed (what_if.cpp): whether it still means
// what it meant, and the closest decision the rules accept when it does not.
#include "core/decision.hpp"
#include "core/game_state.hpp"

namespace hr {

// Whether every offer the decision accepts is, in `replay`, the same buyer's offer to the same
// firm as in `original`, and every joint action it joins or leaves is of the same type.
bool means_the_same(const GameState& original, const GameState& replay, const Decision& recorded);

// The recorded decision fitted to `replay`: wage, markup, prices, investment and training kept
// (scaled down to what cash and credit allow; none in design once the firm is acquired), offers
// re-aimed at the same buyers' offers on the firm's table, joins and leaves at joint actions of the
// same types, proposals kept; each part the rules refuse in `replay` is left out. Always valid for
// `replay` (the default decision at worst).
Decision adapt_recorded(const GameState& original, const GameState& replay, FirmId firm,
                        const Decision& recorded);

} // namespace hr
