#pragma once
// The full record of a game from its inputs as the server's journal keeps them: the starting
// point (scenario, seed, firms) and, for each resolved round, exactly what went into
// resolve_round. The deterministic core replays them; every state is checked against the hash
// the server stored, and the public results are built the way the server built them.
#include "debrief/game_record.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hr::debrief {

struct LoggedRound {
    int round = 0;
    std::vector<Decision> decisions; // indexed by FirmId, as resolved
    std::vector<proto::DecisionSource> sources;
    FacilitatorActions facilitator;
    std::optional<std::uint64_t> state_hash; // as stored: the replay must give the same
};

struct GameLog {
    std::string room_code;
    std::shared_ptr<const Scenario> scenario;
    std::uint64_t seed = 0;
    int firms = 0;
    int total_rounds = 0;
    proto::RoomPhase phase = proto::RoomPhase::Running;
    std::vector<SeatInfo> seats;     // indexed by FirmId
    std::vector<LoggedRound> rounds; // resolved, in order
    // What the facilitator set during the open round (a running room).
    std::vector<std::string> pending_events;
    std::optional<PolicySettings> pending_policy;
};

// The log of a room's record as the server sends it to the facilitator (proto::RoomRecord), with
// the scenario of its settings. Only the state after the last round has a hash to check.
GameLog game_log(const proto::RoomRecord& record, std::shared_ptr<const Scenario> scenario);

// Replays the log. A round out of sequence stops the replay there; a state that differs from
// the stored hash is kept and noted. Both go to GameRecord::problems.
GameRecord replay_game(const GameLog& log);

} // namespace hr::debrief
