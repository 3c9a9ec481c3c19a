#pragma once
// The input of a what-if replay (core/what_if.hpp) from what the server stores about a room: the
// settings it was created with (seed, firms, rounds), its seats and its resolved rounds. Used by
// the room for WhatIfRequest and by the report, which reads the same records from the database.
#include "core/what_if.hpp"
#include "room.hpp"

#include <memory>
#include <vector>

namespace hr::server {

// One resolved round; a decision that came from a bot keeps that seat's bot (the archetype and
// difficulty of its seat record).
RecordedRound recorded_round(const RoundRecord& round, const std::vector<SeatRecord>& seats);

// `created` is the room's settings as created (later options do not change the game).
RecordedGame recorded_game(const proto::RoomSettings& created, const std::vector<SeatRecord>& seats,
                           const std::vector<RoundRecord>& rounds,
                           std::shared_ptr<const Scenario> scenario);

RecordedGame recorded_game(const StoredRoom& stored, std::shared_ptr<const Scenario> scenario);

} // namespace hr::server
