#include "core/score.hpp"

#include "core/buyer_offers.hpp"

namespace hr {

ScoreBreakdown score_firm(const Firm& firm, const Scenario& scenario) {
    ScoreBreakdown s;
    s.profit = to_k(firm.cumulative_profit);
    s.firm_value = to_k(firm_value(firm, scenario.params));
    s.community_income = to_k(firm.wages_paid);
    const ScoreWeights& w = scenario.score;
    s.total =
        w.profit * s.profit + w.firm_value * s.firm_value + w.community_income * s.community_income;
    return s;
}

} // namespace hr
