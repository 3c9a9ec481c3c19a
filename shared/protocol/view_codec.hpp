#pragma once
// io() for the room's views (views.hpp) and room settings: what the server shows and what a
// facilitator chooses.
#include "protocol/core_codec.hpp"
#include "protocol/room_settings.hpp"
#include "protocol/views.hpp"

namespace hr::proto {

template <class A, Is<BotShare> M> void io(A& a, M& m) {
    a.choice(m.archetype, kArchetypes);
    a.uint(m.weight, 1000);
}

template <class A, Is<RoomSettings> M> void io(A& a, M& m) {
    a.text(m.scenario, kMaxIdBytes);
    a.uint(m.rounds, kMaxRounds);
    a.uint(m.round_seconds, kMaxRoundSeconds);
    a.uint(m.seed, ~std::uint64_t{0});
    a.uint(m.firms, kMaxFirms);
    a.flag(m.fill_with_bots);
    a.list(m.bot_mix, kMaxBotMix);
    a.choice(m.difficulty, kDifficulties);
    a.choice(m.empty_seats, kEmptySeatPolicies);
    a.flag(m.allow_latecomers);
}

template <class A, Is<PublicFirm> M> void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
    a.text(m.name, kMaxNameBytes);
    a.choice(m.seat, kSeatKinds);
    a.choice(m.source, kDecisionSources);
    a.flag(m.lead_firm);
    a.flag(m.bankrupt);
    a.flag(m.acquired);
    a.choice(m.road, kRoads);
    a.figure(m.wage);
    a.figure(m.employment);
    a.figure(m.exports);
    a.figure(m.unit_value);
    for (auto& c : m.contracts) {
        a.uint(c, 255);
    }
    a.uints(m.member_of, kMaxJointActions, kMaxU32);
}

template <class A, Is<PublicJointAction> M> void io(A& a, M& m) {
    a.uint(m.id, kMaxU32);
    a.choice(m.type, kJointActionTypes);
    a.uint(m.proposer, kMaxFirmId);
    a.integer(m.proposed_round, 0, kMaxRoundValue);
    a.uints(m.members, kMaxFirms, kMaxFirmId);
    a.money(m.pledged);
    a.money(m.total_cost);
    a.integer(m.min_members, 0, kMaxRoundValue);
    a.flag(m.active);
    a.flag(m.pending);
    a.flag(m.vetoed);
    a.integer(m.rounds_active, 0, kMaxRoundValue);
    a.figure(m.reputation);
}

template <class A, Is<RoomEvent> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.text(m.id, kMaxIdBytes);
    a.choice(m.kind, kEventKinds);
    a.figure(m.magnitude);
    a.flag(m.injected);
    a.flag(m.pending);
}

template <class A, Is<RoomSnapshot> M> void io(A& a, M& m) {
    a.choice(m.phase, kRoomPhases);
    a.flag(m.after_results);
    a.flag(m.board_unchanged);
    a.text(m.scenario, kMaxIdBytes);
    a.integer(m.round, 0, kMaxRoundValue);
    a.integer(m.total_rounds, 0, kMaxRoundValue);
    a.uint(m.round_seconds, kMaxU32);
    a.uint(m.remaining_ms, kMaxU32);
    a.list(m.firms, kMaxFirms);
    a.list(m.joint_actions, kMaxJointActions);
    a.list(m.events, kMaxEvents);
    io(a, m.policy);
    a.money(m.public_budget);
    a.money(m.public_spent);
    a.optional(m.cluster);
}

template <class A, Is<FirmPrivate> M> void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
    a.text(m.name, kMaxNameBytes);
    a.money(m.cash);
    a.money(m.credit_line);
    a.figure(m.capacity);
    io(a, m.capabilities);
    io(a, m.workforce);
    a.flag(m.certified);
    a.flag(m.own_design);
    a.flag(m.acquired);
    a.flag(m.bankrupt);
    a.money(m.cumulative_profit);
    a.list(m.offers, kMaxOffersPerFirm);
    a.list(m.contracts, kMaxContractsPerFirm);
    a.list(m.memberships, kMaxJointActions);
}

template <class A, Is<PrivateFirmState> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    io(a, m.firm);
    a.optional(m.decision);
    a.uint(m.decision_seq, kMaxU32);
    a.list(m.history, kMaxRounds);
}

template <class A, Is<RoundResults> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.optional(m.own);
    a.list(m.firms, kMaxFirms);
    io(a, m.cluster);
    io(a, m.cluster_road);
    a.list(m.events, kMaxEvents);
    a.list(m.joint_actions, kMaxJointActions);
    a.money(m.public_spent);
    for (auto& spent : m.public_spent_by_lever) {
        a.money(spent);
    }
    a.figure(m.label_reputation);
    a.list(m.news, kMaxNews);
}

template <class A, Is<SeatStatus> M> void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
    a.choice(m.seat, kSeatKinds);
    a.flag(m.connected);
    a.flag(m.submitted);
    a.uint(m.seq, kMaxU32);
}

template <class A, Is<std::optional<Decision>> M> void io(A& a, M& m) {
    a.optional(m);
}

template <class A, Is<FacilitatorView> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.list(m.firms, kMaxFirms);
    a.list(m.seats, kMaxFirms);
    a.list(m.decisions, kMaxFirms);
    a.list(m.last_results, kMaxFirms);
    a.list(m.pending_events, kMaxEvents);
    a.optional(m.pending_policy);
}

template <class A, Is<FinalScore> M> void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
    a.text(m.name, kMaxNameBytes);
    a.choice(m.seat, kSeatKinds);
    io(a, m.score);
    a.choice(m.road, kRoads);
    a.list(m.history, kMaxRounds);
}

} // namespace hr::proto
