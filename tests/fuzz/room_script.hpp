#pragma once
// The input format of fuzz_room_message, shared with the program that writes its seed corpus.
//
// Two setup bytes, then steps until the bytes run out:
//   setup[0]: the scenario (index into kScenarios);
//   setup[1]: room options (kStartAtOnce, kDefaultDecisions, kNoLatecomers, kNoBots);
//   step:     one op byte, whose low 3 bits name the session and whose high 5 bits the kind:
//     kinds 0..23   a message: type id (u8), payload length (u16, little-endian), payload;
//                   the harness frames it, so that mutations reach the fields, not the header
//     kinds 24..27  the clock moves (u8) * 100 ms
//     kinds 28..29  the clock moves (u8) * 10 s
//     kind  30      the session's connection drops and a new one says Hello
//     kind  31      the session's connection drops
// A join code of exactly kCodePlaceholder stands for the room's code, and a reconnect token of
// fifteen zero bytes and a last byte n for the token of the n-th seat handed out (modulo).
#include <array>
#include <cstdint>
#include <string_view>

namespace hr::fuzz {

// The sessions a step may name (op & 7).
enum Slot : std::uint8_t {
    kFacilitator = 0, // created the room
    kPlayerA = 1,     // players 1-4 joined before the first step
    kPlayerB = 2,
    kPlayerC = 3,
    kPlayerD = 4,
    kSpectator = 5,
    kStranger = 6, // welcomed, in no room
    kNewPeer = 7,  // connected, no Hello yet
};
inline constexpr std::size_t kSlots = 8;
inline constexpr std::uint32_t kFirms = 4;
inline constexpr std::uint32_t kRounds = 3;
inline constexpr std::uint32_t kRoundSeconds = 60;

inline constexpr std::array<std::string_view, 3> kScenarios{"tutorial", "sinos-valley", "brenta"};

enum Option : std::uint8_t {
    kStartAtOnce = 1,
    kDefaultDecisions = 2,
    kNoLatecomers = 4,
    kNoBots = 8,
};

inline constexpr std::uint8_t kMessageKinds = 24;
inline constexpr std::uint8_t kTenthsKind = 24;
inline constexpr std::uint8_t kTensKind = 28;
inline constexpr std::uint8_t kReconnectKind = 30;
inline constexpr std::uint8_t kDropKind = 31;

inline constexpr std::string_view kCodePlaceholder = "@";
inline constexpr std::string_view kSecret = "fuzz-secret";

constexpr std::uint8_t op(Slot slot, std::uint8_t kind) {
    return static_cast<std::uint8_t>((kind << 3) | slot);
}

} // namespace hr::fuzz
