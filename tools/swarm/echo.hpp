#pragma once
// The yardstick for the server's acknowledgement latency: a bare ENet echo on the same machine.
// An echo server (this program with --serve-echo, its own process like the game server) answers
// every packet with a reply of the acknowledgement's size; the echo load has the swarm's shape
// (as many connections, each sending one decision-sized packet per one-second round at a seeded
// moment) and times each round trip.
#include "process_probe.hpp"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hr::swarm {

// Serves until `stop`; prints "highroad-swarm echo listening on <address>:<port>" first.
// Returns the process's exit code.
int serve_echo(const std::string& bind, std::uint16_t port, std::size_t reply_bytes,
               const std::atomic<bool>& stop);

struct EchoOptions {
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;
    int clients = 1;
    int rounds = 10;
    int window_ms = 1000; // a round's length; each client sends once at a moment within it
    std::size_t request_bytes = 200;
    int peers_per_host = 1024;
    int connect_batch = 64;
    std::uint64_t seed = 1;
    int timeout_seconds = 120;
};

struct EchoResult {
    int clients = 0;
    std::uint64_t connection_failures = 0;
    std::uint64_t sent = 0;
    std::uint64_t answered = 0;
    std::vector<double> rtt_ms;
    double seconds = 0; // from the first request to the last answer
};

// Runs the echo load against a running echo server.
EchoResult run_echo(const EchoOptions& options);

} // namespace hr::swarm
