#pragma once
// What the client knows of the session it is in: everything the server has sent it, kept as the
// server sent it. The connection fills it (apply); screens read it and act through SessionActions.
// The server is authoritative: nothing here is computed and then trusted.
#include "core/scenario.hpp"
#include "protocol/messages.hpp"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

enum class ConnectionState { Idle, StartingServer, Connecting, Handshaking, InRoom, Lost, Failed };

struct SessionModel {
    ConnectionState connection = ConnectionState::Idle;
    std::string server_address; // "host:port"
    std::string problem;        // why the connection failed or was lost, for the player
    std::string notice;         // e.g. "You took your seat back", shown once on screen

    std::optional<proto::Joined> joined;
    std::optional<proto::LobbyRoster> roster;
    std::optional<proto::RoomSnapshot> snapshot;
    std::chrono::steady_clock::time_point snapshot_received{};
    std::optional<proto::PrivateFirmState> own;
    std::vector<FirmRecord> own_history;      // the player's firm, round by round
    std::vector<proto::RoundResults> results; // in round order
    std::optional<proto::FacilitatorView> facilitator;
    std::optional<proto::SubmissionStatus> submissions;
    std::optional<proto::JointActionBoard> board;
    std::vector<proto::ChatLine> chat;
    std::optional<proto::GameOver> game_over;
    std::optional<proto::WhatIfResult> what_if;   // the last what-if replay the server sent
    std::optional<proto::RoomRecord> room_record; // the last room record (facilitator's export)
    std::uint32_t room_records = 0;               // how many have come, to tell a new one
    std::optional<proto::DecisionAck> last_ack;
    std::optional<proto::Error> last_error;
    std::uint32_t next_seq = 1; // for SubmitDecision
    // Counts the messages applied: what a screen painted from an older value may be out of date.
    std::uint64_t revision = 0;

    // The room's scenario, loaded from the assets by its id once the room is known.
    std::shared_ptr<const Scenario> scenario;

    bool in_room() const { return joined.has_value(); }
    bool is_player() const;
    bool is_facilitator() const;
    bool is_spectator() const;
    std::optional<FirmId> own_firm() const;
    // Takes in one message from the server, as received at `now`. Entering a room again (a
    // reconnection) keeps what the client learned before: results, its firm's history, the token.
    void apply(const proto::Message& message, std::chrono::steady_clock::time_point now);
    // Milliseconds left in the open round, counted down locally from the last snapshot.
    std::uint32_t remaining_ms(std::chrono::steady_clock::time_point now) const;
};

// What screens ask of the session: every request goes to the server, which answers with messages
// that land in the model.
class SessionActions {
  public:
    virtual ~SessionActions() = default;
    virtual const SessionModel& model() const = 0;
    virtual void send(const proto::Message& message) = 0;
    // Submits the decision for the open round with the next sequence number.
    virtual void submit(const Decision& decision) = 0;
    // Clears the one-time notice and the last error after the screen has shown them.
    virtual void acknowledge_notice() = 0;
    virtual void leave() = 0;
};

} // namespace hr::client
