#pragma once
// A scenario built in code with MODEL.md's defaults, for unit tests that must not depend on the
// files in assets/scenarios: 8 firms, a buyer of each kind, all eight joint actions and a
// low-cost competitor shock in round 3 (-12 %, then -1 % a year).
#include "core/rules.hpp"
#include "core/scenario.hpp"

#include <memory>

namespace hr::test {

inline BuyerProfile buyer(std::string id, BuyerKind kind, Governance g, double volume,
                          double price_factor, double quality) {
    BuyerProfile b;
    b.id = std::move(id);
    b.name = {b.id, b.id, b.id};
    b.kind = kind;
    b.governance = g;
    b.volume = volume;
    b.price_factor = price_factor;
    b.quality_standard = quality;
    return b;
}

inline Scenario model_scenario() {
    Scenario s;
    s.id = "test-model";
    s.title = {"Test cluster", "Cluster de prueba", "Cluster de teste"};
    s.briefing = {"A test cluster.", "Un cluster de prueba.", "Um cluster de teste."};
    s.rounds = 10;

    auto trader = buyer("trader", BuyerKind::Trader, Governance::Market, 30, 0.75, 0.2);
    trader.volume_noise = 0.3;
    trader.duration = 1;
    trader.offer_probability = 0.5;

    auto retailer =
        buyer("retailer", BuyerKind::LargeRetailer, Governance::QuasiHierarchy, 60, 0.9, 0.35);
    retailer.duration = 3;
    retailer.no_own_brand = true;
    retailer.technical_help = true;
    retailer.help = {0.8, 0.5, -0.9, 0.0};
    retailer.relocation_threshold = 0.10;
    retailer.dislikes_branding = true;
    retailer.offer_probability = 0.6;

    auto fashion =
        buyer("fashion-house", BuyerKind::FashionHouse, Governance::QuasiHierarchy, 45, 1.5, 0.40);
    fashion.duration = 3;
    fashion.no_own_brand = true;
    fashion.no_own_design = true;
    fashion.technical_help = true;
    fashion.help = {0.8, 0.5, -0.9, 0.0};
    fashion.min_product = 0.3;
    fashion.offer_probability = 0.5;

    auto partner =
        buyer("design-partner", BuyerKind::DesignPartner, Governance::Network, 20, 0.95, 0.30);
    partner.help = {0.0, 0.3, 0.3, 0.0};
    partner.offer_probability = 0.4;

    auto tnc = buyer("transnational", BuyerKind::TransnationalManufacturer, Governance::Hierarchy,
                     0, 1.0, 0.0);
    tnc.chain = ChainKind::ProducerDriven;
    tnc.acquisition = true;
    tnc.min_product = 0.4;
    tnc.offer_probability = 0.15;
    tnc.first_round = 4;

    s.buyers = {trader, retailer, fashion, partner, tnc};

    for (const auto type : {JointActionType::JointPurchasing, JointActionType::CollectiveLabel,
                            JointActionType::TradeFair, JointActionType::MarketResearch,
                            JointActionType::SharedConsultants, JointActionType::Standards,
                            JointActionType::LearningNetwork, JointActionType::ServiceCentre}) {
        JointActionSpec spec;
        spec.type = type;
        spec.name = {std::string(to_string(type)), std::string(to_string(type)),
                     std::string(to_string(type))};
        spec.needs_policy = type == JointActionType::ServiceCentre;
        spec.quality_standard = type == JointActionType::CollectiveLabel ? 0.35 : 0.0;
        s.joint_actions.push_back(spec);
    }

    EventSpec shock;
    shock.id = "low-cost-competitor";
    shock.title = {"Low-cost competition", "Competencia de bajo costo",
                   "Concorrência de baixo custo"};
    shock.kind = EventKind::CompetitorPriceShock;
    shock.magnitude = -0.12;
    shock.drift = -0.01;
    shock.scheduled_round = 3;
    EventSpec drain;
    drain.id = "skill-drain";
    drain.kind = EventKind::SkillDrain;
    drain.magnitude = 0.1;
    EventSpec scandal;
    scandal.id = "quality-scandal";
    scandal.kind = EventKind::QualityScandal;
    scandal.magnitude = 0.2;
    scandal.injectable = true;
    EventSpec fixed;
    fixed.id = "fixed-only";
    fixed.kind = EventKind::DemandShock;
    fixed.magnitude = -0.1;
    fixed.scheduled_round = 6;
    fixed.injectable = false;
    s.events = {shock, drain, scandal, fixed};

    for (int i = 0; i < 8; ++i) {
        StartingFirm f;
        f.name = "Firm " + std::to_string(i + 1);
        f.lead_firm = i == 0;
        s.firms.push_back(f);
    }
    return s;
}

inline std::shared_ptr<const Scenario> model_scenario_ptr() {
    return std::make_shared<const Scenario>(model_scenario());
}

} // namespace hr::test
