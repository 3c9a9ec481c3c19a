#pragma once
// io() for the game's own types (shared/core) that travel in messages. Decisions and policy are
// inputs the server computes with: exact f64, finite only, ranges checked. Results and states are
// figures for display: compact f32.
#include "core/decision.hpp"
#include "core/game_state.hpp"
#include "core/round_result.hpp"
#include "core/rules.hpp"
#include "protocol/archive.hpp"
#include "protocol/limits.hpp"

#include <algorithm>

namespace hr::proto {

inline constexpr std::uint64_t kMaxFirmId = kMaxFirms - 1;
inline constexpr std::uint64_t kMaxU32 = 0xffffffffULL;
// Rounds as counted in server data (durations, first rounds): generous, never negative.
inline constexpr int kMaxRoundValue = 1'000'000;

// Counts of the core's enumerations that concepts.hpp does not name.
inline constexpr std::size_t kRoads = static_cast<std::size_t>(Road::Downgrading) + 1;
inline constexpr std::size_t kEventKinds = static_cast<std::size_t>(EventKind::QualityScandal) + 1;
inline constexpr std::size_t kChainKinds = static_cast<std::size_t>(ChainKind::ProducerDriven) + 1;
inline constexpr std::size_t kCaptors = static_cast<std::size_t>(Captor::OutsideSupplier) + 1;

template <class A, Is<JoinRequest> M> void io(A& a, M& m) {
    a.uint(m.action, kMaxU32);
    a.money(m.max_share);
}

template <class A, Is<Proposal> M> void io(A& a, M& m) {
    a.choice(m.type, kJointActionTypes);
    a.money(m.max_share);
}

template <class A, Is<Decision> M> void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
    a.integer(m.round, 0, static_cast<int>(kMaxRounds));
    a.real(m.wage_change);
    for (auto& x : m.invest) {
        a.money(x);
    }
    a.money(m.training);
    a.real(m.markup);
    a.flag(m.sell_own_brand);
    a.money(m.own_brand_price);
    a.flag(m.sell_adjacent);
    a.uints(m.accept, kMaxOffersPerFirm, kMaxU32);
    a.list(m.propose, kMaxDecisionProposals);
    a.list(m.join, kMaxDecisionJoins);
    a.uints(m.leave, kMaxDecisionJoins, kMaxU32);
}

template <class A, Is<PolicySettings> M> void io(A& a, M& m) {
    a.real(m.cofinancing_share);
    a.money(m.grant_per_firm);
    a.uints(m.grant_recipients, kMaxFirms, kMaxFirmId);
    a.flag(m.service_centre);
    a.money(m.training_programme);
    a.money(m.export_promotion);
}

template <class A, Is<ValidationIssue> M> void io(A& a, M& m) {
    a.text(m.field, kMaxIdBytes);
    a.text(m.message, kMaxTextBytes);
}

template <class A, Is<Capabilities> M> void io(A& a, M& m) {
    for (auto& x : m.level) {
        a.figure(x);
    }
}

template <class A, Is<Workforce> M> void io(A& a, M& m) {
    a.figure(m.wage);
    a.figure(m.skill);
    a.figure(m.employment);
}

template <class A, Is<Clauses> M> void io(A& a, M& m) {
    a.flag(m.exclusivity);
    a.flag(m.no_own_brand);
    a.flag(m.no_own_design);
    a.flag(m.technical_help);
    a.flag(m.acquisition);
}

template <class A, Is<BuyerOffer> M> void io(A& a, M& m) {
    a.uint(m.id, kMaxU32);
    a.uint(m.firm, kMaxFirmId);
    a.text(m.buyer_id, kMaxIdBytes);
    a.choice(m.kind, kBuyerKinds);
    a.choice(m.governance, kGovernanceTypes);
    a.choice(m.chain, kChainKinds);
    a.figure(m.volume);
    a.money(m.unit_price);
    a.figure(m.quality_standard);
    a.flag(m.requires_certification);
    a.integer(m.duration, 0, kMaxRoundValue);
    io(a, m.clauses);
    a.money(m.acquisition_price);
    a.integer(m.round, 0, kMaxRoundValue);
}

template <class A, Is<Contract> M> void io(A& a, M& m) {
    a.uint(m.id, kMaxU32);
    io(a, m.terms);
    a.integer(m.first_round, 0, kMaxRoundValue);
    a.integer(m.last_round, 0, kMaxRoundValue);
}

template <class A, Is<FirmRecord> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.figure(m.wage);
    a.figure(m.skill);
    a.figure(m.employment);
    a.figure(m.exports);
    a.figure(m.volume);
    a.figure(m.unit_value);
    a.money(m.revenue);
    a.money(m.profit);
    a.money(m.cash);
    a.figure(m.value_added_per_worker);
    io(a, m.capabilities);
    a.choice(m.road, kRoads);
}

template <class A, Is<ClusterRecord> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.figure(m.avg_wage);
    a.figure(m.employment);
    a.figure(m.exports);
    a.figure(m.unit_value);
    a.figure(m.value_added_per_worker);
    a.figure(m.cluster_share_of_price);
    io(a, m.avg_capabilities);
    a.figure(m.skill_pool);
    a.integer(m.active_firms, 0, kMaxRoundValue);
    a.choice(m.road, kRoads);
}

