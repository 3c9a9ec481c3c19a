// highroad-swarm: bot clients playing real games against a running highroad-server over ENet,
// every seat its own connection, and the load figures (docs/PERFORMANCE.md). Exits with 0 when
// every game completed with every decision acknowledged, 1 when not, 2 on a usage error and 3
// when the run could not begin.
#include "echo.hpp"
#include "protocol/message_codec.hpp"
#include "swarm_options.hpp"
#include "swarm_run.hpp"

#include <CLI/CLI.hpp>

#include <atomic>
#include <csignal>
#include <fstream>
#include <iostream>

namespace {

std::atomic<bool> g_stop{false};

extern "C" void on_signal(int /*signal*/) {
    g_stop.store(true);
}

std::string joined(int argc, char** argv) {
    std::string out;
    for (int i = 0; i < argc; ++i) {
        out += (i == 0 ? "" : " ") + std::string(i == 0 ? "highroad-swarm" : argv[i]);
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    hr::swarm::SwarmOptions o;
    o.scenarios_dir = HIGHROAD_ASSETS_DIR "/scenarios";
    CLI::App app{"highroad-swarm: bot clients playing real games against a highroad-server over "
                 "ENet (every seat its own connection), with latency, bandwidth and the server's "
                 "CPU and memory"};
    app.get_formatter()->column_width(32);
    std::string server;
    int server_pid = 0;
    bool serve = false;
    std::string echo_bind = "127.0.0.1";
    std::uint16_t echo_port = 0;
    std::size_t echo_reply = hr::proto::encode(hr::proto::DecisionAck{1, 1}).size();

    app.add_option("--server", server, "the server's host:port, e.g. 127.0.0.1:7777");
    app.add_option("--rooms", o.rooms, "rooms, each created by a facilitator connection")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    app.add_option("--players", o.players, "seats per room, each its own connection")
        ->check(CLI::Range(1, 16))
        ->capture_default_str();
    app.add_flag("--facilitator-plays", o.facilitator_plays,
                 "the facilitator's connection also takes a seat: a room costs --players "
                 "connections, not one more (one server holds at most 4095)");
    app.add_option("--rounds", o.rounds, "rounds per game")
        ->check(CLI::Range(1, 60))
        ->capture_default_str();
    app.add_option("--round-seconds", o.round_seconds,
                   "the rooms' round deadline (a round closes early once every seat submitted)")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    app.add_option("--json", o.json_path, "write the full report here");
    app.add_option("--scenario", o.scenario, "scenario id the rooms play")->capture_default_str();
    app.add_option("--scenarios", o.scenarios_dir,
                   "folder holding <scenario>.json, as the server's --scenarios")
        ->capture_default_str();
    app.add_option("--seed", o.seed, "room r plays the game of seed + r; also seeds the moments")
        ->capture_default_str();
    app.add_option("--submit-window-ms", o.submit_window_ms,
                   "each seat submits at a seeded moment within this long after its round opens")
        ->check(CLI::Range(1, 600000))
        ->capture_default_str();
    app.add_option("--peers-per-host", o.peers_per_host,
                   "connections per client host (a UDP socket and a thread); whole rooms per host")
        ->check(CLI::Range(1, 4095))
        ->capture_default_str();
    app.add_option("--connect-batch", o.connect_batch, "connections opening at once, per host")
        ->check(CLI::Range(1, 4095))
        ->capture_default_str();
    app.add_option("--setup-timeout", o.setup_timeout_seconds,
                   "seconds to wait for every seat before starting the games anyway")
        ->check(CLI::Range(1, 3600))
        ->capture_default_str();
    app.add_option("--game-timeout", o.game_timeout_seconds,
                   "seconds to wait for the games' end (0: rounds * round-seconds * 3 + 60)")
        ->check(CLI::Range(0, 86400))
        ->capture_default_str();
    app.add_option("--server-pid", server_pid,
                   "the server's process id, for its CPU and memory (default: found from the "
                   "UDP port when the server runs on this machine)");
    app.add_flag("!--no-progress", o.progress, "no progress line on stderr");
    app.add_flag("--echo", o.echo,
                 "first measure a bare ENet echo with the same shape of load, side by side");
    app.add_option("--echo-clients", o.echo_clients,
                   "connections of the echo load (default: as many as the swarm's seats)")
        ->check(CLI::Range(0, 100000));
    app.add_flag("--serve-echo", serve, "be a bare ENet echo server instead (until SIGTERM)");
    app.add_option("--echo-bind", echo_bind, "address the echo server listens on")
        ->capture_default_str();
    app.add_option("--echo-port", echo_port, "port of the echo server (0: a free one)")
        ->capture_default_str();
    app.add_option("--echo-reply-bytes", echo_reply,
                   "size of the echo server's replies (default: a DecisionAck's)")
        ->capture_default_str();
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    if (serve) {
        std::signal(SIGINT, on_signal);
        std::signal(SIGTERM, on_signal);
        return hr::swarm::serve_echo(echo_bind, echo_port, echo_reply, g_stop);
    }
    const auto endpoint = hr::swarm::parse_endpoint(server);
    if (!endpoint) {
        std::cerr << "highroad-swarm: --server needs host:port, e.g. 127.0.0.1:7777\n";
        return 2;
    }
    o.server_host = endpoint->first;
    o.server_port = endpoint->second;
    if (server_pid > 0) {
        o.server_pid = server_pid;
    }
    try {
        const hr::swarm::SwarmReport report = hr::swarm::run_swarm(o, joined(argc, argv));
        std::cout << hr::swarm::summary_text(report);
        if (!o.json_path.empty()) {
            std::ofstream out(o.json_path);
            out << hr::swarm::to_json(report).dump(2) << "\n";
            if (!out) {
                std::cerr << "highroad-swarm: cannot write " << o.json_path << "\n";
                return 3;
            }
        }
        return report.clean() ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "highroad-swarm: " << e.what() << "\n";
        return 3;
    }
}
