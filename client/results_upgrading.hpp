#pragma once
// Why each capability moved this round (UpgradeBreakdown): a diverging bar per capability with
// the gains to the right of zero (the investment and what multiplied it: external economies,
// joint actions, buyer help, the service centre, the learning network) and the losses to the
// left (the frontier moving on, a clause that takes design away), each part in its colour, the
// exact numbers on hover, and a legend naming the parts with their concepts.
#include "round_view.hpp"

namespace hr::client {

void draw_upgrade_breakdown(const RoundFrame& f, const FirmResult& result);

} // namespace hr::client
