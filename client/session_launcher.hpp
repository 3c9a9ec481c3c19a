#pragma once
// The network side of the client, as the screens see it: it carries out what the home, join and
// host screens ask for (starting a server child process for solo play and classrooms, dialling
// the server), keeps the one ServerConnection, follows the room from screen to screen, and
// draws what concerns every screen (starting, a lost connection, a notice, a failure).
#include "demo_player.hpp"
#include "screen.hpp"
#include "server_connection.hpp"
#include "server_process.hpp"
#include "session_requests.hpp"
#include "token_store.hpp"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

struct LauncherOptions {
    std::filesystem::path server_program = program_beside_client("highroad-server");
    std::filesystem::path assets_dir = HIGHROAD_ASSETS_DIR;
    // Where a classroom server keeps its database and log (it must outlive the client).
    std::filesystem::path data_dir;
    // Where a solo game's database and log go (removed when the game ends).
    std::filesystem::path temp_dir = std::filesystem::temp_directory_path();
    std::optional<std::filesystem::path> token_file = TokenStore::default_path();
    bool demo = false; // a bot plays the player's firm and clicks through
    // How long the demo leaves each round's results on screen.
    std::chrono::milliseconds demo_dwell{2500};
};

// $XDG_DATA_HOME/highroad, else ~/.local/share/highroad, else a folder in the temp directory.
std::filesystem::path default_data_dir();

// What the facilitator shows students so that they can join a classroom server.
struct HostingInfo {
    std::vector<std::string> addresses; // LAN addresses of this computer, best first
    std::uint16_t port = 0;             // 0: this client hosts nothing
    bool active() const { return port != 0; }
};

// Where students join the room this client is in: this computer's LAN addresses and the port
// of its server when it hosts, else the address it dialled.
std::vector<std::string> join_addresses(const HostingInfo& hosting, const SessionModel& model);
std::uint16_t join_port(const HostingInfo& hosting, const SessionModel& model);

class SessionDirector final : public SessionLauncher, public SessionActions {
  public:
    SessionDirector(const Translations& tr, LauncherOptions options);
    ~SessionDirector() override;
    SessionDirector(const SessionDirector&) = delete;
    SessionDirector& operator=(const SessionDirector&) = delete;

    // SessionLauncher
    void start_solo(const SoloRequest& request) override;
    void join(const JoinRequest& request) override;
    void host(const HostRequest& request) override;
    // Takes the facilitator's place again in the room this computer hosted last, if its server
    // still runs. False when there is nothing to resume.
    bool resume_hosting();

    // Once a frame, from the App's frame hook. `screen` is the one on top of the App's stack.
    void frame(ScreenContext& ctx, std::optional<ScreenId> screen);

    const HostingInfo& hosting() const { return hosting_; }
    ServerConnection& connection() { return connection_; }
    const TokenStore& tokens() const { return tokens_; }
    bool demo() const { return options_.demo; }

    // SessionActions: the screens act through the connection; leaving also stops a solo server
    // and goes back home.
    const SessionModel& model() const override { return connection_.model(); }
    void send(const proto::Message& message) override { connection_.send(message); }
    void submit(const Decision& decision) override { connection_.submit(decision); }
    void acknowledge_notice() override { connection_.acknowledge_notice(); }
    void leave() override;

  private:
    // A server child process being started, and what to do once it listens.
    struct PendingServer {
        ServerProcess process;
        RoomEntry entry;
        std::chrono::steady_clock::time_point since;
        bool retried_on_free_port = false;
        ServerLaunch launch;
    };

    void start_server(const ServerLaunch& launch, RoomEntry entry);
    void poll_server(std::chrono::steady_clock::time_point now);
    void follow_room(ScreenContext& ctx, std::optional<ScreenId> screen);
    void draw_overlays(ScreenContext& ctx);
    void fail(std::string problem);
    void end_solo_server();
    std::string player_name(const std::string& requested) const;

    const Translations& tr_;
    LauncherOptions options_;
    TokenStore tokens_;
    ServerConnection connection_;
    std::optional<PendingServer> pending_;
    std::optional<ServerProcess> server_; // the child server, once it listens
    std::filesystem::path solo_dir_;      // a solo game's files, removed at the end
    HostingInfo hosting_;
    // For --host: create a room when the remembered one is gone.
    std::optional<HostRequest> create_if_gone_;
    DemoPlayer demo_;

    // Navigation: the room's phase last seen, and whether the room's first screen is open.
    bool placed_ = false;
    proto::RoomPhase last_phase_ = proto::RoomPhase::Lobby;
    bool left_home_ = false;
    std::optional<std::chrono::steady_clock::time_point> notice_since_;
};

} // namespace hr::client
