#include "round_helpers.hpp"

#include "core/events.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

TEST_CASE("the competitor shock hits in its round and then drifts", "[core][events]") {
    GameState s = game();
    const Money start = s.market.p_comp;
    s = round_with(s, {}).state;
    s = round_with(s, {}).state;
    CHECK(s.market.p_comp == start);
    const auto third = round_with(s, {});
    REQUIRE(third.result.events.size() == 1);
    CHECK(third.result.events[0].id == "low-cost-competitor");
    CHECK_FALSE(third.result.events[0].injected);
    CHECK(third.state.market.p_comp == static_cast<Money>(start * 0.88 + 0.5));
    const auto fourth = round_with(third.state, {});
    CHECK(fourth.result.events.empty());
    CHECK(fourth.state.market.p_comp == static_cast<Money>(third.state.market.p_comp * 0.99 + 0.5));
}

TEST_CASE("the facilitator injects only injectable events", "[core][events]") {
    const GameState s = game();
    FacilitatorActions f;
    f.inject_events = {"skill-drain", "fixed-only", "nonexistent"};
    const auto out = round_with(s, {}, f);
    REQUIRE(out.result.events.size() == 1);
    CHECK(out.result.events[0].id == "skill-drain");
    CHECK(out.result.events[0].injected);
    CHECK(out.state.market.skill_pool < round_with(s, {}).state.market.skill_pool);
}

TEST_CASE("each kind of event moves its market condition", "[core][events]") {
    GameState s = game();
    EventSpec e;
    e.magnitude = -0.2;
    e.kind = EventKind::DemandShock;
    apply_event(s, e);
    CHECK(s.market.demand_low_factor == Approx(0.8));
    e.kind = EventKind::BrandDemandShock;
    apply_event(s, e);
    CHECK(s.market.demand_brand_factor == Approx(0.8));
    e.kind = EventKind::InputCostShock;
    e.magnitude = 0.1;
    apply_event(s, e);
    CHECK(s.market.input_cost_factor == Approx(1.1));
    e.kind = EventKind::ExchangeRateShock;
    apply_event(s, e);
    CHECK(s.market.exchange_rate_factor == Approx(1.1));
    e.kind = EventKind::BuyerRelocation;
    apply_event(s, e);
    CHECK(s.market.relocation_pressure);
    e.kind = EventKind::QualityScandal;
    e.magnitude = 0.3;
    apply_event(s, e);
    for (const auto& a : s.joint_actions) {
        if (a.type == JointActionType::CollectiveLabel) {
            CHECK(a.reputation == Approx(s.scenario->params.label_start_reputation - 0.3));
        }
    }
}

TEST_CASE("the forecast foresees scheduled events and the drift", "[core][events]") {
    GameState s = game();
    s.round = 2;
    const MarketForecast f = forecast_next_round(s);
    CHECK(f.available);
    CHECK(f.scheduled_events == std::vector<std::string>{"low-cost-competitor"});
    CHECK(f.p_comp_next == static_cast<Money>(s.market.p_comp * 0.88 + 0.5));
}
