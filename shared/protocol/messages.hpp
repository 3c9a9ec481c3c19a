#pragma once
// Every message of the protocol as a plain struct, and the variant that holds any of them. The
// wire id, channel and permissions of each are in message_catalog.hpp; encode/decode in
// message_codec.hpp.
#include "core/decision.hpp"
#include "core/rules.hpp"
#include "core/what_if.hpp"
#include "protocol/limits.hpp"
#include "protocol/message_catalog.hpp"
#include "protocol/room_settings.hpp"
#include "protocol/views.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace hr::proto {

using ReconnectToken = std::array<std::uint8_t, kReconnectTokenBytes>;

// ---- Handshake -------------------------------------------------------------------------------

struct Hello {
    static constexpr MessageType kType = MessageType::Hello;
    std::uint16_t version = kProtocolVersion;
    std::string client; // "highroad 0.1", for logs
};

struct Welcome {
    static constexpr MessageType kType = MessageType::Welcome;
    std::uint16_t version = kProtocolVersion;
    std::string server;
};

// Why the server ends a connection: the client speaks another protocol version, or the server
// is stopping (its rooms are stored and come back when it starts again).
enum class RefusalReason : std::uint8_t { VersionMismatch, ShuttingDown };
constexpr std::size_t kRefusalReasons = 2;

struct Refusal {
    static constexpr MessageType kType = MessageType::Refusal;
    RefusalReason reason = RefusalReason::VersionMismatch;
    std::uint16_t server_version = kProtocolVersion;
    std::string text;
};

// ---- Entering a room -------------------------------------------------------------------------

struct CreateRoom {
    static constexpr MessageType kType = MessageType::CreateRoom;
    RoomSettings settings;
    std::string secret; // the facilitator's; only its hash is stored
    std::string name;   // the facilitator's display name
};

struct AttachFacilitator {
    static constexpr MessageType kType = MessageType::AttachFacilitator;
    std::string code;
    std::string secret;
};

struct Join {
    static constexpr MessageType kType = MessageType::Join;
    std::string code;
    std::string name;
};

struct Reconnect {
    static constexpr MessageType kType = MessageType::Reconnect;
    std::string code;
    ReconnectToken token{};
};

struct Spectate {
    static constexpr MessageType kType = MessageType::Spectate;
    std::string code;
};

struct LeaveRoom {
    static constexpr MessageType kType = MessageType::LeaveRoom;
};

// ---- Facilitator commands --------------------------------------------------------------------

struct Start {
    static constexpr MessageType kType = MessageType::Start;
};
struct Pause {
    static constexpr MessageType kType = MessageType::Pause;
};
struct Resume {
    static constexpr MessageType kType = MessageType::Resume;
};
struct Extend {
    static constexpr MessageType kType = MessageType::Extend;
    std::uint32_t seconds = 60;
};
struct CloseRound {
    static constexpr MessageType kType = MessageType::CloseRound;
};
struct Kick {
    static constexpr MessageType kType = MessageType::Kick;
    FirmId firm = 0;
};
struct AddBot {
    static constexpr MessageType kType = MessageType::AddBot;
    Archetype archetype = Archetype::Adaptive;
    Difficulty difficulty = Difficulty::Normal;
};
struct RemoveBot {
    static constexpr MessageType kType = MessageType::RemoveBot;
    FirmId firm = 0;
};
struct SeatToBot {
    static constexpr MessageType kType = MessageType::SeatToBot;
    FirmId firm = 0;
    Archetype archetype = Archetype::Adaptive;
    Difficulty difficulty = Difficulty::Normal;
};
struct SeatToHuman {
    static constexpr MessageType kType = MessageType::SeatToHuman;
    FirmId firm = 0;
};
struct SetPolicy {
    static constexpr MessageType kType = MessageType::SetPolicy;
    PolicySettings policy;
};
struct InjectEvent {
    static constexpr MessageType kType = MessageType::InjectEvent;
    std::string event;
};
struct Announce {
    static constexpr MessageType kType = MessageType::Announce;
    std::string text;
};
struct EndGame {
    static constexpr MessageType kType = MessageType::EndGame;
};
struct SetRoomOptions {
    static constexpr MessageType kType = MessageType::SetRoomOptions;
    EmptySeatPolicy empty_seats = EmptySeatPolicy::ProxyBot;
    bool allow_latecomers = true;
};

// ---- Player messages -------------------------------------------------------------------------

struct Ready {
    static constexpr MessageType kType = MessageType::Ready;
    bool ready = true;
};

