#include "core/concepts.hpp"
#include "core/scenario.hpp"

#include <catch2/catch.hpp>

using namespace hr;

TEST_CASE("every concept id parses back to its value", "[core][concepts]") {
    for (const auto t : kAllUpgradeTypes) {
        CHECK(upgrade_type_from(to_string(t)) == t);
    }
    for (std::size_t i = 0; i < kGovernanceTypes; ++i) {
        const auto g = static_cast<Governance>(i);
        CHECK(governance_from(to_string(g)) == g);
    }
    for (std::size_t i = 0; i < kBuyerKinds; ++i) {
        const auto b = static_cast<BuyerKind>(i);
        CHECK(buyer_kind_from(to_string(b)) == b);
    }
    for (std::size_t i = 0; i < kJointActionTypes; ++i) {
        const auto j = static_cast<JointActionType>(i);
        CHECK(joint_action_type_from(to_string(j)) == j);
    }
    for (std::size_t i = 0; i < 8; ++i) {
        const auto e = static_cast<EventKind>(i);
        CHECK(event_kind_from(to_string(e)) == e);
    }
    CHECK(chain_kind_from(to_string(ChainKind::ProducerDriven)) == ChainKind::ProducerDriven);
    CHECK(to_string(Road::HighRoad) == "high_road");
    CHECK(to_string(SalesChannel::OwnBrand) == "own_brand");
    CHECK(to_string(ChainStage::Retail) == "retail");
}

TEST_CASE("unknown ids parse to nothing", "[core][concepts]") {
    CHECK_FALSE(upgrade_type_from("Process").has_value());
    CHECK_FALSE(governance_from("").has_value());
    CHECK_FALSE(joint_action_type_from("lobbying").has_value());
    CHECK_FALSE(event_kind_from("earthquake").has_value());
}

TEST_CASE("localized text falls back to English when a translation is missing",
          "[core][scenario]") {
    const LocalizedText t{"shoes", "zapatos", ""};
    CHECK(t.in("en") == "shoes");
    CHECK(t.in("es") == "zapatos");
    CHECK(t.in("pt") == "shoes");
    CHECK(t.in("fr") == "shoes");
}

TEST_CASE("a scenario finds its buyers, events and joint actions by id", "[core][scenario]") {
    Scenario s;
    s.buyers.push_back({});
    s.buyers.back().id = "retailer";
    s.events.push_back({});
    s.events.back().id = "shock";
    s.joint_actions.push_back({});
    s.joint_actions.back().type = JointActionType::Standards;
    CHECK(s.buyer("retailer") == &s.buyers.back());
    CHECK(s.buyer("nobody") == nullptr);
    CHECK(s.event("shock") == &s.events.back());
    CHECK(s.joint_action(JointActionType::Standards) == &s.joint_actions.back());
    CHECK(s.joint_action(JointActionType::TradeFair) == nullptr);
}
