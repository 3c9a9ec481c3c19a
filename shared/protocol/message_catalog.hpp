#pragma once
// Every message type with its wire id, ENet channel, reliability, who may send it and in which
// state of the sender's room. The server checks incoming messages against this table, and
// docs/PROTOCOL.md lists the same facts for people.
#include <cstdint>
#include <span>
#include <string_view>

namespace hr::proto {

enum class MessageType : std::uint16_t {
    // Handshake
    Hello = 1,
    Welcome = 2,
    Refusal = 3,
    // Entering and leaving a room
    CreateRoom = 10,
    AttachFacilitator = 11,
    Join = 12,
    Reconnect = 13,
    Spectate = 14,
    LeaveRoom = 15,
    // Facilitator commands
    Start = 20,
    Pause = 21,
    Resume = 22,
    Extend = 23,
    CloseRound = 24,
    Kick = 25,
    AddBot = 26,
    RemoveBot = 27,
    SeatToBot = 28,
    SeatToHuman = 29,
    SetPolicy = 30,
    InjectEvent = 31,
    Announce = 32,
    EndGame = 33,
    SetRoomOptions = 34,
    // Player messages
    Ready = 40,
    SubmitDecision = 41,
    ProposeJointAction = 42,
    JoinJointAction = 43,
    LeaveJointAction = 44,
    Chat = 45,
    // What-if replays, from a player or the facilitator
    WhatIfRequest = 46,
    // The room's stored game, for the facilitator's export
    ExportRequest = 47,
    // Server to client
    RoomCreated = 60,
    Joined = 61,
    LobbyRoster = 62,
    RoomSnapshot = 63,
    PrivateFirmState = 64,
    RoundResults = 65,
    FacilitatorView = 66,
    SubmissionStatus = 67,
    ChatLine = 68,
    Error = 69,
    DecisionAck = 70,
    JointActionBoard = 71,
    GameOver = 72,
    WhatIfResult = 73,
    RoomRecord = 74,
};

// ENet delivers in order only within a channel, so everything about the game itself (commands,
// decisions, acknowledgements, results) shares one channel and chat, which may lag, has its own.
enum class Channel : std::uint8_t { Control = 0, Game = 1, Chat = 2 };
inline constexpr std::size_t kChannelCount = 3;

// Who sends a message. A session is a Guest after the handshake until it enters a room; inside a
// room it holds one or more of Player, Spectator and Facilitator (solo play: player and
// facilitator on one connection).
enum Sender : std::uint8_t {
    kFromServer = 1 << 0,
    kFromNewPeer = 1 << 1, // before the handshake
    kFromGuest = 1 << 2,
    kFromPlayer = 1 << 3,
    kFromSpectator = 1 << 4,
    kFromFacilitator = 1 << 5,
};

// The state of the sender's session and room in which a client message is accepted.
enum Phase : std::uint8_t {
    kPhaseHandshake = 1 << 0, // connected, no Hello yet
    kPhaseNoRoom = 1 << 1,    // welcomed, in no room
    kPhaseLobby = 1 << 2,
    kPhaseRunning = 1 << 3, // a round's decision phase is open
    kPhasePaused = 1 << 4,
    kPhaseFinished = 1 << 5,
    kPhaseInRoom = kPhaseLobby | kPhaseRunning | kPhasePaused | kPhaseFinished,
    kPhaseInGame = kPhaseRunning | kPhasePaused,
    kPhaseAny = 0x3f,
};

struct MessageInfo {
    MessageType type;
    std::string_view name;
    Channel channel;
    bool reliable;
    std::uint8_t senders; // Sender bits
    std::uint8_t phases;  // Phase bits (for server messages: when it is sent)
    std::string_view summary;
};

std::span<const MessageInfo> message_catalog();
// nullptr for an id that is not a message type.
const MessageInfo* message_info(std::uint16_t type);
const MessageInfo& message_info(MessageType type);

} // namespace hr::proto
