#include "echo.hpp"

#include "clock.hpp"
#include "net/host.hpp"
#include "net/net_error.hpp"
#include "protocol/frame.hpp"
#include "protocol/limits.hpp"
#include "protocol/message_catalog.hpp"
#include "swarm_options.hpp"

#include <algorithm>
#include <cstdio>
#include <queue>
#include <thread>
#include <unordered_map>

namespace hr::swarm {

namespace {

constexpr std::int64_t kMsNs = 1'000'000;
constexpr std::uint8_t kChannel = static_cast<std::uint8_t>(proto::Channel::Game);

std::uint64_t mix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

net::HostConfig config_for(std::size_t peers) {
    net::HostConfig config;
    config.max_peers = peers;
    config.channels = proto::kChannelCount;
    config.max_packet_size = proto::kMaxServerPayload + proto::kFrameHeaderSize;
    config.socket_buffer_bytes = kSocketBufferBytes;
    return config;
}

struct EchoShared {
    std::atomic<int> settled{0}; // connected or failed
    std::atomic<bool> go{false};
    std::atomic<bool> stop{false};
    std::atomic<std::int64_t> go_ns{0};
    std::atomic<int> finished{0}; // workers done with every round
};

// One client host of the echo load, on its own thread.
class EchoWorker {
  public:
    EchoWorker(const EchoOptions& o, int first_client, int clients, EchoShared& shared)
        : options_(o), first_(first_client), shared_(shared),
          clients_(static_cast<std::size_t>(clients)) {}

    void run() {
        net::Host host = net::Host::client(config_for(clients_.size()));
        std::size_t next = 0;
        int dialling = 0;
        const std::vector<std::uint8_t> request(options_.request_bytes, 0x5a);
        while (!shared_.stop.load() && !done()) {
            while (dialling < options_.connect_batch && next < clients_.size()) {
                const auto peer = host.connect(options_.host, options_.port);
                if (peer) {
                    by_peer_[*peer] = next;
                    clients_[next].peer = *peer;
                    ++dialling;
                } else {
                    lose(next);
                }
                ++next;
            }
            if (!scheduled_ && shared_.go.load()) {
                scheduled_ = true;
                schedule_all();
            }
            const auto events = host.service(wait_ms());
            const std::int64_t t = now_ns();
            for (const net::Event& e : events) {
                const auto it = by_peer_.find(e.peer);
                if (it == by_peer_.end()) {
                    continue;
                }
                Client& c = clients_[it->second];
                if (e.type == net::EventType::Connect) {
                    --dialling;
                    c.connected = true;
                    ++shared_.settled;
                } else if (e.type == net::EventType::Disconnect) {
                    dialling -= c.connected ? 0 : 1;
                    by_peer_.erase(it);
                    lose(static_cast<std::size_t>(&c - clients_.data()));
                } else if (c.awaiting) {
                    c.awaiting = false;
                    ++result_.answered;
                    result_.rtt_ms.push_back(ns_to_ms(t - c.sent_ns));
                    last_answer_ns_ = std::max(last_answer_ns_, t);
                }
            }
            bool sent = false;
            while (!due_.empty() && due_.top().first <= now_ns()) {
                const std::size_t ci = due_.top().second;
                due_.pop();
                Client& c = clients_[ci];
                if (!c.lost && host.send(c.peer, kChannel, request)) {
                    c.awaiting = true;
                    c.sent_ns = now_ns();
                    ++c.rounds_sent;
                    ++result_.sent;
                    sent = true;
                }
            }
            if (sent) {
                host.flush();
            }
        }
        for (const Client& c : clients_) {
            if (c.connected && !c.lost) {
                host.disconnect(c.peer);
            }
        }
        ++shared_.finished;
        const std::int64_t until = now_ns() + 1000 * kMsNs;
        while (host.peer_count() > 0 && now_ns() < until) {
            host.service(10);
        }
    }

    EchoResult& result() { return result_; }
    std::int64_t last_answer_ns() const { return last_answer_ns_; }

  private:
    struct Client {
        net::PeerId peer = 0;
        bool connected = false;
        bool lost = false;
        bool awaiting = false;
        int rounds_sent = 0;
        std::int64_t sent_ns = 0;
    };

    void lose(std::size_t ci) {
        Client& c = clients_[ci];
        if (!c.connected) {
            ++shared_.settled;
        }
        c.lost = true;
        ++result_.connection_failures;
    }

