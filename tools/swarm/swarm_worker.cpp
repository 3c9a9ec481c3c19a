#include "swarm_worker.hpp"

#include "clock.hpp"
#include "net/host.hpp"
#include "protocol/frame.hpp"
#include "protocol/message_codec.hpp"

#include <algorithm>
#include <optional>
#include <queue>
#include <string>
#include <unordered_map>

namespace hr::swarm {

namespace {

constexpr std::int64_t kMsNs = 1'000'000;
constexpr std::uint32_t kIdleWaitMs = 10;
constexpr std::int64_t kGoodbyeNs = 2'000 * kMsNs;
constexpr const char* kSecret = "swarm-facilitator-secret";

// An error as a stable key for the tally: its code and its text with numbers masked, so that
// "round 3 is closed" and "round 4 is closed" count together.
std::string error_key(const proto::Error& e) {
    std::string text = e.text.substr(0, 80);
    for (char& c : text) {
        c = c >= '0' && c <= '9' ? '#' : c;
    }
    return "code " + std::to_string(static_cast<int>(e.code)) + ": " + text;
}

std::uint64_t mix(std::uint64_t x) {
    // splitmix64's finalizer: every input bit moves every output bit.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

enum class Role : std::uint8_t { Facilitator, Player };

enum class Stage : std::uint8_t {
    Waiting,    // not dialled yet
    Connecting, // dialled, no Connect event yet
    Greeting,   // Hello sent
    NeedCode,   // welcomed; waits for its room's join code
    Entering,   // CreateRoom or Join sent
    Seated,     // in the room
    Over,       // has the game's end
    Gone,       // failed or lost
};

struct Conn {
    int room = 0; // index into the worker's rooms
    Role role = Role::Player;
    int ordinal = 0;    // seat number within the room, for its display name
    bool plays = false; // holds a seat: a player, or a facilitator who also plays
    net::PeerId peer = 0;
    Stage stage = Stage::Waiting;
    std::optional<FirmId> firm;
    int scheduled_round = 0;
    int sent_round = 0;
    std::int64_t sent_ns = 0;
    bool awaiting_ack = false;
};

struct RoundTimes {
    int received = 0;
    std::int64_t first = 0;
    std::int64_t last = 0;
    std::int64_t last_ack = 0;
};

struct RoomRun {
    int index = 0;            // global room index
    std::vector<int> members; // conns; the facilitator first
    std::string code;
    int seated = 0;
    bool settled = false;
    bool started = false;
    bool over = false;
    std::vector<RoundTimes> rounds;
    int game_overs = 0; // seats that got GameOver
    bool all_completed = true;
    int rounds_played = -1; // the fewest any seat was told
    bool hash_matches = true;
    std::string problem;
};

struct Due {
    std::int64_t at = 0;
    int conn = 0;
    int round = 0;
    bool operator>(const Due& other) const { return at > other.at; }
};

} // namespace

std::int64_t submit_delay_ns(std::uint64_t seed, int room, int firm, int round, int window_ms) {
    const std::uint64_t key =
        mix(mix(mix(seed) ^ static_cast<std::uint64_t>(room)) ^
            (static_cast<std::uint64_t>(firm) << 32 | static_cast<std::uint32_t>(round)));
    const auto window_us = static_cast<std::uint64_t>(std::max(1, window_ms)) * 1000;
    return static_cast<std::int64_t>(key % window_us) * 1000;
}

struct SwarmWorker::Impl {
    const SwarmOptions& options;
    const std::vector<RoomPlan>& plans;
    SwarmSignals& signals;
    std::vector<Conn> conns;
    std::vector<RoomRun> rooms;
    std::unordered_map<net::PeerId, int> by_peer;
    std::optional<net::Host> host;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> due;
    SwarmTally tally;
    std::size_t next_to_dial = 0;
    int dialling = 0;
    bool in_game = false; // traffic is counted from the start of the games

