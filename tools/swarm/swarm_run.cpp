#include "swarm_run.hpp"

#include "child_process.hpp"
#include "clock.hpp"
#include "decision_plan.hpp"
#include "net/net_error.hpp"
#include "protocol/message_codec.hpp"
#include "swarm_worker.hpp"

#include <unistd.h>

#include <cstdio>
#include <stdexcept>
#include <thread>

namespace hr::swarm {

namespace {

constexpr std::int64_t kSecondNs = 1'000'000'000;

bool is_local(const std::string& host) {
    return host == "localhost" || host.rfind("127.", 0) == 0 || host == "::1";
}

// One line on stderr, rewritten in place on a terminal and repeated every few seconds otherwise.
class Progress {
  public:
    explicit Progress(bool enabled) : enabled_(enabled), tty_(isatty(STDERR_FILENO) == 1) {}

    void show(const std::string& text, bool force = false) {
        if (!enabled_) {
            return;
        }
        const std::int64_t now = now_ns();
        if (tty_) {
            if (force || now - last_ >= kSecondNs / 4) {
                std::fprintf(stderr, "\r\033[K%s", text.c_str());
                last_ = now;
            }
        } else if (force || now - last_ >= 5 * kSecondNs) {
            std::fprintf(stderr, "%s\n", text.c_str());
            last_ = now;
        }
    }
    void done() {
        if (enabled_ && tty_) {
            std::fprintf(stderr, "\n");
        }
    }

  private:
    bool enabled_;
    bool tty_;
    std::int64_t last_ = 0;
};

std::size_t mean_frame_size(const std::vector<RoomPlan>& plans) {
    std::size_t bytes = 0;
    std::size_t count = 0;
    for (const RoomPlan& plan : plans) {
        for (const auto& round : plan.frames) {
            for (const auto& frame : round) {
                bytes += frame.size();
                ++count;
            }
        }
    }
    return count == 0 ? 0 : bytes / count;
}

EchoReport measure_echo(const SwarmOptions& o, std::size_t request_bytes, Progress& progress) {
    EchoReport report;
    report.request_bytes = request_bytes;
    report.reply_bytes = proto::encode(proto::DecisionAck{1, 1}).size();
    ChildProcess server(self_executable(),
                        {"--serve-echo", "--echo-reply-bytes", std::to_string(report.reply_bytes)});
    const std::string line = server.read_line();
    const auto at = line.rfind(' ');
    const auto endpoint = parse_endpoint(at == std::string::npos ? line : line.substr(at + 1));
    if (!endpoint) {
        throw std::runtime_error("the echo server did not say where it listens: " + line);
    }
    EchoOptions e;
    e.host = "127.0.0.1";
    e.port = endpoint->second;
    e.clients = o.echo_clients > 0 ? o.echo_clients : o.rooms * o.players;
    e.rounds = o.rounds;
    e.window_ms = o.submit_window_ms;
    e.request_bytes = request_bytes;
    e.peers_per_host = o.peers_per_host;
    e.connect_batch = o.connect_batch;
    e.seed = o.seed;
    e.timeout_seconds = o.setup_timeout_seconds;
    progress.show("echo: " + std::to_string(e.clients) + " clients, " + std::to_string(e.rounds) +
                      " rounds",
                  true);
    report.server_start = sample_process(server.pid());
    report.result = run_echo(e);
    report.server_end = sample_process(server.pid());
    return report;
}

std::string progress_line(const SwarmSignals& s, int rooms, int connections, bool in_game) {
    char text[256];
    if (!in_game) {
        std::snprintf(text, sizeof text, "setup: %d/%d connected, %d failed, %d/%d rooms ready",
                      s.connected.load(), connections, s.failed.load(), s.settled_rooms.load(),
                      rooms);
    } else {
        std::snprintf(text, sizeof text,
                      "games: %d/%d over | decisions %lld sent, %lld acknowledged | results %lld "
                      "| failed %d",
                      s.over_rooms.load(), rooms, static_cast<long long>(s.sent.load()),
                      static_cast<long long>(s.acknowledged.load()),
                      static_cast<long long>(s.round_results.load()), s.failed.load());
    }
    return text;
}

} // namespace

SwarmReport run_swarm(const SwarmOptions& o, const std::string& command_line) {
    SwarmReport report;
    report.options = o;
    report.command_line = command_line;
    report.machine_start = machine_info();
    Progress progress(o.progress);
    const int per_room = connections_per_room(o);
    const int rooms_per_host = std::max(1, o.peers_per_host / per_room);
    report.hosts = (o.rooms + rooms_per_host - 1) / rooms_per_host;
    raise_file_limit(static_cast<std::uint64_t>(o.rooms * per_room) + 256);

    const std::int64_t plan_start = now_ns();
    progress.show("planning " + std::to_string(o.rooms) + " games", true);
    const auto scenario = load_scenario(o.scenarios_dir, o.scenario);
    const std::vector<RoomPlan> plans = plan_rooms(scenario, o.seed, o.rooms, o.players, o.rounds,
                                                   std::thread::hardware_concurrency());
    report.plan_seconds = ns_to_ms(now_ns() - plan_start) / 1000.0;
    for (const RoomPlan& plan : plans) {
        report.decisions_planned += plan.decisions();
    }

    if (o.echo) {
        report.echo = measure_echo(o, mean_frame_size(plans), progress);
    }
    report.server_pid = o.server_pid;
    if (!report.server_pid && is_local(o.server_host)) {
        report.server_pid = find_udp_listener(o.server_port);
    }

    SwarmSignals signals;
    std::vector<SwarmWorker> workers;
    for (int first = 0; first < o.rooms; first += rooms_per_host) {
        workers.emplace_back(o, plans, first, std::min(rooms_per_host, o.rooms - first), signals);
    }
    std::vector<std::string> worker_errors(workers.size());
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < workers.size(); ++i) {
        threads.emplace_back([&, i] {
            try {
                workers[i].run();
            } catch (const net::NetError& e) {
                worker_errors[i] = e.what();
            }
        });
    }

