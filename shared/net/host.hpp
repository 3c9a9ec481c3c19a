#pragma once
// One ENet host: a server that listens, or a client that dials out. Peers are named by PeerId,
// packets are plain bytes, and no ENet type shows here. A Host is not thread-safe: use each one
// from one thread. Destroying a Host drops its peers without telling them (they time out):
// disconnect them and service a little first for a clean goodbye.
#include "net/event.hpp"
#include "net/library.hpp"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hr::net {

inline constexpr std::size_t kMaxPeers = 4095;   // ENet's peer id is 12 bits
inline constexpr std::size_t kMaxChannels = 255; // ENet's channel id is a byte, 0xFF reserved

// How soon a peer that stopped answering counts as gone. ENet pings idle peers every
// ping_interval_ms; a peer is dropped when reliable data (pings included) stays unacknowledged
// for maximum_ms, or for minimum_ms once the retransmission backoff (doubling each try) has
// reached `limit` times the first timeout. On a LAN, where the first timeout is a few ms, a peer
// that answers nothing is gone after about minimum_ms; over a slow link after maximum_ms or more.
// A peer that still answers but loses packets (classroom Wi-Fi) is dropped only once one packet
// failed 6 times in a row (7 while other traffic flows). At limit 32, 2 s and 5 s (4 to 5 tries)
// with 10 % loss each way, 8 runs of 50 clients in 10 lost some (docs/HARDENING.md, Bad networks).
struct Timeouts {
    std::uint32_t limit = 128;
    std::uint32_t minimum_ms = 5000;
    std::uint32_t maximum_ms = 30000;
    std::uint32_t ping_interval_ms = 500;
};

struct HostConfig {
    std::size_t max_peers = 1;            // 1..kMaxPeers
    std::size_t channels = 1;             // 1..kMaxChannels
    std::uint32_t incoming_bandwidth = 0; // bytes per second; 0 = unlimited
    std::uint32_t outgoing_bandwidth = 0; // bytes per second; 0 = unlimited
    // Larger packets are refused both ways: send() returns false, and a peer that sends one
    // has it dropped at the transport (and then times out).
    std::size_t max_packet_size = 1024 * 1024;
    // The kernel's send and receive buffers asked for the UDP socket; 0 keeps ENet's 256 KB.
    // A server of thousands of peers needs more: datagrams that arrive while the buffer is full
    // are dropped, and ENet resends them only after a retransmission timeout. The kernel grants
    // at most net.core.rmem_max (wmem_max for sending).
    std::size_t socket_buffer_bytes = 0;
    Timeouts timeouts;
};

enum class Delivery : std::uint8_t {
    Reliable,   // arrives once, in order within its channel
    Unreliable, // may be lost; a late one is dropped rather than delivered out of order
};

class Host {
  public:
    // Listens on `bind_address` ("127.0.0.1", a host name, "" for every interface) and `port`;
    // port 0 picks a free one, see port(). Throws NetError on a bad config, address or a port
    // already taken.
    static Host server(std::string_view bind_address, std::uint16_t port,
                       const HostConfig& config = {});
    // A host that only dials out. Throws NetError on a bad config.
    static Host client(const HostConfig& config = {});

    Host(Host&& other) noexcept;
    Host& operator=(Host&& other) noexcept;
    ~Host();

    // The local port: a server's as bound; a client's once it has sent something, else 0.
    std::uint16_t port() const;

    // Starts connecting; a Connect or Disconnect event for the returned id follows. `code`
    // reaches the other side in its Connect event. Nothing when the address does not resolve
    // or every peer slot is taken.
    std::optional<PeerId> connect(std::string_view host, std::uint16_t port,
                                  std::uint32_t code = 0);

    // Sends and receives, waiting up to timeout_ms for the first event, then returns every
    // event already available (a bounded number per call; call again to get the rest).
    std::vector<Event> service(std::uint32_t timeout_ms);
    std::vector<Event> poll() { return service(0); }
    // Sends what is queued now, without waiting for the next service.
    void flush();

    // Queues bytes for a connected peer. False when the peer is not connected, the channel is
    // out of range or the packet is above max_packet_size.
    bool send(PeerId peer, std::uint8_t channel, std::span<const std::uint8_t> bytes,
              Delivery delivery = Delivery::Reliable);
    // Queues bytes for every connected peer; returns how many it was queued for.
    std::size_t broadcast(std::uint8_t channel, std::span<const std::uint8_t> bytes,
                          Delivery delivery = Delivery::Reliable);

    // Disconnects once what is queued for the peer has gone out; `code` reaches the other side.
    // Packets from the peer are no longer reported; a Disconnect event for it follows.
    void disconnect(PeerId peer, std::uint32_t code = 0);
    // Drops the peer at once and tells it without waiting for an answer; no Disconnect event
    // follows here.
    void disconnect_now(PeerId peer, std::uint32_t code = 0);

    // Applies to this peer from now on (new peers get the config's timeouts).
    bool set_timeouts(PeerId peer, const Timeouts& timeouts);

    bool is_connected(PeerId peer) const;
    std::size_t peer_count() const; // connected peers
    // "ip:port" of a known peer (connected or connecting).
    std::optional<std::string> address(PeerId peer) const;
    // Mean round-trip time in milliseconds, as ENet measures it.
    std::optional<std::uint32_t> round_trip_ms(PeerId peer) const;
    // The receive buffer the kernel granted the socket, in bytes as it reports them (Linux
    // reports twice what was asked, for its bookkeeping).
    std::size_t socket_receive_buffer() const;

  private:
    struct Impl;
    explicit Host(std::unique_ptr<Impl> impl);

    std::unique_ptr<Impl> impl_;
};

} // namespace hr::net
