#pragma once
// The joint actions of the open round as the room sees them live: firms propose, join and leave
// during the round, and everyone sees the board change. At the round's close the board becomes
// the joint-action part of each firm's decision.
//
// The core creates a proposal's action when the round resolves, and validates a decision
// against the state before the round, so a firm cannot join in the same round an action that
// another firm proposed in it. Firms that sign up to such a proposal pledge to it: their pledge
// becomes a join at the opening of the next round (see carry_over), which they can still leave.
#include "core/decision.hpp"
#include "core/game_state.hpp"
#include "protocol/views.hpp"

#include <optional>
#include <string>
#include <vector>

namespace hr::server {

enum class BoardOpKind : std::uint8_t { Propose, Join, Leave };

struct BoardOp {
    BoardOpKind kind = BoardOpKind::Join;
    FirmId firm = 0;
    JointActionType type = JointActionType::JointPurchasing; // Propose
    JointActionId action = 0;                                // Join, Leave
    Money max_share = 0;                                     // Propose, Join
    friend bool operator==(const BoardOp&, const BoardOp&) = default;
};

// A pledge to a proposal of the closed round, to become a join when the next round opens.
struct Pledge {
    FirmId firm = 0;
    JointActionId action = 0; // the id the core gave the proposal
    JointActionType type = JointActionType::JointPurchasing;
    Money max_share = 0;
};

class JointActionBoard {
  public:
    // A fresh board for the round after `state` (no changes yet).
    void reset(const GameState& state);

    // Why `op` is refused, or nothing when it may be applied.
    std::optional<std::string> check(const GameState& state, const BoardOp& op) const;
    // Whether `id` names an action in the state or a proposal on the board.
    bool knows(const GameState& state, JointActionId id) const;
    // Applies an op that check() accepted.
    void apply(const GameState& state, const BoardOp& op);

    // Every action in the state with this round's changes, then this round's proposals.
    std::vector<proto::PublicJointAction> view(const GameState& state) const;
    // The firm's memberships as they stand on the board, with its maximum shares.
    std::vector<JoinRequest> memberships(const GameState& state, FirmId firm) const;

    // Writes the board into the decisions (indexed by firm) as proposals, joins and leaves, and
    // returns the pledges that become joins next round, with the ids the core will give the
    // proposals.
    std::vector<Pledge> merge_into(const GameState& state, std::vector<Decision>& decisions) const;

  private:
    struct Member {
        FirmId firm = 0;
        Money max_share = 0;
    };
    struct ProposalOnBoard {
        JointActionId provisional_id = 0;
        JointActionType type = JointActionType::JointPurchasing;
        FirmId proposer = 0;
        std::vector<Member> members; // the proposer first while it stays
    };
    struct JoinOnBoard {
        FirmId firm = 0;
        JointActionId action = 0;
        Money max_share = 0;
    };
    struct LeaveOnBoard {
        FirmId firm = 0;
        JointActionId action = 0;
    };

    const ProposalOnBoard* proposal(JointActionId id) const;
    // The members of an action in the state as they stand on the board, by firm.
    std::vector<Member> members_of(const JointAction& a) const;
    bool member_now(const GameState& state, FirmId firm, JointActionId id) const;
    int proposals_by(FirmId firm) const;

    JointActionId next_provisional_ = 1;
    std::vector<ProposalOnBoard> proposals_;
    std::vector<JoinOnBoard> joins_;
    std::vector<LeaveOnBoard> leaves_;
};

} // namespace hr::server
