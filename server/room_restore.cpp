// Bringing a room back after a restart: the resolved rounds are replayed through the
// deterministic core from their stored inputs and checked against their stored state hashes;
// the open round gets back its acknowledged decisions, its board and its deadline.
#include "room.hpp"
#include "what_if_record.hpp"

#include <algorithm>

namespace hr::server {

using proto::RoomPhase;

std::unique_ptr<Room> Room::restore(const StoredRoom& stored,
                                    std::shared_ptr<const Scenario> scenario, Journal& journal,
                                    TimeMs now, TimeMs grace_ms,
                                    std::vector<std::string>& problems) {
    // The settings as created fix the game (seed, firms, rounds); later options only change how
    // seats are played.
    proto::RoomSettings settings = stored.created.settings;
    settings.empty_seats = stored.settings.empty_seats;
    settings.allow_latecomers = stored.settings.allow_latecomers;
    std::unique_ptr<Room> room(
        new Room(stored.created.room, stored.created.code, settings, std::move(scenario), journal));
    room->secret_salt_ = stored.created.secret_salt;
    room->secret_hash_ = stored.created.secret_hash;
    for (const SeatRecord& s : stored.seats) {
        if (s.firm >= room->seats_.size()) {
            problems.push_back("a seat for firm " + std::to_string(s.firm) + " out of range");
            continue;
        }
        Seat& seat = room->seats_[s.firm];
        seat.kind = s.kind;
        seat.player = s.player;
        seat.token_hash = s.token_hash;
        seat.taken_over = s.taken_over;
        seat.archetype = s.archetype;
        seat.difficulty = s.difficulty;
    }
    GameState& state = room->state_;
    for (const RoundRecord& r : stored.rounds) {
        if (r.round != state.round + 1 || r.decisions.size() != room->seats_.size()) {
            problems.push_back("round " + std::to_string(r.round) + " is out of sequence");
            break;
        }
        const std::vector<std::optional<Decision>> in(r.decisions.begin(), r.decisions.end());
        RoundOutcome outcome = resolve_round(state, in, r.facilitator);
        if (state_hash(outcome.state) != r.state_hash) {
            problems.push_back("round " + std::to_string(r.round) +
                               " replays to a different state than the one stored");
        }
        for (std::size_t i = 0; i < r.sources.size() && i < room->seats_.size(); ++i) {
            if (r.sources[i] == proto::DecisionSource::Player) {
                auto& history = room->seats_[i].player_history;
                history.push_back(r.decisions[i]);
                if (history.size() > kProxyMemory) {
                    history.erase(history.begin());
                }
            }
        }
        state = std::move(outcome.state);
        for (const AppliedEvent& e : outcome.result.events) {
            room->events_.push_back({r.round, e.id, e.kind, e.magnitude, e.injected, false});
        }
        room->last_result_ = std::move(outcome.result);
        room->last_sources_ = r.sources;
        room->played_.push_back(recorded_round(r, stored.seats));
        room->played_sources_.push_back(r.sources);
    }
    room->phase_ = stored.status.phase;
    const int open = state.round + 1;
    room->board_.reset(state);
    if (room->phase_ == RoomPhase::Running || room->phase_ == RoomPhase::Paused) {
        if (stored.status.round != open) {
            problems.push_back("the open round was " + std::to_string(stored.status.round) +
                               " but the stored rounds lead to round " + std::to_string(open));
        }
        for (const BoardOpRecord& op : stored.open_board_ops) {
            if (op.round != open) {
                continue;
            }
            if (const auto why = room->board_.check(state, op.op)) {
                problems.push_back("a joint-action change no longer applies: " + *why);
                continue;
            }
            room->board_.apply(state, op.op);
        }
        for (const DecisionRecord& d : stored.open_decisions) {
            if (d.round == open && d.firm < room->decisions_.size()) {
                room->decisions_[d.firm] = Stored{d.decision, d.seq, d.source};
            }
        }
        room->deadline_ = std::max(stored.status.deadline, now + grace_ms);
        room->paused_remaining_ = stored.status.paused_remaining;
    } else if (room->phase_ == RoomPhase::Finished) {
        // Kept for its debrief until it has been over for as long as a finished room is kept.
        room->finished_at_ = stored.status.at;
        room->end_ =
            state.finished() ? proto::GameEnd::Completed : proto::GameEnd::EndedByFacilitator;
    }
    for (const EventRecord& e : stored.open_events) {
        if (e.round == open) {
            room->pending_.inject_events.push_back(e.event);
        }
    }
    if (stored.open_policy && stored.open_policy->round == open) {
        room->pending_.policy = stored.open_policy->policy;
    }
    for (const ChatRecord& c : stored.recent_chat) {
        room->recent_chat_.push_back({c.round, c.firm, c.sender, c.announcement, c.text});
    }
    return room;
}

} // namespace hr::server
