// resolve_round: the fixed order of DESIGN §2, one stage per concept file.
#include "core/accounts.hpp"
#include "core/buyer_offers.hpp"
#include "core/events.hpp"
#include "core/indicators.hpp"
#include "core/joint_actions.hpp"
#include "core/markets.hpp"
#include "core/policy.hpp"
#include "core/round_context.hpp"
#include "core/rules.hpp"
#include "core/upgrading.hpp"
#include "core/workforce.hpp"

#include <algorithm>

namespace hr {

RoundContext::RoundContext(GameState before, const std::vector<std::optional<Decision>>& decisions)
    : state(std::move(before)), scenario(*state.scenario), params(state.scenario->params),
      round(state.round + 1), firms(state.firms.size()) {
    result.round = round;
    result.firms.resize(state.firms.size());
    result.joint_actions.reserve(state.joint_actions.size());
    defaults.reserve(state.firms.size()); // pointers into it must stay valid
    // Nothing has changed the state yet: decisions are checked against it as it was.
    for (const auto& firm : state.firms) {
        const FirmId f = firm.id;
        FirmRound& fr = firms[f];
        const bool given = f < decisions.size() && decisions[f].has_value() &&
                           validate(state, f, *decisions[f]).empty();
        if (given) {
            fr.decision = &*decisions[f];
        } else {
            defaults.push_back(default_decision(state, f));
            fr.decision = &defaults.back();
        }
        fr.active = !firm.bankrupt;
        if (fr.active) {
            fr.upgrade_money = fr.decision->invest;
            fr.training_money = fr.decision->training;
        }
        FirmResult& out = result.firms[f];
        out.member_of.reserve(state.joint_actions.size());
        out.contracts.reserve(4);
        out.firm = f;
        out.active = fr.active;
        out.training = fr.training_money;
    }
}

Decision default_decision(const GameState& state, FirmId firm) {
    Decision d;
    d.firm = firm;
    d.round = state.round + 1;
    d.markup = state.scenario->params.default_markup;
    return d;
}

namespace {

// Step 8: market research members learn next round's conditions; buyers make their offers.
void prepare_next_round(RoundContext& ctx) {
    GameState& state = ctx.state;
    std::vector<double> fair(state.firms.size(), 0.0);
    bool any_research = false;
    for (const auto& firm : state.firms) {
        const FirmRound& fr = ctx.firms[firm.id];
        fair[firm.id] = fr.joint[JointActionType::TradeFair];
        any_research = any_research || fr.joint.is_member(JointActionType::MarketResearch);
    }
    if (any_research && !state.finished()) {
        const MarketForecast forecast = forecast_next_round(state);
        for (const auto& firm : state.firms) {
            if (ctx.firms[firm.id].joint.is_member(JointActionType::MarketResearch) &&
                !firm.bankrupt) {
                ctx.out(firm.id).forecast = forecast;
            }
        }
    }
    // Ended contracts are history (their deliveries are in the round results).
    std::erase_if(state.contracts, [&](const Contract& c) { return c.last_round <= ctx.round; });
    make_offers(state, fair, ctx.export_access);
}

} // namespace

RoundOutcome resolve_round(const GameState& before,
                           const std::vector<std::optional<Decision>>& decisions,
                           const FacilitatorActions& facilitator) {
    return resolve_round(GameState(before), decisions, facilitator);
}

RoundOutcome resolve_round(GameState&& before,
                           const std::vector<std::optional<Decision>>& decisions,
                           const FacilitatorActions& facilitator) {
    RoundContext ctx(std::move(before), decisions);
    if (facilitator.policy) {
        ctx.state.policy = *facilitator.policy;
    }
    accept_offers(ctx);
    apply_membership_changes(ctx);
    // 1. events
    apply_events(ctx, facilitator.inject_events);
    // 2. joint actions, with the public money that makes them happen
    activate_joint_actions(ctx);
    fund_export_promotion(ctx);
    fund_firm_support(ctx);
    // 3. upgrading; 4. workforce
    upgrade_capabilities(ctx);
    update_workforce(ctx);
    // 5. markets
    clear_markets(ctx);
    update_label_reputation(ctx);
    // 6. accounts
    settle_accounts(ctx);
    // 7. indicators
    ctx.state.round = ctx.round;
    record_indicators(ctx);
    // 8. what the next round brings
    prepare_next_round(ctx);
    return {std::move(ctx.state), std::move(ctx.result)};
}

} // namespace hr
