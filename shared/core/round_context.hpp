#pragma once
// The working data of one round's resolution, handed from stage to stage in the fixed order of
// DESIGN §2 (see round_resolver.cpp). Internal to the core: clients read RoundResult instead.
#include "core/decision.hpp"
#include "core/game_state.hpp"
#include "core/round_result.hpp"
#include "core/rules.hpp"

#include <array>
#include <optional>
#include <vector>

namespace hr {

// How strongly each joint-action type acts on one firm this round: J(n) * member_effect for a
// paying member of an active action, the spill-over share of it for everyone else.
struct JointEffects {
    std::array<double, kJointActionTypes> strength{};
    std::array<bool, kJointActionTypes> member{};
    double operator[](JointActionType t) const { return strength[static_cast<std::size_t>(t)]; }
    bool is_member(JointActionType t) const { return member[static_cast<std::size_t>(t)]; }
};

// One firm's round in progress.
struct FirmRound {
    const Decision* decision = nullptr; // the submitted one, or the default (never null)
    bool active = true;                 // not bankrupt when the round started
    JointEffects joint;
    std::array<Money, kUpgradeTypes> upgrade_money{}; // own investment plus grants
    Money training_money = 0;                         // own training plus the public programme
    std::array<double, kUpgradeTypes> buyer_help{};   // H_k from running contracts
    bool no_own_design = false;
    bool no_own_brand = false;
    double productivity = 0;                    // thousand units per worker-year
    double unit_cost = 0;                       // $ per thousand units
    double input_cost = 0;                      // $ per thousand units
    double produced = 0;                        // thousand units, rejected deliveries included
    std::array<double, kSalesChannels> price{}; // $ per thousand units received, per channel
    double label_premium = 0;                   // collective label: price premium for this member
    JointActionId label = 0;                    // the label it sells under (0 = none)
};

// Public money drawn this round, by lever (RoundResult::public_spent_by_lever order).
enum class PolicyLever : std::uint8_t {
    Cofinancing,
    Grants,
    ServiceCentre,
    Training,
    ExportPromotion
};

struct RoundContext {
    // Takes the state over: a caller that moves its state in saves a copy of the whole game.
    RoundContext(GameState before, const std::vector<std::optional<Decision>>& decisions);

    GameState state;                // the state being advanced
    std::vector<Decision> defaults; // for firms whose decision is missing or invalid
    RoundResult result;
    const Scenario& scenario;
    const ModelParams& params;
    int round;
    std::vector<FirmRound> firms;
    double service_centre = 0;       // S for every firm while the centre runs
    double export_access = 0;        // market access bought by export promotion this round
    Money export_promotion_used = 0; // the part of export promotion that paid for trade fairs

    FirmResult& out(FirmId f) { return result.firms[f]; }
    bool contract_running(const Contract& c) const {
        return c.first_round <= round && round <= c.last_round;
    }
};

} // namespace hr
