#include "joint_action_board.hpp"

#include "protocol/limits.hpp"

#include <algorithm>

namespace hr::server {
namespace {

const JointAction* find_action(const GameState& state, JointActionId id) {
    for (const auto& a : state.joint_actions) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

bool in_members(const JointAction& a, FirmId f) {
    return std::find(a.members.begin(), a.members.end(), f) != a.members.end();
}

// The rule of validate(): a firm that a transnational owns leaves marketing to its owner.
bool marketing(JointActionType t) {
    return t == JointActionType::CollectiveLabel || t == JointActionType::TradeFair;
}

} // namespace

void JointActionBoard::reset(const GameState& state) {
    // Provisional ids start where the core's will, so they never name an existing action.
    next_provisional_ = state.next_joint_action_id;
    proposals_.clear();
    joins_.clear();
    leaves_.clear();
}

const JointActionBoard::ProposalOnBoard* JointActionBoard::proposal(JointActionId id) const {
    for (const auto& p : proposals_) {
        if (p.provisional_id == id) {
            return &p;
        }
    }
    return nullptr;
}

bool JointActionBoard::knows(const GameState& state, JointActionId id) const {
    return proposal(id) != nullptr || find_action(state, id) != nullptr;
}

bool JointActionBoard::member_now(const GameState& state, FirmId firm, JointActionId id) const {
    if (const ProposalOnBoard* p = proposal(id)) {
        return std::any_of(p->members.begin(), p->members.end(),
                           [&](const Member& m) { return m.firm == firm; });
    }
    const bool joined = std::any_of(joins_.begin(), joins_.end(), [&](const JoinOnBoard& j) {
        return j.firm == firm && j.action == id;
    });
    if (joined) {
        return true;
    }
    const JointAction* a = find_action(state, id);
    const bool left = std::any_of(leaves_.begin(), leaves_.end(), [&](const LeaveOnBoard& l) {
        return l.firm == firm && l.action == id;
    });
    return a != nullptr && in_members(*a, firm) && !left;
}

int JointActionBoard::proposals_by(FirmId firm) const {
    return static_cast<int>(
        std::count_if(proposals_.begin(), proposals_.end(),
                      [&](const ProposalOnBoard& p) { return p.proposer == firm; }));
}

std::optional<std::string> JointActionBoard::check(const GameState& state,
                                                   const BoardOp& op) const {
    if (op.firm >= state.firms.size()) {
        return "no such firm";
    }
    const Firm& firm = state.firms[op.firm];
    if (firm.bankrupt) {
        return "a bankrupt firm takes no part in joint actions";
    }
    switch (op.kind) {
    case BoardOpKind::Propose:
        if (state.scenario->joint_action(op.type) == nullptr) {
            return "this scenario has no such joint action";
        }
        if (op.max_share < 0) {
            return "a share cannot be negative";
        }
        if (firm.acquired && marketing(op.type)) {
            return "an acquired firm leaves marketing to its owner";
        }
        if (proposals_by(op.firm) >= static_cast<int>(proto::kMaxDecisionProposals)) {
            return "too many proposals by this firm this round";
        }
        if (state.joint_actions.size() + proposals_.size() >= proto::kMaxJointActions) {
            return "the board is full";
        }
        return std::nullopt;
    case BoardOpKind::Join: {
        const ProposalOnBoard* p = proposal(op.action);
        const JointAction* a = p != nullptr ? nullptr : find_action(state, op.action);
        if (p == nullptr && a == nullptr) {
            return "no such joint action";
        }
        if (op.max_share < 0) {
            return "a share cannot be negative";
        }
        if (firm.acquired && marketing(p != nullptr ? p->type : a->type)) {
            return "an acquired firm leaves marketing to its owner";
        }
        return std::nullopt;
    }
    case BoardOpKind::Leave:
        if (!member_now(state, op.firm, op.action)) {
            return "the firm is not a member of this joint action";
        }
        return std::nullopt;
    }
    return "unknown operation";
}

void JointActionBoard::apply(const GameState& state, const BoardOp& op) {
    switch (op.kind) {
    case BoardOpKind::Propose:
        proposals_.push_back({next_provisional_++, op.type, op.firm, {{op.firm, op.max_share}}});
        return;
    case BoardOpKind::Join:
        // Joining again changes the firm's maximum share, as in the core.
        for (auto& p : proposals_) {
            if (p.provisional_id == op.action) {
                for (auto& m : p.members) {
                    if (m.firm == op.firm) {
                        m.max_share = op.max_share;
                        return;
                    }
                }
                p.members.push_back({op.firm, op.max_share});
                return;
            }
        }
        for (auto& j : joins_) {
            if (j.firm == op.firm && j.action == op.action) {
                j.max_share = op.max_share;
                return;
            }
        }
        joins_.push_back({op.firm, op.action, op.max_share});
        return;
    case BoardOpKind::Leave: {
        for (auto it = proposals_.begin(); it != proposals_.end(); ++it) {
            if (it->provisional_id == op.action) {
                std::erase_if(it->members, [&](const Member& m) { return m.firm == op.firm; });
                if (it->members.empty()) {
                    proposals_.erase(it);
                }
                return;
            }
        }
        std::erase_if(joins_, [&](const JoinOnBoard& j) {
            return j.firm == op.firm && j.action == op.action;
        });
        const JointAction* a = find_action(state, op.action);
        const bool left = std::any_of(leaves_.begin(), leaves_.end(), [&](const LeaveOnBoard& l) {
            return l.firm == op.firm && l.action == op.action;
        });
        if (a != nullptr && in_members(*a, op.firm) && !left) {
            leaves_.push_back({op.firm, op.action});
        }
        return;
    }
    }
}

std::vector<proto::PublicJointAction> JointActionBoard::view(const GameState& state) const {
    std::vector<proto::PublicJointAction> out;
    const Scenario& sc = *state.scenario;
    for (const auto& a : state.joint_actions) {
        proto::PublicJointAction v;
        v.id = a.id;
        v.type = a.type;
        v.proposer = a.proposer;
        v.proposed_round = a.proposed_round;
        for (const Member& m : members_of(a)) {
            v.members.push_back(m.firm);
            v.pledged = saturating_add(v.pledged, m.max_share);
        }
        if (const JointActionSpec* spec = sc.joint_action(a.type)) {
            v.total_cost = spec->total_cost;
            v.min_members = spec->min_members;
        }
        v.active = a.active;
        v.vetoed = a.vetoed;
        v.rounds_active = a.rounds_active;
        v.reputation = a.reputation;
        out.push_back(std::move(v));
    }
    for (const auto& p : proposals_) {
        proto::PublicJointAction v;
        v.id = p.provisional_id;
        v.type = p.type;
        v.proposer = p.proposer;
        v.proposed_round = state.round + 1;
        for (const auto& m : p.members) {
            v.members.push_back(m.firm);
            v.pledged = saturating_add(v.pledged, m.max_share);
        }
        std::sort(v.members.begin(), v.members.end());
        if (const JointActionSpec* spec = sc.joint_action(p.type)) {
            v.total_cost = spec->total_cost;
            v.min_members = spec->min_members;
        }
        v.pending = true;
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<JointActionBoard::Member> JointActionBoard::members_of(const JointAction& a) const {
    std::vector<Member> out;
    for (std::size_t i = 0; i < a.members.size(); ++i) {
        const FirmId f = a.members[i];
        const bool left = std::any_of(leaves_.begin(), leaves_.end(), [&](const LeaveOnBoard& l) {
            return l.firm == f && l.action == a.id;
        });
        if (!left) {
            out.push_back({f, i < a.max_share.size() ? a.max_share[i] : 0});
        }
    }
    // Joined this round, left and joined again, or joined again with a new share: the new
    // share counts.
    for (const auto& j : joins_) {
        if (j.action != a.id) {
            continue;
        }
        const auto it =
            std::find_if(out.begin(), out.end(), [&](const Member& m) { return m.firm == j.firm; });
        if (it != out.end()) {
            it->max_share = j.max_share;
        } else {
            out.push_back({j.firm, j.max_share});
        }
    }
    std::sort(out.begin(), out.end(),
              [](const Member& x, const Member& y) { return x.firm < y.firm; });
    return out;
}

std::vector<JoinRequest> JointActionBoard::memberships(const GameState& state, FirmId firm) const {
    std::vector<JoinRequest> out;
    for (const auto& a : state.joint_actions) {
        for (const Member& m : members_of(a)) {
            if (m.firm == firm) {
                out.push_back({a.id, m.max_share});
            }
        }
    }
    for (const auto& p : proposals_) {
        for (const auto& m : p.members) {
            if (m.firm == firm) {
                out.push_back({p.provisional_id, m.max_share});
            }
        }
    }
    return out;
}

std::vector<Pledge> JointActionBoard::merge_into(const GameState& state,
                                                 std::vector<Decision>& decisions) const {
    for (auto& d : decisions) {
        d.propose.clear();
        d.join.clear();
        d.leave.clear();
    }
    for (const auto& l : leaves_) {
        decisions[l.firm].leave.push_back(l.action);
    }
    for (const auto& j : joins_) {
        decisions[j.firm].join.push_back({j.action, j.max_share});
    }
    for (const auto& p : proposals_) {
        decisions[p.members.front().firm].propose.push_back({p.type, p.members.front().max_share});
    }
    // The core numbers new actions firm by firm, each firm's proposals in order, skipping
    // bankrupt firms: follow it to know the ids that pledges will join.
    std::vector<Pledge> pledges;
    JointActionId next = state.next_joint_action_id;
    for (const auto& firm : state.firms) {
        if (firm.bankrupt) {
            continue;
        }
        for (const auto& p : proposals_) {
            if (p.members.front().firm != firm.id) {
                continue;
            }
            const JointActionId id = next++;
            for (std::size_t i = 1; i < p.members.size(); ++i) {
                pledges.push_back({p.members[i].firm, id, p.type, p.members[i].max_share});
            }
        }
    }
    return pledges;
}

} // namespace hr::server