    Impl(const SwarmOptions& o, const std::vector<RoomPlan>& p, int first_room, int room_count,
         SwarmSignals& s)
        : options(o), plans(p), signals(s) {
        for (int r = 0; r < room_count; ++r) {
            RoomRun room;
            room.index = first_room + r;
            room.rounds.resize(static_cast<std::size_t>(options.rounds));
            // A facilitator who plays takes seat 1 itself, and the players the others.
            const int shift = options.facilitator_plays ? 1 : 0;
            for (int m = 0; m < options.players + 1 - shift; ++m) {
                room.members.push_back(static_cast<int>(conns.size()));
                Conn c;
                c.room = r;
                c.role = m == 0 ? Role::Facilitator : Role::Player;
                c.ordinal = m + shift;
                c.plays = m > 0 || options.facilitator_plays;
                conns.push_back(c);
            }
            rooms.push_back(std::move(room));
        }
    }

    Traffic& traffic_of(const Conn& c) {
        return c.role == Role::Facilitator ? tally.facilitators : tally.players;
    }

    void send(int ci, const proto::Message& m) {
        send_bytes(ci, proto::encode(m), proto::message_info(proto::type_of(m)).name);
    }

    void send_bytes(int ci, const std::vector<std::uint8_t>& bytes, std::string_view type) {
        const Conn& c = conns[static_cast<std::size_t>(ci)];
        const auto channel = static_cast<std::uint8_t>(
            proto::message_info(static_cast<proto::MessageType>(bytes[4] | bytes[5] << 8)).channel);
        if (!host->send(c.peer, channel, bytes)) {
            return;
        }
        if (in_game) {
            Traffic& t = traffic_of(c);
            t.sent += bytes.size();
            t.sent_by_type[std::string(type)].add(bytes.size());
        }
    }

    void dial(int ci) {
        Conn& c = conns[static_cast<std::size_t>(ci)];
        const auto peer = host->connect(options.server_host, options.server_port);
        if (!peer) {
            fail(ci, "cannot dial the server");
            ++tally.connection_failures;
            return;
        }
        c.peer = *peer;
        c.stage = Stage::Connecting;
        by_peer[*peer] = ci;
        ++dialling;
    }

    // A member is lost: its room may never settle, and its game ends without it.
    void fail(int ci, const std::string& why) {
        Conn& c = conns[static_cast<std::size_t>(ci)];
        if (c.stage == Stage::Connecting) {
            --dialling;
        }
        c.stage = Stage::Gone;
        c.awaiting_ack = false;
        ++signals.failed;
        RoomRun& room = rooms[static_cast<std::size_t>(c.room)];
        if (room.problem.empty()) {
            room.problem =
                (c.role == Role::Facilitator ? "facilitator: "
                                             : "seat " + std::to_string(c.ordinal) + ": ") +
                why;
        }
        settle(room);
        check_over(room);
    }

    void settle(RoomRun& room) {
        if (room.settled) {
            return;
        }
        bool all_in = true;
        bool any_lost = false;
        for (const int ci : room.members) {
            const Stage s = conns[static_cast<std::size_t>(ci)].stage;
            all_in = all_in && s == Stage::Seated;
            any_lost = any_lost || s == Stage::Gone;
        }
        if (all_in || any_lost) {
            room.settled = true;
            ++signals.settled_rooms;
        }
    }

    void check_over(RoomRun& room) {
        if (room.over || !in_game) {
            return;
        }
        bool over = true;
        if (room.started) {
            for (const int ci : room.members) {
                const Stage s = conns[static_cast<std::size_t>(ci)].stage;
                over = over && (s == Stage::Over || s == Stage::Gone);
            }
        }
        if (over) {
            room.over = true;
            ++signals.over_rooms;
        }
    }

    void start_games() {
        in_game = true;
        for (RoomRun& room : rooms) {
            const int fi = room.members.front();
            if (conns[static_cast<std::size_t>(fi)].stage == Stage::Seated) {
                send(fi, proto::Start{});
                room.started = true;
            } else if (room.problem.empty()) {
                room.problem = "the facilitator is not in the room";
            }
            check_over(room);
        }
        host->flush();
    }

