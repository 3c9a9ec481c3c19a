#pragma once
// The score (issue 3): cumulative profit, firm value and community income (wages paid), weighted
// by the scenario.
#include "core/round_result.hpp"
#include "core/scenario.hpp"

namespace hr {

ScoreBreakdown score_firm(const Firm& firm, const Scenario& scenario);

} // namespace hr
