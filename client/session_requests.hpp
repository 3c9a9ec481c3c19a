#pragma once
// What the home, join and host screens ask for: a game to start. The screens collect and check
// the details; a SessionLauncher (the network side of the client) carries them out.
#include <cstdint>
#include <string>

namespace hr::client {

struct SoloRequest {
    std::string scenario; // empty: the server's default scenario
    int firms = 0;        // 0: the scenario's default
    std::string difficulty;
    std::string player_name;
};

struct JoinRequest {
    std::string host;
    std::uint16_t port = 0;
    std::string code;
    std::string player_name;
};

struct HostRequest {
    std::string scenario;
    int firms = 8;
    int rounds = 10;
    int round_seconds = 300;
    bool fill_with_bots = true;
    std::uint16_t port = 0;
};

class SessionLauncher {
  public:
    virtual ~SessionLauncher() = default;
    virtual void start_solo(const SoloRequest& request) = 0;
    virtual void join(const JoinRequest& request) = 0;
    virtual void host(const HostRequest& request) = 0;
};

} // namespace hr::client
