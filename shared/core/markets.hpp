#pragma once
// The markets (DESIGN §2 step 5): contracts deliver first, then own brand and the adjacent sector,
// and the rest of the capacity goes to the low-end export segment, which clears by a logit
// against the other cluster firms and the outside low-cost competitors.
#include "core/round_context.hpp"

#include <vector>

namespace hr {

// $ per thousand units of inputs: m0 (1 + 0.5 r_product) (1 - purchasing discount), shocked.
double input_unit_cost(const ModelParams& p, const MarketConditions& m, double r_product,
                       double discount);

// The share of a contract delivery the buyer rejects for quality below its standard; better
// processes make quality more consistent.
double rejected_share(const ModelParams& p, double standard, double r_product, double r_process);

// Low-end demand for each cluster seller (foreign asking prices and product levels given) when
// the outside competitors ask p_comp. `demand` is the segment's size in thousand units.
std::vector<double> low_end_demand(const ModelParams& p, const std::vector<double>& asks,
                                   const std::vector<double>& r_product, double p_comp,
                                   double demand);

// Whether a firm may sell under its own brand this round (functional capability, clauses).
bool may_sell_own_brand(const RoundContext& ctx, const Firm& firm);
bool may_sell_adjacent(const ModelParams& p, const Firm& firm);

// Step 5. Fills volumes, prices, revenues and rejections of every firm's FirmResult.
void clear_markets(RoundContext& ctx);

} // namespace hr
