#pragma once
// The rules of the game: start a game, check a decision, resolve a round (DESIGN §2), hash and
// save a state. Pure functions of their inputs: same inputs, same outputs, on every machine.
#include "core/decision.hpp"
#include "core/game_state.hpp"
#include "core/round_result.hpp"
#include "core/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hr {

struct ValidationIssue {
    std::string field;   // e.g. "wage_change", "invest.process", "accept[0]"
    std::string message; // English, plain
    friend bool operator==(const ValidationIssue&, const ValidationIssue&) = default;
};

// What the facilitator did before this round resolved.
struct FacilitatorActions {
    std::vector<std::string> inject_events; // EventSpec ids (must be injectable)
    std::optional<PolicySettings> policy;   // new policy levers from this round on
};

struct RoundOutcome {
    GameState state;
    RoundResult result;
};

// Firms are seated in scenario order (cycled when there are more seats than starting firms).
GameState new_game(std::shared_ptr<const Scenario> scenario, std::uint64_t seed, int firm_count);

// Every problem with a decision, each with the field it concerns. Changes nothing.
std::vector<ValidationIssue> validate(const GameState& state, FirmId firm, const Decision& d);

// Problems with facilitator actions (unknown event, budget, out-of-range levers).
std::vector<ValidationIssue> validate(const GameState& state, const FacilitatorActions& a);

// The decision a firm gets when it submits none: keep the wage, invest nothing, decline new
// offers, sell arm's-length at the default markup, stay in joint actions already joined.
Decision default_decision(const GameState& state, FirmId firm);

// Resolves round state.round + 1. `decisions` is indexed by FirmId; a missing or invalid decision
// is replaced by default_decision (the server only passes valid ones).
RoundOutcome resolve_round(const GameState& state,
                           const std::vector<std::optional<Decision>>& decisions,
                           const FacilitatorActions& facilitator = {});
// The same, advancing a state the caller gives up (no copy of the game's history).
RoundOutcome resolve_round(GameState&& state, const std::vector<std::optional<Decision>>& decisions,
                           const FacilitatorActions& facilitator = {});

// What a decision will cost the firm this round before any sale, for the client's live preview.
struct DecisionCost {
    Money investment = 0;
    Money training = 0;
    Money joint_action_shares = 0; // estimated from current memberships
    Money cash_after_outlays = 0;
    Money credit_line = 0;
};
DecisionCost preview_cost(const GameState& state, FirmId firm, const Decision& d);

// The most a decision can cost before any sale: its investment and training, and every stated
// joint-action limit paid in full (for each membership kept, each join and each proposal, even
// when a join renews a membership). preview_cost never counts more, so a decision whose ceiling
// fits within cash plus credit fits without working out the shares.
Money outlay_ceiling(const GameState& state, FirmId firm, const Decision& d);

// A 64-bit hash of the whole state (FNV-1a over every field in a fixed order).
std::uint64_t state_hash(const GameState& state);

} // namespace hr
