#pragma once
// Global buyers (DESIGN §4): offers made to the firms that meet their requirements, their
// acceptance as contracts, and the hierarchy acquisition.
#include "core/game_state.hpp"
#include "core/round_context.hpp"

#include <vector>

namespace hr {

// The price a buyer offers a firm, per thousand units.
Money offered_price(const BuyerProfile& buyer, Money p_comp, double r_product, double fair_strength,
                    const ModelParams& p);

// A firm's value for the score and for a buyer's acquisition price: cash plus its productive
// assets, which are worth more the closer the firm is to the frontier.
Money firm_value(const Firm& firm, const ModelParams& p);

// Replaces state.offers with the offers for round state.round + 1. `fair_strength` is each firm's
// trade-fair strength (indexed by FirmId), `export_access` the access bought by export promotion.
void make_offers(GameState& state, const std::vector<double>& fair_strength, double export_access);

// Turns the offers accepted in this round's decisions into contracts (acquisitions included).
void accept_offers(RoundContext& ctx);

} // namespace hr
