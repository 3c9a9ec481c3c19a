#include "core/events.hpp"

#include "core/det_math.hpp"

#include <cmath>

namespace hr {

namespace {

Money scaled(Money m, double factor) {
    return static_cast<Money>(round_whole(static_cast<double>(m) * factor));
}

} // namespace

void apply_event(GameState& state, const EventSpec& event) {
    MarketConditions& m = state.market;
    const double factor = 1.0 + event.magnitude;
    switch (event.kind) {
    case EventKind::CompetitorPriceShock:
        m.p_comp = scaled(m.p_comp, factor);
        m.competitor_drift = event.drift;
        break;
    case EventKind::DemandShock:
        m.demand_low_factor = std::max(0.0, m.demand_low_factor * factor);
        break;
    case EventKind::BrandDemandShock:
        m.demand_brand_factor = std::max(0.0, m.demand_brand_factor * factor);
        break;
    case EventKind::InputCostShock:
        m.input_cost_factor = std::max(0.0, m.input_cost_factor * factor);
        break;
    case EventKind::ExchangeRateShock:
        m.exchange_rate_factor = std::max(0.01, m.exchange_rate_factor * factor);
        break;
    case EventKind::BuyerRelocation:
        m.relocation_pressure = true;
        break;
    case EventKind::SkillDrain:
        // Absolute: the pool loses this much of its level.
        m.skill_pool = clamp01(m.skill_pool - std::abs(event.magnitude));
        break;
    case EventKind::QualityScandal:
        for (auto& action : state.joint_actions) {
            if (action.type == JointActionType::CollectiveLabel) {
                action.reputation = clamp01(action.reputation - std::abs(event.magnitude));
            }
        }
        break;
    }
}

void apply_events(RoundContext& ctx, const std::vector<std::string>& injected) {
    MarketConditions& m = ctx.state.market;
    m.relocation_pressure = false;
    if (m.competitor_drift != 0.0) {
        m.p_comp = scaled(m.p_comp, 1.0 + m.competitor_drift);
    }
    for (const auto& event : ctx.scenario.events) {
        if (event.scheduled_round == ctx.round) {
            apply_event(ctx.state, event);
            ctx.result.events.push_back({event.id, event.kind, event.magnitude, false});
            ctx.result.news.push_back({"news.event", {event.id}});
        }
    }
    for (const auto& id : injected) {
        const EventSpec* event = ctx.scenario.event(id);
        if (event == nullptr || !event->injectable) {
            continue;
        }
        apply_event(ctx.state, *event);
        ctx.result.events.push_back({event->id, event->kind, event->magnitude, true});
        ctx.result.news.push_back({"news.event", {event->id}});
    }
}

MarketForecast forecast_next_round(const GameState& state) {
    GameState ahead;
    ahead.market = state.market;
    MarketForecast f;
    f.available = true;
    if (ahead.market.competitor_drift != 0.0) {
        ahead.market.p_comp = scaled(ahead.market.p_comp, 1.0 + ahead.market.competitor_drift);
    }
    for (const auto& event : state.scenario->events) {
        if (event.scheduled_round == state.round + 1) {
            apply_event(ahead, event);
            f.scheduled_events.push_back(event.id);
        }
    }
    f.p_comp_next = ahead.market.p_comp;
    f.demand_low_factor_next = ahead.market.demand_low_factor;
    return f;
}

} // namespace hr
