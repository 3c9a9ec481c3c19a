#pragma once
// The decisions the swarm's seats will send, worked out before any connection opens so that
// the measured run spends no time on game logic. Every seat is a bot (hr::decide); the room's
// game is played ahead on the same deterministic core as the server, so the server, given exactly
// these decisions, must reach the same final state: its GameOver hash is checked against ours.
#include "core/scenario.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace hr::swarm {

struct RoomPlan {
    std::uint64_t seed = 0;
    // frames[round - 1][firm]: the encoded SubmitDecision (sequence number = round); empty for a
    // bankrupt firm, which submits nothing.
    std::vector<std::vector<std::vector<std::uint8_t>>> frames;
    std::uint64_t final_hash = 0; // state_hash after the last round

    std::uint64_t decisions() const; // the frames that are not empty
};

// Reads <dir>/<id>.json; throws std::runtime_error naming the file and the first problem.
std::shared_ptr<const Scenario> load_scenario(const std::filesystem::path& dir,
                                              const std::string& id);

// Bots of every archetype in turn (normal difficulty) play `rounds` rounds of a `firms`-firm
// game. Joint actions are left out: the server turns them into board operations whose merge is
// its own business, and the plan must match the server's resolution exactly.
RoomPlan plan_room(const std::shared_ptr<const Scenario>& scenario, std::uint64_t seed, int firms,
                   int rounds);

// The plans of rooms 0..rooms-1 (room r uses seed + r), on `threads` threads.
std::vector<RoomPlan> plan_rooms(const std::shared_ptr<const Scenario>& scenario,
                                 std::uint64_t seed, int rooms, int firms, int rounds,
                                 unsigned threads);

} // namespace hr::swarm
