#pragma once
// The whole state of one game: everything resolve_round reads and writes, and nothing else.
// Hashing and save/load cover every field, so a restored game continues bit for bit.
#include "core/concepts.hpp"
#include "core/money.hpp"
#include "core/rng.hpp"
#include "core/scenario.hpp"

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace hr {

// Capability levels relative to the world frontier: 1 is the frontier, which rises every round.
struct Capabilities {
    std::array<double, kUpgradeTypes> level{};
    double& operator[](UpgradeType t) { return level[static_cast<std::size_t>(t)]; }
    double operator[](UpgradeType t) const { return level[static_cast<std::size_t>(t)]; }
    double average() const;
};

struct Workforce {
    double wage = 1.0;     // relative to the cluster's reference wage
    double skill = 0.5;    // 0..1
    double employment = 0; // workers (thousand units / productivity)
};

struct Clauses {
    bool exclusivity = false;
    bool no_own_brand = false;
    bool no_own_design = false;
    bool technical_help = false;
    bool acquisition = false;
};

struct BuyerOffer {
    OfferId id = 0;
    FirmId firm = 0;
    std::string buyer_id; // BuyerProfile::id in the scenario
    BuyerKind kind = BuyerKind::Trader;
    Governance governance = Governance::Market;
    ChainKind chain = ChainKind::BuyerDriven;
    double volume = 0;    // thousand units a round
    Money unit_price = 0; // per thousand units
    double quality_standard = 0;
    bool requires_certification = false;
    int duration = 1; // rounds
    Clauses clauses;
    Money acquisition_price = 0; // hierarchy: what the buyer pays for the firm
    int round = 0;               // the round in which it can be accepted
};

struct Contract {
    ContractId id = 0;
    BuyerOffer terms;
    int first_round = 0;
    int last_round = 0;
};

struct JointAction {
    JointActionId id = 0;
    JointActionType type = JointActionType::JointPurchasing;
    FirmId proposer = 0;
    int proposed_round = 0;
    std::vector<FirmId> members;  // sorted
    std::vector<Money> max_share; // parallel to members: the most each will pay a round
    bool active = false;
    int rounds_active = 0;
    double reputation = 0.5; // collective label only
    bool vetoed = false;     // Sinos Valley: the lead firm blocked collective branding
    bool catalogue = false;  // tabled by the scenario at the start, not proposed by a firm
};

struct PolicySettings {
    double cofinancing_share = 0.0;       // share of joint-action costs paid by the public budget
    Money grant_per_firm = 0;             // single-firm upgrading grants, each round
    std::vector<FirmId> grant_recipients; // empty = all active firms
    bool service_centre = false;          // public co-funding of the service centre
    Money training_programme = 0;         // a round, spread over all firms' workforces
    Money export_promotion = 0;           // a round, subsidises the trade fair and market access
    friend bool operator==(const PolicySettings&, const PolicySettings&) = default;
};

// A firm's indicators after a round: kept as history for charts and the road classification.
struct FirmRecord {
    int round = 0;
    double wage = 1.0;
    double skill = 0.5;
    double employment = 0;
    double exports = 0;    // thousand units sold abroad (all channels but the adjacent sector)
    double volume = 0;     // thousand units sold in all channels
    double unit_value = 0; // k$ per thousand units: revenue / volume
    Money revenue = 0;
    Money profit = 0;
    Money cash = 0;
    double value_added_per_worker = 0; // k$
    Capabilities capabilities;
    Road road = Road::Stagnation;
};

struct Firm {
    FirmId id = 0;
    std::string name;
    bool lead_firm = false;
    bool bankrupt = false;
    int bankrupt_round = 0;
    bool acquired = false; // hierarchy: bought by a transnational, loses design and marketing
    Money cash = 0;
    double capacity = 100;
    Capabilities capabilities;
    Workforce workforce;
    bool certified = false;
    bool own_design = true;
    int brand_rounds = 0; // rounds it has sold under its own brand: buyers get to know it
    Money cumulative_profit = 0;
    Money wages_paid = 0; // cumulative community income
    std::vector<FirmRecord> history;
};

// Market conditions that shocks move.
struct MarketConditions {
    Money p_comp = 0;
    double competitor_drift = 0.0; // per-round change after a shock
    double demand_low_factor = 1.0;
    double demand_brand_factor = 1.0;
    double input_cost_factor = 1.0;
    double exchange_rate_factor = 1.0;
    double skill_pool = 0.5;
    double frontier = 1.0; // absolute level of the world frontier, for display
    bool relocation_pressure = false;
};

struct ClusterRecord {
    int round = 0;
    double avg_wage = 1.0;
    double employment = 0;
    double exports = 0;
    double unit_value = 0;
    double value_added_per_worker = 0;
    double cluster_share_of_price = 0; // share of the final price captured inside the cluster
    Capabilities avg_capabilities;
    double skill_pool = 0.5;
    int active_firms = 0;
    Road road = Road::Stagnation;
};

struct GameState {
    std::shared_ptr<const Scenario> scenario;
    std::uint64_t seed = 0;
    int round = 0; // rounds resolved so far; the next round to play is round + 1
    int total_rounds = 10;
    Rng rng;
    std::vector<Firm> firms;
    std::vector<BuyerOffer> offers; // on the table for round + 1
    std::vector<Contract> contracts;
    std::vector<JointAction> joint_actions;
    PolicySettings policy;
    Money public_budget = 0;
    Money public_spent = 0;
    MarketConditions market;
    std::vector<ClusterRecord> cluster_history;
    OfferId next_offer_id = 1;
    ContractId next_contract_id = 1;
    JointActionId next_joint_action_id = 1;

    bool finished() const { return round >= total_rounds; }
    int next_round() const { return round + 1; }
};

} // namespace hr
