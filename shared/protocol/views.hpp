#pragma once
// What the server shows: the public cluster picture that everyone in a room may see, and a firm's
// private state that only its player and the facilitator see. The split is the visibility rule:
// nothing private about a firm is a field of a public type.
#include "core/decision.hpp"
#include "core/game_state.hpp"
#include "core/round_result.hpp"
#include "protocol/room_settings.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hr::proto {

// One firm as the whole room sees it: the road it is on and the indicators anyone in a real
// cluster could observe (employment, wages, export volume, unit value). No cash, profit,
// capabilities, offers or contract terms.
struct PublicFirm {
    FirmId firm = 0;
    std::string name;
    SeatKind seat = SeatKind::Open;
    DecisionSource source = DecisionSource::Player; // who decided its last round
    bool lead_firm = false;
    bool bankrupt = false;
    bool acquired = false;
    Road road = Road::Stagnation;
    double wage = 1.0;
    double employment = 0;
    double exports = 0;
    double unit_value = 0;
    std::array<std::uint8_t, kGovernanceTypes> contracts{}; // running contracts per governance
    std::vector<JointActionId> member_of;
};

// A joint action on the board: an active one, one proposed in an earlier round, or one proposed
// during the open round (pending: its id is provisional until the round resolves).
struct PublicJointAction {
    JointActionId id = 0;
    JointActionType type = JointActionType::JointPurchasing;
    FirmId proposer = 0;
    int proposed_round = 0;
    std::vector<FirmId> members;
    Money pledged = 0;    // sum of the members' maximum shares
    Money total_cost = 0; // a round, before co-financing
    int min_members = 0;
    bool active = false;
    bool pending = false;
    bool vetoed = false;
    int rounds_active = 0;
    double reputation = 0;

    bool operator==(const PublicJointAction&) const = default;
};

// A scenario event as the room saw it: scheduled, or injected by the facilitator.
struct RoomEvent {
    int round = 0;
    std::string id;
    EventKind kind = EventKind::CompetitorPriceShock;
    double magnitude = 0;
    bool injected = false;
    bool pending = false; // injected during the open round, applied when it resolves
};

// Sent in full on entering a room and after a change outside the rounds' flow (pause, a seat
// changing hands). Right after a RoundResults to the same members (a round opens, the game ends)
// it comes `after_results`: `firms` and `cluster` are left out (they are the RoundResults'), and
// `events` holds only the injected ones still pending; the events of the rounds played are the
// earlier snapshot's plus that RoundResults'. With `board_unchanged` as well, `joint_actions` is
// empty: the board is the earlier snapshot's (docs/PROTOCOL.md, "Each round").
struct RoomSnapshot {
    RoomPhase phase = RoomPhase::Lobby;
    bool after_results = false;
    bool board_unchanged = false;
    std::string scenario;
    int round = 0; // the open round (1-based); after the game, the rounds played
    int total_rounds = 0;
    std::uint32_t round_seconds = 0;
    std::uint32_t remaining_ms = 0; // the clock: time left in the open round
    std::vector<PublicFirm> firms;
    std::vector<PublicJointAction> joint_actions;
    std::vector<RoomEvent> events;
    PolicySettings policy;
    Money public_budget = 0;
    Money public_spent = 0;
    std::optional<ClusterRecord> cluster; // after the first round
};

// A firm's own state: sent to its player and to the facilitator.
struct FirmPrivate {
    FirmId firm = 0;
    std::string name;
    Money cash = 0;
    Money credit_line = 0;
    double capacity = 0;
    Capabilities capabilities;
    Workforce workforce;
    bool certified = false;
    bool own_design = true;
    bool acquired = false;
    bool bankrupt = false;
    Money cumulative_profit = 0;
    std::vector<BuyerOffer> offers; // on the table for the open round
    std::vector<Contract> contracts;
    std::vector<JoinRequest> memberships; // joint actions the firm is in, with its maximum share
};

struct PrivateFirmState {
    int round = 0; // the open round
    FirmPrivate firm;
    // The firm's stored decision for the open round, if any: a reconnecting client gets it back.
    std::optional<Decision> decision;
    std::uint32_t decision_seq = 0;
    // The firm's past rounds: filled when a player (re)enters a room, empty in per-round updates.
    std::vector<FirmRecord> history;
};

// The public part of a resolved round plus, for a player, its own firm's result.
struct RoundResults {
    int round = 0;
    std::optional<FirmResult> own;
    std::vector<PublicFirm> firms;
    ClusterRecord cluster;
    RoadVerdict cluster_road;
    std::vector<AppliedEvent> events;
    std::vector<JointActionOutcome> joint_actions;
    Money public_spent = 0;
    std::array<Money, 5> public_spent_by_lever{}; // RoundResult's order: cofinancing, grants, ...
    double label_reputation = 0;
    std::vector<NewsItem> news;
};

struct SeatStatus {
    FirmId firm = 0;
    SeatKind seat = SeatKind::Open;
    bool connected = false;
    bool submitted = false;
    std::uint32_t seq = 0;
};

// Everything, for the facilitator: every firm's private state and stored decision, the last
// round's full results, and what is pending for the next resolution.
struct FacilitatorView {
    int round = 0;
    std::vector<FirmPrivate> firms;
    std::vector<SeatStatus> seats;
    std::vector<std::optional<Decision>> decisions; // indexed by firm: stored for the open round
    std::vector<FirmResult> last_results;
    std::vector<std::string> pending_events;
    std::optional<PolicySettings> pending_policy;
};

struct FinalScore {
    FirmId firm = 0;
    std::string name;
    SeatKind seat = SeatKind::Open;
    ScoreBreakdown score;
    Road road = Road::Stagnation;
    std::vector<FirmRecord> history;
};

} // namespace hr::proto
