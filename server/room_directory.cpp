#include "room_directory.hpp"

#include "join_code.hpp"
#include "logger.hpp"
#include "protocol/message_codec.hpp"
#include "secure_random.hpp"

#include <algorithm>

namespace hr::server {

using proto::ErrorCode;

namespace {

// A classroom shares one address behind its router: the per-address limit on wrong codes is
// this many times the per-connection one.
constexpr double kAddressGuessFactor = 10;
constexpr TimeMs kPruneEveryMs = 60'000;

std::uint8_t sender_bits(std::uint8_t roles) {
    std::uint8_t bits = 0;
    if ((roles & proto::kRolePlayer) != 0) {
        bits |= proto::kFromPlayer;
    }
    if ((roles & proto::kRoleSpectator) != 0) {
        bits |= proto::kFromSpectator;
    }
    if ((roles & proto::kRoleFacilitator) != 0) {
        bits |= proto::kFromFacilitator;
    }
    return bits;
}

std::uint8_t phase_bit(proto::RoomPhase phase) {
    switch (phase) {
    case proto::RoomPhase::Lobby:
        return proto::kPhaseLobby;
    case proto::RoomPhase::Running:
        return proto::kPhaseRunning;
    case proto::RoomPhase::Paused:
        return proto::kPhasePaused;
    case proto::RoomPhase::Finished:
        return proto::kPhaseFinished;
    }
    return 0;
}

ErrorCode error_for(proto::DecodeError e) {
    switch (e) {
    case proto::DecodeError::TooLarge:
        return ErrorCode::TooLarge;
    case proto::DecodeError::UnknownType:
        return ErrorCode::UnknownType;
    case proto::DecodeError::VersionMismatch:
        return ErrorCode::VersionMismatch;
    default:
        return ErrorCode::Malformed;
    }
}

bool printable_name(std::string_view name) {
    return std::none_of(name.begin(), name.end(),
                        [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

} // namespace

RoomDirectory::RoomDirectory(const Settings& settings, const ScenarioLibrary& scenarios,
                             Journal& journal, RoomId next_room_id)
    : settings_(settings), scenarios_(scenarios), journal_(journal), next_room_id_(next_room_id) {}

std::size_t RoomDirectory::restore(const std::vector<StoredRoom>& stored, TimeMs now) {
    std::size_t restored = 0;
    for (const StoredRoom& s : stored) {
        auto scenario = scenarios_.find(s.created.settings.scenario);
        if (!scenario) {
            log().error("room " + s.created.code + " not restored: scenario \"" +
                        s.created.settings.scenario + "\" is missing");
            continue;
        }
        std::vector<std::string> problems;
        auto room =
            Room::restore(s, scenario, journal_, now,
                          static_cast<TimeMs>(settings_.restore_grace_seconds) * 1000, problems);
        for (const auto& p : problems) {
            log().error("room " + s.created.code + " restored with a problem: " + p);
        }
        log().info("room " + s.created.code + " restored at round " +
                   std::to_string(room->state().round + 1));
        next_room_id_ = std::max(next_room_id_, s.created.room + 1);
        by_code_[room->code()] = room.get();
        rooms_[room->id()] = std::move(room);
        ++restored;
    }
    return restored;
}

void RoomDirectory::connected(SessionId session, std::string address, TimeMs now) {
    Session s;
    s.address = std::move(address);
    s.messages = TokenBucket(settings_.messages_per_second, settings_.message_burst);
    s.chat = TokenBucket(settings_.chat_per_second, settings_.chat_burst);
    s.what_ifs = TokenBucket(settings_.what_ifs_per_minute / 60.0, settings_.what_if_burst);
    s.wrong_guesses =
        TokenBucket(settings_.wrong_codes_per_minute / 60.0, settings_.wrong_code_burst);
    s.violations = ViolationCounter(settings_.violation_limit,
                                    static_cast<TimeMs>(settings_.violation_window_seconds) * 1000);
    s.last_limit_error = now - 1000;
    sessions_[session] = std::move(s);
}

void RoomDirectory::disconnected(SessionId session, Outbox& out) {
    const auto it = sessions_.find(session);
    if (it == sessions_.end()) {
        return;
    }
    if (it->second.room != nullptr) {
        it->second.room->leave(session, true, out);
    }
    sessions_.erase(it);
}

void RoomDirectory::refuse(SessionId id, Session& s, ErrorCode code, std::uint16_t about,
                           std::string text, TimeMs now, Outbox& out) {
    proto::Error e;
    e.code = code;
    e.about = about;
    e.text = std::move(text);
    out.send(id, std::move(e));
    if (s.violations.add(now)) {
        log().warn("session " + std::to_string(id) + " from " + s.address +
                   " cut off after repeated violations");
        out.disconnects.push_back(id);
    }
}

void RoomDirectory::received(SessionId id, std::span<const std::uint8_t> bytes, TimeMs now,
                             Outbox& out) {
    const auto it = sessions_.find(id);
    if (it == sessions_.end()) {
        return;
    }
    Session& s = it->second;
    if (!s.messages.take(now)) {
        // One error a second at most: a flood must not make the server flood back.
        if (now - s.last_limit_error >= 1000) {
            s.last_limit_error = now;
            refuse(id, s, ErrorCode::RateLimited, 0, "too many messages: slow down", now, out);
        } else if (s.violations.add(now)) {
            out.disconnects.push_back(id);
        }
        return;
    }
    proto::Decoded d = proto::decode(bytes, proto::kMaxClientPayload);
    if (!d.ok()) {
        refuse(id, s, error_for(d.error), d.type, "message refused: " + d.detail, now, out);
        return;
    }
    handle(id, d.message, now, out);
}

void RoomDirectory::handle(SessionId id, const proto::Message& message, TimeMs now, Outbox& out) {
    const auto it = sessions_.find(id);
    if (it == sessions_.end()) {
        return;
    }
    Session& s = it->second;
    const proto::MessageInfo& info = proto::message_info(proto::type_of(message));
    const auto about = static_cast<std::uint16_t>(info.type);
    if ((info.senders & ~proto::kFromServer) == 0) {
        refuse(id, s, ErrorCode::UnknownType, about, "a server message, not a client's", now, out);
        return;
    }
    const std::uint8_t phase = !s.welcomed         ? std::uint8_t{proto::kPhaseHandshake}
                               : s.room == nullptr ? std::uint8_t{proto::kPhaseNoRoom}
                                                   : phase_bit(s.room->phase());
    if ((info.phases & phase) == 0) {
        refuse(id, s, ErrorCode::WrongState, about, std::string(info.name) + " is not accepted now",
               now, out);
        return;
    }
    const std::uint8_t sender = !s.welcomed         ? std::uint8_t{proto::kFromNewPeer}
                                : s.room == nullptr ? std::uint8_t{proto::kFromGuest}
                                                    : sender_bits(s.room->roles_of(id));
    if ((info.senders & sender) == 0) {
        refuse(id, s, ErrorCode::NotPermitted, about,
               std::string(info.name) + " is not yours to send", now, out);
        return;
    }
    if (const auto* hello = std::get_if<proto::Hello>(&message)) {
        if (hello->version != proto::kProtocolVersion) {
            out.send(id,
                     proto::Refusal{proto::RefusalReason::VersionMismatch, proto::kProtocolVersion,
                                    "this server speaks protocol version " +
                                        std::to_string(proto::kProtocolVersion) +
                                        " and your client speaks version " +
                                        std::to_string(hello->version) +
                                        ": use a client of the same release"});
            out.disconnects.push_back(id);
            return;
        }
        s.welcomed = true;
        out.send(id, proto::Welcome{proto::kProtocolVersion, settings_.server_name});
        return;
    }
    if (const auto* create = std::get_if<proto::CreateRoom>(&message)) {
        create_room(id, s, *create, now, out);
        return;
    }
    if ((std::holds_alternative<proto::Chat>(message) ||
         std::holds_alternative<proto::Announce>(message)) &&
        !s.chat.take(now)) {
        refuse(id, s, ErrorCode::RateLimited, about, "too many chat lines: wait a moment", now,
               out);
        return;
    }
    // A replay resolves the game twice: the costliest thing a client can ask for.
    if (std::holds_alternative<proto::WhatIfRequest>(message) && !s.what_ifs.take(now)) {
        refuse(id, s, ErrorCode::RateLimited, about,
               "too many what-if replays: wait a moment before the next", now, out);
        return;
    }
    if (s.room == nullptr || std::holds_alternative<proto::Join>(message)) {
        enter_room(id, s, message, now, out);
    } else {
        s.room->handle(id, message, now, out);
    }
    settle_departures(out);
}

bool RoomDirectory::may_guess(Session& s, TimeMs now) {
    AddressGuesses& a = guesses_by_address_[s.address];
    if (a.last_used == 0) {
        a.bucket = TokenBucket(settings_.wrong_codes_per_minute * kAddressGuessFactor / 60.0,
                               settings_.wrong_code_burst * kAddressGuessFactor);
    }
    a.last_used = now;
    return s.wrong_guesses.has_token(now) && a.bucket.has_token(now);
}

void RoomDirectory::wrong_guess(Session& s, TimeMs now) {
    s.wrong_guesses.take(now);
    guesses_by_address_[s.address].bucket.take(now);
}

Room* RoomDirectory::room_for_code(std::string_view typed) {
    const auto code = normalize_join_code(typed);
    if (!code) {
        return nullptr;
    }
    const auto it = by_code_.find(*code);
    return it == by_code_.end() ? nullptr : it->second;
}

std::vector<SessionId> RoomDirectory::session_ids() const {
    std::vector<SessionId> out;
    for (const auto& [id, s] : sessions_) {
        out.push_back(id);
    }
    return out;
}

const Room* RoomDirectory::find_room(std::string_view code) const {
    const auto it = by_code_.find(std::string(code));
    return it == by_code_.end() ? nullptr : it->second;
}

void RoomDirectory::enter_room(SessionId id, Session& s, const proto::Message& m, TimeMs now,
                               Outbox& out) {
    const auto about = static_cast<std::uint16_t>(proto::type_of(m));
    const std::string* code = nullptr;
    if (const auto* x = std::get_if<proto::Join>(&m)) {
        code = &x->code;
    } else if (const auto* x = std::get_if<proto::Reconnect>(&m)) {
        code = &x->code;
    } else if (const auto* x = std::get_if<proto::Spectate>(&m)) {
        code = &x->code;
    } else if (const auto* x = std::get_if<proto::AttachFacilitator>(&m)) {
        code = &x->code;
    } else {
        refuse(id, s, ErrorCode::WrongState, about, "enter a room first", now, out);
        return;
    }
    if (!may_guess(s, now)) {
        refuse(id, s, ErrorCode::RateLimited, about,
               "too many wrong codes from here: wait a minute", now, out);
        return;
    }
    Room* room = room_for_code(*code);
    if (room == nullptr || (s.room != nullptr && s.room != room)) {
        wrong_guess(s, now);
        out.send(id, proto::Error{ErrorCode::UnknownRoom, about, 0, "no room has this code", {}});
        return;
    }
    if (const auto* x = std::get_if<proto::Join>(&m)) {
        room->join(id, x->name, now, out);
    } else if (const auto* x = std::get_if<proto::Reconnect>(&m)) {
        if (!room->reconnect(id, x->token, now, out)) {
            wrong_guess(s, now);
            out.send(
                id,
                proto::Error{
                    ErrorCode::BadToken, about, 0, "this token holds no seat in this room", {}});
            return;
        }
    } else if (std::holds_alternative<proto::Spectate>(m)) {
        room->spectate(id, now, out);
    } else if (const auto* x = std::get_if<proto::AttachFacilitator>(&m)) {
        if (!room->secret_matches(x->secret)) {
            wrong_guess(s, now);
            out.send(
                id,
                proto::Error{
                    ErrorCode::WrongSecret, about, 0, "the facilitator secret does not match", {}});
            return;
        }
        room->enter_as_facilitator(id, "", now, out);
    }
    if (room->roles_of(id) != 0) {
        s.room = room;
    }
}

void RoomDirectory::create_room(SessionId id, Session& s, const proto::CreateRoom& m, TimeMs now,
                                Outbox& out) {
    const auto about = static_cast<std::uint16_t>(proto::MessageType::CreateRoom);
    const auto invalid = [&](std::string text) {
        out.send(id, proto::Error{ErrorCode::InvalidSettings, about, 0, std::move(text), {}});
    };
    if (rooms_.size() >= static_cast<std::size_t>(settings_.max_rooms)) {
        out.send(
            id,
            proto::Error{
                ErrorCode::RoomFull, about, 0, "this server hosts as many rooms as it may", {}});
        return;
    }
    const auto scenario = scenarios_.find(m.settings.scenario);
    if (!scenario) {
        std::string known;
        for (const auto& sid : scenarios_.ids()) {
            known += (known.empty() ? "" : ", ") + sid;
        }
        invalid("no scenario \"" + m.settings.scenario + "\" here; there are: " + known);
        return;
    }
    proto::RoomSettings settings = m.settings;
    if (settings.firms == 0) {
        settings.firms = static_cast<std::uint32_t>(scenario->default_firms);
    }
    if (settings.rounds == 0) {
        settings.rounds = static_cast<std::uint32_t>(scenario->rounds);
    }
    if (settings.firms < static_cast<std::uint32_t>(scenario->min_firms) ||
        settings.firms > static_cast<std::uint32_t>(scenario->max_firms) ||
        settings.firms > proto::kMaxFirms) {
        invalid("this scenario is for " + std::to_string(scenario->min_firms) + " to " +
                std::to_string(std::min<int>(scenario->max_firms, proto::kMaxFirms)) + " firms");
        return;
    }
    if (settings.rounds < 1 || settings.rounds > proto::kMaxRounds) {
        invalid("a game has 1 to " + std::to_string(proto::kMaxRounds) + " rounds");
        return;
    }
    if (settings.round_seconds < 1) {
        invalid("a round lasts at least a second");
        return;
    }
    if (std::any_of(settings.bot_mix.begin(), settings.bot_mix.end(),
                    [](const proto::BotShare& b) { return b.weight == 0; })) {
        invalid("every archetype in the bot mix needs a weight above 0");
        return;
    }
    if (m.secret.size() < proto::kMinSecretBytes) {
        invalid("the facilitator secret needs at least " + std::to_string(proto::kMinSecretBytes) +
                " characters");
        return;
    }
    if (!printable_name(m.name)) {
        out.send(
            id,
            proto::Error{
                ErrorCode::InvalidName, about, 0, "a name may not hold control characters", {}});
        return;
    }
    std::string code = new_join_code();
    while (by_code_.contains(code)) {
        code = new_join_code();
    }
    const auto salt = secure_random_bytes<16>();
    Sha256 h;
    h.update(salt);
    h.update(m.secret);
    const RoomId room_id = next_room_id_++;
    auto room =
        std::make_unique<Room>(room_id, code, settings, scenario, salt, h.finish(), journal_, now);
    Room* r = room.get();
    rooms_[room_id] = std::move(room);
    by_code_[code] = r;
    log().info("room " + code + " created: scenario " + settings.scenario + ", " +
               std::to_string(settings.firms) + " firms, " + std::to_string(settings.rounds) +
               " rounds of " + std::to_string(settings.round_seconds) + " s");
    out.send(id, proto::RoomCreated{code});
    r->enter_as_facilitator(id, m.name, now, out);
    s.room = r;
}

void RoomDirectory::settle_departures(Outbox& out) {
    for (const SessionId left : out.left_room) {
        const auto it = sessions_.find(left);
        if (it != sessions_.end() && it->second.room != nullptr &&
            it->second.room->roles_of(left) == 0) {
            it->second.room = nullptr;
        }
    }
}

void RoomDirectory::tick(TimeMs now, Outbox& out) {
    for (auto& [id, room] : rooms_) {
        room->tick(now, out);
    }
    settle_departures(out);
    if (now - last_prune_ < kPruneEveryMs) {
        return;
    }
    last_prune_ = now;
    std::erase_if(guesses_by_address_,
                  [&](const auto& entry) { return now - entry.second.last_used > 10 * 60'000; });
    const TimeMs keep = static_cast<TimeMs>(settings_.finished_room_minutes) * 60'000;
    for (auto it = rooms_.begin(); it != rooms_.end();) {
        Room& room = *it->second;
        if (room.phase() == proto::RoomPhase::Finished && !room.has_sessions() &&
            now - room.finished_at() > keep) {
            by_code_.erase(room.code());
            it = rooms_.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace hr::server
