// What each member of a room is shown. The visibility rule lives here: a player gets its own
// firm's private state and result; everything else anyone gets is built from public types.
#include "core/rules.hpp"
#include "protocol/core_codec.hpp"
#include "protocol/view_codec.hpp"
#include "room.hpp"

#include <algorithm>

namespace hr::server {

using proto::RoomPhase;

std::vector<SessionId> Room::everyone() const {
    std::vector<SessionId> out;
    out.reserve(members_.size());
    for (const auto& [session, member] : members_) {
        out.push_back(session);
    }
    return out;
}

std::vector<SessionId> Room::facilitators() const {
    std::vector<SessionId> out;
    for (const auto& [session, member] : members_) {
        if ((member.roles & proto::kRoleFacilitator) != 0) {
            out.push_back(session);
        }
    }
    return out;
}

proto::LobbyRoster Room::roster() const {
    proto::LobbyRoster r;
    r.phase = phase_;
    r.code = code_;
    r.settings = settings_;
    for (const Seat& seat : seats_) {
        proto::RosterSeat s;
        s.firm = seat.firm;
        s.firm_name = state_.firms[seat.firm].name;
        s.player = seat.player;
        s.seat = seat.kind;
        s.connected = seat.session.has_value();
        s.ready = seat.ready;
        s.bot_controlled = seat.bot_plays();
        s.archetype = seat.archetype;
        s.difficulty = seat.difficulty;
        r.seats.push_back(std::move(s));
    }
    for (const auto& [session, member] : members_) {
        if ((member.roles & proto::kRoleSpectator) != 0) {
            ++r.spectators;
        }
        if ((member.roles & proto::kRoleFacilitator) != 0) {
            r.facilitator_connected = true;
        }
    }
    return r;
}

std::vector<proto::PublicFirm> Room::public_firms() const {
    std::vector<proto::PublicFirm> out;
    out.reserve(state_.firms.size());
    for (const Firm& firm : state_.firms) {
        const Seat& seat = seats_[firm.id];
        proto::PublicFirm p;
        p.firm = firm.id;
        p.name = firm.name;
        p.seat = seat.kind;
        p.source =
            firm.id < last_sources_.size()
                ? last_sources_[firm.id]
                : (seat.bot_plays() ? proto::DecisionSource::Bot : proto::DecisionSource::Player);
        p.lead_firm = firm.lead_firm;
        p.bankrupt = firm.bankrupt;
        p.acquired = firm.acquired;
        p.wage = firm.workforce.wage;
        p.employment = firm.workforce.employment;
        if (!firm.history.empty()) {
            const FirmRecord& last = firm.history.back();
            p.road = last.road;
            p.exports = last.exports;
            p.unit_value = last.unit_value;
        }
        for (const Contract& c : state_.contracts) {
            if (c.terms.firm == firm.id) {
                auto& n = p.contracts[static_cast<std::size_t>(c.terms.governance)];
                n = static_cast<std::uint8_t>(std::min(255, n + 1));
            }
        }
        for (const JointAction& a : state_.joint_actions) {
            if (std::find(a.members.begin(), a.members.end(), firm.id) != a.members.end()) {
                p.member_of.push_back(a.id);
            }
        }
        out.push_back(std::move(p));
    }
    return out;
}

proto::RoomSnapshot Room::snapshot(TimeMs now) const {
    proto::RoomSnapshot s = snapshot_after_results(now);
    s.after_results = false;
    s.firms = public_firms();
    s.events.insert(s.events.begin(), events_.begin(), events_.end());
    if (!state_.cluster_history.empty()) {
        s.cluster = state_.cluster_history.back();
    }
    return s;
}

proto::RoomSnapshot Room::snapshot_after_results(TimeMs now) const {
    proto::RoomSnapshot s;
    s.phase = phase_;
    s.after_results = true;
    s.scenario = settings_.scenario;
    s.round = phase_ == RoomPhase::Finished ? state_.round : state_.round + 1;
    s.total_rounds = state_.total_rounds;
    s.round_seconds = settings_.round_seconds;
    s.remaining_ms = static_cast<std::uint32_t>(std::min<TimeMs>(remaining(now), 0xffffffffLL));
    if (phase_ != RoomPhase::Finished) {
        s.joint_actions = board_.view(state_);
    }
    for (const std::string& id : pending_.inject_events) {
        const EventSpec* spec = scenario_->event(id);
        s.events.push_back({state_.round + 1, id, spec != nullptr ? spec->kind : EventKind{},
                            spec != nullptr ? spec->magnitude : 0.0, true, true});
    }
    s.policy = pending_.policy ? *pending_.policy : state_.policy;
    s.public_budget = state_.public_budget;
    s.public_spent = state_.public_spent;
    return s;
}

proto::RoomSnapshot Room::snapshot_for_everyone(TimeMs now, bool after_results) {
    proto::RoomSnapshot s = after_results ? snapshot_after_results(now) : snapshot(now);
    if (after_results && board_shown_ && *board_shown_ == s.joint_actions) {
        s.joint_actions.clear();
        s.board_unchanged = true;
    } else {
        board_shown_ = s.joint_actions;
    }
    return s;
}

proto::FirmPrivate Room::firm_private(FirmId id) const {
    const Firm& firm = state_.firms[id];
    proto::FirmPrivate p;
    p.firm = id;
    p.name = firm.name;
    p.cash = firm.cash;
    p.credit_line = scenario_->params.credit_line;
    p.capacity = firm.capacity;
    p.capabilities = firm.capabilities;
    p.workforce = firm.workforce;
    p.certified = firm.certified;
    p.own_design = firm.own_design;
    p.acquired = firm.acquired;
    p.bankrupt = firm.bankrupt;
    p.cumulative_profit = firm.cumulative_profit;
    if (phase_ != RoomPhase::Finished) {
        for (const BuyerOffer& o : state_.offers) {
            if (o.firm == id) {
                p.offers.push_back(o);
            }
        }
    }
    for (const Contract& c : state_.contracts) {
        if (c.terms.firm == id) {
            p.contracts.push_back(c);
        }
    }
    p.memberships = board_.memberships(state_, id);
    return p;
}

proto::PrivateFirmState Room::private_state(FirmId firm, bool with_history) const {
    proto::PrivateFirmState s;
    s.round = state_.round + 1;
    s.firm = firm_private(firm);
    if (firm < decisions_.size() && decisions_[firm]) {
        s.decision = decisions_[firm]->decision;
        s.decision_seq = decisions_[firm]->seq;
    }
    if (with_history) {
        s.history = state_.firms[firm].history;
    }
    return s;
}

proto::RoundResults Room::public_results(const RoundResult& result) const {
    proto::RoundResults r;
    r.round = result.round;
    r.firms = public_firms();
    r.cluster = result.cluster;
    r.cluster_road = result.cluster_road;
    r.events = result.events;
    // Actions nobody is in did nothing: leaving them out keeps the broadcast small.
    for (const JointActionOutcome& o : result.joint_actions) {
        if (!o.members.empty()) {
            r.joint_actions.push_back(o);
        }
    }
    r.public_spent = result.public_spent;
    r.public_spent_by_lever = result.public_spent_by_lever;
    r.label_reputation = result.label_reputation;
    r.news = result.news;
    return r;
}

proto::FacilitatorView Room::facilitator_view() const {
    proto::FacilitatorView v;
    v.round = phase_ == RoomPhase::Finished ? state_.round : state_.round + 1;
    for (const Firm& firm : state_.firms) {
        v.firms.push_back(firm_private(firm.id));
        const Seat& seat = seats_[firm.id];
        proto::SeatStatus st;
        st.firm = firm.id;
        st.seat = seat.kind;
        st.connected = seat.session.has_value();
        st.submitted = decisions_[firm.id].has_value();
        st.seq = st.submitted ? decisions_[firm.id]->seq : 0;
        v.seats.push_back(st);
        v.decisions.push_back(decisions_[firm.id] ? std::optional(decisions_[firm.id]->decision)
                                                  : std::nullopt);
    }
    if (last_result_) {
        v.last_results = last_result_->firms;
    }
    v.pending_events = pending_.inject_events;
    v.pending_policy = pending_.policy;
    return v;
}

proto::GameOver Room::game_over() const {
    proto::GameOver g;
    g.end = end_;
    g.rounds_played = state_.round;
    for (const Firm& firm : state_.firms) {
        proto::FinalScore s;
        s.firm = firm.id;
        s.name = firm.name;
        s.seat = seats_[firm.id].kind;
        if (last_result_ && firm.id < last_result_->firms.size()) {
            s.score = last_result_->firms[firm.id].score;
        }
        if (!firm.history.empty()) {
            s.road = firm.history.back().road;
        }
        s.history = firm.history;
        g.scores.push_back(std::move(s));
    }
    g.cluster_history = state_.cluster_history;
    g.public_spent = state_.public_spent;
    g.state_hash = state_hash(state_);
    return g;
}

proto::SubmissionStatus Room::submission_status() const {
    proto::SubmissionStatus s;
    s.round = state_.round + 1;
    s.submitted.reserve(decisions_.size());
    for (const auto& d : decisions_) {
        s.submitted.push_back(d.has_value());
    }
    return s;
}

void Room::send_round_views(TimeMs now, bool after_results, Outbox& out) {
    snapshot_dirty_ = false;
    board_dirty_ = false;
    out.send(everyone(), proto::RoomSnapshotMessage{snapshot_for_everyone(now, after_results)});
    for (const Seat& seat : seats_) {
        if (seat.session) {
            out.send(*seat.session,
                     proto::PrivateFirmStateMessage{private_state(seat.firm, false)});
        }
    }
    mark_status_dirty();
    refresh_facilitators();
}

void Room::send_results(Outbox& out) {
    const proto::RoundResults shared = public_results(*last_result_);
    std::vector<SessionId> watchers;
    for (const auto& [session, member] : members_) {
        if (member.firm) {
            proto::RoundResults own = shared;
            own.own = last_result_->firms[*member.firm];
            out.send(session, proto::RoundResultsMessage{std::move(own)});
        } else {
            watchers.push_back(session);
        }
    }
    out.send(std::move(watchers), proto::RoundResultsMessage{shared});
    refresh_facilitators();
}

void Room::send_welcome_pack(SessionId session, TimeMs now, Outbox& out) {
    const Member& member = members_.at(session);
    out.send(session, proto::RoomSnapshotMessage{snapshot(now)});
    board_shown_.reset();
    if (member.firm) {
        out.send(session, proto::PrivateFirmStateMessage{private_state(*member.firm, true)});
    }
    if (last_result_) {
        proto::RoundResults r = public_results(*last_result_);
        if (member.firm) {
            r.own = last_result_->firms[*member.firm];
        }
        out.send(session, proto::RoundResultsMessage{std::move(r)});
    }
    if (phase_ == RoomPhase::Running || phase_ == RoomPhase::Paused) {
        out.send(session, submission_status());
    }
    for (const proto::ChatLine& line : recent_chat_) {
        out.send(session, line);
    }
    if ((member.roles & proto::kRoleFacilitator) != 0) {
        out.send(session, proto::FacilitatorViewMessage{facilitator_view()});
    }
    if (phase_ == RoomPhase::Finished) {
        out.send(session, game_over());
    }
    roster_dirty_ = true;
}

std::vector<std::uint8_t> Room::result_blob(const RoundResult& result) const {
    proto::Writer w;
    proto::Out out(w);
    const proto::RoundResults shared = public_results(result);
    proto::io(out, shared);
    out.list(result.firms, proto::kMaxFirms);
    return w.take();
}

} // namespace hr::server
