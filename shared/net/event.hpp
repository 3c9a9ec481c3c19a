#pragma once
// What a Host reports when serviced: a peer connected, a peer went away, bytes arrived.
#include <cstdint>
#include <vector>

namespace hr::net {

// Names one connection for the life of its Host. Never 0, never reused by the same Host, so a
// stale id can only miss, never reach a newcomer who got the same ENet slot.
using PeerId = std::uint32_t;

enum class EventType : std::uint8_t { Connect, Disconnect, Receive };

struct Event {
    EventType type = EventType::Receive;
    PeerId peer = 0;
    // Receive: the channel the bytes came on.
    std::uint8_t channel = 0;
    // Connect: the value the connecting side passed to Host::connect (0 on that side's own
    // Connect). Disconnect: the value the other side passed to disconnect, or 0 after a timeout.
    std::uint32_t code = 0;
    // Receive: the packet.
    std::vector<std::uint8_t> bytes;
};

} // namespace hr::net
