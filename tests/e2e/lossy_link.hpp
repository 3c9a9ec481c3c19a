#pragma once
// A bad network in user space, for machines where netem cannot be used: a UDP relay on loopback
// between clients and a server that drops, delays and reorders datagrams the way
// `tc qdisc ... netem loss L delay D J reorder R` does. Clients send to port(); each client
// address gets its own upstream socket, so that the server sees one peer per client. Runs on a
// thread of its own until destroyed.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <netinet/in.h>
#include <poll.h>
#include <queue>
#include <random>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace hr::e2e {

struct Impairment {
    int loss_percent = 10;    // of the datagrams, each way
    int delay_ms = 100;       // each way
    int jitter_ms = 30;       // uniform within delay ± jitter
    int reorder_percent = 25; // sent at once, overtaking the delayed ones (as netem's reorder)
    std::uint64_t seed = 1;
};

class LossyLink {
  public:
    LossyLink(std::uint16_t server_port, const Impairment& impairment)
        : impairment_(impairment), rng_(impairment.seed) {
        server_ = loopback(server_port);
        front_ = bound_socket();
        REQUIRE(front_ >= 0);
        sockaddr_in local{};
        socklen_t length = sizeof local;
        REQUIRE(::getsockname(front_, reinterpret_cast<sockaddr*>(&local), &length) == 0);
        port_ = ntohs(local.sin_port);
        thread_ = std::thread([this] { run(); });
    }
    LossyLink(const LossyLink&) = delete;
    LossyLink& operator=(const LossyLink&) = delete;
    ~LossyLink() {
        stop_ = true;
        thread_.join();
        ::close(front_);
        for (const auto& [key, up] : upstream_) {
            ::close(up.fd);
        }
    }

    std::uint16_t port() const { return port_; }
    // Counts, final once the link is destroyed or quiet.
    std::uint64_t forwarded() const { return forwarded_; }
    std::uint64_t dropped() const { return dropped_; }
    std::uint64_t reordered() const { return reordered_; }
    // Sockets the relay could not open (a client it then could not serve).
    std::uint64_t failures() const { return failures_; }

  private:
    using Clock = std::chrono::steady_clock;
    struct Upstream {
        int fd = -1;
        sockaddr_in client{};
    };
    struct Datagram {
        Clock::time_point at;
        std::uint64_t order = 0; // ties keep their arrival order
        int fd = -1;             // sent from this socket
        sockaddr_in to{};
        std::vector<std::uint8_t> bytes;
        bool operator>(const Datagram& o) const { return at != o.at ? at > o.at : order > o.order; }
    };

    static sockaddr_in loopback(std::uint16_t port) {
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return a;
    }
    // A UDP socket on 127.0.0.1 and a free port; -1 when none can be had.
    static int bound_socket() {
        const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            return -1;
        }
        // Bursts of a round's broadcast must not be dropped here, only by the impairment.
        const int buffer = 4 * 1024 * 1024;
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
        const sockaddr_in any = loopback(0);
        if (::bind(fd, reinterpret_cast<const sockaddr*>(&any), sizeof any) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }
    bool chance(int percent) { return static_cast<int>(rng_() % 100) < percent; }
    static std::uint64_t key_of(const sockaddr_in& a) {
        return static_cast<std::uint64_t>(a.sin_addr.s_addr) << 16 | a.sin_port;
    }

    // Drops, or queues for later (or for now, when it overtakes).
    void pass(int from_fd, const sockaddr_in& to, const std::uint8_t* bytes, std::size_t size) {
        if (chance(impairment_.loss_percent)) {
            ++dropped_;
            return;
        }
        Datagram d;
        d.at = Clock::now();
        if (chance(impairment_.reorder_percent)) {
            ++reordered_;
        } else {
            const auto spread = static_cast<std::uint64_t>(2 * impairment_.jitter_ms + 1);
            const int delay =
                impairment_.delay_ms - impairment_.jitter_ms + static_cast<int>(rng_() % spread);
            d.at += std::chrono::milliseconds(std::max(0, delay));
        }
        d.order = next_order_++;
        d.fd = from_fd;
        d.to = to;
        d.bytes.assign(bytes, bytes + size);
        queue_.push(std::move(d));
    }

    void receive_all(int fd, bool from_client) {
        std::uint8_t buffer[65536];
        for (;;) {
            sockaddr_in from{};
            socklen_t length = sizeof from;
            const ssize_t n = ::recvfrom(fd, buffer, sizeof buffer, 0,
                                         reinterpret_cast<sockaddr*>(&from), &length);
            if (n < 0) {
                return;
            }
            const auto size = static_cast<std::size_t>(n);
            if (from_client) {
                auto it = upstream_.find(key_of(from));
                if (it == upstream_.end()) {
                    Upstream up;
                    up.fd = bound_socket();
                    if (up.fd < 0) {
                        ++failures_;
                        continue;
                    }
                    up.client = from;
                    it = upstream_.emplace(key_of(from), up).first;
                    by_fd_[up.fd] = key_of(from);
                }
                pass(it->second.fd, server_, buffer, size);
            } else {
                pass(front_, upstream_.at(by_fd_.at(fd)).client, buffer, size);
            }
        }
    }

    void run() {
        while (!stop_) {
            std::vector<pollfd> fds{{front_, POLLIN, 0}};
            for (const auto& [key, up] : upstream_) {
                fds.push_back({up.fd, POLLIN, 0});
            }
            int wait_ms = 5;
            if (!queue_.empty()) {
                const auto until = std::chrono::duration_cast<std::chrono::milliseconds>(
                    queue_.top().at - Clock::now());
                wait_ms = static_cast<int>(std::clamp<std::int64_t>(until.count(), 0, 5));
            }
            ::poll(fds.data(), fds.size(), wait_ms);
            for (const pollfd& p : fds) {
                if ((p.revents & POLLIN) != 0) {
                    receive_all(p.fd, p.fd == front_);
                }
            }
            const auto now = Clock::now();
            while (!queue_.empty() && queue_.top().at <= now) {
                const Datagram& d = queue_.top();
                ::sendto(d.fd, d.bytes.data(), d.bytes.size(), 0,
                         reinterpret_cast<const sockaddr*>(&d.to), sizeof d.to);
                ++forwarded_;
                queue_.pop();
            }
        }
    }

    Impairment impairment_;
    std::mt19937_64 rng_;
    sockaddr_in server_{};
    int front_ = -1;
    std::uint16_t port_ = 0;
    std::map<std::uint64_t, Upstream> upstream_; // by client address
    std::map<int, std::uint64_t> by_fd_;
    std::priority_queue<Datagram, std::vector<Datagram>, std::greater<>> queue_;
    std::uint64_t next_order_ = 0;
    std::atomic<std::uint64_t> forwarded_{0};
    std::atomic<std::uint64_t> dropped_{0};
    std::atomic<std::uint64_t> reordered_{0};
    std::atomic<std::uint64_t> failures_{0};
    std::atomic<bool> stop_{false};
    std::thread thread_;
};

} // namespace hr::e2e
