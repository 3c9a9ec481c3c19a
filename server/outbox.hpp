#pragma once
// What the room logic hands back to the transport: messages to send (each to a list of
// sessions, encoded once), sessions to cut off, and sessions that left their room.
#include "protocol/messages.hpp"

#include <cstdint>
#include <utility>
#include <vector>

namespace hr::server {

// A connection, named as the transport names it (the net layer's PeerId).
using SessionId = std::uint32_t;

struct Envelope {
    std::vector<SessionId> to;
    proto::Message message;
    // Sent only once the journal has stored this many records (Journal::mark): an
    // acknowledgement never goes out before what it acknowledges is stored.
    std::uint64_t commit_mark = 0;
};

struct Outbox {
    std::vector<Envelope> envelopes;
    std::vector<SessionId> disconnects; // after their pending messages
    std::vector<SessionId> left_room;   // the room let them go (kicked, displaced)

    void send(SessionId to, proto::Message m) { envelopes.push_back({{to}, std::move(m), 0}); }
    void send(std::vector<SessionId> to, proto::Message m) {
        if (!to.empty()) {
            envelopes.push_back({std::move(to), std::move(m), 0});
        }
    }
    void send_after_commit(SessionId to, proto::Message m, std::uint64_t mark) {
        envelopes.push_back({{to}, std::move(m), mark});
    }
    void clear() {
        envelopes.clear();
        disconnects.clear();
        left_room.clear();
    }
};

} // namespace hr::server
