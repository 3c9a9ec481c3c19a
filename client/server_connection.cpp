#include "server_connection.hpp"

#include "core/scenario_loader.hpp"
#include "net/host.hpp"
#include "net/net_error.hpp"
#include "protocol/frame.hpp"
#include "protocol/message_codec.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace hr::client {

namespace {

constexpr std::uint32_t kFirstRetryMs = 500;
constexpr std::uint32_t kLongestRetryMs = 4000;
// Events taken per poll: a burst of messages at a round's end is read over a few frames at
// most, and a frame never stalls on the network.
constexpr int kServicePasses = 8;

bool entering(std::uint16_t about) {
    using proto::MessageType;
    const auto t = static_cast<MessageType>(about);
    return t == MessageType::CreateRoom || t == MessageType::Join || t == MessageType::Reconnect ||
           t == MessageType::Spectate || t == MessageType::AttachFacilitator;
}

// The player-facing reason a room could not be entered.
std::string entry_problem(const Translations& tr, const proto::Error& e) {
    using proto::ErrorCode;
    switch (e.code) {
    case ErrorCode::UnknownRoom:
        return tr.text("session.error.unknown_room");
    case ErrorCode::RoomFull:
        return tr.text("session.error.room_full");
    case ErrorCode::InvalidName:
        return tr.text("session.error.invalid_name");
    case ErrorCode::WrongSecret:
        return tr.text("session.error.wrong_secret");
    case ErrorCode::RateLimited:
        return tr.text("session.error.rate_limited");
    case ErrorCode::WrongState:
        return tr.text("session.error.game_closed");
    case ErrorCode::InvalidSettings:
        return tr.format("session.error.invalid_settings", {{"reason", e.text}});
    default:
        return tr.format("session.error.other", {{"reason", e.text}});
    }
}

} // namespace

ServerConnection::ServerConnection(const Translations& tr, TokenStore& tokens,
                                   std::filesystem::path scenarios)
    : tr_(tr), tokens_(tokens), scenarios_(std::move(scenarios)) {}

ServerConnection::~ServerConnection() {
    close();
}

void ServerConnection::open(const std::string& host, std::uint16_t port, RoomEntry entry) {
    close();
    server_host_ = host;
    server_port_ = port;
    entry_ = std::move(entry);
    room_code_ = entry_.code;
    model_ = SessionModel();
    model_.server_address = host + ":" + std::to_string(port);
    entered_ = false;
    reentering_ = false;
    seat_requested_ = false;
    start_sent_ = false;
    resume_refused_ = false;
    attempts_ = 0;
    token_.reset();
    if (entry_.kind == RoomEntry::Kind::Join) {
        // A seat this client held before (a restart): take it back rather than a new one.
        if (const auto stored = tokens_.find(model_.server_address, room_code_)) {
            token_ = stored->token;
        }
    }
    dial();
}

void ServerConnection::set_state(ConnectionState state, std::string problem) {
    model_.connection = state;
    model_.problem = std::move(problem);
}

void ServerConnection::dial() {
    connected_ = false;
    welcomed_ = false;
    try {
        net::HostConfig config;
        config.channels = proto::kChannelCount;
        config.max_packet_size = proto::kMaxServerPayload + proto::kFrameHeaderSize;
        host_ = std::make_unique<net::Host>(net::Host::client(config));
    } catch (const net::NetError& e) {
        set_state(ConnectionState::Failed,
                  tr_.format("session.error.other", {{"reason", e.what()}}));
        return;
    }
    const auto peer = host_->connect(server_host_, server_port_);
    if (!peer) {
        host_.reset();
        set_state(ConnectionState::Failed,
                  tr_.format("session.bad_address", {{"address", model_.server_address}}));
        return;
    }
    peer_ = *peer;
    if (!entered_) {
        model_.connection = ConnectionState::Connecting;
    }
}

void ServerConnection::poll(Clock::time_point now) {
    if (retry_at_ && now >= *retry_at_) {
        retry_at_.reset();
        dial();
    }
    for (int pass = 0; pass < kServicePasses && host_; ++pass) {
        auto events = host_->poll();
        if (events.empty()) {
            break;
        }
        for (net::Event& e : events) {
            if (!host_ || e.peer != peer_) {
                continue; // a peer from before a reconnection
            }
            switch (e.type) {
            case net::EventType::Connect:
                on_connected();
                break;
            case net::EventType::Disconnect:
                on_disconnected(now);
                break;
            case net::EventType::Receive: {
                const proto::Decoded d = proto::decode(e.bytes, proto::kMaxServerPayload);
                if (d.ok()) {
                    on_message(d.message, now);
                }
                break;
            }
            }
        }
    }
}

