#pragma once
// Indicators (DESIGN §2 step 7): each firm's record, value-chain split, road and score, and the
// cluster's, appended to the histories that charts and the road classification read.
#include "core/round_context.hpp"

namespace hr {

void record_indicators(RoundContext& ctx);

} // namespace hr
