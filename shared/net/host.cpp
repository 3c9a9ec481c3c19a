#include "net/host.hpp"

#include "net/net_error.hpp"

#include <enet/enet.h>
#include <sys/socket.h>

#include <algorithm>
#include <limits>
#include <string>
#include <unordered_map>
#include <utility>

namespace hr::net {

namespace {

// Keeps one service() call from looping forever while peers flood the host.
constexpr std::size_t kMaxEventsPerService = 4096;

// A listening host shows ENet only the lowest slots of its peer array (see Impl::fit_window):
// at least this many, and this many free above the highest one in use.
constexpr std::size_t kSlotMargin = 512;

// What the application has been told about a peer.
enum class PeerState : std::uint8_t {
    Connecting, // connect() was called; no Connect event yet
    Connected,  // a Connect event was reported
    Closing,    // disconnect() was called; its Disconnect event is still to come
};

struct PeerRecord {
    ENetPeer* peer = nullptr;
    PeerState state = PeerState::Connecting;
};

// ENet's per-peer user pointer carries our PeerId, so an event maps back to its id directly.
void* to_data(PeerId id) {
    return reinterpret_cast<void*>(static_cast<std::uintptr_t>(id));
}

PeerId from_data(const void* data) {
    return static_cast<PeerId>(reinterpret_cast<std::uintptr_t>(data));
}

void apply_timeouts(ENetPeer* peer, const Timeouts& t) {
    enet_peer_timeout(peer, t.limit, t.minimum_ms, t.maximum_ms);
    enet_peer_ping_interval(peer, t.ping_interval_ms);
}

void check_config(const HostConfig& config) {
    if (config.max_peers < 1 || config.max_peers > kMaxPeers) {
        throw NetError("max_peers must be between 1 and " + std::to_string(kMaxPeers));
    }
    if (config.channels < 1 || config.channels > kMaxChannels) {
        throw NetError("channels must be between 1 and " + std::to_string(kMaxChannels));
    }
    if (config.max_packet_size < 1) {
        throw NetError("max_packet_size must be at least 1");
    }
}

// A Connect or Disconnect event: no channel, no bytes.
Event status_event(EventType type, PeerId peer, std::uint32_t code) {
    Event e;
    e.type = type;
    e.peer = peer;
    e.code = code;
    return e;
}

enet_uint32 packet_flags(Delivery delivery) {
    // Unreliable packets above the MTU stay unreliable instead of silently becoming reliable.
    return delivery == Delivery::Reliable ? ENET_PACKET_FLAG_RELIABLE
                                          : ENET_PACKET_FLAG_UNRELIABLE_FRAGMENT;
}

} // namespace

struct Host::Impl {
    // Declared first so that ENet outlives the host destroyed in ~Impl.
    Library library;
    HostConfig config;
    ENetHost* host = nullptr;
    std::size_t slots = 0; // peer slots allocated; host->peerCount is the window ENet walks
    std::unordered_map<PeerId, PeerRecord> peers;
    // Events that happened outside service(), reported by the next one.
    std::vector<Event> pending;
    PeerId next_id = 1;
    bool listening = false;

    Impl(const ENetAddress* address, const HostConfig& cfg)
        : config(cfg), listening(address != nullptr) {
        check_config(config);
        host = enet_host_create(address, config.max_peers, config.channels,
                                config.incoming_bandwidth, config.outgoing_bandwidth);
        if (host == nullptr) {
            throw NetError(address != nullptr
                               ? "cannot listen on port " + std::to_string(address->port)
                               : std::string("cannot create a client host"));
        }
        host->maximumPacketSize = config.max_packet_size;
        if (config.socket_buffer_bytes > 0) {
            const int bytes = static_cast<int>(
                std::min<std::size_t>(config.socket_buffer_bytes, std::numeric_limits<int>::max()));
            enet_socket_set_option(host->socket, ENET_SOCKOPT_RCVBUF, bytes);
            enet_socket_set_option(host->socket, ENET_SOCKOPT_SNDBUF, bytes);
        }
        slots = host->peerCount;
        if (listening) {
            host->peerCount = std::min(slots, kSlotMargin);
        }
    }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    ~Impl() {
        host->peerCount = slots;
        enet_host_destroy(host);
    }

    // ENet walks the first peerCount slots of the host twice in every service call that finds
    // no event queued, in use or not: with thousands of slots allocated for max_peers and a few
    // hundred connections, that walk was most of the server's CPU (docs/PERFORMANCE.md). ENet
    // gives a newcomer the lowest free slot, so the slots in use crowd the bottom of the window,
    // and the window doubles (up to every slot) as soon as one of its top kSlotMargin slots is
    // taken: a burst of connections up to kSlotMargin between two Connect events always finds
    // a free slot (one receive reads at most 256 datagrams). Slots above the window are free,
    // so nothing ENet does there is skipped.
    void fit_window() {
        while (host->peerCount < slots) {
            const std::size_t top = host->peerCount - std::min(host->peerCount, kSlotMargin);
            bool crowded = false;
            for (std::size_t i = top; i < host->peerCount && !crowded; ++i) {
                crowded = host->peers[i].state != ENET_PEER_STATE_DISCONNECTED;
            }
            if (!crowded) {
                return;
            }
            host->peerCount = std::min(slots, host->peerCount * 2);
        }
    }