void ServerConnection::on_connected() {
    connected_ = true;
    if (model_.connection != ConnectionState::Lost) {
        model_.connection = ConnectionState::Handshaking;
    }
    transmit(proto::Hello{proto::kProtocolVersion, "highroad " HIGHROAD_VERSION});
}

void ServerConnection::on_disconnected(Clock::time_point now) {
    const bool was_welcomed = welcomed_;
    connected_ = false;
    welcomed_ = false;
    peer_ = 0;
    host_.reset();
    if (model_.connection == ConnectionState::Failed ||
        model_.connection == ConnectionState::Idle) {
        return;
    }
    if (!entered_) {
        set_state(ConnectionState::Failed,
                  was_welcomed
                      ? tr_.text("session.error.dropped")
                      : tr_.format("session.unreachable", {{"address", model_.server_address}}));
        return;
    }
    // Once in the room, a drop is worth waiting out: the seat is kept for us.
    model_.connection = ConnectionState::Lost;
    model_.problem = tr_.text(server_stopping_ ? "session.server_stopped" : "session.lost");
    const std::uint32_t delay = std::min(kLongestRetryMs, kFirstRetryMs << std::min(attempts_, 4));
    ++attempts_;
    retry_at_ = now + std::chrono::milliseconds(delay);
}

void ServerConnection::on_message(const proto::Message& message, Clock::time_point now) {
    if (std::holds_alternative<proto::Welcome>(message)) {
        welcomed_ = true;
        server_stopping_ = false;
        enter_room();
        return;
    }
    if (const auto* refusal = std::get_if<proto::Refusal>(&message)) {
        if (refusal->reason == proto::RefusalReason::ShuttingDown && entered_) {
            // The room is stored and comes back with the server: wait for it as for a drop.
            server_stopping_ = true;
            return;
        }
        model_.apply(message, now);
        model_.problem = refusal->reason == proto::RefusalReason::VersionMismatch
                             ? tr_.format("session.refused_version",
                                          {{"server", std::to_string(refusal->server_version)},
                                           {"client", std::to_string(proto::kProtocolVersion)}})
                             : tr_.format("session.error.other", {{"reason", refusal->text}});
        host_.reset();
        retry_at_.reset();
        return;
    }
    if (const auto* created = std::get_if<proto::RoomCreated>(&message)) {
        room_code_ = created->code;
        return;
    }
    model_.apply(message, now);
    if (const auto* joined = std::get_if<proto::Joined>(&message)) {
        after_joined(*joined, now);
    } else if (const auto* error = std::get_if<proto::Error>(&message)) {
        on_error(*error);
    } else if (std::holds_alternative<proto::RoomSnapshotMessage>(message) ||
               std::holds_alternative<proto::LobbyRoster>(message)) {
        // Solo play starts once the seat is taken and the room is known to be in its lobby.
        if (entry_.start_when_seated && !start_sent_ && model_.is_player() &&
            model_.is_facilitator() && model_.snapshot &&
            model_.snapshot->phase == proto::RoomPhase::Lobby) {
            start_sent_ = true;
            transmit(proto::Start{});
        }
    }
}

void ServerConnection::enter_room() {
    if (entered_ || token_) {
        reentering_ = true;
        if (token_ && !resume_refused_) {
            transmit(proto::Reconnect{room_code_, *token_});
            return;
        }
        if (!entry_.secret.empty()) {
            transmit(proto::AttachFacilitator{room_code_, entry_.secret});
            return;
        }
        if (entry_.kind == RoomEntry::Kind::Spectate) {
            transmit(proto::Spectate{room_code_});
            return;
        }
        if (entry_.kind == RoomEntry::Kind::Join) {
            reentering_ = false;
            transmit(proto::Join{room_code_, entry_.name});
            return;
        }
    }
    switch (entry_.kind) {
    case RoomEntry::Kind::Create:
        transmit(proto::CreateRoom{entry_.settings, entry_.secret, entry_.name});
        break;
    case RoomEntry::Kind::Join:
        transmit(proto::Join{room_code_, entry_.name});
        break;
    case RoomEntry::Kind::Spectate:
        transmit(proto::Spectate{room_code_});
        break;
    case RoomEntry::Kind::Attach:
        transmit(proto::AttachFacilitator{room_code_, entry_.secret});
        break;
    }
}

