#pragma once
// The server's sessions and rooms, without the network: bytes or decoded messages come in with
// the session that sent them and the current time; messages to send go out through an Outbox.
// Every incoming message is checked in this order: size and decoding, the state it is allowed
// in, the sender's permission (message_catalog), then by the room for what it means.
#include "journal.hpp"
#include "outbox.hpp"
#include "rate_limiter.hpp"
#include "room.hpp"
#include "scenario_library.hpp"
#include "settings.hpp"

#include <map>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>

namespace hr::server {

class RoomDirectory {
  public:
    RoomDirectory(const Settings& settings, const ScenarioLibrary& scenarios, Journal& journal,
                  RoomId next_room_id);

    // Brings back the rooms of a previous run; returns how many.
    std::size_t restore(const std::vector<StoredRoom>& stored, TimeMs now);

    void connected(SessionId session, std::string address, TimeMs now);
    void disconnected(SessionId session, Outbox& out);
    // A packet from a session: rate limit, decode, then handle().
    void received(SessionId session, std::span<const std::uint8_t> bytes, TimeMs now, Outbox& out);
    // A decoded message: checked against the catalog, then carried out.
    void handle(SessionId session, const proto::Message& message, TimeMs now, Outbox& out);
    // Deadlines and the updates of every room; finished rooms nobody watches are let go.
    void tick(TimeMs now, Outbox& out);

    std::size_t room_count() const { return rooms_.size(); }
    std::size_t session_count() const { return sessions_.size(); }
    std::vector<SessionId> session_ids() const;
    // The room a join code names, for tests and tools; nullptr when none.
    const Room* find_room(std::string_view code) const;

  private:
    struct Session {
        std::string address; // IP only: the per-address limit spans the peer's connections
        bool welcomed = false;
        Room* room = nullptr;
        TokenBucket messages;
        TokenBucket chat;
        TokenBucket what_ifs;
        TokenBucket wrong_guesses;
        ViolationCounter violations;
        TimeMs last_limit_error = 0;
    };
    struct AddressGuesses {
        TokenBucket bucket;
        TimeMs last_used = 0;
    };

    void refuse(SessionId id, Session& s, proto::ErrorCode code, std::uint16_t about,
                std::string text, TimeMs now, Outbox& out);
    // Whether the session and its address may try another code, token or secret.
    bool may_guess(Session& s, TimeMs now);
    void wrong_guess(Session& s, TimeMs now);
    Room* room_for_code(std::string_view typed);
    void create_room(SessionId id, Session& s, const proto::CreateRoom& m, TimeMs now, Outbox& out);
    void enter_room(SessionId id, Session& s, const proto::Message& m, TimeMs now, Outbox& out);
    void settle_departures(Outbox& out);

    const Settings& settings_;
    const ScenarioLibrary& scenarios_;
    Journal& journal_;
    RoomId next_room_id_;
    std::map<SessionId, Session> sessions_;
    std::map<RoomId, std::unique_ptr<Room>> rooms_;
    std::unordered_map<std::string, Room*> by_code_;
    std::unordered_map<std::string, AddressGuesses> guesses_by_address_;
    TimeMs last_prune_ = 0;
};

} // namespace hr::server
