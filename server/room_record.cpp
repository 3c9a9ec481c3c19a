// The room's game as stored, for the facilitator console's export (docs/EXPORT.md): the
// settings it was created with, its seats and what went into the core each round. The console
// replays it and writes the same files as `highroad-server export`.
#include "protocol/message_codec.hpp"
#include "room.hpp"

namespace hr::server {

using proto::RoomPhase;

void Room::send_record(SessionId session, const proto::Message& request, Outbox& out) const {
    proto::RoomRecord r;
    r.code = code_;
    r.settings = settings_;
    r.phase = phase_;
    for (const Seat& seat : seats_) {
        r.seats.push_back(
            {seat.kind, seat.player, seat.taken_over, seat.archetype, seat.difficulty});
    }
    for (std::size_t i = 0; i < played_.size(); ++i) {
        r.rounds.push_back(
            {played_[i].decisions,
             i < played_sources_.size() ? played_sources_[i] : std::vector<proto::DecisionSource>(),
             played_[i].facilitator});
    }
    r.state_hash = state_hash(state_);
    if (phase_ == RoomPhase::Running || phase_ == RoomPhase::Paused) {
        r.pending_events = pending_.inject_events;
        r.pending_policy = pending_.policy;
    }
    // A client refuses a server message above the cap: say so rather than send what cannot arrive.
    const std::size_t size = proto::encode(proto::Message{r}).size();
    if (size > proto::kMaxServerPayload) {
        error(out, session, proto::ErrorCode::TooLarge, request,
              "this game's record is " + std::to_string(size / 1024) +
                  " KB, more than a message may carry: export it with highroad-server export");
        return;
    }
    out.send(session, std::move(r));
}

} // namespace hr::server