    PeerRecord* find(PeerId id) {
        const auto it = peers.find(id);
        return it == peers.end() ? nullptr : &it->second;
    }
    const PeerRecord* find(PeerId id) const {
        const auto it = peers.find(id);
        return it == peers.end() ? nullptr : &it->second;
    }

    // ENet leaves the user pointer on a reset peer slot; clearing it keeps the next occupant of
    // the slot from inheriting this id.
    void forget(PeerId id) {
        const auto it = peers.find(id);
        if (it != peers.end()) {
            it->second.peer->data = nullptr;
            peers.erase(it);
        }
    }

    // The id of a peer we know, or 0 for a slot the application was never told about.
    PeerId known_id(const ENetPeer* peer) const {
        const PeerId id = from_data(peer->data);
        const auto* record = find(id);
        return record != nullptr && record->peer == peer ? id : 0;
    }

    void on_connect(const ENetEvent& ev, std::vector<Event>& out) {
        PeerId id = known_id(ev.peer);
        if (id == 0) {
            id = next_id++;
            ev.peer->data = to_data(id);
            apply_timeouts(ev.peer, config.timeouts);
            peers.emplace(id, PeerRecord{ev.peer, PeerState::Connected});
        } else {
            find(id)->state = PeerState::Connected;
        }
        fit_window();
        out.push_back(status_event(EventType::Connect, id, ev.data));
    }

    void on_disconnect(const ENetEvent& ev, std::vector<Event>& out) {
        const PeerId id = known_id(ev.peer);
        if (id == 0) {
            return;
        }
        forget(id);
        out.push_back(status_event(EventType::Disconnect, id, ev.data));
    }

