#pragma once
// Everything an export holds about one game. Two sources fill it:
//  - the messages a client received (record_from_messages): the game-over message and each
//    round's public results, which every participant sees once the game is over;
//  - the server's journal, replayed through the core (game_replay.hpp): the same public picture
//    plus what only the server and the facilitator know: every firm's decision and full result in
//    every round, the contracts, the joint actions as tabled and the policy changes.
// The CSV tables, the JSON document and the HTML report are written from it alike; what the first
// source lacks stays empty (docs/EXPORT.md says which columns).
#include "core/rules.hpp"
#include "debrief/debrief_answers.hpp"
#include "protocol/messages.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hr::debrief {

// One firm in one resolved round, as the server knows it.
struct FirmRoundDetail {
    Decision decision; // as resolved: the default decision when none came in
    proto::DecisionSource source = proto::DecisionSource::Player;
    FirmResult result;
};

struct RoundDetail {
    int round = 0;
    std::vector<FirmRoundDetail> firms; // indexed by FirmId
    FacilitatorActions facilitator;     // events injected and policy set before it resolved
};

// The policy levers in force from a round on.
struct PolicyChange {
    int round = 1; // the first round it applies to
    PolicySettings policy;
    bool from_scenario = false; // the scenario's starting levers, before any change
    bool pending = false;       // set during the open round: applies when that round resolves
};

// An event injected by the facilitator during the open round, not applied yet.
struct PendingEvent {
    int round = 0; // the round whose resolution applies it
    std::string id;
};

// Who plays a seat.
struct SeatInfo {
    FirmId firm = 0;
    proto::SeatKind kind = proto::SeatKind::Open;
    std::string player;      // display name; empty for a bot or an open seat
    bool taken_over = false; // a human seat a bot plays on the facilitator's order
    Archetype archetype = Archetype::Adaptive;
    Difficulty difficulty = Difficulty::Normal;
};

struct GameRecord {
    std::string room_code;
    std::string scenario_id;
    std::shared_ptr<const Scenario> scenario; // for titles and starting points; may be null
    bool finished = false;
    int total_rounds = 0;
    // For a running room: the same picture up to the last resolved round.
    proto::GameOver game_over;
    std::vector<proto::RoundResults> results; // public, one per resolved round, in order
    DebriefInput input;

    // Only from the server's journal; empty otherwise (see has_detail).
    bool has_detail = false;
    std::uint64_t seed = 0;
    std::vector<SeatInfo> seats;              // indexed by FirmId
    std::vector<RoundDetail> details;         // one per resolved round, in order
    std::vector<Contract> contracts;          // every contract signed, by id
    std::vector<JointAction> joint_actions;   // every joint action tabled, as last seen
    std::vector<PolicyChange> policy_changes; // in round order, the starting levers first
    std::vector<PendingEvent> pending_events;
    std::vector<std::string> problems; // where the replay disagreed with the journal

    int rounds_played() const { return game_over.rounds_played; }
    const RoundDetail* detail(int round) const;
    const proto::RoundResults* result(int round) const;
};

// The public record, from what a client received: the game-over message (or, for a game still
// running, one built the same way from what the client has), the round results and the scenario
// (for the starting points; may be null).
GameRecord record_from_messages(std::string room_code, std::string scenario_id,
                                std::shared_ptr<const Scenario> scenario,
                                const proto::GameOver& game_over,
                                std::vector<proto::RoundResults> results, Money public_budget);

} // namespace hr::debrief
