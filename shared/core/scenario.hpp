#pragma once
// A scenario: every parameter of the model (MODEL.md), its buyers, joint-action catalogue, events,
// policy budget and starting firms. Parsed from JSON text by scenario_loader.hpp; no parameter of
// the model lives in code.
#include "core/concepts.hpp"
#include "core/money.hpp"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace hr {

// Text in the three languages of the interface.
struct LocalizedText {
    std::string en, es, pt;
    const std::string& in(std::string_view lang) const;
};

struct ModelParams {
    // Upgrading
    double eta = 0.30;
    double c_scale = 6.0; // k$ per thousand units of capacity for a full step
    double delta = 0.06;  // the world frontier's growth per round
    double ext = 0.5;     // external economies strength
    double jmax = 1.0;
    double sigma = 0.25;         // non-member spill-over share of joint-action effects
    double learning_pull = 0.20; // learning network: share of the gap to the best member
    double service_centre_bonus = 0.3;
    // Workforce
    double skill_speed = 0.3;
    double wage_skill = 0.6;
    double training_skill = 0.3;
    double pool_skill = 0.1;
    double a0 = 0.5; // thousand units per worker-year
    Money w0 = 6000; // wage cost per worker-year at wage level 1
    double max_wage_change = 0.20;
    double turnover_per_cut = 0.5; // skill lost per unit of wage cut, on top of the target move
    double pool_speed = 0.3;       // how fast the cluster's skill pool follows its workforce
    Money training_scale = 100;    // training money per thousand units of capacity for a full share
    // Costs
    Money m0 = 8000; // inputs per thousand units
    Money fixed_cost = 15000;
    double capacity_growth = 0.12; // after a round sold out
    // Low-end export market
    Money p_ref = 30000;  // reference price per thousand units
    Money p_comp = 26000; // outside low-cost competitors' starting price
    double q_comp = 0.2;
    double demand_low = 1400; // thousand units
    double n_out = 8;
    double beta = 5;
    double default_markup = 0.10;
    // Own brand
    Money p_brand = 45000;
    Money c_brand = 16000;
    double f_min = 0.30;
    double demand_brand = 450;
    double brand_capacity_share = 0.60;
    double brand_price_sensitivity = 2.0; // demand falls by exp(-s (price / reference - 1))
    Money brand_fixed_cost = 60000;       // a round of marketing while the firm sells its brand
    int brand_ramp_rounds = 3; // rounds of selling before the brand is fully known to buyers
    // Adjacent sector (intersectoral upgrading)
    double i_min = 0.25;
    Money p_adjacent = 34000;
    double demand_adjacent = 300;
    double adjacent_capacity_share = 0.40;
    // Contracts
    double quasi_price_factor = 1.08;
    double reject_slope = 2.0;
    double quasi_functional_decay = 0.10; // Brenta: functional decay under a no-own-design clause
    double max_contract_share = 0.9;      // an offer's volume is at most this share of capacity
    // Joint-action effects at full strength (J = 1; J(n) = jmax (1 - exp(-n / 3)) member_effect)
    double purchasing_discount = 0.10;   // input cost cut
    double label_premium = 0.15;         // own-brand price and demand premium at reputation 1
    double label_functional = 0.4;       // added to the functional multiplier
    double label_reputation_gain = 0.15; // share of the gap to 1 gained a clean round
    double label_reputation_loss = 1.0;  // share lost per unit share of sales below the standard
    double label_start_reputation = 0.5;
    double label_fmin_relief = 0.10; // label members may sell own brand this far below f_min
    double fair_offer_bonus = 0.5;   // relative rise of buyer offer probability
    double fair_brand_demand = 0.4;  // relative rise of own-brand demand
    double fair_price_bonus = 0.05;  // better offers: relative rise of offered prices
    double fair_functional = 0.3;
    double research_product = 0.4;
    double consultants_process = 0.6;
    double standards_process = 0.25;
    double standards_product = 0.25;
    double learning_effect = 0.2; // added to every multiplier, besides the pull to the best member
    double joint_running_cost = 0.5; // share of total_cost a round once the action has run once
    // Policy: export promotion buys market access for every firm
    Money export_promotion_scale = 100000; // money a round for half the maximum access
    double export_access_max = 0.3;
    // Value chain: share of the final price by stage for a generic pair sold at retail
    std::array<double, kChainStages> chain_template{0.12, 0.20, 0.18, 0.15, 0.10, 0.25};
    double local_input_share = 0.6; // inputs bought from cluster suppliers at skill pool 0.5
    // Indicators and score
    int road_window = 3;      // rounds over which trends are measured
    double asset_value = 5.0; // k$ per thousand units of capacity at average capability 0.5
    // Finance
    Money credit_line = -60000; // bankruptcy when cash falls below this (negative = overdraft)
};