    void on_receive(const ENetEvent& ev, std::vector<Event>& out) {
        const PeerId id = known_id(ev.peer);
        if (id != 0 && find(id)->state == PeerState::Connected) {
            const std::uint8_t* data = ev.packet->data;
            out.push_back(
                Event{.type = EventType::Receive,
                      .peer = id,
                      .channel = ev.channelID,
                      .bytes = std::vector<std::uint8_t>(data, data + ev.packet->dataLength)});
        }
        enet_packet_destroy(ev.packet);
    }
};

Host::Host(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Host::Host(Host&& other) noexcept = default;
Host& Host::operator=(Host&& other) noexcept = default;
Host::~Host() = default;

Host Host::server(std::string_view bind_address, std::uint16_t port, const HostConfig& config) {
    const Library library; // resolving needs ENet started
    ENetAddress address{};
    address.host = ENET_HOST_ANY;
    address.port = port;
    const std::string name(bind_address);
    if (!name.empty() && enet_address_set_host(&address, name.c_str()) != 0) {
        throw NetError("cannot resolve bind address " + name);
    }
    return Host(std::make_unique<Impl>(&address, config));
}

Host Host::client(const HostConfig& config) {
    return Host(std::make_unique<Impl>(nullptr, config));
}

std::uint16_t Host::port() const {
    if (impl_->listening) {
        return impl_->host->address.port;
    }
    // A client's socket is bound by the system on its first send; ENet never records where.
    ENetAddress local{};
    return enet_socket_get_address(impl_->host->socket, &local) == 0 ? local.port : 0;
}

std::optional<PeerId> Host::connect(std::string_view host, std::uint16_t port, std::uint32_t code) {
    ENetAddress address{};
    const std::string name(host);
    if (enet_address_set_host(&address, name.c_str()) != 0) {
        return std::nullopt;
    }
    address.port = port;
    // A host that dials out picks its own slots: it uses them all.
    impl_->host->peerCount = impl_->slots;
    ENetPeer* peer = enet_host_connect(impl_->host, &address, impl_->config.channels, code);
    if (peer == nullptr) {
        return std::nullopt;
    }
    const PeerId id = impl_->next_id++;
    peer->data = to_data(id);
    apply_timeouts(peer, impl_->config.timeouts);
    impl_->peers.emplace(id, PeerRecord{peer, PeerState::Connecting});
    return id;
}

std::vector<Event> Host::service(std::uint32_t timeout_ms) {
    std::vector<Event> out;
    out.swap(impl_->pending);
    std::uint32_t wait = out.empty() ? timeout_ms : 0;
    ENetEvent ev{};
    for (std::size_t n = 0; n < kMaxEventsPerService; ++n) {
        // A socket error (< 0) ends this round like "no event": the next call tries again.
        if (enet_host_service(impl_->host, &ev, wait) <= 0) {
            break;
        }
        wait = 0;
        switch (ev.type) {
        case ENET_EVENT_TYPE_CONNECT:
            impl_->on_connect(ev, out);
            break;
        case ENET_EVENT_TYPE_DISCONNECT:
            impl_->on_disconnect(ev, out);
            break;
        case ENET_EVENT_TYPE_RECEIVE:
            impl_->on_receive(ev, out);
            break;
        case ENET_EVENT_TYPE_NONE:
            break;
        }
    }
    return out;
}

void Host::flush() {
    enet_host_flush(impl_->host);
}

bool Host::send(PeerId peer, std::uint8_t channel, std::span<const std::uint8_t> bytes,
                Delivery delivery) {
    const PeerRecord* record = impl_->find(peer);
    if (record == nullptr || record->state != PeerState::Connected ||
        channel >= record->peer->channelCount || bytes.size() > impl_->config.max_packet_size) {
        return false;
    }
    ENetPacket* packet = enet_packet_create(bytes.data(), bytes.size(), packet_flags(delivery));
    if (packet == nullptr) {
        return false;
    }
    if (enet_peer_send(record->peer, channel, packet) != 0) {
        if (packet->referenceCount == 0) {
            enet_packet_destroy(packet); // a refused packet stays ours to free
        }
        return false;
    }
    return true;
}

std::size_t Host::broadcast(std::uint8_t channel, std::span<const std::uint8_t> bytes,
                            Delivery delivery) {
    if (bytes.size() > impl_->config.max_packet_size) {
        return 0;
    }
    ENetPacket* packet = enet_packet_create(bytes.data(), bytes.size(), packet_flags(delivery));
    if (packet == nullptr) {
        return 0;
    }
    std::size_t queued = 0;
    for (const auto& [id, record] : impl_->peers) {
        if (record.state == PeerState::Connected && channel < record.peer->channelCount &&
            enet_peer_send(record.peer, channel, packet) == 0) {
            ++queued;
        }
    }
    // Each queued send holds a reference; with none, nobody else will free the packet.
    if (packet->referenceCount == 0) {
        enet_packet_destroy(packet);
    }
    return queued;
}

void Host::disconnect(PeerId peer, std::uint32_t code) {
    PeerRecord* record = impl_->find(peer);
    if (record == nullptr || record->state == PeerState::Closing) {
        return;
    }
    enet_peer_disconnect_later(record->peer, code);
    if (record->peer->state == ENET_PEER_STATE_DISCONNECTED) {
        // ENet drops a peer that was still connecting without an event: report it ourselves,
        // so that every disconnect() ends in exactly one Disconnect event.
        impl_->forget(peer);
        impl_->pending.push_back(status_event(EventType::Disconnect, peer, 0));
        return;
    }
    record->state = PeerState::Closing;
}

void Host::disconnect_now(PeerId peer, std::uint32_t code) {
    PeerRecord* record = impl_->find(peer);
    if (record == nullptr) {
        return;
    }
    enet_peer_disconnect_now(record->peer, code);
    impl_->forget(peer);
}

bool Host::set_timeouts(PeerId peer, const Timeouts& timeouts) {
    PeerRecord* record = impl_->find(peer);
    if (record == nullptr) {
        return false;
    }
    apply_timeouts(record->peer, timeouts);
    return true;
}

bool Host::is_connected(PeerId peer) const {
    const PeerRecord* record = impl_->find(peer);
    return record != nullptr && record->state == PeerState::Connected;
}

std::size_t Host::peer_count() const {
    std::size_t n = 0;
    for (const auto& [id, record] : impl_->peers) {
        n += record.state == PeerState::Connected ? 1 : 0;
    }
    return n;
}

std::optional<std::string> Host::address(PeerId peer) const {
    const PeerRecord* record = impl_->find(peer);
    if (record == nullptr) {
        return std::nullopt;
    }
    char ip[64] = {};
    if (enet_address_get_host_ip(&record->peer->address, ip, sizeof ip) != 0) {
        return std::nullopt;
    }
    return std::string(ip) + ":" + std::to_string(record->peer->address.port);
}

std::optional<std::uint32_t> Host::round_trip_ms(PeerId peer) const {
    const PeerRecord* record = impl_->find(peer);
    if (record == nullptr) {
        return std::nullopt;
    }
    return record->peer->roundTripTime;
}

std::size_t Host::socket_receive_buffer() const {
    int bytes = 0;
    socklen_t size = sizeof bytes;
    if (getsockopt(impl_->host->socket, SOL_SOCKET, SO_RCVBUF, &bytes, &size) != 0) {
        return 0;
    }
    return static_cast<std::size_t>(bytes);
}

} // namespace hr::net
