#include "swarm_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace hr::swarm {

namespace {

double round_to(double x, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(x * scale) / scale;
}

// `rounds`: connections times rounds, for the bytes each connection gets a round.
nlohmann::json sizes(const TallyByType& by_type, double rounds) {
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [type, t] : by_type) {
        out[type] = {{"count", t.count},
                     {"bytes_min", t.min},
                     {"bytes_mean", round_to(t.mean(), 1)},
                     {"bytes_max", t.max},
                     {"bytes_per_connection_round",
                      round_to(rounds > 0 ? static_cast<double>(t.bytes) / rounds : 0, 1)}};
    }
    return out;
}

nlohmann::json process_json(const std::optional<ProcessSample>& start,
                            const std::optional<ProcessSample>& end, double client_rounds) {
    if (!start || !end) {
        return nullptr;
    }
    const double cpu = end->cpu_seconds - start->cpu_seconds;
    return {{"cpu_seconds", round_to(cpu, 3)},
            {"cpu_ms_per_client_round", round_to(cpu * 1000 / client_rounds, 4)},
            {"peak_memory_kb", end->peak_rss_kb},
            {"memory_at_end_kb", end->rss_kb},
            {"memory_at_start_kb", start->rss_kb}};
}

double per(std::uint64_t bytes, double client_rounds) {
    return client_rounds > 0 ? round_to(static_cast<double>(bytes) / client_rounds, 1) : 0;
}

std::string ms(double x) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f ms", x);
    return text;
}

} // namespace

int SwarmReport::games_completed() const {
    return static_cast<int>(std::count_if(tally.rooms.begin(), tally.rooms.end(),
                                          [](const RoomOutcome& r) { return r.completed; }));
}

int SwarmReport::hashes_matching() const {
    return static_cast<int>(std::count_if(tally.rooms.begin(), tally.rooms.end(),
                                          [](const RoomOutcome& r) { return r.hash_matches; }));
}

std::uint64_t SwarmReport::decisions_lost() const {
    return tally.decisions_sent - std::min(tally.decisions_sent, tally.decisions_acknowledged);
}

bool SwarmReport::clean() const {
    return games_completed() == options.rooms && decisions_lost() == 0 &&
           tally.connection_failures == 0 && tally.disconnects == 0 && tally.join_failures == 0 &&
           tally.decisions_sent == decisions_planned;
}

nlohmann::json to_json(const LatencySummary& s) {
    return {{"count", s.count},          {"min", round_to(s.min, 4)}, {"mean", round_to(s.mean, 4)},
            {"p50", round_to(s.p50, 4)}, {"p90", round_to(s.p90, 4)}, {"p99", round_to(s.p99, 4)},
            {"max", round_to(s.max, 4)}};
}