// `seq` rises with every submission of a session's client: a later one for the same round
// replaces the earlier, and a repeated or older one is refused as a replay.
struct SubmitDecision {
    static constexpr MessageType kType = MessageType::SubmitDecision;
    std::uint32_t seq = 1;
    Decision decision;
};

struct ProposeJointAction {
    static constexpr MessageType kType = MessageType::ProposeJointAction;
    int round = 0;
    JointActionType type = JointActionType::JointPurchasing;
    Money max_share = 0;
};

struct JoinJointAction {
    static constexpr MessageType kType = MessageType::JoinJointAction;
    int round = 0;
    JointActionId action = 0;
    Money max_share = 0;
};

struct LeaveJointAction {
    static constexpr MessageType kType = MessageType::LeaveJointAction;
    int round = 0;
    JointActionId action = 0;
};

struct Chat {
    static constexpr MessageType kType = MessageType::Chat;
    std::string text;
};

// ---- What-if replays ------------------------------------------------------------------------

// Replay the game from a past round with bots in chosen seats (core/what_if.hpp). A player may
// ask once the game is over; the facilitator also while it runs. `ref` comes back in the result.
struct WhatIfRequest {
    static constexpr MessageType kType = MessageType::WhatIfRequest;
    std::uint32_t ref = 0;
    WhatIfPlan plan;
};

// ---- The room's record, for the facilitator's export -----------------------------------------

// Asks for the room's game as the server stored it: answered with RoomRecord.
struct ExportRequest {
    static constexpr MessageType kType = MessageType::ExportRequest;
};

// ---- Server to client ------------------------------------------------------------------------

struct RoomCreated {
    static constexpr MessageType kType = MessageType::RoomCreated;
    std::string code;
};

struct Joined {
    static constexpr MessageType kType = MessageType::Joined;
    std::uint8_t roles = 0; // RoleBits
    std::string code;
    std::optional<FirmId> firm;          // the seat, for a player
    std::optional<ReconnectToken> token; // for a player: keep it to take the seat back
    std::string scenario;
    int total_rounds = 0;
    int firms = 0;
    std::uint32_t round_seconds = 0;
};

struct RosterSeat {
    FirmId firm = 0;
    std::string firm_name;
    std::string player; // display name, empty for an open seat
    SeatKind seat = SeatKind::Open;
    bool connected = false;
    bool ready = false;
    bool bot_controlled = false; // a bot plays it now (a bot seat, or a human seat taken over)
    Archetype archetype = Archetype::Adaptive;
    Difficulty difficulty = Difficulty::Normal;
};

struct LobbyRoster {
    static constexpr MessageType kType = MessageType::LobbyRoster;
    RoomPhase phase = RoomPhase::Lobby;
    std::string code;
    RoomSettings settings;
    std::vector<RosterSeat> seats;
    std::uint32_t spectators = 0;
    bool facilitator_connected = false;
};

struct RoomSnapshotMessage {
    static constexpr MessageType kType = MessageType::RoomSnapshot;
    RoomSnapshot snapshot;
};

struct PrivateFirmStateMessage {
    static constexpr MessageType kType = MessageType::PrivateFirmState;
    PrivateFirmState state;
};

struct RoundResultsMessage {
    static constexpr MessageType kType = MessageType::RoundResults;
    RoundResults results;
};

struct FacilitatorViewMessage {
    static constexpr MessageType kType = MessageType::FacilitatorView;
    FacilitatorView view;
};

// Per firm (indexed by FirmId): whether its decision for `round` is in.
struct SubmissionStatus {
    static constexpr MessageType kType = MessageType::SubmissionStatus;
    int round = 0;
    std::vector<bool> submitted;
};

struct ChatLine {
    static constexpr MessageType kType = MessageType::ChatLine;
    int round = 0;
    std::optional<FirmId> firm; // the sender's firm; none for the facilitator
    std::string from;
    bool announcement = false;
    std::string text;
};

