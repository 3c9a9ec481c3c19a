#pragma once
// Scripted decision policies for the lesson tests: simple, fixed rules that stand for the
// strategies of issue 3 (the bots of the game are smarter and live elsewhere).
#include "core/rules.hpp"

#include <algorithm>
#include <functional>
#include <vector>

namespace hr::test {

using Policy = std::function<Decision(const GameState&, FirmId)>;

// Joins every catalogue joint action of the given types (the service centre only when the
// policy funds it), willing to pay up to max_share a round.
inline void join_actions(const GameState& state, FirmId f, Decision& d,
                         const std::vector<JointActionType>& types, Money max_share) {
    for (const auto& action : state.joint_actions) {
        if (!action.catalogue ||
            std::find(types.begin(), types.end(), action.type) == types.end()) {
            continue;
        }
        if (action.type == JointActionType::ServiceCentre && !state.policy.service_centre) {
            continue;
        }
        if (state.firms[f].acquired && (action.type == JointActionType::CollectiveLabel ||
                                        action.type == JointActionType::TradeFair)) {
            continue;
        }
        d.join.push_back({action.id, max_share});
    }
}

inline void accept_offers_where(const GameState& state, FirmId f, Decision& d,
                                const std::function<bool(const BuyerOffer&)>& wanted) {
    for (const auto& offer : state.offers) {
        if (offer.firm == f && offer.round == state.round + 1 && !offer.clauses.acquisition &&
            !offer.clauses.exclusivity && wanted(offer)) {
            d.accept.push_back(offer.id);
        }
    }
}

// Sells under its own brand whenever validate allows it.
inline void own_brand_if_allowed(const GameState& state, FirmId f, Decision& d) {
    d.sell_own_brand = true;
    for (const auto& issue : validate(state, f, d)) {
        if (issue.field == "sell_own_brand") {
            d.sell_own_brand = false;
        }
    }
}

// Scales investment down until the outlays fit within cash plus credit, keeping a reserve.
inline void fit_to_cash(const GameState& state, FirmId f, Decision& d, Money reserve = 20000) {
    for (int i = 0; i < 20; ++i) {
        const DecisionCost cost = preview_cost(state, f, d);
        if (cost.cash_after_outlays >= cost.credit_line + reserve) {
            return;
        }
        for (Money& m : d.invest) {
            m = m * 3 / 4;
        }
        d.training = d.training * 3 / 4;
    }
    d.invest = {};
    d.training = 0;
    d.join.clear();
}

inline const std::vector<JointActionType>& all_private_actions() {
    static const std::vector<JointActionType> types{
        JointActionType::JointPurchasing,   JointActionType::CollectiveLabel,
        JointActionType::TradeFair,         JointActionType::MarketResearch,
        JointActionType::SharedConsultants, JointActionType::Standards,
        JointActionType::LearningNetwork,   JointActionType::ServiceCentre};
    return types;
}

// Low road: cut wages 7 % a year, sell at a thin markup to whoever buys arm's-length.
inline Decision low_road(const GameState& state, FirmId f) {
    Decision d = default_decision(state, f);
    d.wage_change = -0.07;
    d.markup = 0.03;
    accept_offers_where(state, f, d,
                        [](const BuyerOffer& o) { return o.governance == Governance::Market; });
    return d;
}

// High road: raise wages 3 % a year, invest in process, product and functional upgrading, fund
// joint actions, sell under the own brand once it can, work with design partners.
inline Decision high_road(const GameState& state, FirmId f, Money per_type = 40000,
                          Money max_share = 20000) {
    Decision d = default_decision(state, f);
    d.wage_change = 0.03;
    const bool acquired = state.firms[f].acquired;
    d.invest[static_cast<std::size_t>(UpgradeType::Process)] = per_type;
    d.invest[static_cast<std::size_t>(UpgradeType::Product)] = per_type;
    d.invest[static_cast<std::size_t>(UpgradeType::Functional)] = acquired ? 0 : per_type;
    join_actions(state, f, d, all_private_actions(), max_share);
    accept_offers_where(state, f, d,
                        [](const BuyerOffer& o) { return o.governance == Governance::Network; });
    fit_to_cash(state, f, d);
    if (!acquired) {
        own_brand_if_allowed(state, f, d);
    }
    return d;
}

// Keeps the wage and invests the same in process, product and functional upgrading.
inline Decision steady_investor(const GameState& state, FirmId f, Money per_type) {
    Decision d = default_decision(state, f);
    d.invest[static_cast<std::size_t>(UpgradeType::Process)] = per_type;
    d.invest[static_cast<std::size_t>(UpgradeType::Product)] = per_type;
    d.invest[static_cast<std::size_t>(UpgradeType::Functional)] =
        state.firms[f].acquired ? 0 : per_type;
    return d;
}

// Takes the first luxury subcontract offered (a fashion house's, not an acquisition).
inline void take_luxury_subcontract(const GameState& state, FirmId f, Decision& d) {
    for (const auto& offer : state.offers) {
        if (offer.firm == f && offer.round == state.round + 1 &&
            offer.kind == BuyerKind::FashionHouse && !offer.clauses.acquisition) {
            d.accept = {offer.id};
            return;
        }
    }
}

// Standing still: keep the wage, invest nothing, sell arm's-length.
inline Decision standing_still(const GameState& state, FirmId f) {
    return default_decision(state, f);
}

} // namespace hr::test