nlohmann::json to_json(const SwarmReport& r) {
    const SwarmOptions& o = r.options;
    const double client_rounds = r.client_rounds();
    const double room_rounds = static_cast<double>(o.rooms) * o.rounds;
    nlohmann::json j;
    j["command"] = r.command_line;
    j["machine"] = {
        {"cores", r.machine_start.cores},
        {"cpu_model", r.machine_start.cpu_model},
        {"memory_kb", r.machine_start.memory_kb},
        {"load_average_at_start",
         {r.machine_start.load1, r.machine_start.load5, r.machine_start.load15}},
        {"load_average_at_end", {r.machine_end.load1, r.machine_end.load5, r.machine_end.load15}}};
    j["settings"] = {{"server", o.server_host + ":" + std::to_string(o.server_port)},
                     {"rooms", o.rooms},
                     {"players", o.players},
                     {"facilitator_plays", o.facilitator_plays},
                     {"rounds", o.rounds},
                     {"round_seconds", o.round_seconds},
                     {"scenario", o.scenario},
                     {"seed", o.seed},
                     {"submit_window_ms", o.submit_window_ms},
                     {"peers_per_host", o.peers_per_host},
                     {"client_hosts", r.hosts}};
    j["clients"] = r.clients();
    j["connections"] = o.rooms * connections_per_room(o);
    j["durations_seconds"] = {{"plan", round_to(r.plan_seconds, 3)},
                              {"setup", round_to(r.setup_seconds, 3)},
                              {"games", round_to(r.game_seconds, 3)}};
    j["games"] = {{"rooms", o.rooms},
                  {"completed", r.games_completed()},
                  {"final_state_matches_plan", r.hashes_matching()}};
    nlohmann::json refused = nlohmann::json::object();
    std::uint64_t refused_total = 0;
    for (const auto& [code, n] : r.tally.decisions_refused) {
        refused[code] = n;
        refused_total += n;
    }
    j["decisions"] = {{"planned", r.decisions_planned},
                      {"sent", r.tally.decisions_sent},
                      {"acknowledged", r.tally.decisions_acknowledged},
                      {"refused", refused_total},
                      {"refused_by_error", refused},
                      {"lost", r.decisions_lost()}};
    j["ack_latency_ms"] = to_json(summarize(r.tally.ack_ms));
    nlohmann::json by_second = nlohmann::json::array();
    for (const LatencySummary& s : summarize_by_time(r.tally.ack_sent_s, r.tally.ack_ms, 1.0)) {
        by_second.push_back({{"count", s.count},
                             {"p50", round_to(s.p50, 3)},
                             {"p99", round_to(s.p99, 3)},
                             {"max", round_to(s.max, 3)}});
    }
    j["ack_latency_ms_by_second_sent"] = std::move(by_second);
    j["results_delay_ms"] = {
        {"last_ack_to_last_seat", to_json(summarize(r.tally.results_after_ack_ms))},
        {"first_to_last_seat", to_json(summarize(r.tally.results_spread_ms))}};
    j["bytes_per_client_round"] = {
        {"from_server", per(r.tally.players.received, r.player_connection_rounds())},
        {"to_server", per(r.tally.players.sent, r.player_connection_rounds())},
        {"facilitator_from_server_per_room_round", per(r.tally.facilitators.received, room_rounds)},
        {"facilitator_to_server_per_room_round", per(r.tally.facilitators.sent, room_rounds)},
        {"loopback_wire_both_directions_all_connections",
         per(r.net.loopback_bytes, client_rounds)}};
    j["message_sizes"] = {
        {"player_sent", sizes(r.tally.players.sent_by_type, r.player_connection_rounds())},
        {"player_received", sizes(r.tally.players.received_by_type, r.player_connection_rounds())},
        {"facilitator_received", sizes(r.tally.facilitators.received_by_type, room_rounds)}};
    j["kernel_udp"] = {{"loopback_bytes", r.net.loopback_bytes},
                       {"loopback_packets", r.net.loopback_packets},
                       {"datagrams_in", r.net.udp_in},
                       {"datagrams_out", r.net.udp_out},
                       {"receive_buffer_drops", r.net.udp_receive_buffer_errors},
                       {"server_socket_drops", r.socket_drops.port},
                       {"swarm_socket_drops", r.socket_drops.own},
                       {"send_buffer_drops", r.net.udp_send_buffer_errors}};
    nlohmann::json other = nlohmann::json::object();
    for (const auto& [what, n] : r.tally.other_errors) {
        other[what] = n;
    }
    j["failures"] = {{"connections", r.tally.connection_failures},
                     {"disconnects", r.tally.disconnects},
                     {"joins", r.tally.join_failures},
                     {"other_errors", other}};
    nlohmann::json rooms = nlohmann::json::array();
    for (const RoomOutcome& room : r.tally.rooms) {
        nlohmann::json x = {{"room", room.index},
                            {"code", room.code},
                            {"completed", room.completed},
                            {"rounds", room.rounds_played},
                            {"final_state_matches_plan", room.hash_matches}};
        if (!room.problem.empty()) {
            x["problem"] = room.problem;
        }
        rooms.push_back(std::move(x));
    }
    j["rooms"] = std::move(rooms);
    j["server"] = process_json(r.server_start, r.server_end, client_rounds);
    if (r.server_pid) {
        j["server"]["pid"] = *r.server_pid;
    }
    j["swarm"] =
        process_json(std::optional(r.self_start), std::optional(r.self_end), client_rounds);
    if (r.echo) {
        const EchoResult& e = r.echo->result;
        const double echo_rounds = static_cast<double>(e.clients) * o.rounds;
        j["echo"] = {
            {"clients", e.clients},
            {"request_bytes", r.echo->request_bytes},
            {"reply_bytes", r.echo->reply_bytes},
            {"sent", e.sent},
            {"answered", e.answered},
            {"connection_failures", e.connection_failures},
            {"rtt_ms", to_json(summarize(e.rtt_ms))},
            {"server", process_json(r.echo->server_start, r.echo->server_end, echo_rounds)}};
        const LatencySummary echo = summarize(e.rtt_ms);
        const LatencySummary ack = summarize(r.tally.ack_ms);
        if (echo.p50 > 0 && echo.p99 > 0) {
            j["ack_over_echo"] = {{"p50", round_to(ack.p50 / echo.p50, 2)},
                                  {"p99", round_to(ack.p99 / echo.p99, 2)}};
        }
    }
    j["clean"] = r.clean();
    return j;
}

