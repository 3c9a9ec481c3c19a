#pragma once
// One message of every type, filled with random values within the protocol's limits: the
// material of the codec's round-trip, truncation and size tests.
#include "core/rng.hpp"
#include "protocol/messages.hpp"

#include <string>
#include <vector>

namespace hr::proto::samples {

inline std::string text(Rng& rng, std::size_t max) {
    // Mixed ASCII and two-byte UTF-8 ("é"), within max bytes.
    std::string s;
    const std::size_t n = rng.below(max / 2 + 1);
    while (s.size() + 2 <= n) {
        if (rng.below(4) == 0) {
            s += "\xc3\xa9";
        } else {
            s.push_back(static_cast<char>('a' + rng.below(26)));
        }
    }
    return s;
}

inline double figure(Rng& rng) {
    return rng.uniform(-1000.0, 1000.0);
}

inline Money money(Rng& rng) {
    return static_cast<Money>(rng.next_u64() >> rng.below(64)) * (rng.below(2) == 0 ? 1 : -1);
}

template <class E> E pick(Rng& rng, std::size_t count) {
    return static_cast<E>(rng.below(count));
}

inline FirmId firm(Rng& rng) {
    return static_cast<FirmId>(rng.below(kMaxFirms));
}

inline Decision decision(Rng& rng) {
    Decision d;
    d.firm = firm(rng);
    d.round = static_cast<int>(rng.below(kMaxRounds + 1));
    d.wage_change = rng.uniform(-0.3, 0.3);
    for (auto& x : d.invest) {
        x = money(rng);
    }
    d.training = money(rng);
    d.markup = rng.uniform(-1.0, 4.0);
    d.sell_own_brand = rng.below(2) == 0;
    d.own_brand_price = money(rng);
    d.sell_adjacent = rng.below(2) == 0;
    for (std::size_t i = rng.below(4); i > 0; --i) {
        d.accept.push_back(static_cast<OfferId>(rng.next_u64()));
    }
    for (std::size_t i = rng.below(3); i > 0; --i) {
        d.propose.push_back({pick<JointActionType>(rng, kJointActionTypes), money(rng)});
    }
    for (std::size_t i = rng.below(3); i > 0; --i) {
        d.join.push_back({static_cast<JointActionId>(rng.below(1000)), money(rng)});
    }
    for (std::size_t i = rng.below(3); i > 0; --i) {
        d.leave.push_back(static_cast<JointActionId>(rng.below(1000)));
    }
    return d;
}

inline PolicySettings policy(Rng& rng) {
    PolicySettings p;
    p.cofinancing_share = rng.uniform();
    p.grant_per_firm = money(rng);
    for (std::size_t i = rng.below(4); i > 0; --i) {
        p.grant_recipients.push_back(firm(rng));
    }
    p.service_centre = rng.below(2) == 0;
    p.training_programme = money(rng);
    p.export_promotion = money(rng);
    return p;
}

inline RoomSettings room_settings(Rng& rng) {
    RoomSettings s;
    s.scenario = text(rng, kMaxIdBytes);
    s.rounds = static_cast<std::uint32_t>(rng.below(kMaxRounds + 1));
    s.round_seconds = static_cast<std::uint32_t>(rng.below(kMaxRoundSeconds));
    s.seed = rng.next_u64();
    s.firms = static_cast<std::uint32_t>(rng.below(kMaxFirms + 1));
    s.fill_with_bots = rng.below(2) == 0;
    for (std::size_t i = rng.below(4); i > 0; --i) {
        s.bot_mix.push_back(
            {pick<Archetype>(rng, kArchetypes), static_cast<std::uint32_t>(1 + rng.below(10))});
    }
    s.difficulty = pick<Difficulty>(rng, kDifficulties);
    s.empty_seats = pick<EmptySeatPolicy>(rng, kEmptySeatPolicies);
    s.allow_latecomers = rng.below(2) == 0;
    return s;
}

inline Capabilities capabilities(Rng& rng) {
    Capabilities c;
    for (auto& x : c.level) {
        x = rng.uniform();
    }
    return c;
}

inline FirmRecord record(Rng& rng) {
    FirmRecord r;
    r.round = static_cast<int>(rng.below(60));
    r.wage = figure(rng);
    r.skill = figure(rng);
    r.employment = figure(rng);
    r.exports = figure(rng);
    r.volume = figure(rng);
    r.unit_value = figure(rng);
    r.revenue = money(rng);
    r.profit = money(rng);
    r.cash = money(rng);
    r.value_added_per_worker = figure(rng);
    r.capabilities = capabilities(rng);
    r.road = pick<Road>(rng, 4);
    return r;
}

inline ClusterRecord cluster(Rng& rng) {
    ClusterRecord c;
    c.round = static_cast<int>(rng.below(60));
    c.avg_wage = figure(rng);
    c.employment = figure(rng);
    c.exports = figure(rng);
    c.unit_value = figure(rng);
    c.value_added_per_worker = figure(rng);
    c.cluster_share_of_price = figure(rng);
    c.avg_capabilities = capabilities(rng);
    c.skill_pool = figure(rng);
    c.active_firms = static_cast<int>(rng.below(16));
    c.road = pick<Road>(rng, 4);
    return c;
}

inline BuyerOffer offer(Rng& rng) {
    BuyerOffer o;
    o.id = static_cast<OfferId>(rng.next_u64());
    o.firm = firm(rng);
    o.buyer_id = text(rng, 20);
    o.kind = pick<BuyerKind>(rng, kBuyerKinds);
    o.governance = pick<Governance>(rng, kGovernanceTypes);
    o.chain = pick<ChainKind>(rng, 2);
    o.volume = figure(rng);
    o.unit_price = money(rng);
    o.quality_standard = rng.uniform();
    o.requires_certification = rng.below(2) == 0;
    o.duration = static_cast<int>(rng.below(5));
    o.clauses.exclusivity = rng.below(2) == 0;
    o.clauses.no_own_brand = rng.below(2) == 0;
    o.acquisition_price = money(rng);
    o.round = static_cast<int>(rng.below(10));
    return o;
}

inline FirmResult firm_result(Rng& rng) {
    FirmResult r;
    r.firm = firm(rng);
    r.went_bankrupt = rng.below(2) == 0;
    for (auto& v : r.volume) {
        v = figure(rng);
    }
    for (auto& v : r.revenue) {
        v = money(rng);
    }
    r.wage_bill = money(rng);
    r.profit = money(rng);
    r.cash_after = money(rng);
    for (auto& u : r.upgrading) {
        u.before = rng.uniform();
        u.after = rng.uniform();
        u.joint_actions = figure(rng);
    }
    r.record = record(rng);
    r.road.road = pick<Road>(rng, 4);
    r.road.export_change = figure(rng);
    for (auto& s : r.value_chain.share) {
        s = rng.uniform();
    }
    r.value_chain.final_price = money(rng);
    r.relocated = {1, 2};
    r.forecast.available = true;
    r.forecast.scheduled_events = {text(rng, 20)};
    r.score.total = figure(rng);
    r.member_of = {3, 4, 5};
    r.contracts = {7};
    return r;
}

inline PublicFirm public_firm(Rng& rng) {
    PublicFirm p;
    p.firm = firm(rng);
    p.name = text(rng, kMaxNameBytes);
    p.seat = pick<SeatKind>(rng, kSeatKinds);
    p.source = pick<DecisionSource>(rng, kDecisionSources);
    p.bankrupt = rng.below(2) == 0;
    p.road = pick<Road>(rng, 4);
    p.wage = figure(rng);
    p.exports = figure(rng);
    p.contracts[1] = static_cast<std::uint8_t>(rng.below(4));
    p.member_of = {1, 9};
    return p;
}

inline PublicJointAction joint_action(Rng& rng) {
    PublicJointAction a;
    a.id = static_cast<JointActionId>(rng.below(100));
    a.type = pick<JointActionType>(rng, kJointActionTypes);
    a.proposer = firm(rng);
    a.members = {0, 3, 5};
    a.pledged = money(rng);
    a.total_cost = money(rng);
    a.min_members = 3;
    a.pending = rng.below(2) == 0;
    a.reputation = rng.uniform();
    return a;
}

inline FirmPrivate firm_private(Rng& rng) {
    FirmPrivate p;
    p.firm = firm(rng);
    p.name = text(rng, kMaxNameBytes);
    p.cash = money(rng);
    p.credit_line = money(rng);
    p.capacity = figure(rng);
    p.capabilities = capabilities(rng);
    p.workforce = {figure(rng), figure(rng), figure(rng)};
    p.offers = {offer(rng), offer(rng)};
    Contract c;
    c.id = 4;
    c.terms = offer(rng);
    c.first_round = 2;
    c.last_round = 3;
    p.contracts = {c};
    p.memberships = {{2, money(rng)}};
    return p;
}

inline RoundResults round_results(Rng& rng) {
    RoundResults r;
    r.round = static_cast<int>(rng.below(60));
    if (rng.below(2) == 0) {
        r.own = firm_result(rng);
    }
    r.firms = {public_firm(rng), public_firm(rng)};
    r.cluster = cluster(rng);
    r.events = {{text(rng, 20), pick<EventKind>(rng, 8), figure(rng), true}};
    r.joint_actions = {{3, JointActionType::TradeFair, {1, 2}, true, money(rng), money(rng), ""}};
    r.public_spent = money(rng);
    r.news = {{text(rng, 30), {text(rng, 20), text(rng, 20)}}};
    return r;
}

// Every message type once, in catalog order of their variant.
inline WhatIfPlan what_if_plan(Rng& rng) {
    WhatIfPlan plan;
    plan.from_round = static_cast<int>(1 + rng.below(kMaxRounds));
    for (std::size_t i = rng.below(5); i > 0; --i) {
        plan.bots.push_back(
            {firm(rng), {pick<Archetype>(rng, kArchetypes), pick<Difficulty>(rng, kDifficulties)}});
    }
    return plan;
}

inline WhatIfPath what_if_path(Rng& rng, std::size_t rounds, std::size_t firms) {
    WhatIfPath path;
    for (std::size_t r = 0; r < rounds; ++r) {
        WhatIfRound round;
        round.round = static_cast<int>(r + 1);
        for (std::size_t f = 0; f < firms; ++f) {
            round.firms.push_back(
                {record(rng), rng.below(2) == 0,
                 ScoreBreakdown{figure(rng), figure(rng), figure(rng), figure(rng)},
                 pick<SeatPlay>(rng, kSeatPlays)});
        }
        round.cluster = cluster(rng);
        round.public_spent = money(rng);
        round.state_hash = rng.next_u64();
        path.rounds.push_back(std::move(round));
    }
    return path;
}

inline std::vector<Message> all_messages(Rng& rng) {
    std::vector<Message> m;
    m.push_back(Hello{static_cast<std::uint16_t>(rng.below(3)), text(rng, kMaxNameBytes)});
    m.push_back(Welcome{kProtocolVersion, text(rng, kMaxNameBytes)});
    m.push_back(Refusal{pick<RefusalReason>(rng, kRefusalReasons), 7, text(rng, 200)});
    m.push_back(CreateRoom{room_settings(rng), text(rng, kMaxSecretBytes), text(rng, 40)});
    m.push_back(AttachFacilitator{"ABC234", text(rng, kMaxSecretBytes)});
    m.push_back(Join{"ABC234", text(rng, kMaxNameBytes)});
    Reconnect rc{"XYZ789", {}};
    for (auto& b : rc.token) {
        b = static_cast<std::uint8_t>(rng.below(256));
    }
    m.push_back(rc);
    m.push_back(Spectate{"QRS456"});
    m.push_back(LeaveRoom{});
    m.push_back(Start{});
    m.push_back(Pause{});
    m.push_back(Resume{});
    m.push_back(Extend{static_cast<std::uint32_t>(rng.below(kMaxExtendSeconds + 1))});
    m.push_back(CloseRound{});
    m.push_back(Kick{firm(rng)});
    m.push_back(AddBot{pick<Archetype>(rng, kArchetypes), pick<Difficulty>(rng, kDifficulties)});
    m.push_back(RemoveBot{firm(rng)});
    m.push_back(SeatToBot{firm(rng), pick<Archetype>(rng, kArchetypes),
                          pick<Difficulty>(rng, kDifficulties)});
    m.push_back(SeatToHuman{firm(rng)});
    m.push_back(SetPolicy{policy(rng)});
    m.push_back(InjectEvent{text(rng, kMaxIdBytes)});
    m.push_back(Announce{text(rng, kMaxChatBytes)});
    m.push_back(EndGame{});
    m.push_back(SetRoomOptions{pick<EmptySeatPolicy>(rng, kEmptySeatPolicies), true});
    m.push_back(Ready{rng.below(2) == 0});
    m.push_back(SubmitDecision{static_cast<std::uint32_t>(rng.next_u64()), decision(rng)});
    m.push_back(ProposeJointAction{static_cast<int>(rng.below(kMaxRounds)),
                                   pick<JointActionType>(rng, kJointActionTypes), money(rng)});
    m.push_back(JoinJointAction{static_cast<int>(rng.below(kMaxRounds)),
                                static_cast<JointActionId>(rng.next_u64()), money(rng)});
    m.push_back(LeaveJointAction{static_cast<int>(rng.below(kMaxRounds)),
                                 static_cast<JointActionId>(rng.below(100))});
    m.push_back(Chat{text(rng, kMaxChatBytes)});
    m.push_back(RoomCreated{"ABC234"});
    Joined j;
    j.roles = kRolePlayer | kRoleFacilitator;
    j.code = "ABC234";
    j.firm = firm(rng);
    j.token = rc.token;
    j.scenario = "tutorial";
    j.total_rounds = 10;
    j.firms = 8;
    j.round_seconds = 120;
    m.push_back(j);
    LobbyRoster roster;
    roster.code = "ABC234";
    roster.settings = room_settings(rng);
    roster.seats = {{1, text(rng, 30), text(rng, 30), SeatKind::Human, true, false, false,
                     Archetype::Upgrader, Difficulty::Hard},
                    {2, text(rng, 30), "", SeatKind::Bot, true, true, true, Archetype::FreeRider,
                     Difficulty::Easy}};
    roster.spectators = 3;
    m.push_back(roster);
    RoomSnapshot snap;
    snap.phase = pick<RoomPhase>(rng, kRoomPhases);
    snap.scenario = "brenta";
    snap.round = 3;
    snap.total_rounds = 10;
    snap.round_seconds = 90;
    snap.remaining_ms = static_cast<std::uint32_t>(rng.below(90000));
    snap.firms = {public_firm(rng), public_firm(rng), public_firm(rng)};
    snap.joint_actions = {joint_action(rng), joint_action(rng)};
    snap.events = {{2, text(rng, 20), EventKind::DemandShock, figure(rng), false, false}};
    snap.policy = policy(rng);
    snap.public_budget = money(rng);
    snap.cluster = cluster(rng);
    m.push_back(RoomSnapshotMessage{snap});
    PrivateFirmState ps;
    ps.round = 4;
    ps.firm = firm_private(rng);
    ps.decision = decision(rng);
    ps.decision_seq = 9;
    ps.history = {record(rng), record(rng)};
    m.push_back(PrivateFirmStateMessage{ps});
    m.push_back(RoundResultsMessage{round_results(rng)});
    FacilitatorView fv;
    fv.round = 2;
    fv.firms = {firm_private(rng), firm_private(rng)};
    fv.seats = {{0, SeatKind::Human, true, true, 3}, {1, SeatKind::Bot, false, false, 0}};
    fv.decisions = {decision(rng), std::nullopt};
    fv.last_results = {firm_result(rng)};
    fv.pending_events = {text(rng, 20)};
    fv.pending_policy = policy(rng);
    m.push_back(FacilitatorViewMessage{fv});
    m.push_back(SubmissionStatus{3, {true, false, true, true}});
    ChatLine line;
    line.round = 2;
    if (rng.below(2) == 0) {
        line.firm = firm(rng);
    }
    line.from = text(rng, kMaxNameBytes);
    line.announcement = rng.below(2) == 0;
    line.text = text(rng, kMaxChatBytes);
    m.push_back(line);
    m.push_back(Error{pick<ErrorCode>(rng, kErrorCodes),
                      41,
                      static_cast<std::uint32_t>(rng.below(1000)),
                      text(rng, 100),
                      {{"wage_change", text(rng, 60)}, {"invest.process", text(rng, 60)}}});
    m.push_back(DecisionAck{5, static_cast<std::uint32_t>(rng.next_u64())});
    m.push_back(JointActionBoard{5, {joint_action(rng)}});
    GameOver over;
    over.end = GameEnd::EndedByFacilitator;
    over.rounds_played = 7;
    over.scores = {
        {0, text(rng, 30), SeatKind::Human, {1, 2, 3, 6}, Road::HighRoad, {record(rng)}}};
    over.cluster_history = {cluster(rng)};
    over.public_spent = money(rng);
    over.state_hash = rng.next_u64();
    m.push_back(over);
    m.push_back(WhatIfRequest{static_cast<std::uint32_t>(rng.next_u64()), what_if_plan(rng)});
    m.push_back(WhatIfResult{static_cast<std::uint32_t>(rng.below(1000)), what_if_plan(rng),
                             what_if_path(rng, 3, 2), what_if_path(rng, 3, 2)});
    m.push_back(ExportRequest{});
    RoomRecord record;
    record.code = "ABC234";
    record.settings = room_settings(rng);
    record.phase = pick<RoomPhase>(rng, kRoomPhases);
    record.seats = {{SeatKind::Human, text(rng, kMaxNameBytes), rng.below(2) == 0,
                     pick<Archetype>(rng, kArchetypes), pick<Difficulty>(rng, kDifficulties)},
                    {SeatKind::Bot, "", false, Archetype::Upgrader, Difficulty::Hard}};
    for (int r = 0; r < 2; ++r) {
        RecordRound round;
        round.decisions = {decision(rng), decision(rng)};
        round.sources = {pick<DecisionSource>(rng, kDecisionSources), DecisionSource::Bot};
        round.facilitator.inject_events = {text(rng, kMaxIdBytes)};
        if (rng.below(2) == 0) {
            round.facilitator.policy = policy(rng);
        }
        record.rounds.push_back(std::move(round));
    }
    record.state_hash = rng.next_u64();
    record.pending_events = {text(rng, kMaxIdBytes)};
    record.pending_policy = policy(rng);
    m.push_back(record);
    return m;
}

} // namespace hr::proto::samples
