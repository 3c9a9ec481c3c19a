#pragma once
// What highroad-swarm is asked to do: the load (rooms, seats, rounds), where the server is, and
// how the load driver spreads its connections.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

namespace hr::swarm {

struct SwarmOptions {
    std::string server_host = "127.0.0.1";
    std::uint16_t server_port = 7777;
    int rooms = 125;
    int players = 8; // seats per room, each its own connection; the facilitator has one more
    // The facilitator's connection also takes a seat (solo-style), so that a room costs `players`
    // connections instead of players + 1: one server holds at most 4095.
    bool facilitator_plays = false;
    int rounds = 10;
    int round_seconds = 5;
    std::string scenario = "sinos-valley";
    std::filesystem::path scenarios_dir; // where <scenario>.json is read for the plan
    std::uint64_t seed = 1;              // room r plays the game of seed + r
    int submit_window_ms = 1000;         // each seat submits at a random moment within it
    // Connections (ENet peers) per client host; each host is a UDP socket serviced by its own
    // thread, so a room's seats and facilitator always share a host.
    int peers_per_host = 1024;
    int connect_batch = 64; // connections being opened at once, per host
    int setup_timeout_seconds = 120;
    int game_timeout_seconds = 0; // 0: rounds * round_seconds * 3 + 60
    std::optional<int> server_pid;
    bool progress = true;
    std::string json_path;
    // The bare ENet echo measured in the same run, before the game.
    bool echo = false;
    int echo_clients = 0; // 0: as many as the swarm's seats
};

// The socket buffers of every host of the swarm and of its echo server: as the game server's,
// so that a burst of datagrams is not dropped on the load driver's side either.
inline constexpr std::size_t kSocketBufferBytes = 4 * 1024 * 1024;

// Connections a room needs.
inline int connections_per_room(const SwarmOptions& o) {
    return o.players + (o.facilitator_plays ? 0 : 1);
}

// The host and port of "host:port"; nothing when it does not parse.
std::optional<std::pair<std::string, std::uint16_t>> parse_endpoint(const std::string& text);

} // namespace hr::swarm
