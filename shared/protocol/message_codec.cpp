#include "protocol/message_codec.hpp"

#include "protocol/frame.hpp"
#include "protocol/view_codec.hpp"
#include "protocol/what_if_codec.hpp"

namespace hr::proto {

// ---- Field layouts of every message ----------------------------------------------------------

// Hello's layout is frozen across versions: a client of any version must be able to say hello.
template <class A, Is<Hello> M> void io(A& a, M& m) {
    a.uint(m.version, 0xffff);
    a.text(m.client, kMaxNameBytes);
}
template <class A, Is<Welcome> M> void io(A& a, M& m) {
    a.uint(m.version, 0xffff);
    a.text(m.server, kMaxNameBytes);
}
template <class A, Is<Refusal> M> void io(A& a, M& m) {
    a.choice(m.reason, kRefusalReasons);
    a.uint(m.server_version, 0xffff);
    a.text(m.text, kMaxTextBytes);
}
template <class A, Is<CreateRoom> M> void io(A& a, M& m) {
    io(a, m.settings);
    a.text(m.secret, kMaxSecretBytes);
    a.text(m.name, kMaxNameBytes);
}
template <class A, Is<AttachFacilitator> M> void io(A& a, M& m) {
    a.text(m.code, kMaxCodeBytes);
    a.text(m.secret, kMaxSecretBytes);
}
template <class A, Is<Join> M> void io(A& a, M& m) {
    a.text(m.code, kMaxCodeBytes);
    a.text(m.name, kMaxNameBytes);
}
template <class A, Is<Reconnect> M> void io(A& a, M& m) {
    a.text(m.code, kMaxCodeBytes);
    a.bytes(m.token);
}
template <class A, Is<Spectate> M> void io(A& a, M& m) {
    a.text(m.code, kMaxCodeBytes);
}
template <class A, class M>
requires Is<M, LeaveRoom> || Is<M, Start> || Is<M, Pause> || Is<M, Resume> || Is<M, CloseRound> ||
    Is<M, EndGame>
void io(A& /*a*/, M& /*m*/) {}
template <class A, Is<Extend> M> void io(A& a, M& m) {
    a.uint(m.seconds, kMaxExtendSeconds);
}
template <class A, class M>
requires Is<M, Kick> || Is<M, RemoveBot> || Is<M, SeatToHuman>
void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
}
template <class A, Is<AddBot> M> void io(A& a, M& m) {
    a.choice(m.archetype, kArchetypes);
    a.choice(m.difficulty, kDifficulties);
}
template <class A, Is<SeatToBot> M> void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
    a.choice(m.archetype, kArchetypes);
    a.choice(m.difficulty, kDifficulties);
}
template <class A, Is<SetPolicy> M> void io(A& a, M& m) {
    io(a, m.policy);
}
template <class A, Is<InjectEvent> M> void io(A& a, M& m) {
    a.text(m.event, kMaxIdBytes);
}
template <class A, class M>
requires Is<M, Announce> || Is<M, Chat>
void io(A& a, M& m) {
    a.text(m.text, kMaxChatBytes);
}
template <class A, Is<SetRoomOptions> M> void io(A& a, M& m) {
    a.choice(m.empty_seats, kEmptySeatPolicies);
    a.flag(m.allow_latecomers);
}
template <class A, Is<Ready> M> void io(A& a, M& m) {
    a.flag(m.ready);
}
template <class A, Is<SubmitDecision> M> void io(A& a, M& m) {
    a.uint(m.seq, kMaxU32);
    io(a, m.decision);
}
template <class A, Is<ProposeJointAction> M> void io(A& a, M& m) {
    a.integer(m.round, 0, static_cast<int>(kMaxRounds));
    a.choice(m.type, kJointActionTypes);
    a.money(m.max_share);
}
template <class A, Is<JoinJointAction> M> void io(A& a, M& m) {
    a.integer(m.round, 0, static_cast<int>(kMaxRounds));
    a.uint(m.action, kMaxU32);
    a.money(m.max_share);
}
template <class A, Is<LeaveJointAction> M> void io(A& a, M& m) {
    a.integer(m.round, 0, static_cast<int>(kMaxRounds));
    a.uint(m.action, kMaxU32);
}
template <class A, Is<RoomCreated> M> void io(A& a, M& m) {
    a.text(m.code, kMaxCodeBytes);
}
template <class A, Is<ReconnectToken> M> void io(A& a, M& m) {
    a.bytes(m);
}
template <class A, Is<Joined> M> void io(A& a, M& m) {
    a.uint(m.roles, kRolePlayer | kRoleSpectator | kRoleFacilitator);
    a.text(m.code, kMaxCodeBytes);
    a.optional_uint(m.firm, kMaxFirmId);
    a.optional(m.token);
    a.text(m.scenario, kMaxIdBytes);
    a.integer(m.total_rounds, 0, kMaxRoundValue);
    a.integer(m.firms, 0, static_cast<int>(kMaxFirms));
    a.uint(m.round_seconds, kMaxU32);
}
template <class A, Is<RosterSeat> M> void io(A& a, M& m) {
    a.uint(m.firm, kMaxFirmId);
    a.text(m.firm_name, kMaxNameBytes);
    a.text(m.player, kMaxNameBytes);
    a.choice(m.seat, kSeatKinds);
    a.flag(m.connected);
    a.flag(m.ready);
    a.flag(m.bot_controlled);
    a.choice(m.archetype, kArchetypes);
    a.choice(m.difficulty, kDifficulties);
}
template <class A, Is<LobbyRoster> M> void io(A& a, M& m) {
    a.choice(m.phase, kRoomPhases);
    a.text(m.code, kMaxCodeBytes);
    io(a, m.settings);
    a.list(m.seats, kMaxFirms);
    a.uint(m.spectators, kMaxU32);
    a.flag(m.facilitator_connected);
}
template <class A, Is<RoomSnapshotMessage> M> void io(A& a, M& m) {
    io(a, m.snapshot);
}
template <class A, Is<PrivateFirmStateMessage> M> void io(A& a, M& m) {
    io(a, m.state);
}
template <class A, Is<RoundResultsMessage> M> void io(A& a, M& m) {
    io(a, m.results);
}
template <class A, Is<FacilitatorViewMessage> M> void io(A& a, M& m) {
    io(a, m.view);
}
template <class A, Is<SubmissionStatus> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.flags(m.submitted, kMaxFirms);
}
template <class A, Is<ChatLine> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.optional_uint(m.firm, kMaxFirmId);
    a.text(m.from, kMaxNameBytes);
    a.flag(m.announcement);
    a.text(m.text, kMaxChatBytes);
}
template <class A, Is<Error> M> void io(A& a, M& m) {
    a.choice(m.code, kErrorCodes);
    a.uint(m.about, 0xffff);
    a.uint(m.ref, kMaxU32);
    a.text(m.text, kMaxTextBytes);
    a.list(m.issues, kMaxIssues);
}
template <class A, Is<DecisionAck> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.uint(m.seq, kMaxU32);
}
template <class A, Is<JointActionBoard> M> void io(A& a, M& m) {
    a.integer(m.round, 0, kMaxRoundValue);
    a.list(m.actions, kMaxJointActions);
}
template <class A, Is<GameOver> M> void io(A& a, M& m) {
    a.choice(m.end, kGameEnds);
    a.integer(m.rounds_played, 0, kMaxRoundValue);
    a.list(m.scores, kMaxFirms);
    a.list(m.cluster_history, kMaxRounds);
    a.money(m.public_spent);
    a.fixed64(m.state_hash);
}
template <class A, Is<WhatIfRequest> M> void io(A& a, M& m) {
    a.uint(m.ref, kMaxU32);
    io(a, m.plan);
}
template <class A, Is<WhatIfResult> M> void io(A& a, M& m) {
    a.uint(m.ref, kMaxU32);
    io(a, m.plan);
    io(a, m.original);
    io(a, m.replay);
}
template <class A, Is<ExportRequest> M> void io(A&, M&) {}
template <class A, Is<RecordSeat> M> void io(A& a, M& m) {
    a.choice(m.kind, kSeatKinds);
    a.text(m.player, kMaxNameBytes);
    a.flag(m.taken_over);
    a.choice(m.archetype, kArchetypes);
    a.choice(m.difficulty, kDifficulties);
}
template <class A, Is<DecisionSource> M> void io(A& a, M& m) {
    a.choice(m, kDecisionSources);
}
template <class A, Is<RecordRound> M> void io(A& a, M& m) {
    a.list(m.decisions, kMaxFirms);
    a.list(m.sources, kMaxFirms);
    a.list(m.facilitator.inject_events, kMaxEvents);
    a.optional(m.facilitator.policy);
}
template <class A, Is<RoomRecord> M> void io(A& a, M& m) {
    a.text(m.code, kMaxCodeBytes);
    io(a, m.settings);
    a.choice(m.phase, kRoomPhases);
    a.list(m.seats, kMaxFirms);
    a.list(m.rounds, kMaxRounds);
    a.fixed64(m.state_hash);
    a.list(m.pending_events, kMaxEvents);
    a.optional(m.pending_policy);
}