struct BuyerProfile {
    std::string id;
    LocalizedText name;
    LocalizedText description; // who the buyer is and what working for it means, for the client
    BuyerKind kind = BuyerKind::Trader;
    Governance governance = Governance::Market;
    ChainKind chain = ChainKind::BuyerDriven;
    double volume = 40;        // thousand units a round, before the firm's capacity cap
    double volume_noise = 0.0; // relative volatility (market governance)
    double price_factor = 1.0; // unit price relative to P_comp * (1 + 0.6 r_product)
    double quality_standard = 0.3;
    bool requires_certification = false;
    int duration = 2;            // rounds
    bool exclusivity = false;    // the firm may hold no other buyer contract while it runs
    bool no_own_brand = false;   // blocks own-brand sales while the contract runs
    bool no_own_design = false;  // the firm gives up its own design (Brenta)
    bool technical_help = false; // raises process and product upgrading
    bool acquisition = false;    // hierarchy: offers to buy the firm
    double relocation_threshold =
        0.0; // moves orders away when price exceeds P_comp by this share (0 = never)
    std::array<double, kUpgradeTypes> help{}; // H_k added to upgrading multipliers
    bool dislikes_branding = false;           // Sinos Valley: its lead-firm suppliers veto labels
    double acquisition_multiple = 1.5;        // hierarchy: price paid over the firm's value
    double min_product = 0.0;                 // requirement to receive an offer
    double offer_probability = 0.7;
    int first_round = 1;
};

struct JointActionSpec {
    JointActionType type = JointActionType::JointPurchasing;
    LocalizedText name;
    Money total_cost = 120000; // a round, shared by the members after co-financing
    int min_members = 3;
    double member_effect = 1.0;    // scales this type's effect for members
    double spillover = 0.25;       // non-members get this share of the effect
    bool needs_policy = false;     // the service centre needs public co-funding
    double quality_standard = 0.0; // collective label: members below it hurt the reputation
};

struct EventSpec {
    std::string id;
    LocalizedText title;
    LocalizedText description;
    EventKind kind = EventKind::CompetitorPriceShock;
    double magnitude = 0.0;  // relative change (e.g. -0.12) or absolute where the kind says so
    double drift = 0.0;      // per-round change after the shock (e.g. -0.01)
    int scheduled_round = 0; // 0 = not scheduled, only injectable by the facilitator
    bool injectable = true;
};

struct StartingFirm {
    std::string name;
    Money cash = 150000;
    double capacity = 100; // thousand units a year
    std::array<double, kUpgradeTypes> capabilities{0.30, 0.30, 0.20, 0.05};
    double wage = 1.0;
    double skill = 0.5;
    bool lead_firm = false; // Sinos Valley: its buyers dislike collective branding
};

struct PolicyBudget {
    Money budget = 200000; // public money for the whole game
    double max_cofinancing = 0.8;
    Money service_centre_cost = 60000; // a round
};

struct ScoreWeights {
    double profit = 1.0;
    double firm_value = 0.5;
    double community_income = 0.5; // wages paid
};

struct Scenario {
    std::string id;
    int schema_version = 1;
    LocalizedText title;
    LocalizedText briefing;
    int rounds = 10;
    int min_firms = 3;
    int max_firms = 16;
    int default_firms = 8;
    ModelParams params;
    std::vector<BuyerProfile> buyers;
    std::vector<JointActionSpec> joint_actions;
    std::vector<EventSpec> events;
    std::vector<StartingFirm> firms; // seats in order; cycled when a room has more firms
    PolicyBudget policy;
    ScoreWeights score;

    const JointActionSpec* joint_action(JointActionType t) const;
    const EventSpec* event(std::string_view id) const;
    const BuyerProfile* buyer(std::string_view id) const;
};

} // namespace hr