enum class ErrorCode : std::uint8_t {
    Malformed,       // could not be decoded (truncated, ill-typed, trailing bytes)
    TooLarge,        // above the size cap
    UnknownType,     // not a message type, or not one a client sends
    VersionMismatch, // a frame of another protocol version after the handshake
    WrongState,      // not accepted in the sender's or the room's current state
    NotPermitted,    // the sender's role may not send it
    RateLimited,     // too many messages, or too many wrong codes or secrets
    UnknownRoom,     // no room has this join code
    WrongSecret,     // facilitator secret does not match
    BadToken,        // reconnect token unknown for this room
    RoomFull,        // no seat left for a newcomer
    InvalidName,     // empty or too long display name
    InvalidSettings, // CreateRoom settings out of range (unknown scenario, firms, rounds)
    WrongRound,      // a past or future round
    WrongFirm,       // a decision for another firm
    Replay,          // a sequence number already used
    InvalidDecision, // refused by the game's rules: see the issues
    UnknownSeat,     // no such firm, or not the right kind of seat
    UnknownJointAction,
    UnknownEvent,  // not an injectable event of the scenario
    InvalidPolicy, // refused by the game's rules: see the issues
    InvalidText,   // empty or too long chat or announcement, or control characters
    Kicked,        // the facilitator removed this player, or a newer connection took the seat
    InvalidWhatIf, // a what-if plan that does not fit the game: see the issues
};
constexpr std::size_t kErrorCodes = 24;

struct Error {
    static constexpr MessageType kType = MessageType::Error;
    ErrorCode code = ErrorCode::Malformed;
    std::uint16_t about = 0; // the refused message's type id (0 when unknown)
    std::uint32_t ref = 0;   // the refused decision's sequence number, else 0
    std::string text;
    std::vector<ValidationIssue> issues;
};

struct DecisionAck {
    static constexpr MessageType kType = MessageType::DecisionAck;
    int round = 0;
    std::uint32_t seq = 0;
};

struct JointActionBoard {
    static constexpr MessageType kType = MessageType::JointActionBoard;
    int round = 0;
    std::vector<PublicJointAction> actions;
};

enum class GameEnd : std::uint8_t { Completed, EndedByFacilitator };
constexpr std::size_t kGameEnds = 2;

// The debrief data: revealed to everyone once the game is over.
struct GameOver {
    static constexpr MessageType kType = MessageType::GameOver;
    GameEnd end = GameEnd::Completed;
    int rounds_played = 0;
    std::vector<FinalScore> scores; // indexed by firm
    std::vector<ClusterRecord> cluster_history;
    Money public_spent = 0;
    std::uint64_t state_hash = 0; // of the final state: equal games have equal hashes
};

// The answer to WhatIfRequest: the original and the replay, round by round from round 1.
struct WhatIfResult {
    static constexpr MessageType kType = MessageType::WhatIfResult;
    std::uint32_t ref = 0;
    WhatIfPlan plan;
    WhatIfPath original;
    WhatIfPath replay;
};

// Who plays a seat, as stored.
struct RecordSeat {
    SeatKind kind = SeatKind::Open;
    std::string player;
    bool taken_over = false;
    Archetype archetype = Archetype::Adaptive;
    Difficulty difficulty = Difficulty::Normal;
};

// A resolved round exactly as it went into the core.
struct RecordRound {
    std::vector<Decision> decisions;     // indexed by firm: the default decision when none came
    std::vector<DecisionSource> sources; // who made each
    FacilitatorActions facilitator;      // events injected and policy set before it resolved
};

// The room's game as the server stored it: enough for the core to replay every round exactly
// (shared/debrief/game_replay.hpp), which the console does to write the same export as
// `highroad-server export`. `state_hash` is the state after the last round: the replay must
// reach it.
struct RoomRecord {
    static constexpr MessageType kType = MessageType::RoomRecord;
    std::string code;
    RoomSettings settings; // the game's: scenario, seed, firms, rounds
    RoomPhase phase = RoomPhase::Lobby;
    std::vector<RecordSeat> seats;   // indexed by firm
    std::vector<RecordRound> rounds; // round 1 first
    std::uint64_t state_hash = 0;
    // Set by the facilitator during the open round; applied when it resolves.
    std::vector<std::string> pending_events;
    std::optional<PolicySettings> pending_policy;
};

using Message =
    std::variant<Hello, Welcome, Refusal, CreateRoom, AttachFacilitator, Join, Reconnect, Spectate,
                 LeaveRoom, Start, Pause, Resume, Extend, CloseRound, Kick, AddBot, RemoveBot,
                 SeatToBot, SeatToHuman, SetPolicy, InjectEvent, Announce, EndGame, SetRoomOptions,
                 Ready, SubmitDecision, ProposeJointAction, JoinJointAction, LeaveJointAction, Chat,
                 RoomCreated, Joined, LobbyRoster, RoomSnapshotMessage, PrivateFirmStateMessage,
                 RoundResultsMessage, FacilitatorViewMessage, SubmissionStatus, ChatLine, Error,
                 DecisionAck, JointActionBoard, GameOver, WhatIfRequest, WhatIfResult,
                 ExportRequest, RoomRecord>;

MessageType type_of(const Message& m);

} // namespace hr::proto