    void on_connect(int ci) {
        Conn& c = conns[static_cast<std::size_t>(ci)];
        --dialling;
        ++signals.connected;
        c.stage = Stage::Greeting;
        send(ci, proto::Hello{proto::kProtocolVersion, "highroad-swarm"});
    }

    void on_disconnect(int ci) {
        Conn& c = conns[static_cast<std::size_t>(ci)];
        by_peer.erase(c.peer);
        if (c.stage == Stage::Gone || c.stage == Stage::Over) {
            c.stage = Stage::Gone;
            return;
        }
        if (c.stage == Stage::Connecting || c.stage == Stage::Greeting) {
            ++tally.connection_failures;
            fail(ci, "the connection did not open");
        } else {
            ++tally.disconnects;
            fail(ci, "disconnected");
        }
    }

    void enter(int ci) {
        Conn& c = conns[static_cast<std::size_t>(ci)];
        const RoomRun& room = rooms[static_cast<std::size_t>(c.room)];
        if (c.role == Role::Facilitator) {
            proto::CreateRoom m;
            m.settings.scenario = options.scenario;
            m.settings.rounds = static_cast<std::uint32_t>(options.rounds);
            m.settings.round_seconds = static_cast<std::uint32_t>(options.round_seconds);
            m.settings.seed = plans[static_cast<std::size_t>(room.index)].seed;
            m.settings.firms = static_cast<std::uint32_t>(options.players);
            m.settings.fill_with_bots = false;
            m.secret = kSecret;
            m.name = "Swarm " + std::to_string(room.index);
            send(ci, m);
            c.stage = Stage::Entering;
        } else if (room.code.empty()) {
            c.stage = Stage::NeedCode;
        } else {
            send(ci, proto::Join{room.code, "Seat " + std::to_string(c.ordinal)});
            c.stage = Stage::Entering;
        }
    }

    void schedule(int ci, int round, std::int64_t now) {
        Conn& c = conns[static_cast<std::size_t>(ci)];
        const RoomRun& room = rooms[static_cast<std::size_t>(c.room)];
        c.scheduled_round = round;
        due.push({now + submit_delay_ns(options.seed, room.index, static_cast<int>(*c.firm), round,
                                        options.submit_window_ms),
                  ci, round});
    }

    void submit(const Due& d, std::int64_t now) {
        Conn& c = conns[static_cast<std::size_t>(d.conn)];
        if (c.stage != Stage::Seated || !c.firm) {
            return;
        }
        const RoomPlan& plan = plans[static_cast<std::size_t>(rooms[c.room].index)];
        const auto& frames = plan.frames[static_cast<std::size_t>(d.round - 1)];
        if (*c.firm >= frames.size() || frames[*c.firm].empty()) {
            return;
        }
        send_bytes(d.conn, frames[*c.firm], "SubmitDecision");
        c.sent_round = d.round;
        c.sent_ns = now;
        c.awaiting_ack = true;
        ++tally.decisions_sent;
        ++signals.sent;
    }

    void on_results(Conn& c, int round, std::int64_t t) {
        RoomRun& room = rooms[static_cast<std::size_t>(c.room)];
        if (!c.plays || round < 1 || round > options.rounds) {
            return;
        }
        RoundTimes& rt = room.rounds[static_cast<std::size_t>(round - 1)];
        rt.first = rt.received == 0 ? t : std::min(rt.first, t);
        rt.last = std::max(rt.last, t);
        ++rt.received;
        ++signals.round_results;
    }

    void on_game_over(int ci, const proto::GameOver& g) {
        Conn& c = conns[static_cast<std::size_t>(ci)];
        RoomRun& room = rooms[static_cast<std::size_t>(c.room)];
        c.stage = Stage::Over;
        c.awaiting_ack = false;
        if (c.plays) {
            ++room.game_overs;
            room.rounds_played = room.rounds_played < 0
                                     ? g.rounds_played
                                     : std::min(room.rounds_played, g.rounds_played);
            room.all_completed = room.all_completed && g.end == proto::GameEnd::Completed;
            room.hash_matches =
                room.hash_matches &&
                g.state_hash == plans[static_cast<std::size_t>(room.index)].final_hash;
        }
        check_over(room);
    }

