#pragma once
// What a facilitator chooses when creating a room, and the small enumerations that describe a
// room and its seats on the wire.
#include "core/archetype.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace hr::proto {

// What plays a human seat while nobody sits in it (the player dropped out, or never came).
enum class EmptySeatPolicy : std::uint8_t { ProxyBot, DefaultDecision };
constexpr std::size_t kEmptySeatPolicies = 2;

enum class RoomPhase : std::uint8_t { Lobby, Running, Paused, Finished };
constexpr std::size_t kRoomPhases = 4;

// Who a seat belongs to. A human seat may be taken over by a bot on the facilitator's order.
enum class SeatKind : std::uint8_t { Open, Human, Bot };
constexpr std::size_t kSeatKinds = 3;

// Who made a firm's decision in a round: marked in the results so that the debrief is honest.
enum class DecisionSource : std::uint8_t { Player, Bot, ProxyBot, Default };
constexpr std::size_t kDecisionSources = 4;

// The roles a session holds in its room (bits: solo play holds Player and Facilitator).
enum RoleBits : std::uint8_t { kRolePlayer = 1, kRoleSpectator = 2, kRoleFacilitator = 4 };

struct BotShare {
    Archetype archetype = Archetype::Adaptive;
    std::uint32_t weight = 1;
    friend bool operator==(const BotShare&, const BotShare&) = default;
};

struct RoomSettings {
    std::string scenario = "tutorial";
    std::uint32_t rounds = 0; // 0: the scenario's number of rounds
    std::uint32_t round_seconds = 180;
    std::uint64_t seed = 1;
    std::uint32_t firms = 0;       // 0: the scenario's default
    bool fill_with_bots = true;    // bots take the seats still empty at Start
    std::vector<BotShare> bot_mix; // empty: every archetype in turn
    Difficulty difficulty = Difficulty::Normal;
    EmptySeatPolicy empty_seats = EmptySeatPolicy::ProxyBot;
    bool allow_latecomers = true; // a latecomer may take a bot's seat during the game
    friend bool operator==(const RoomSettings&, const RoomSettings&) = default;
};

} // namespace hr::proto