    void schedule_all() {
        const std::int64_t start = shared_.go_ns.load();
        const auto window_us = static_cast<std::uint64_t>(std::max(1, options_.window_ms)) * 1000;
        for (std::size_t ci = 0; ci < clients_.size(); ++ci) {
            const auto id = static_cast<std::uint64_t>(first_) + ci;
            for (int r = 0; r < options_.rounds; ++r) {
                const std::uint64_t key =
                    mix(mix(options_.seed) ^ id << 16 ^ static_cast<std::uint64_t>(r));
                const std::int64_t at = start +
                                        static_cast<std::int64_t>(r) * options_.window_ms * kMsNs +
                                        static_cast<std::int64_t>(key % window_us) * 1000;
                due_.push({at, ci});
            }
        }
    }

    bool done() const {
        if (!scheduled_ || !due_.empty()) {
            return false;
        }
        return std::none_of(clients_.begin(), clients_.end(),
                            [](const Client& c) { return c.awaiting && !c.lost; });
    }

    std::uint32_t wait_ms() const {
        if (due_.empty()) {
            return 10;
        }
        const std::int64_t until = due_.top().first - now_ns();
        return until <= 0 ? 0
                          : static_cast<std::uint32_t>(
                                std::min<std::int64_t>(10, (until + kMsNs - 1) / kMsNs));
    }

    const EchoOptions& options_;
    int first_;
    EchoShared& shared_;
    std::vector<Client> clients_;
    std::unordered_map<net::PeerId, std::size_t> by_peer_;
    std::priority_queue<std::pair<std::int64_t, std::size_t>,
                        std::vector<std::pair<std::int64_t, std::size_t>>, std::greater<>>
        due_;
    EchoResult result_;
    std::int64_t last_answer_ns_ = 0;
    bool scheduled_ = false;
};

} // namespace

int serve_echo(const std::string& bind, std::uint16_t port, std::size_t reply_bytes,
               const std::atomic<bool>& stop) {
    try {
        net::Host host = net::Host::server(bind, port, config_for(net::kMaxPeers));
        std::printf("highroad-swarm echo listening on %s:%u\n", bind.c_str(),
                    static_cast<unsigned>(host.port()));
        std::fflush(stdout);
        const std::vector<std::uint8_t> reply(std::max<std::size_t>(1, reply_bytes), 0xa5);
        while (!stop.load()) {
            for (const net::Event& e : host.service(5)) {
                if (e.type == net::EventType::Receive) {
                    host.send(e.peer, e.channel, reply);
                }
            }
        }
        return 0;
    } catch (const net::NetError& e) {
        std::fprintf(stderr, "highroad-swarm: echo server: %s\n", e.what());
        return 1;
    }
}

EchoResult run_echo(const EchoOptions& options) {
    EchoShared shared;
    const int per_host = std::max(1, std::min<int>(options.peers_per_host, net::kMaxPeers));
    std::vector<std::unique_ptr<EchoWorker>> workers;
    for (int first = 0; first < options.clients; first += per_host) {
        workers.push_back(std::make_unique<EchoWorker>(
            options, first, std::min(per_host, options.clients - first), shared));
    }
    std::vector<std::thread> threads;
    for (auto& w : workers) {
        threads.emplace_back([&w] { w->run(); });
    }
    const std::int64_t deadline =
        now_ns() + static_cast<std::int64_t>(options.timeout_seconds) * 1000 * kMsNs;
    while (shared.settled.load() < options.clients && now_ns() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    const std::int64_t start = now_ns();
    shared.go_ns = start;
    shared.go = true;
    const std::int64_t stop_at =
        start + (static_cast<std::int64_t>(options.rounds) * options.window_ms + 5000) * kMsNs;
    // Answers still missing by then are counted as unanswered.
    while (shared.finished.load() < static_cast<int>(workers.size()) && now_ns() < stop_at) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    shared.stop = true;
    for (auto& t : threads) {
        t.join();
    }
    EchoResult total;
    total.clients = options.clients;
    std::int64_t last = start;
    for (auto& w : workers) {
        EchoResult& r = w->result();
        total.connection_failures += r.connection_failures;
        total.sent += r.sent;
        total.answered += r.answered;
        total.rtt_ms.insert(total.rtt_ms.end(), r.rtt_ms.begin(), r.rtt_ms.end());
        last = std::max(last, w->last_answer_ns());
    }
    total.seconds = ns_to_ms(last - start) / 1000.0;
    return total;
}

} // namespace hr::swarm