std::string summary_text(const SwarmReport& r) {
    const LatencySummary ack = summarize(r.tally.ack_ms);
    const LatencySummary after = summarize(r.tally.results_after_ack_ms);
    const double client_rounds = r.client_rounds();
    const double player_rounds = std::max(1.0, r.player_connection_rounds());
    std::string s;
    s += "clients " + std::to_string(r.clients()) + " (" + std::to_string(r.options.rooms) +
         " rooms of " + std::to_string(r.options.players) + "), " +
         std::to_string(r.options.rounds) + " rounds\n";
    s += "games completed " + std::to_string(r.games_completed()) + "/" +
         std::to_string(r.options.rooms) + ", final state as planned in " +
         std::to_string(r.hashes_matching()) + "\n";
    s += "decisions sent " + std::to_string(r.tally.decisions_sent) + ", acknowledged " +
         std::to_string(r.tally.decisions_acknowledged) + ", lost " +
         std::to_string(r.decisions_lost()) + "\n";
    s += "ack latency p50 " + ms(ack.p50) + ", p99 " + ms(ack.p99) + ", max " + ms(ack.max) + "\n";
    s += "results: last ack to last seat p50 " + ms(after.p50) + ", p99 " + ms(after.p99) +
         ", max " + ms(after.max) + "\n";
    char line[256];
    std::snprintf(line, sizeof line,
                  "bytes per client and round: %.0f from the server, %.0f to it\n",
                  static_cast<double>(r.tally.players.received) / player_rounds,
                  static_cast<double>(r.tally.players.sent) / player_rounds);
    s += line;
    s += "datagrams dropped for full receive buffers: " + std::to_string(r.socket_drops.port) +
         " by the server's socket, " + std::to_string(r.socket_drops.own) + " by the swarm's\n";
    s += "connection failures " + std::to_string(r.tally.connection_failures) + ", disconnects " +
         std::to_string(r.tally.disconnects) + ", join failures " +
         std::to_string(r.tally.join_failures) + "\n";
    if (r.server_start && r.server_end) {
        const double cpu = r.server_end->cpu_seconds - r.server_start->cpu_seconds;
        std::snprintf(line, sizeof line,
                      "server: peak memory %.1f MB, CPU %.2f s = %.4f ms per client-round\n",
                      static_cast<double>(r.server_end->peak_rss_kb) / 1024.0, cpu,
                      cpu * 1000 / client_rounds);
        s += line;
    } else {
        s += "server: not on this machine or not found (use --server-pid)\n";
    }
    const double own = r.self_end.cpu_seconds - r.self_start.cpu_seconds;
    std::snprintf(line, sizeof line, "swarm: CPU %.2f s = %.4f ms per client-round\n", own,
                  own * 1000 / client_rounds);
    s += line;
    if (r.echo) {
        const LatencySummary echo = summarize(r.echo->result.rtt_ms);
        s += "bare ENet echo (" + std::to_string(r.echo->result.clients) + " clients): p50 " +
             ms(echo.p50) + ", p99 " + ms(echo.p99) + ", max " + ms(echo.max) + "\n";
    }
    return s;
}

} // namespace hr::swarm
