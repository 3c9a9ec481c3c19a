#include "core/bot_profile.hpp"

namespace hr {

namespace {

constexpr std::size_t idx(JointActionType t) {
    return static_cast<std::size_t>(t);
}
constexpr std::size_t idx(Governance g) {
    return static_cast<std::size_t>(g);
}

BotProfile low_roader() {
    BotProfile p;
    p.archetype = Archetype::LowRoader;
    p.wage_trend = -0.07;
    p.invest_share = 0.02;
    p.invest_split = {1.0, 0.0, 0.0, 0.0};
    p.markup = 0.03;
    p.own_brand = false;
    p.adjacent = false;
    p.accepts[idx(Governance::Market)] = true;
    p.accepts[idx(Governance::QuasiHierarchy)] = true;
    p.accepts[idx(Governance::Network)] = true;
    p.accepts_acquisition_in_distress = true;
    p.contract_capacity_share = 1.0;
    // Cheaper inputs are the one joint action that cuts costs at once.
    p.joins[idx(JointActionType::JointPurchasing)] = true;
    p.share_tolerance = 0.25;
    p.joint_budget_share = 0.10;
    return p;
}

BotProfile upgrader() {
    BotProfile p;
    p.archetype = Archetype::Upgrader;
    p.wage_trend = 0.02;
    p.invest_share = 0.18;
    p.invest_split = {0.40, 0.35, 0.05, 0.05};
    p.training_split = 0.15;
    p.markup = 0.10;
    p.own_brand = true;
    p.accepts[idx(Governance::Market)] = true;
    p.accepts[idx(Governance::Network)] = true;
    p.accepts[idx(Governance::QuasiHierarchy)] = true;
    p.accepts_no_own_design = false;
    p.contract_capacity_share = 0.8;
    p.joins[idx(JointActionType::SharedConsultants)] = true;
    p.joins[idx(JointActionType::LearningNetwork)] = true;
    p.joins[idx(JointActionType::Standards)] = true;
    p.joins[idx(JointActionType::ServiceCentre)] = true;
    p.share_tolerance = 0.25;
    p.joint_budget_share = 0.30;
    p.wage_follows_upgrading = 0.3;
    return p;
}

BotProfile brand_builder() {
    BotProfile p;
    p.archetype = Archetype::BrandBuilder;
    p.wage_trend = 0.02;
    p.invest_share = 0.20;
    p.invest_split = {0.10, 0.30, 0.45, 0.0};
    p.training_split = 0.15;
    p.markup = 0.12;
    p.own_brand = true;
    p.accepts[idx(Governance::Market)] = true;
    p.accepts[idx(Governance::Network)] = true;
    p.accepts[idx(Governance::QuasiHierarchy)] = true;
    p.accepts_no_own_brand = false;
    p.accepts_no_own_design = false;
    p.contract_capacity_share = 0.5;
    p.joins[idx(JointActionType::CollectiveLabel)] = true;
    p.joins[idx(JointActionType::TradeFair)] = true;
    p.joins[idx(JointActionType::MarketResearch)] = true;
    p.joins[idx(JointActionType::ServiceCentre)] = true;
    p.proposes[idx(JointActionType::CollectiveLabel)] = true;
    p.proposes[idx(JointActionType::TradeFair)] = true;
    p.share_tolerance = 0.30;
    p.joint_budget_share = 0.30;
    p.wage_follows_upgrading = 0.3;
    return p;
}

BotProfile loyal_subcontractor() {
    BotProfile p;
    p.archetype = Archetype::LoyalSubcontractor;
    p.wage_trend = 0.0;
    p.invest_share = 0.15;
    p.invest_split = {0.55, 0.35, 0.0, 0.0};
    p.training_split = 0.10;
    p.markup = 0.08;
    p.own_brand = false;
    p.accepts[idx(Governance::QuasiHierarchy)] = true;
    p.accepts[idx(Governance::Market)] = true;
    p.contract_capacity_share = 1.0;
    p.joins[idx(JointActionType::Standards)] = true;
    p.joins[idx(JointActionType::SharedConsultants)] = true;
    p.share_tolerance = 0.20;
    p.joint_budget_share = 0.20;
    p.wage_follows_upgrading = 0.1;
    return p;
}

BotProfile free_rider() {
    BotProfile p;
    p.archetype = Archetype::FreeRider;
    p.wage_trend = 0.0;
    p.invest_share = 0.04;
    p.invest_split = {0.6, 0.4, 0.0, 0.0};
    p.markup = 0.08;
    p.own_brand = true;
    p.accepts[idx(Governance::Market)] = true;
    p.accepts[idx(Governance::QuasiHierarchy)] = true;
    p.accepts[idx(Governance::Network)] = true;
    p.contract_capacity_share = 0.8;
    return p;
}

BotProfile cooperator() {
    BotProfile p;
    p.archetype = Archetype::Cooperator;
    p.wage_trend = 0.015;
    p.invest_share = 0.12;
    p.invest_split = {0.35, 0.35, 0.10, 0.05};
    p.training_split = 0.15;
    p.markup = 0.10;
    p.own_brand = true;
    p.accepts[idx(Governance::Market)] = true;
    p.accepts[idx(Governance::Network)] = true;
    p.accepts_no_own_brand = false;
    p.contract_capacity_share = 0.7;
    for (auto& j : p.joins) {
        j = true;
    }
    p.proposes[idx(JointActionType::SharedConsultants)] = true;
    p.proposes[idx(JointActionType::LearningNetwork)] = true;
    p.proposes[idx(JointActionType::JointPurchasing)] = true;
    p.proposes[idx(JointActionType::CollectiveLabel)] = true;
    p.proposes[idx(JointActionType::MarketResearch)] = true;
    p.proposes[idx(JointActionType::ServiceCentre)] = true;
    // Willing to carry an action with a single partner: what gets it going.
    p.share_tolerance = 0.50;
    p.joint_budget_share = 0.50;
    p.wage_follows_upgrading = 0.3;
    return p;
}

} // namespace

BotProfile profile_of(Archetype a) {
    switch (a) {
    case Archetype::LowRoader:
        return low_roader();
    case Archetype::Upgrader:
        return upgrader();
    case Archetype::BrandBuilder:
        return brand_builder();
    case Archetype::LoyalSubcontractor:
        return loyal_subcontractor();
    case Archetype::FreeRider:
        return free_rider();
    case Archetype::Cooperator:
        return cooperator();
    case Archetype::Adaptive: {
        BotProfile p = upgrader();
        p.archetype = Archetype::Adaptive;
        return p;
    }
    }
    return upgrader();
}

} // namespace hr
