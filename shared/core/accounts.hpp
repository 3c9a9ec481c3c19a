#pragma once
// Accounts (DESIGN §2 step 6): revenue, costs, profit and cash; bankruptcy when cash falls below
// the credit line; capacity grows after a sold-out round.
#include "core/round_context.hpp"

namespace hr {

// Every money flow of the round, so that cash_after - cash_before == profit to the unit.
Money total_revenue(const FirmResult& r);
Money total_costs(const FirmResult& r);

void settle_accounts(RoundContext& ctx);

} // namespace hr