    const int connections = o.rooms * per_room;
    const std::int64_t setup_start = now_ns();
    const std::int64_t setup_deadline = setup_start + o.setup_timeout_seconds * kSecondNs;
    while (signals.settled_rooms.load() < o.rooms && now_ns() < setup_deadline) {
        progress.show(progress_line(signals, o.rooms, connections, false));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    progress.show(progress_line(signals, o.rooms, connections, false), true);
    progress.done();

    report.server_start = report.server_pid ? sample_process(*report.server_pid) : std::nullopt;
    report.self_start = sample_self();
    const NetCounters net_start = net_counters();
    const UdpDrops drops_start = udp_drops(o.server_port);
    const std::int64_t game_start = now_ns();
    report.setup_seconds = ns_to_ms(game_start - setup_start) / 1000.0;
    signals.go_ns = game_start;
    signals.go = true;

    const int game_timeout =
        o.game_timeout_seconds > 0 ? o.game_timeout_seconds : o.rounds * o.round_seconds * 3 + 60;
    const std::int64_t game_deadline = game_start + game_timeout * kSecondNs;
    while (signals.over_rooms.load() < o.rooms && now_ns() < game_deadline) {
        progress.show(progress_line(signals, o.rooms, connections, true));
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    const std::int64_t game_end = now_ns();
    report.server_end = report.server_pid ? sample_process(*report.server_pid) : std::nullopt;
    report.self_end = sample_self();
    report.net = net_counters() - net_start;
    const UdpDrops drops_end = udp_drops(o.server_port);
    report.socket_drops = {drops_end.port - drops_start.port, drops_end.own - drops_start.own};
    report.game_seconds = ns_to_ms(game_end - game_start) / 1000.0;
    progress.show(progress_line(signals, o.rooms, connections, true), true);
    progress.done();

    signals.stop = true;
    for (auto& t : threads) {
        t.join();
    }
    for (const std::string& e : worker_errors) {
        if (!e.empty()) {
            throw std::runtime_error("client host: " + e);
        }
    }
    for (SwarmWorker& w : workers) {
        report.tally.merge(w.take_tally());
    }
    report.machine_end = machine_info();
    return report;
}

} // namespace hr::swarm
