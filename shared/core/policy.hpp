#pragma once
// The policy side (DESIGN §5): levers paid from a public budget that the debrief accounts for.
#include "core/round_context.hpp"

namespace hr {

// Public money still available.
Money public_remaining(const GameState& state);

// Draws up to `wanted` from the public budget for a lever; returns what was granted.
Money draw_public(RoundContext& ctx, PolicyLever lever, Money wanted);

// Single-firm grants and the training programme, paid before upgrading: grants add to each
// recipient's upgrading money, the programme to every firm's training.
void fund_firm_support(RoundContext& ctx);

// Export promotion left after subsidising trade fairs buys market access for every firm.
void fund_export_promotion(RoundContext& ctx);

} // namespace hr
