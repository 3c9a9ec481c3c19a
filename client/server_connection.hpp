#pragma once
// The client's one connection to a session server: the handshake, entering a room, every server
// message into the SessionModel, and taking the seat back after a drop. It implements the
// SessionActions the screens call. Poll it once a frame; nothing here blocks.
#include "protocol/messages.hpp"
#include "session_model.hpp"
#include "token_store.hpp"
#include "translations.hpp"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace hr::net {
class Host;
}

namespace hr::client {

// How to enter a room once the server has welcomed the client.
struct RoomEntry {
    enum class Kind { Create, Join, Spectate, Attach };
    Kind kind = Kind::Join;
    std::string code;             // Join, Spectate, Attach
    std::string name;             // the display name (Create: the facilitator's)
    proto::RoomSettings settings; // Create
    std::string secret;           // Create, Attach: the facilitator secret
    // Create: also take a seat as a player with `name`, then start at once (solo play).
    bool take_seat = false;
    bool start_when_seated = false;
    // Keep the token and the secret in the TokenStore (not for solo: its server is gone after).
    bool remember = true;
    // A server this client started for a classroom: remembered with the room, so that a
    // restarted client finds it again.
    int server_pid = 0;
    std::uint16_t server_port = 0;
    std::string database;
};

class ServerConnection final : public SessionActions {
  public:
    using Clock = std::chrono::steady_clock;

    // `scenarios` is the folder the room's scenario is loaded from, for the screens.
    ServerConnection(const Translations& tr, TokenStore& tokens, std::filesystem::path scenarios);
    ~ServerConnection() override;
    ServerConnection(const ServerConnection&) = delete;
    ServerConnection& operator=(const ServerConnection&) = delete;

    // Dials the server and enters the room as `entry` says; forgets any earlier session.
    void open(const std::string& host, std::uint16_t port, RoomEntry entry);
    // Services the network: events in, messages into the model, reconnection when due.
    void poll(Clock::time_point now);
    void poll() { poll(Clock::now()); }
    // Leaves the room and hangs up; the model goes back to Idle.
    void close();

    // For the launcher: the states before a connection exists (starting a server, failing).
    void set_state(ConnectionState state, std::string problem = {});
    const RoomEntry& entry() const { return entry_; }
    bool reconnecting() const { return model_.connection == ConnectionState::Lost; }
    int reconnect_attempts() const { return attempts_; }
    // Clears the one-time notice once it has been shown, leaving the last error for the screen
    // that shows it.
    void clear_notice() { model_.notice.clear(); }

    // SessionActions
    const SessionModel& model() const override { return model_; }
    void send(const proto::Message& message) override;
    void submit(const Decision& decision) override;
    void acknowledge_notice() override;
    void leave() override { close(); }

  private:
    void dial();
    void on_connected();
    void on_disconnected(Clock::time_point now);
    void on_message(const proto::Message& message, Clock::time_point now);
    void enter_room();
    void after_joined(const proto::Joined& joined, Clock::time_point now);
    void on_error(const proto::Error& error);
    void load_scenario(const std::string& id);
    void remember_seat();
    void transmit(const proto::Message& message);

    const Translations& tr_;
    TokenStore& tokens_;
    std::filesystem::path scenarios_;
    std::unique_ptr<net::Host> host_;
    std::uint32_t peer_ = 0; // 0: none
    bool connected_ = false;
    bool welcomed_ = false;

    std::string server_host_;
    std::uint16_t server_port_ = 0;
    RoomEntry entry_;
    std::string room_code_; // once known (RoomCreated or Joined)
    std::optional<proto::ReconnectToken> token_;
    bool entered_ = false;    // has been in the room on this or an earlier connection
    bool reentering_ = false; // the room entry in flight is a reconnection
    bool seat_requested_ = false;
    bool start_sent_ = false;
    bool resume_refused_ = false;  // the server holds no seat for our token: join afresh
    bool server_stopping_ = false; // said goodbye with Refusal{ShuttingDown}
    int attempts_ = 0;
    std::optional<Clock::time_point> retry_at_;

    SessionModel model_;
};

} // namespace hr::client
