#include "protocol/message_catalog.hpp"

#include <array>
#include <stdexcept>

namespace hr::proto {
namespace {

using enum MessageType;
constexpr auto C = Channel::Control;
constexpr auto G = Channel::Game;
constexpr auto T = Channel::Chat;
constexpr std::uint8_t kInRoom = kFromPlayer | kFromSpectator | kFromFacilitator;
constexpr std::uint8_t kFac = kFromFacilitator;
constexpr std::uint8_t kRunningOrPaused = kPhaseRunning | kPhasePaused;

// Every message is reliable: each one changes what a client shows, and a lost one would leave a
// screen stale until the next change.
constexpr std::array kCatalog{
    MessageInfo{Hello, "Hello", C, true, kFromNewPeer, kPhaseHandshake,
                "protocol version and client name; the first message of every connection"},
    MessageInfo{Welcome, "Welcome", C, true, kFromServer, kPhaseHandshake,
                "the server speaks the client's protocol version"},
    MessageInfo{Refusal, "Refusal", C, true, kFromServer, kPhaseAny,
                "the server does not speak the client's version, or is shutting down; then "
                "disconnects"},
    MessageInfo{CreateRoom, "CreateRoom", C, true, kFromGuest, kPhaseNoRoom,
                "room settings and facilitator secret; the sender becomes its facilitator"},
    MessageInfo{AttachFacilitator, "AttachFacilitator", C, true, kFromGuest, kPhaseNoRoom,
                "join code and facilitator secret: take the facilitator's place again"},
    MessageInfo{Join, "Join", C, true, kFromGuest | kFac, kPhaseNoRoom | kPhaseInRoom,
                "join code and display name: take a seat (a facilitator may also take one)"},
    MessageInfo{Reconnect, "Reconnect", C, true, kFromGuest, kPhaseNoRoom,
                "join code and reconnect token: take the same seat back"},
    MessageInfo{Spectate, "Spectate", C, true, kFromGuest, kPhaseNoRoom,
                "join code: watch the public picture (a projector)"},
    MessageInfo{LeaveRoom, "LeaveRoom", C, true, kInRoom, kPhaseInRoom,
                "leave the room; a player's seat becomes empty"},
    MessageInfo{Start, "Start", C, true, kFac, kPhaseLobby,
                "bots fill the empty seats and round 1 opens"},
    MessageInfo{Pause, "Pause", C, true, kFac, kPhaseRunning, "stop the round's clock"},
    MessageInfo{Resume, "Resume", C, true, kFac, kPhasePaused, "restart the round's clock"},
    MessageInfo{Extend, "Extend", C, true, kFac, kRunningOrPaused,
                "add seconds to the round's deadline"},
    MessageInfo{CloseRound, "CloseRound", C, true, kFac, kRunningOrPaused,
                "close the round now and resolve it"},
    MessageInfo{Kick, "Kick", C, true, kFac, kPhaseInRoom,
                "remove the player of a seat; the seat becomes empty"},
    MessageInfo{AddBot, "AddBot", C, true, kFac, kPhaseLobby,
                "a bot (archetype, difficulty) takes the first empty seat"},
    MessageInfo{RemoveBot, "RemoveBot", C, true, kFac, kPhaseLobby, "a bot's seat becomes empty"},
    MessageInfo{SeatToBot, "SeatToBot", C, true, kFac, kPhaseLobby | kRunningOrPaused,
                "a bot plays this seat from the next decision on; its player watches"},
    MessageInfo{SeatToHuman, "SeatToHuman", C, true, kFac, kPhaseLobby | kRunningOrPaused,
                "hand a seat taken over by a bot back to its player"},
    MessageInfo{SetPolicy, "SetPolicy", C, true, kFac, kPhaseLobby | kRunningOrPaused,
                "new policy levers, effective at the next resolution"},
    MessageInfo{InjectEvent, "InjectEvent", C, true, kFac, kRunningOrPaused,
                "an injectable scenario event, applied at the next resolution"},
    MessageInfo{Announce, "Announce", T, true, kFac, kPhaseInRoom,
                "a facilitator announcement to the whole room"},
    MessageInfo{EndGame, "EndGame", C, true, kFac, kPhaseLobby | kRunningOrPaused,
                "end the game now: final scores over the rounds played"},
    MessageInfo{SetRoomOptions, "SetRoomOptions", C, true, kFac, kPhaseLobby | kRunningOrPaused,
                "what plays an empty seat, whether latecomers may take a bot's seat"},
    MessageInfo{Ready, "Ready", C, true, kFromPlayer, kPhaseLobby, "the player's ready flag"},
    MessageInfo{SubmitDecision, "SubmitDecision", G, true, kFromPlayer, kRunningOrPaused,
                "the firm's decision for round R with a rising sequence number (also while "
                "paused: the clock stops, not the work)"},
    MessageInfo{ProposeJointAction, "ProposeJointAction", G, true, kFromPlayer, kRunningOrPaused,
                "propose a joint action this round, with the most the firm will pay"},
    MessageInfo{JoinJointAction, "JoinJointAction", G, true, kFromPlayer, kRunningOrPaused,
                "join a proposed or active joint action"},
    MessageInfo{LeaveJointAction, "LeaveJointAction", G, true, kFromPlayer, kRunningOrPaused,
                "leave a joint action"},
    MessageInfo{Chat, "Chat", T, true, kFromPlayer | kFac, kPhaseInRoom, "a chat line to the room"},
    MessageInfo{WhatIfRequest, "WhatIfRequest", G, true, kFromPlayer | kFac,
                kPhaseInGame | kPhaseFinished,
                "replay the game from a past round with bots in chosen seats (players: once the "
                "game is over)"},
    MessageInfo{ExportRequest, "ExportRequest", G, true, kFac, kPhaseInRoom,
                "the room's game as stored, for the console's export (answered with RoomRecord)"},
    MessageInfo{RoomCreated, "RoomCreated", C, true, kFromServer, kPhaseLobby,
                "the new room's join code, to its facilitator"},
    MessageInfo{Joined, "Joined", C, true, kFromServer, kPhaseInRoom,
                "role, seat and reconnect token after Join, Reconnect, Spectate or Attach"},
    MessageInfo{LobbyRoster, "LobbyRoster", C, true, kFromServer, kPhaseInRoom,
                "seats with names, bots, connection and ready flags"},
    MessageInfo{RoomSnapshot, "RoomSnapshot", G, true, kFromServer, kPhaseInRoom,
                "the public cluster picture: round, clock, firms' public indicators, joint "
                "actions, events, policy"},
    MessageInfo{PrivateFirmState, "PrivateFirmState", G, true, kFromServer, kPhaseInRoom,
                "the receiver's own firm: cash, capabilities, offers, contracts, its decision"},
    MessageInfo{RoundResults, "RoundResults", G, true, kFromServer, kPhaseInRoom,
                "a resolved round: the receiver's own firm result and the public cluster part"},
    MessageInfo{FacilitatorView, "FacilitatorView", G, true, kFromServer, kPhaseInRoom,
                "every firm's private state, decisions and results, to the facilitator only"},
    MessageInfo{SubmissionStatus, "SubmissionStatus", G, true, kFromServer, kPhaseInGame,
                "which seats have submitted for the open round"},
    MessageInfo{ChatLine, "ChatLine", T, true, kFromServer, kPhaseInRoom,
                "a chat line or announcement, with sender and round"},
    MessageInfo{Error, "Error", C, true, kFromServer, kPhaseAny,
                "a refused message: code, the refused type, text, and a decision's issues; sent "
                "on the refused message's channel"},
    MessageInfo{DecisionAck, "DecisionAck", G, true, kFromServer, kPhaseRunning,
                "the decision (round, sequence) is stored and counts"},
    MessageInfo{JointActionBoard, "JointActionBoard", G, true, kFromServer, kPhaseInGame,
                "the joint actions proposed, joined and active this round"},
    MessageInfo{GameOver, "GameOver", G, true, kFromServer, kPhaseFinished,
                "final scores and every firm's path, for the debrief"},
    MessageInfo{WhatIfResult, "WhatIfResult", G, true, kFromServer, kPhaseInGame | kPhaseFinished,
                "the original and the what-if replay, round by round, to the one who asked"},
    MessageInfo{RoomRecord, "RoomRecord", G, true, kFromServer, kPhaseInRoom,
                "the room's settings, seats and every resolved round as it went into the core, "
                "to the facilitator who asked"},
};

} // namespace

std::span<const MessageInfo> message_catalog() {
    return kCatalog;
}

const MessageInfo* message_info(std::uint16_t type) {
    for (const auto& info : kCatalog) {
        if (static_cast<std::uint16_t>(info.type) == type) {
            return &info;
        }
    }
    return nullptr;
}

const MessageInfo& message_info(MessageType type) {
    const MessageInfo* info = message_info(static_cast<std::uint16_t>(type));
    if (info == nullptr) {
        throw std::out_of_range("message type missing from the catalog");
    }
    return *info;
}

} // namespace hr::proto
