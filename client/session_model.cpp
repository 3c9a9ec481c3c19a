#include "session_model.hpp"

#include <algorithm>

namespace hr::client {

namespace {

// Enough for a whole classroom game; older lines scroll away.
constexpr std::size_t kMaxChatLines = 200;

// A firm's record for its round: replaced when the round is already known (a reconnection
// resends the last results), appended otherwise, so that the history stays in round order.
void upsert(std::vector<FirmRecord>& history, const FirmRecord& record) {
    const auto at = std::find_if(history.begin(), history.end(),
                                 [&](const FirmRecord& r) { return r.round >= record.round; });
    if (at != history.end() && at->round == record.round) {
        *at = record;
    } else {
        history.insert(at, record);
    }
}

// A snapshot sent right after RoundResults leaves out what those carry: the firms, the cluster
// and the round's events come from them, the earlier rounds' events from the last snapshot.
proto::RoomSnapshot after_results(const proto::RoomSnapshot& update,
                                  const std::optional<proto::RoomSnapshot>& before,
                                  const std::vector<proto::RoundResults>& results) {
    proto::RoomSnapshot s = update;
    s.after_results = false;
    s.events.clear();
    const proto::RoundResults* last = results.empty() ? nullptr : &results.back();
    if (before) {
        s.firms = before->firms;
        s.cluster = before->cluster;
        for (const proto::RoomEvent& e : before->events) {
            if (!e.pending && (last == nullptr || e.round < last->round)) {
                s.events.push_back(e);
            }
        }
    }
    if (update.board_unchanged) {
        s.board_unchanged = false;
        s.joint_actions = before ? before->joint_actions : std::vector<proto::PublicJointAction>{};
    }
    if (last != nullptr) {
        s.firms = last->firms;
        s.cluster = last->cluster;
        for (const AppliedEvent& e : last->events) {
            s.events.push_back({last->round, e.id, e.kind, e.magnitude, e.injected, false});
        }
    }
    s.events.insert(s.events.end(), update.events.begin(), update.events.end());
    return s;
}

} // namespace

bool SessionModel::is_player() const {
    return joined && (joined->roles & proto::kRolePlayer) != 0 && joined->firm.has_value();
}

bool SessionModel::is_facilitator() const {
    return joined && (joined->roles & proto::kRoleFacilitator) != 0;
}

bool SessionModel::is_spectator() const {
    return joined && (joined->roles & proto::kRoleSpectator) != 0;
}

std::optional<FirmId> SessionModel::own_firm() const {
    return is_player() ? joined->firm : std::nullopt;
}

std::uint32_t SessionModel::remaining_ms(std::chrono::steady_clock::time_point now) const {
    if (!snapshot) {
        return 0;
    }
    if (snapshot->phase == proto::RoomPhase::Paused) {
        return snapshot->remaining_ms;
    }
    if (snapshot->phase != proto::RoomPhase::Running) {
        return 0;
    }
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::milliseconds>(now - snapshot_received).count();
    if (elapsed <= 0) {
        return snapshot->remaining_ms;
    }
    const auto left = static_cast<long long>(snapshot->remaining_ms) - elapsed;
    return left > 0 ? static_cast<std::uint32_t>(left) : 0;
}

void SessionModel::apply(const proto::Message& message, std::chrono::steady_clock::time_point now) {
    ++revision;
    if (const auto* m = std::get_if<proto::Joined>(&message)) {
        if (joined && joined->code != m->code) {
            // Another room: nothing of the old one applies.
            const ConnectionState keep = connection;
            const std::string address = server_address;
            const std::uint64_t counted = revision;
            *this = SessionModel();
            connection = keep;
            server_address = address;
            revision = counted;
        }
        std::optional<proto::ReconnectToken> token = m->token;
        if (!token && joined && joined->firm == m->firm) {
            token = joined->token; // Reconnect answers without the token: it is the one we hold
        }
        joined = *m;
        joined->token = token;
        // Entering resends the recent chat: start the list again rather than repeat it.
        chat.clear();
        connection = ConnectionState::InRoom;
        problem.clear();
    } else if (const auto* m = std::get_if<proto::LobbyRoster>(&message)) {
        roster = *m;
    } else if (const auto* m = std::get_if<proto::RoomSnapshotMessage>(&message)) {
        snapshot =
            m->snapshot.after_results ? after_results(m->snapshot, snapshot, results) : m->snapshot;
        snapshot_received = now;
    } else if (const auto* m = std::get_if<proto::PrivateFirmStateMessage>(&message)) {
        own = m->state;
        if (!m->state.history.empty()) {
            own_history = m->state.history;
        }
        // A reconnecting client must number its next decision above the one the server holds.
        next_seq = std::max(next_seq, m->state.decision_seq + 1);
    } else if (const auto* m = std::get_if<proto::RoundResultsMessage>(&message)) {
        const proto::RoundResults& r = m->results;
        const auto at =
            std::find_if(results.begin(), results.end(),
                         [&](const proto::RoundResults& x) { return x.round >= r.round; });
        if (at != results.end() && at->round == r.round) {
            *at = r;
        } else {
            results.insert(at, r);
        }
        if (r.own) {
            upsert(own_history, r.own->record);
        }
    } else if (const auto* m = std::get_if<proto::FacilitatorViewMessage>(&message)) {
        facilitator = m->view;
    } else if (const auto* m = std::get_if<proto::SubmissionStatus>(&message)) {
        submissions = *m;
    } else if (const auto* m = std::get_if<proto::JointActionBoard>(&message)) {
        board = *m;
    } else if (const auto* m = std::get_if<proto::ChatLine>(&message)) {
        chat.push_back(*m);
        if (chat.size() > kMaxChatLines) {
            chat.erase(chat.begin());
        }
    } else if (const auto* m = std::get_if<proto::GameOver>(&message)) {
        game_over = *m;
    } else if (const auto* m = std::get_if<proto::WhatIfResult>(&message)) {
        what_if = *m;
    } else if (const auto* m = std::get_if<proto::RoomRecord>(&message)) {
        room_record = *m;
        ++room_records;
    } else if (const auto* m = std::get_if<proto::DecisionAck>(&message)) {
        last_ack = *m;
    } else if (const auto* m = std::get_if<proto::Error>(&message)) {
        last_error = *m;
        if (m->code == proto::ErrorCode::Kicked && joined) {
            // The seat is gone: this session keeps only its other roles, if any.
            joined->roles = static_cast<std::uint8_t>(joined->roles & ~proto::kRolePlayer);
            joined->firm.reset();
            joined->token.reset();
            own.reset();
            if (joined->roles == 0) {
                joined.reset();
                connection = ConnectionState::Failed;
            }
        }
    } else if (const auto* m = std::get_if<proto::Refusal>(&message)) {
        connection = ConnectionState::Failed;
        problem = m->text;
    }
}

} // namespace hr::client