    void on_error(int ci, const proto::Error& e) {
        Conn& c = conns[static_cast<std::size_t>(ci)];
        const std::string name = error_key(e);
        if (e.about == static_cast<std::uint16_t>(proto::MessageType::SubmitDecision)) {
            ++tally.decisions_refused[name];
            c.awaiting_ack = false;
        } else if (e.about == static_cast<std::uint16_t>(proto::MessageType::Join) ||
                   e.about == static_cast<std::uint16_t>(proto::MessageType::CreateRoom)) {
            ++tally.join_failures;
            host->disconnect(c.peer);
            fail(ci, e.text);
        } else {
            ++tally.other_errors[name];
        }
    }

    void on_message(int ci, const proto::Message& m, std::int64_t t) {
        Conn& c = conns[static_cast<std::size_t>(ci)];
        RoomRun& room = rooms[static_cast<std::size_t>(c.room)];
        if (std::holds_alternative<proto::Welcome>(m)) {
            enter(ci);
        } else if (const auto* refusal = std::get_if<proto::Refusal>(&m)) {
            ++tally.connection_failures;
            fail(ci, "refused: " + refusal->text);
        } else if (const auto* created = std::get_if<proto::RoomCreated>(&m)) {
            room.code = created->code;
            for (const int mi : room.members) {
                if (conns[static_cast<std::size_t>(mi)].stage == Stage::NeedCode) {
                    enter(mi);
                }
            }
        } else if (const auto* joined = std::get_if<proto::Joined>(&m)) {
            if (c.stage != Stage::Entering) {
                return;
            }
            c.firm = joined->firm;
            if (c.plays && !c.firm) {
                // The facilitator's room is made; now its seat.
                send(ci, proto::Join{room.code, "Seat " + std::to_string(c.ordinal)});
                return;
            }
            c.stage = Stage::Seated;
            settle(room);
        } else if (const auto* snap = std::get_if<proto::RoomSnapshotMessage>(&m)) {
            const int round = snap->snapshot.round;
            if (c.plays && c.stage == Stage::Seated && c.firm &&
                snap->snapshot.phase == proto::RoomPhase::Running && round > c.scheduled_round &&
                round <= options.rounds) {
                schedule(ci, round, t);
            }
        } else if (const auto* ack = std::get_if<proto::DecisionAck>(&m)) {
            if (c.awaiting_ack && ack->round == c.sent_round &&
                ack->seq == static_cast<std::uint32_t>(c.sent_round)) {
                c.awaiting_ack = false;
                tally.ack_ms.push_back(ns_to_ms(t - c.sent_ns));
                tally.ack_sent_s.push_back(ns_to_ms(c.sent_ns - signals.go_ns.load()) / 1000.0);
                ++tally.decisions_acknowledged;
                ++signals.acknowledged;
                RoundTimes& rt = room.rounds[static_cast<std::size_t>(ack->round - 1)];
                rt.last_ack = std::max(rt.last_ack, t);
            }
        } else if (const auto* results = std::get_if<proto::RoundResultsMessage>(&m)) {
            on_results(c, results->results.round, t);
        } else if (const auto* over = std::get_if<proto::GameOver>(&m)) {
            on_game_over(ci, *over);
        } else if (const auto* error = std::get_if<proto::Error>(&m)) {
            on_error(ci, *error);
        }
    }

    void on_receive(int ci, const std::vector<std::uint8_t>& bytes, std::int64_t t) {
        proto::Decoded d = proto::decode(bytes, proto::kMaxServerPayload);
        const proto::MessageInfo* info = proto::message_info(d.type);
        if (in_game) {
            Traffic& traffic = traffic_of(conns[static_cast<std::size_t>(ci)]);
            traffic.received += bytes.size();
            traffic.received_by_type[info != nullptr ? std::string(info->name) : "unknown"].add(
                bytes.size());
        }
        if (!d.ok()) {
            ++tally.other_errors["undecodable message: " + d.detail];
            return;
        }
        on_message(ci, d.message, t);
    }

