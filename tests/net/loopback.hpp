#pragma once
// Test helpers: hosts on 127.0.0.1 with ephemeral ports, serviced in turn until a condition
// holds or a round budget runs out. Budgets are counted in rounds, not measured in time.
#include "net/host.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace hr::net::test {

// Short timeouts, so that tests about dead peers finish in about a second.
inline Timeouts quick_timeouts() {
    return Timeouts{.limit = 4, .minimum_ms = 300, .maximum_ms = 1000, .ping_interval_ms = 100};
}

inline HostConfig config(std::size_t max_peers, std::size_t channels = 2) {
    HostConfig c;
    c.max_peers = max_peers;
    c.channels = channels;
    c.timeouts = quick_timeouts();
    return c;
}

// A host and every event it has reported so far.
struct Node {
    Host host;
    std::vector<Event> events;

    std::size_t count(EventType type, std::optional<PeerId> peer = std::nullopt) const {
        return static_cast<std::size_t>(std::count_if(events.begin(), events.end(), [&](auto& e) {
            return e.type == type && (!peer || e.peer == *peer);
        }));
    }
    std::vector<Event> of(EventType type) const {
        std::vector<Event> out;
        std::copy_if(events.begin(), events.end(), std::back_inserter(out),
                     [&](auto& e) { return e.type == type; });
        return out;
    }
};

inline Node server_node(std::size_t max_peers = 8, std::size_t channels = 2) {
    return Node{Host::server("127.0.0.1", 0, config(max_peers, channels)), {}};
}

inline Node client_node(std::size_t channels = 2) {
    return Node{Host::client(config(1, channels)), {}};
}

// About ten seconds of loopback traffic at the slowest: far beyond what any test needs.
constexpr int kRounds = 5000;

// Services every node once a round until `done` holds; false when the budget ran out first.
inline bool pump(const std::vector<Node*>& nodes, const std::function<bool()>& done,
                 int rounds = kRounds) {
    for (int i = 0; i < rounds; ++i) {
        if (done()) {
            return true;
        }
        for (Node* n : nodes) {
            auto events = n->host.service(1);
            n->events.insert(n->events.end(), std::make_move_iterator(events.begin()),
                             std::make_move_iterator(events.end()));
        }
    }
    return done();
}

// Connects `client` to `server`; returns the id each side gave the other.
struct Link {
    PeerId at_client = 0;
    PeerId at_server = 0;
};

inline std::optional<Link> link(Node& server, Node& client, std::uint32_t code = 0) {
    const auto id = client.host.connect("127.0.0.1", server.host.port(), code);
    if (!id) {
        return std::nullopt;
    }
    const auto before = server.count(EventType::Connect);
    if (!pump({&server, &client}, [&] {
            return client.count(EventType::Connect, *id) == 1 &&
                   server.count(EventType::Connect) == before + 1;
        })) {
        return std::nullopt;
    }
    return Link{*id, server.of(EventType::Connect).back().peer};
}

inline std::vector<std::uint8_t> text_bytes(const std::string& s) {
    return std::vector<std::uint8_t>(s.begin(), s.end());
}

} // namespace hr::net::test