void ServerConnection::after_joined(const proto::Joined& joined, Clock::time_point) {
    room_code_ = joined.code;
    entered_ = true;
    attempts_ = 0;
    if (joined.token) {
        token_ = joined.token;
    }
    if (!model_.scenario || model_.scenario->id != joined.scenario) {
        load_scenario(joined.scenario);
    }
    if (reentering_) {
        reentering_ = false;
        model_.notice = (joined.roles & proto::kRolePlayer) != 0 ? tr_.text("session.seat_back")
                        : (joined.roles & proto::kRoleFacilitator) != 0
                            ? tr_.text("session.facilitator_back")
                            : tr_.text("session.room_back");
    }
    if (entry_.take_seat && !seat_requested_ && (joined.roles & proto::kRolePlayer) == 0 &&
        (joined.roles & proto::kRoleFacilitator) != 0) {
        seat_requested_ = true;
        transmit(proto::Join{joined.code, entry_.name});
    }
    remember_seat();
}

void ServerConnection::on_error(const proto::Error& error) {
    using proto::ErrorCode;
    const auto about = static_cast<proto::MessageType>(error.about);
    if (error.code == ErrorCode::BadToken && about == proto::MessageType::Reconnect) {
        // The seat is gone (the game ended, or the facilitator freed it): enter afresh.
        token_.reset();
        resume_refused_ = true;
        tokens_.forget(model_.server_address, room_code_);
        if (!model_.in_room() && entry_.kind == RoomEntry::Kind::Join) {
            reentering_ = false;
            transmit(proto::Join{room_code_, entry_.name});
            return;
        }
        if (!model_.in_room() && !entry_.secret.empty()) {
            transmit(proto::AttachFacilitator{room_code_, entry_.secret});
            return;
        }
    }
    if (error.code == ErrorCode::Kicked) {
        const bool replaced = about == proto::MessageType::Reconnect;
        if (!replaced) {
            token_.reset();
            tokens_.forget(model_.server_address, room_code_);
        }
        if (!model_.in_room()) {
            // Nothing left to take back: do not fight a newer connection for the seat.
            set_state(ConnectionState::Failed,
                      tr_.text(replaced ? "session.replaced" : "session.kicked"));
            host_.reset();
            retry_at_.reset();
        } else {
            model_.notice = tr_.text(replaced ? "session.replaced" : "session.kicked");
        }
        return;
    }
    if (entering(error.about) && !model_.in_room()) {
        set_state(ConnectionState::Failed, entry_problem(tr_, error));
        host_.reset();
        retry_at_.reset();
    }
}

void ServerConnection::load_scenario(const std::string& id) {
    const auto path = scenarios_ / (id + ".json");
    std::ifstream in(path);
    if (!in) {
        model_.scenario.reset();
        return;
    }
    std::stringstream text;
    text << in.rdbuf();
    ScenarioLoad load = parse_scenario(text.str(), path.filename().string());
    model_.scenario =
        load.scenario ? std::make_shared<const Scenario>(std::move(*load.scenario)) : nullptr;
}

void ServerConnection::remember_seat() {
    if (!entry_.remember || room_code_.empty()) {
        return;
    }
    StoredSeat seat = tokens_.find(model_.server_address, room_code_).value_or(StoredSeat{});
    seat.server = model_.server_address;
    seat.code = room_code_;
    seat.token = token_;
    if (!entry_.secret.empty()) {
        seat.secret = entry_.secret;
    }
    if (!entry_.name.empty()) {
        seat.name = entry_.name;
    }
    if (entry_.server_port != 0) {
        seat.server_pid = entry_.server_pid;
        seat.server_port = entry_.server_port;
        seat.database = entry_.database;
    }
    tokens_.remember(std::move(seat));
}

void ServerConnection::transmit(const proto::Message& message) {
    if (!host_ || !connected_) {
        return;
    }
    const auto bytes = proto::encode(message);
    const auto channel =
        static_cast<std::uint8_t>(proto::message_info(proto::type_of(message)).channel);
    host_->send(peer_, channel, bytes);
    host_->flush();
}

void ServerConnection::send(const proto::Message& message) {
    if (welcomed_) {
        transmit(message);
    }
}

void ServerConnection::submit(const Decision& decision) {
    send(proto::SubmitDecision{model_.next_seq++, decision});
}

void ServerConnection::acknowledge_notice() {
    model_.notice.clear();
    model_.last_error.reset();
}

void ServerConnection::close() {
    retry_at_.reset();
    if (host_ && connected_) {
        if (model_.in_room()) {
            transmit(proto::LeaveRoom{});
        }
        host_->disconnect(peer_);
        // A few short services let the goodbye out, so the server frees the seat at once.
        for (int i = 0; i < 10 && host_->peer_count() > 0; ++i) {
            host_->service(5);
        }
    }
    host_.reset();
    connected_ = false;
    welcomed_ = false;
    peer_ = 0;
    const std::string address = model_.server_address;
    model_ = SessionModel();
    model_.server_address = address;
}

} // namespace hr::client