// The English reason is not sent: clients rebuild it, translated, from the numbers.
template <class A, Is<RoadVerdict> M> void io(A& a, M& m) {
    a.choice(m.road, kRoads);
    a.ratio(m.export_change);
    a.ratio(m.wage_change);
    a.ratio(m.unit_value_change);
    a.ratio(m.capability_change);
}

// Judged on the values as they travel, so that a share too small for a half is empty on both
// sides of the wire.
inline bool is_empty(const ValueChainSplit& v) {
    const auto zero = [](double x) { return (to_half(static_cast<float>(x)) & 0x7fffu) == 0; };
    return v.final_price == 0 && std::all_of(v.share.begin(), v.share.end(), zero) &&
           std::all_of(v.firm_part.begin(), v.firm_part.end(), zero) &&
           std::all_of(v.cluster_part.begin(), v.cluster_part.end(), zero) &&
           std::all_of(v.captor.begin(), v.captor.end(), [](Captor c) { return c == Captor{}; });
}

// A split of a channel the firm did not sell in is all zeros: it travels as one byte.
template <class A, Is<ValueChainSplit> M> void io(A& a, M& m) {
    if (!a.present(!is_empty(m))) {
        return;
    }
    for (auto& x : m.share) {
        a.ratio(x);
    }
    for (auto& c : m.captor) {
        a.choice(c, kCaptors);
    }
    for (auto& x : m.firm_part) {
        a.ratio(x);
    }
    for (auto& x : m.cluster_part) {
        a.ratio(x);
    }
    a.money(m.final_price);
    a.canonical(!is_empty(m));
}

template <class A, Is<UpgradeBreakdown> M> void io(A& a, M& m) {
    a.ratio(m.before);
    a.ratio(m.after);
    a.ratio(m.from_investment);
    a.ratio(m.external_economies);
    a.ratio(m.joint_actions);
    a.ratio(m.buyer_help);
    a.ratio(m.service_centre);
    a.ratio(m.learning_network);
    a.ratio(m.frontier_loss);
    a.ratio(m.clause_loss);
}

template <class A, Is<ScoreBreakdown> M> void io(A& a, M& m) {
    a.figure(m.profit);
    a.figure(m.firm_value);
    a.figure(m.community_income);
    a.figure(m.total);
}

template <class A, Is<MarketForecast> M> void io(A& a, M& m) {
    a.flag(m.available);
    a.money(m.p_comp_next);
    a.figure(m.demand_low_factor_next);
    a.list(m.scheduled_events, kMaxEvents);
}

template <class A, Is<std::string> M> void io(A& a, M& m) {
    a.text(m, kMaxTextBytes);
}

template <class A, Is<FirmResult> M> void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
    a.flag(m.active);
    a.flag(m.went_bankrupt);
    a.flag(m.was_acquired);
    for (auto& x : m.volume) {
        a.figure(x);
    }
    for (auto& x : m.revenue) {
        a.money(x);
    }
    a.figure(m.rejected_volume);
    a.money(m.acquisition_income);
    a.money(m.wage_bill);
    a.money(m.input_cost);
    a.money(m.brand_cost);
    a.money(m.fixed_cost);
    for (auto& x : m.investment) {
        a.money(x);
    }
    a.money(m.training);
    a.money(m.joint_action_shares);
    a.money(m.grants);
    a.money(m.profit);
    a.money(m.cash_before);
    a.money(m.cash_after);
    for (auto& u : m.upgrading) {
        io(a, u);
    }
    io(a, m.workforce);
    a.figure(m.laid_off);
    a.figure(m.unit_cost);
    io(a, m.record);
    io(a, m.road);
    io(a, m.value_chain);
    for (auto& v : m.value_chain_by_channel) {
        io(a, v);
    }
    a.figure(m.input_discount);
    a.figure(m.label_premium);
    a.flag(m.certified);
    a.uints(m.relocated, kMaxContractsPerFirm, kMaxU32);
    io(a, m.forecast);
    io(a, m.score);
    a.uints(m.member_of, kMaxJointActions, kMaxU32);
    a.uints(m.contracts, kMaxContractsPerFirm, kMaxU32);
}

template <class A, Is<AppliedEvent> M> void io(A& a, M& m) {
    a.text(m.id, kMaxIdBytes);
    a.choice(m.kind, kEventKinds);
    a.figure(m.magnitude);
    a.flag(m.injected);
}

template <class A, Is<JointActionOutcome> M> void io(A& a, M& m) {
    a.uint(m.id, kMaxU32);
    a.choice(m.type, kJointActionTypes);
    a.uints(m.members, kMaxFirms, kMaxFirmId);
    a.flag(m.active);
    a.money(m.share_per_member);
    a.money(m.public_share);
    a.text(m.why_not, kMaxTextBytes);
}

template <class A, Is<NewsItem> M> void io(A& a, M& m) {
    a.text(m.key, kMaxIdBytes);
    a.list(m.params, kMaxNewsParams);
}

} // namespace hr::proto
