#pragma once
// Everything one swarm run measured, the figures derived from it (per client and round), and
// the two ways it is written: JSON for the record, a short text for the terminal.
#include "echo.hpp"
#include "latency_stats.hpp"
#include "machine_info.hpp"
#include "process_probe.hpp"
#include "swarm_options.hpp"
#include "swarm_tally.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace hr::swarm {

struct EchoReport {
    EchoResult result;
    std::size_t request_bytes = 0;
    std::size_t reply_bytes = 0;
    std::optional<ProcessSample> server_start; // the echo server process
    std::optional<ProcessSample> server_end;
};

struct SwarmReport {
    SwarmOptions options;
    std::string command_line;
    MachineInfo machine_start;
    MachineInfo machine_end;             // for the load average at the end
    int hosts = 0;                       // client hosts (UDP sockets, threads) of the swarm
    std::uint64_t decisions_planned = 0; // one per firm and round, but none for a bankrupt firm
    double plan_seconds = 0;
    double setup_seconds = 0;
    double game_seconds = 0; // from the first Start to the last game's end
    SwarmTally tally;
    // The server and the swarm itself, sampled when the games start and when they are over.
    std::optional<int> server_pid;
    std::optional<ProcessSample> server_start;
    std::optional<ProcessSample> server_end;
    ProcessSample self_start;
    ProcessSample self_end;
    NetCounters net; // kernel counters over the games
    // Datagrams dropped over the games by the server's socket (when on this machine) and by the
    // swarm's own sockets, for want of room in their receive buffers.
    UdpDrops socket_drops;
    std::optional<EchoReport> echo;

    int clients() const { return options.rooms * options.players; }
    double client_rounds() const { return static_cast<double>(clients()) * options.rounds; }
    // Rounds times the connections that only play (not a facilitator who plays too).
    double player_connection_rounds() const {
        return static_cast<double>(options.rooms) *
               (options.players - (options.facilitator_plays ? 1 : 0)) * options.rounds;
    }
    int games_completed() const;
    int hashes_matching() const;
    std::uint64_t decisions_lost() const;
    // Every game completed, every decision acknowledged, no connection failed.
    bool clean() const;
};

nlohmann::json to_json(const SwarmReport& report);
nlohmann::json to_json(const LatencySummary& summary);
// A few lines for the terminal.
std::string summary_text(const SwarmReport& report);

} // namespace hr::swarm
