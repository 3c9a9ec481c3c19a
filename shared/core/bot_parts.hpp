#pragma once
// Pieces of the bot's decision shared by bot.cpp, bot_offers.cpp and bot_joint_actions.cpp.
#include "core/archetype.hpp"
#include "core/bot_profile.hpp"
#include "core/decision.hpp"
#include "core/game_state.hpp"

namespace hr::bot_detail {

// What the bot knows about its situation this round, computed once.
struct BotView {
    const GameState& state;
    const Firm& firm;
    const ModelParams& params;
    Difficulty difficulty;
    int round = 0;           // the round being decided
    Money reserve = 0;       // cash kept back from investment and joint actions
    Money spare = 0;         // cash above the reserve, never negative
    double unit_cost = 0;    // estimated, money per thousand units
    bool sees_ahead = false; // member of an active market-research action and able to use it
    // The firm's contracts running in the round being decided, summed up in one pass.
    double contract_volume = 0;  // thousand units a round already promised
    bool any_contract = false;   // whether any contract runs
    bool exclusive_held = false; // an exclusive contract allows no other (any not yet ended)
    bool no_own_brand = false;   // a running clause forbids own-brand sales
    bool no_own_design = false;  // a running clause took the firm's design
};

BotView make_view(const GameState& state, FirmId firm, Difficulty difficulty);

bool member_of_active(const GameState& state, FirmId firm, JointActionType type);

// Whether the firm may sell under its own brand in the round being decided (before this round's
// offers are accepted).
bool own_brand_open(const BotView& v);
// Scales investment and training down until the outlays fit within cash plus credit.
void fit_to_cash(const GameState& state, FirmId firm, Decision& d);
// Rounds an amount of money down to whole hundreds (bots decide in round figures).
Money round_to_hundreds(double amount);

// Fills d.accept; returns whether an accepted offer forbids own-brand sales.
bool choose_offers(const BotView& v, const BotProfile& p, Decision& d);
// Fills d.propose, d.join and d.leave.
void choose_joint_actions(const BotView& v, const BotProfile& p, Decision& d);

} // namespace hr::bot_detail
