#pragma once
// The player's firm at a glance: cash and credit line, capacity, the workforce (wage, skill,
// employment), the four capabilities measured against the world frontier, certification, the
// contracts running, and the road the firm is on with the numbers behind it.
#include "round_view.hpp"

namespace hr::client {

void draw_firm_dashboard(const RoundFrame& f);

// The four capability bars against the frontier, with last round's change beside each.
void draw_capability_bars(const RoundFrame& f, const std::optional<FirmResult>& last);

} // namespace hr::client
