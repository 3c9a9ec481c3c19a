#pragma once
// What a bot archetype does, as data: wage policy, investment, channels, which buyer offers it
// takes and which joint actions it proposes and joins. The archetypes are fixed profiles; the
// simulator's research experiments build variants of them (e.g. an upgrader that never joins) so
// that two groups differ in one behaviour only.
#include "core/archetype.hpp"
#include "core/concepts.hpp"

#include <array>

namespace hr {

struct BotProfile {
    Archetype archetype = Archetype::Upgrader;
    // Wages: the change sought each round, and the band the relative wage is kept in.
    double wage_trend = 0.0;
    double wage_floor = 0.45;
    double wage_ceiling = 1.8;
    // Share of last round's capability gain (frontier units, mean of the four types) passed on
    // as a wage rise: the high road shares productivity gains with the workers.
    double wage_follows_upgrading = 0.0;
    // Investment: the share of cash above the reserve spent each round, split over the four
    // upgrading types and training (the five shares sum to 1).
    double invest_share = 0.0;
    std::array<double, kUpgradeTypes> invest_split{};
    double training_split = 0.0;
    // Sales: the low-end markup over unit cost, and the channels used whenever they are open.
    double markup = 0.10;
    bool own_brand = false;
    bool adjacent = true;
    // Buyer offers: the governance types taken (hierarchy includes selling the firm), the clauses
    // tolerated, and the most of the capacity tied up in contracts.
    std::array<bool, kGovernanceTypes> accepts{};
    bool accepts_no_own_brand = true;
    bool accepts_no_own_design = true;
    bool accepts_acquisition_in_distress = false; // sells the firm only when it is losing cash
    double contract_capacity_share = 1.0;
    // Joint actions: types joined and proposed; the most it pays a round for one action, as a
    // share of the action's total cost; and the share of spare cash committed to all of them.
    std::array<bool, kJointActionTypes> joins{};
    std::array<bool, kJointActionTypes> proposes{};
    double share_tolerance = 0.0;
    double joint_budget_share = 0.0;
};

// The fixed profile of an archetype. For Adaptive this is its starting course; decide() switches
// it from the firm's results (see adaptive_profile in bot.hpp).
BotProfile profile_of(Archetype a);

} // namespace hr
