// The facilitator's commands to a room. The directory has checked that the sender is the
// room's facilitator and that the room's phase allows the command (message_catalog).
#include "logger.hpp"
#include "room.hpp"

#include <algorithm>

namespace hr::server {

using proto::ErrorCode;
using proto::RoomPhase;
using proto::SeatKind;

void Room::handle_facilitator(SessionId session, const proto::Message& message, TimeMs now,
                              Outbox& out) {
    const auto seat_of = [&](FirmId firm) -> Seat* {
        if (firm >= seats_.size()) {
            error(out, session, ErrorCode::UnknownSeat, message,
                  "no firm " + std::to_string(firm) + " in this room");
            return nullptr;
        }
        return &seats_[firm];
    };
    if (std::holds_alternative<proto::Start>(message)) {
        start(now, out);
    } else if (std::holds_alternative<proto::Pause>(message)) {
        pause(now);
    } else if (std::holds_alternative<proto::Resume>(message)) {
        resume(now);
        if (all_submitted()) {
            close_round(CloseReason::AllSubmitted, now, out);
        }
    } else if (const auto* m = std::get_if<proto::Extend>(&message)) {
        extend(m->seconds, now);
    } else if (std::holds_alternative<proto::CloseRound>(message)) {
        close_round(CloseReason::Facilitator, now, out);
    } else if (const auto* m = std::get_if<proto::Kick>(&message)) {
        Seat* seat = seat_of(m->firm);
        if (seat == nullptr) {
            return;
        }
        if (seat->kind != SeatKind::Human) {
            error(out, session, ErrorCode::UnknownSeat, message, "no player sits there");
            return;
        }
        if (seat->session) {
            const SessionId player = *seat->session;
            error(out, player, ErrorCode::Kicked, message, "the facilitator removed you");
            Member& member = members_.at(player);
            member.roles = static_cast<std::uint8_t>(member.roles & ~proto::kRolePlayer);
            member.firm.reset();
            if (member.roles == 0) {
                members_.erase(player);
                out.left_room.push_back(player);
            }
        }
        log().info("room " + code_ + ": " + seat->player + " kicked");
        seat->vacate();
        record_seat(*seat);
        roster_dirty_ = true;
        refresh_facilitators();
        mark_status_dirty();
    } else if (const auto* m = std::get_if<proto::AddBot>(&message)) {
        const auto open = std::find_if(seats_.begin(), seats_.end(),
                                       [](const Seat& s) { return s.kind == SeatKind::Open; });
        if (open == seats_.end()) {
            error(out, session, ErrorCode::RoomFull, message, "no empty seat for a bot");
            return;
        }
        open->kind = SeatKind::Bot;
        open->archetype = m->archetype;
        open->difficulty = m->difficulty;
        record_seat(*open);
        roster_dirty_ = true;
    } else if (const auto* m = std::get_if<proto::RemoveBot>(&message)) {
        Seat* seat = seat_of(m->firm);
        if (seat == nullptr) {
            return;
        }
        if (seat->kind != SeatKind::Bot) {
            error(out, session, ErrorCode::UnknownSeat, message, "no bot sits there");
            return;
        }
        seat->vacate();
        record_seat(*seat);
        roster_dirty_ = true;
    } else if (const auto* m = std::get_if<proto::SeatToBot>(&message)) {
        Seat* seat = seat_of(m->firm);
        if (seat == nullptr) {
            return;
        }
        if (seat->kind != SeatKind::Human) {
            error(out, session, ErrorCode::UnknownSeat, message,
                  "only a player's seat can be handed to a bot");
            return;
        }
        seat->taken_over = true;
        seat->archetype = m->archetype;
        seat->difficulty = m->difficulty;
        record_seat(*seat);
        if (phase_ != RoomPhase::Lobby && !decisions_[seat->firm] &&
            !state_.firms[seat->firm].bankrupt) {
            bot_decides(seat->firm, now);
        }
        roster_dirty_ = true;
        refresh_facilitators();
        if (phase_ == RoomPhase::Running && all_submitted()) {
            close_round(CloseReason::AllSubmitted, now, out);
        }
    } else if (const auto* m = std::get_if<proto::SeatToHuman>(&message)) {
        Seat* seat = seat_of(m->firm);
        if (seat == nullptr) {
            return;
        }
        if (seat->kind != SeatKind::Human || !seat->taken_over) {
            error(out, session, ErrorCode::UnknownSeat, message,
                  "this seat was not handed to a bot");
            return;
        }
        seat->taken_over = false;
        record_seat(*seat);
        roster_dirty_ = true;
        refresh_facilitators();
    } else if (const auto* m = std::get_if<proto::SetPolicy>(&message)) {
        FacilitatorActions check;
        check.policy = m->policy;
        auto issues = validate(state_, check);
        if (!issues.empty()) {
            error(out, session, ErrorCode::InvalidPolicy, message, "the policy breaks the rules",
                  std::move(issues));
            return;
        }
        pending_.policy = m->policy;
        journal_.append(PolicyRecord{id_, state_.round + 1, m->policy, now});
        snapshot_dirty_ = true;
        refresh_facilitators();
    } else if (const auto* m = std::get_if<proto::InjectEvent>(&message)) {
        FacilitatorActions check;
        check.inject_events = {m->event};
        if (!validate(state_, check).empty()) {
            error(out, session, ErrorCode::UnknownEvent, message,
                  "\"" + m->event + "\" is not an injectable event of this scenario");
            return;
        }
        const auto& pending = pending_.inject_events;
        if (std::find(pending.begin(), pending.end(), m->event) != pending.end()) {
            error(out, session, ErrorCode::WrongState, message,
                  "this event is already injected for this round");
            return;
        }
        pending_.inject_events.push_back(m->event);
        journal_.append(EventRecord{id_, state_.round + 1, m->event, now});
        snapshot_dirty_ = true;
        refresh_facilitators();
    } else if (const auto* m = std::get_if<proto::Announce>(&message)) {
        chat(session, m->text, true, now, out);
    } else if (std::holds_alternative<proto::EndGame>(message)) {
        finish(proto::GameEnd::EndedByFacilitator, now, false, out);
    } else if (const auto* m = std::get_if<proto::SetRoomOptions>(&message)) {
        settings_.empty_seats = m->empty_seats;
        settings_.allow_latecomers = m->allow_latecomers;
        journal_.append(RoomSettingsRecord{id_, settings_, now});
        roster_dirty_ = true;
    } else if (std::holds_alternative<proto::ExportRequest>(message)) {
        send_record(session, message, out);
    } else {
        error(out, session, ErrorCode::UnknownType, message, "not a facilitator command");
    }
}

} // namespace hr::server
