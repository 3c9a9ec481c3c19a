#pragma once
// What one round produced: each firm's private result and the cluster's public picture, with the
// reasons in numbers so that the client and the debrief can explain every change.
#include "core/concepts.hpp"
#include "core/game_state.hpp"
#include "core/money.hpp"

#include <array>
#include <string>
#include <vector>

namespace hr {

// The road and the numbers behind it, e.g. "exports +35 %, wages -12 %".
struct RoadVerdict {
    Road road = Road::Stagnation;
    double export_change = 0; // relative, over the classification window
    double wage_change = 0;
    double unit_value_change = 0;
    double capability_change = 0; // absolute, average of the four types
    std::string reason;           // English, numbers included; clients rebuild it from the fields
};

// Who performs a stage of the value chain and takes its share of the final price.
enum class Captor : std::uint8_t { Firm, ClusterSupplier, Buyer, OutsideSupplier };

struct ValueChainSplit {
    std::array<double, kChainStages> share{};  // sums to 1
    std::array<Captor, kChainStages> captor{}; // for an average of several sales: the main one
    // Of each stage's share, the part the firm captures, and the part that stays in the cluster
    // (the firm plus local suppliers): exact also for averages of sales with different captors.
    std::array<double, kChainStages> firm_part{};
    std::array<double, kChainStages> cluster_part{};
    Money final_price = 0; // per thousand units, what the end customer pays
    double firm_share() const;
    double cluster_share() const; // firm + cluster suppliers
};

// Why a capability moved: the parts of gain_k in MODEL.md.
struct UpgradeBreakdown {
    double before = 0;
    double after = 0;
    double from_investment = 0;    // the gain before multipliers
    double external_economies = 0; // E
    double joint_actions = 0;      // J (member or spill-over)
    double buyer_help = 0;         // H_k
    double service_centre = 0;     // S
    double learning_network = 0;   // pull toward the best member
    double frontier_loss = 0;      // delta * r_k
    double clause_loss = 0;        // functional decay under a no-own-design clause
};

struct ScoreBreakdown {
    double profit = 0;           // cumulative profit, k$
    double firm_value = 0;       // k$
    double community_income = 0; // cumulative wages paid, k$
    double total = 0;
};

// Market research: what members learn about the next round before it is played.
struct MarketForecast {
    bool available = false;
    Money p_comp_next = 0; // outside competitors' price next round
    double demand_low_factor_next = 1.0;
    std::vector<std::string> scheduled_events; // EventSpec ids due next round
};

struct FirmResult {
    FirmId firm = 0;
    bool active = true; // false once bankrupt before this round (an acquired firm still produces)
    bool went_bankrupt = false;
    bool was_acquired = false;
    std::array<double, kSalesChannels> volume{}; // thousand units
    std::array<Money, kSalesChannels> revenue{};
    double rejected_volume = 0; // contract deliveries under the buyer's standard
    Money acquisition_income = 0;
    Money wage_bill = 0;
    Money input_cost = 0;
    Money brand_cost = 0;
    Money fixed_cost = 0;
    std::array<Money, kUpgradeTypes> investment{};
    Money training = 0;
    Money joint_action_shares = 0;
    Money grants = 0; // public money received (reduces costs)
    Money profit = 0;
    Money cash_before = 0;
    Money cash_after = 0;
    std::array<UpgradeBreakdown, kUpgradeTypes> upgrading{};
    Workforce workforce;
    double laid_off = 0;
    double unit_cost = 0; // k$ per thousand units
    FirmRecord record;
    RoadVerdict road;
    ValueChainSplit value_chain; // value-weighted over the firm's sales; captor = the main one
    std::array<ValueChainSplit, kSalesChannels> value_chain_by_channel{};
    double input_discount = 0;         // joint purchasing
    double label_premium = 0;          // collective label price premium used this round
    bool certified = false;            // standards and certification
    std::vector<ContractId> relocated; // contracts whose buyer moved to a cheaper region
    MarketForecast forecast;           // filled for market research members
    ScoreBreakdown score;
    std::vector<JointActionId> member_of;
    std::vector<ContractId> contracts;
};

struct AppliedEvent {
    std::string id;
    EventKind kind = EventKind::CompetitorPriceShock;
    double magnitude = 0;
    bool injected = false; // by the facilitator, not scheduled
};

struct JointActionOutcome {
    JointActionId id = 0;
    JointActionType type = JointActionType::JointPurchasing;
    std::vector<FirmId> members;
    bool active = false;
    Money share_per_member = 0;
    Money public_share = 0;
    std::string why_not; // English reason when it did not activate (too few members, veto, ...)
};

// A line of news for the round, as a translation key with parameters (the client translates).
struct NewsItem {
    std::string key;
    std::vector<std::string> params;
};

struct RoundResult {
    int round = 0;
    std::vector<AppliedEvent> events;
    std::vector<JointActionOutcome> joint_actions;
    std::vector<FirmResult> firms; // indexed by FirmId
    ClusterRecord cluster;
    RoadVerdict cluster_road;
    Money public_spent = 0; // this round
    std::array<Money, 5>
        public_spent_by_lever{}; // cofinancing, grants, service centre, training, export promotion
    double label_reputation = 0;
    std::vector<NewsItem> news;
};

} // namespace hr
