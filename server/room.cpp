#include "room.hpp"

#include "protocol/utf8.hpp"
#include "secure_random.hpp"

#include <algorithm>

namespace hr::server {

using proto::ErrorCode;
using proto::RoomPhase;
using proto::SeatKind;

namespace {

// A display name or chat line: valid UTF-8 (the decoder checked), no control characters, not
// blank.
bool printable(std::string_view text) {
    bool visible = false;
    for (unsigned char c : text) {
        if (c < 0x20 || c == 0x7f) {
            return false;
        }
        visible = visible || c != ' ';
    }
    return visible;
}

} // namespace

Room::Room(RoomId id, std::string code, proto::RoomSettings settings,
           std::shared_ptr<const Scenario> scenario, Journal& journal)
    : id_(id), code_(std::move(code)), settings_(std::move(settings)),
      scenario_(std::move(scenario)), journal_(journal) {
    state_ = new_game(scenario_, settings_.seed, static_cast<int>(settings_.firms));
    state_.total_rounds = static_cast<int>(settings_.rounds);
    seats_.resize(settings_.firms);
    for (std::size_t i = 0; i < seats_.size(); ++i) {
        seats_[i].firm = static_cast<FirmId>(i);
    }
    decisions_.resize(settings_.firms);
    board_.reset(state_);
}

Room::Room(RoomId id, std::string code, proto::RoomSettings settings,
           std::shared_ptr<const Scenario> scenario, std::array<std::uint8_t, 16> secret_salt,
           Digest secret_hash, Journal& journal, TimeMs now)
    : Room(id, std::move(code), std::move(settings), std::move(scenario), journal) {
    secret_salt_ = secret_salt;
    secret_hash_ = secret_hash;
    journal_.append(RoomCreatedRecord{id_, code_, settings_, secret_salt_, secret_hash_, now});
    for (const Seat& seat : seats_) {
        record_seat(seat);
    }
    record_status(now);
}

std::uint8_t Room::roles_of(SessionId session) const {
    const auto it = members_.find(session);
    return it == members_.end() ? 0 : it->second.roles;
}

std::optional<FirmId> Room::firm_of(SessionId session) const {
    const auto it = members_.find(session);
    return it == members_.end() ? std::nullopt : it->second.firm;
}

bool Room::secret_matches(std::string_view secret) const {
    Sha256 h;
    h.update(secret_salt_);
    h.update(secret);
    return equal_digests(h.finish(), secret_hash_);
}

void Room::record_seat(const Seat& seat) {
    journal_.append(SeatRecord{id_, seat.firm, seat.kind, seat.player, seat.token_hash,
                               seat.taken_over, seat.archetype, seat.difficulty});
}

void Room::record_status(TimeMs now) {
    journal_.append(
        RoomStatusRecord{id_, phase_, state_.round + 1, deadline_, paused_remaining_, now});
}

void Room::error(Outbox& out, SessionId to, ErrorCode code, const proto::Message& about,
                 std::string text, std::vector<ValidationIssue> issues, std::uint32_t ref) const {
    proto::Error e;
    e.code = code;
    e.about = static_cast<std::uint16_t>(proto::type_of(about));
    e.ref = ref;
    e.text = std::move(text);
    e.issues = std::move(issues);
    if (e.issues.size() > proto::kMaxIssues) {
        e.issues.resize(proto::kMaxIssues);
    }
    out.send(to, std::move(e));
}

void Room::add_member(SessionId session, std::uint8_t roles, std::optional<FirmId> firm,
                      std::string name) {
    Member& m = members_[session];
    m.roles |= roles;
    if (firm) {
        m.firm = firm;
    }
    if (!name.empty()) {
        m.name = std::move(name);
    }
    roster_dirty_ = true;
    refresh_facilitators();
}

std::optional<std::size_t> Room::seat_for_newcomer() const {
    for (std::size_t i = 0; i < seats_.size(); ++i) {
        if (seats_[i].kind == SeatKind::Open && !state_.firms[i].bankrupt) {
            return i;
        }
    }
    if (phase_ == RoomPhase::Lobby) {
        return std::nullopt;
    }
    // A latecomer takes a bot's seat (never a human seat whose player may come back).
    for (std::size_t i = 0; i < seats_.size(); ++i) {
        if (seats_[i].kind == SeatKind::Bot && !state_.firms[i].bankrupt) {
            return i;
        }
    }
    return std::nullopt;
}

void Room::enter_as_facilitator(SessionId session, std::string name, TimeMs now, Outbox& out) {
    add_member(session, proto::kRoleFacilitator, std::nullopt,
               name.empty() ? std::string("Facilitator") : std::move(name));
    proto::Joined j;
    j.roles = roles_of(session);
    j.code = code_;
    j.firm = firm_of(session);
    j.scenario = settings_.scenario;
    j.total_rounds = state_.total_rounds;
    j.firms = static_cast<int>(seats_.size());
    j.round_seconds = settings_.round_seconds;
    out.send(session, std::move(j));
    send_welcome_pack(session, now, out);
}

void Room::join(SessionId session, std::string name, TimeMs now, Outbox& out) {
    const proto::Message about = proto::Join{};
    if (firm_of(session)) {
        error(out, session, ErrorCode::WrongState, about, "you already have a seat in this room");
        return;
    }
    if (!printable(name)) {
        error(out, session, ErrorCode::InvalidName, about,
              "a display name needs a visible character and no control characters");
        return;
    }
    if (phase_ == RoomPhase::Finished) {
        error(out, session, ErrorCode::WrongState, about, "this game is over");
        return;
    }
    if (phase_ != RoomPhase::Lobby && !settings_.allow_latecomers) {
        error(out, session, ErrorCode::WrongState, about,
              "the game has started and this room takes no latecomers");
        return;
    }
    const auto index = seat_for_newcomer();
    if (!index) {
        error(out, session, ErrorCode::RoomFull, about, "every seat is taken");
        return;
    }
    Seat& seat = seats_[*index];
    const auto token = secure_random_bytes<proto::kReconnectTokenBytes>();
    seat.kind = SeatKind::Human;
    seat.player = name;
    seat.token_hash = sha256(token);
    seat.session = session;
    seat.ready = false;
    seat.taken_over = false;
    seat.player_history.clear();
    record_seat(seat);
    add_member(session, proto::kRolePlayer, seat.firm, std::move(name));
    mark_status_dirty();
    proto::Joined j;
    j.roles = roles_of(session);
    j.code = code_;
    j.firm = seat.firm;
    j.token = token;
    j.scenario = settings_.scenario;
    j.total_rounds = state_.total_rounds;
    j.firms = static_cast<int>(seats_.size());
    j.round_seconds = settings_.round_seconds;
    out.send(session, std::move(j));
    send_welcome_pack(session, now, out);
}

bool Room::reconnect(SessionId session, const proto::ReconnectToken& token, TimeMs now,
                     Outbox& out) {
    const Digest digest = sha256(token);
    Seat* found = nullptr;
    for (Seat& seat : seats_) {
        if (seat.token_hash && equal_digests(*seat.token_hash, digest)) {
            found = &seat;
        }
    }
    if (found == nullptr) {
        return false;
    }
    if (found->session && *found->session != session) {
        // The old connection is stale (a client restarted before its timeout): the newer wins.
        const SessionId old = *found->session;
        error(out, old, ErrorCode::Kicked, proto::Reconnect{},
              "your seat was taken back by a newer connection");
        Member& m = members_[old];
        m.roles = static_cast<std::uint8_t>(m.roles & ~proto::kRolePlayer);
        m.firm.reset();
        if (m.roles == 0) {
            members_.erase(old);
            out.left_room.push_back(old);
        }
    }
    found->session = session;
    add_member(session, proto::kRolePlayer, found->firm, found->player);
    mark_status_dirty();
    proto::Joined j;
    j.roles = roles_of(session);
    j.code = code_;
    j.firm = found->firm;
    j.scenario = settings_.scenario;
    j.total_rounds = state_.total_rounds;
    j.firms = static_cast<int>(seats_.size());
    j.round_seconds = settings_.round_seconds;
    out.send(session, std::move(j));
    send_welcome_pack(session, now, out);
    return true;
}

void Room::spectate(SessionId session, TimeMs now, Outbox& out) {
    const auto spectators = std::count_if(members_.begin(), members_.end(), [](const auto& m) {
        return (m.second.roles & proto::kRoleSpectator) != 0;
    });
    if (static_cast<std::size_t>(spectators) >= proto::kMaxSpectators) {
        error(out, session, ErrorCode::RoomFull, proto::Spectate{}, "too many spectators");
        return;
    }
    add_member(session, proto::kRoleSpectator, std::nullopt, "");
    proto::Joined j;
    j.roles = roles_of(session);
    j.code = code_;
    j.scenario = settings_.scenario;
    j.total_rounds = state_.total_rounds;
    j.firms = static_cast<int>(seats_.size());
    j.round_seconds = settings_.round_seconds;
    out.send(session, std::move(j));
    send_welcome_pack(session, now, out);
}

void Room::leave(SessionId session, bool connection_lost, Outbox& out) {
    const auto it = members_.find(session);
    if (it == members_.end()) {
        return;
    }
    if (it->second.firm) {
        Seat& seat = seats_[*it->second.firm];
        if (seat.session == session) {
            seat.session.reset();
            seat.ready = false;
            if (!connection_lost && phase_ == RoomPhase::Lobby) {
                // Leaving the lobby on purpose gives the seat up.
                seat.vacate();
                record_seat(seat);
            }
        }
        mark_status_dirty();
    }
    members_.erase(it);
    roster_dirty_ = true;
    refresh_facilitators();
    if (!connection_lost) {
        out.left_room.push_back(session);
    }
}

void Room::handle(SessionId session, const proto::Message& message, TimeMs now, Outbox& out) {
    // Commands only a facilitator sends; Join and Chat, which a facilitator may also send, take
    // the players' path.
    if (proto::message_info(proto::type_of(message)).senders == proto::kFromFacilitator) {
        handle_facilitator(session, message, now, out);
    } else {
        handle_player(session, message, now, out);
    }
}

void Room::handle_player(SessionId session, const proto::Message& message, TimeMs now,
                         Outbox& out) {
    if (const auto* m = std::get_if<proto::Join>(&message)) {
        join(session, m->name, now, out);
    } else if (std::holds_alternative<proto::LeaveRoom>(message)) {
        leave(session, false, out);
    } else if (const auto* m = std::get_if<proto::Ready>(&message)) {
        if (const auto firm = firm_of(session)) {
            seats_[*firm].ready = m->ready;
            roster_dirty_ = true;
        }
    } else if (const auto* m = std::get_if<proto::SubmitDecision>(&message)) {
        submit(session, *m, now, out);
    } else if (const auto* m = std::get_if<proto::ProposeJointAction>(&message)) {
        BoardOp op{BoardOpKind::Propose, 0, m->type, 0, m->max_share};
        board_op(session, message, m->round, op, now, out);
    } else if (const auto* m = std::get_if<proto::JoinJointAction>(&message)) {
        BoardOp op{BoardOpKind::Join, 0, JointActionType::JointPurchasing, m->action, m->max_share};
        board_op(session, message, m->round, op, now, out);
    } else if (const auto* m = std::get_if<proto::LeaveJointAction>(&message)) {
        BoardOp op{BoardOpKind::Leave, 0, JointActionType::JointPurchasing, m->action, 0};
        board_op(session, message, m->round, op, now, out);
    } else if (const auto* m = std::get_if<proto::Chat>(&message)) {
        chat(session, m->text, false, now, out);
    } else if (const auto* m = std::get_if<proto::WhatIfRequest>(&message)) {
        what_if(session, *m, out);
    } else {
        error(out, session, ErrorCode::UnknownType, message, "not a message a client sends");
    }
}

void Room::chat(SessionId session, const std::string& text, bool announcement, TimeMs now,
                Outbox& out) {
    if (!printable(text)) {
        error(out, session, ErrorCode::InvalidText,
              announcement ? proto::Message{proto::Announce{}} : proto::Message{proto::Chat{}},
              "a chat line needs a visible character and no control characters");
        return;
    }
    const Member& m = members_.at(session);
    proto::ChatLine line;
    line.round = phase_ == RoomPhase::Lobby ? 0 : state_.round + 1;
    // The facilitator speaks as the facilitator even while holding a seat (solo play).
    const bool as_facilitator = announcement || (m.roles & proto::kRolePlayer) == 0;
    if (!as_facilitator) {
        line.firm = m.firm;
    }
    line.from = m.name;
    line.announcement = announcement;
    line.text = text;
    journal_.append(ChatRecord{id_, line.round, line.firm, line.from, announcement, text, now});
    recent_chat_.push_back(line);
    if (recent_chat_.size() > proto::kMaxRecentChat) {
        recent_chat_.erase(recent_chat_.begin());
    }
    out.send(everyone(), std::move(line));
}

void Room::send_status(TimeMs now, Outbox& out) {
    // The facilitator follows the submissions live, four updates a second at most (a round's
    // burst of submissions would otherwise cost a reliable datagram and its acknowledgement
    // each); the others get at most one update a second, which keeps a room's traffic flat when
    // everyone submits at once.
    const bool others = status_dirty_ && now - status_sent_at_ >= kStatusIntervalMs;
    const bool facilitators = status_dirty_for_facilitators_ &&
                              now - facilitator_status_sent_at_ >= kFacilitatorStatusIntervalMs;
    if ((!others && !facilitators) ||
        (phase_ != RoomPhase::Running && phase_ != RoomPhase::Paused)) {
        return;
    }
    std::vector<SessionId> to;
    for (const auto& [session, member] : members_) {
        const bool facilitator = (member.roles & proto::kRoleFacilitator) != 0;
        if ((facilitator && facilitators) || (!facilitator && others)) {
            to.push_back(session);
        }
    }
    out.send(std::move(to), submission_status());
    if (facilitators) {
        status_dirty_for_facilitators_ = false;
        facilitator_status_sent_at_ = now;
    }
    if (others) {
        status_dirty_ = false;
        status_sent_at_ = now;
    }
}

void Room::tick(TimeMs now, Outbox& out) {
    if (phase_ == RoomPhase::Running && now >= deadline_) {
        close_round(CloseReason::Deadline, now, out);
    }
    if (snapshot_dirty_) {
        snapshot_dirty_ = false;
        board_dirty_ = false;
        out.send(everyone(), proto::RoomSnapshotMessage{snapshot_for_everyone(now, false)});
    }
    if (roster_dirty_) {
        roster_dirty_ = false;
        out.send(everyone(), roster());
    }
    if (board_dirty_) {
        board_dirty_ = false;
        out.send(everyone(), proto::JointActionBoard{state_.round + 1, board_.view(state_)});
    }
    send_status(now, out);
    // The full view is large: while decisions stream in, the facilitator gets it at most once a
    // second (the submission status is live); any other change goes out at once.
    if (facilitator_dirty_ &&
        (facilitator_urgent_ || now - facilitator_sent_at_ >= kFacilitatorIntervalMs)) {
        facilitator_dirty_ = false;
        facilitator_urgent_ = false;
        facilitator_sent_at_ = now;
        out.send(facilitators(), proto::FacilitatorViewMessage{facilitator_view()});
    }
}

} // namespace hr::server