    void dial_more() {
        while (dialling < options.connect_batch && next_to_dial < conns.size()) {
            dial(static_cast<int>(next_to_dial++));
        }
    }

    std::uint32_t wait_ms(std::int64_t now) const {
        if (due.empty()) {
            return kIdleWaitMs;
        }
        const std::int64_t until = due.top().at - now;
        if (until <= 0) {
            return 0;
        }
        return static_cast<std::uint32_t>(
            std::min<std::int64_t>(kIdleWaitMs, (until + kMsNs - 1) / kMsNs));
    }

    void send_due() {
        bool sent = false;
        std::int64_t now = now_ns();
        while (!due.empty() && due.top().at <= now) {
            const Due d = due.top();
            due.pop();
            submit(d, now);
            sent = true;
            now = now_ns();
        }
        if (sent) {
            host->flush();
        }
    }

    void run() {
        net::HostConfig config;
        config.max_peers = conns.size();
        config.channels = proto::kChannelCount;
        config.max_packet_size = proto::kMaxServerPayload + proto::kFrameHeaderSize;
        config.socket_buffer_bytes = kSocketBufferBytes;
        host.emplace(net::Host::client(config));
        while (!signals.stop.load()) {
            dial_more();
            if (!in_game && signals.go.load()) {
                start_games();
            }
            const auto events = host->service(wait_ms(now_ns()));
            const std::int64_t t = now_ns();
            for (const net::Event& e : events) {
                const auto it = by_peer.find(e.peer);
                if (it == by_peer.end()) {
                    continue;
                }
                const int ci = it->second;
                switch (e.type) {
                case net::EventType::Connect:
                    on_connect(ci);
                    break;
                case net::EventType::Disconnect:
                    on_disconnect(ci);
                    break;
                case net::EventType::Receive:
                    on_receive(ci, e.bytes, t);
                    break;
                }
            }
            send_due();
        }
        goodbye();
    }

    void goodbye() {
        for (Conn& c : conns) {
            if (c.stage != Stage::Waiting && c.stage != Stage::Gone) {
                host->disconnect(c.peer);
            }
        }
        const std::int64_t until = now_ns() + kGoodbyeNs;
        while (host->peer_count() > 0 && now_ns() < until) {
            host->service(10);
        }
    }

    SwarmTally finish() {
        for (const RoomRun& room : rooms) {
            for (const RoundTimes& rt : room.rounds) {
                if (rt.received > 0 && rt.last_ack > 0) {
                    tally.results_spread_ms.push_back(ns_to_ms(rt.last - rt.first));
                    tally.results_after_ack_ms.push_back(ns_to_ms(rt.last - rt.last_ack));
                }
            }
            RoomOutcome out;
            out.index = room.index;
            out.code = room.code;
            out.started = room.started;
            out.rounds_played = std::max(0, room.rounds_played);
            out.completed = room.started && room.game_overs == options.players &&
                            room.all_completed && room.rounds_played == options.rounds;
            out.hash_matches = room.game_overs > 0 && room.hash_matches;
            out.problem = room.problem;
            if (!out.completed && out.problem.empty()) {
                out.problem = std::to_string(room.game_overs) + " of " +
                              std::to_string(options.players) + " seats saw the game end";
            }
            tally.rooms.push_back(std::move(out));
        }
        return std::move(tally);
    }
};

SwarmWorker::SwarmWorker(const SwarmOptions& options, const std::vector<RoomPlan>& plans,
                         int first_room, int rooms, SwarmSignals& signals)
    : impl_(std::make_unique<Impl>(options, plans, first_room, rooms, signals)) {}
SwarmWorker::SwarmWorker(SwarmWorker&&) noexcept = default;
SwarmWorker& SwarmWorker::operator=(SwarmWorker&&) noexcept = default;
SwarmWorker::~SwarmWorker() = default;

void SwarmWorker::run() {
    impl_->run();
}

SwarmTally SwarmWorker::take_tally() {
    return impl_->finish();
}

} // namespace hr::swarm