// ---- Encoding and decoding -------------------------------------------------------------------

namespace {

template <class T> Message read_as(Reader& r) {
    T m{};
    In in(r);
    io(in, m);
    return m;
}

template <class... Ts>
bool read_any(const std::variant<Ts...>* /*tag*/, MessageType type, Reader& r, Message& out) {
    return ((type == Ts::kType ? (out = read_as<Ts>(r), true) : false) || ...);
}

} // namespace

MessageType type_of(const Message& m) {
    return std::visit([](const auto& v) { return std::decay_t<decltype(v)>::kType; }, m);
}

std::vector<std::uint8_t> encode(const Message& message) {
    Writer w;
    Out out(w);
    std::visit([&out](const auto& m) { io(out, m); }, message);
    return encode_frame(kProtocolVersion, static_cast<std::uint16_t>(type_of(message)), w.bytes());
}

Decoded decode(std::span<const std::uint8_t> bytes, std::uint32_t max_payload) {
    Decoded d;
    const DecodedFrame frame = decode_frame(bytes, max_payload);
    d.type = frame.header.type;
    d.version = frame.header.version;
    if (!frame.ok()) {
        d.error =
            frame.error == FrameError::TooLarge ? DecodeError::TooLarge : DecodeError::BadFrame;
        d.detail = std::string(describe(frame.error));
        return d;
    }
    const auto type = static_cast<MessageType>(frame.header.type);
    if (message_info(frame.header.type) == nullptr) {
        d.error = DecodeError::UnknownType;
        d.detail = "unknown message type";
        return d;
    }
    if (frame.header.version != kProtocolVersion && type != MessageType::Hello) {
        d.error = DecodeError::VersionMismatch;
        d.detail = "protocol version differs";
        return d;
    }
    Reader r(frame.payload);
    read_any(static_cast<const Message*>(nullptr), type, r, d.message);
    r.expect_end();
    if (!r.ok()) {
        d.error = DecodeError::Malformed;
        d.detail = std::string(r.error());
        d.message = Message{};
    }
    return d;
}

} // namespace hr::proto
