#include "server.hpp"

#include "journal.hpp"
#include "logger.hpp"
#include "net/host.hpp"
#include "net/net_error.hpp"
#include "outbox.hpp"
#include "protocol/frame.hpp"
#include "protocol/message_codec.hpp"
#include "room_directory.hpp"
#include "room_store.hpp"
#include "scenario_library.hpp"

#include <algorithm>
#include <arpa/inet.h>
#include <chrono>
#include <cstdio>
#include <deque>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <set>

namespace hr::server {
namespace {

TimeMs wall_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string ip_of(const std::string& address) {
    const auto colon = address.rfind(':');
    return colon == std::string::npos ? address : address.substr(0, colon);
}

// The addresses students can type: every IPv4 address of this machine but loopback.
std::vector<std::string> local_addresses() {
    std::vector<std::string> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) {
        return out;
    }
    for (ifaddrs* a = list; a != nullptr; a = a->ifa_next) {
        if (a->ifa_addr == nullptr || a->ifa_addr->sa_family != AF_INET) {
            continue;
        }
        char text[INET_ADDRSTRLEN] = {};
        const auto* in = reinterpret_cast<const sockaddr_in*>(a->ifa_addr);
        if (inet_ntop(AF_INET, &in->sin_addr, text, sizeof text) != nullptr &&
            std::string_view(text).substr(0, 4) != "127.") {
            out.emplace_back(text);
        }
    }
    freeifaddrs(list);
    return out;
}

// While the database refuses writes, commits are tried this often rather than every tick: each
// try writes every pending record again.
constexpr TimeMs kRetryStoreMs = 200;

// What the server tells every connection when its database stops taking writes, and when it
// takes them again (not journaled: the journal is what cannot be stored).
proto::ChatLine storage_notice(bool failing) {
    proto::ChatLine line;
    line.from = "server";
    line.announcement = true;
    line.text = failing ? "The server cannot save the game right now (its disk may be full). "
                          "Keep your client open: decisions are kept, and confirmed once they "
                          "are saved."
                        : "The server saves the game again: everything since the problem is "
                          "stored.";
    return line;
}

std::uint8_t channel_of(const proto::Message& m) {
    if (const auto* e = std::get_if<proto::Error>(&m)) {
        // An error travels on the channel of the message it refuses, to keep their order.
        if (const proto::MessageInfo* about = proto::message_info(e->about)) {
            return static_cast<std::uint8_t>(about->channel);
        }
        return static_cast<std::uint8_t>(proto::Channel::Control);
    }
    return static_cast<std::uint8_t>(proto::message_info(proto::type_of(m)).channel);
}

class Transport {
  public:
    Transport(net::Host& host, RoomStore& store, Journal& journal, RoomDirectory& directory)
        : host_(host), store_(store), journal_(journal), directory_(directory) {}

    // One tick: events in, their commit and acknowledgements, the rooms' clocks, messages out.
    void tick(std::uint32_t wait_ms) {
        // One service takes in everything that has arrived (ENet reads up to 256 datagrams at
        // once): polling again for more cost more walks over ENet's peers than the commits it
        // saved (docs/PERFORMANCE.md).
        auto events = host_.service(wait_ms);
        const TimeMs now = wall_ms();
        for (net::Event& e : events) {
            take(e, now);
        }
        // The acknowledgements leave as soon as their decisions are stored, before the rooms'
        // clocks and the encoding of everything else the tick sends (docs/PERFORMANCE.md).
        commit(now);
        send_acknowledgements();
        directory_.tick(now, out_);
        commit(now);
        send();
    }

    // Stores what is pending and sends what may be sent; used at shutdown.
    void drain() {
        commit(wall_ms(), true);
        send();
        host_.flush();
    }

  private:
    void take(net::Event& e, TimeMs now) {
        switch (e.type) {
        case net::EventType::Connect:
            directory_.connected(e.peer, ip_of(host_.address(e.peer).value_or("?")), now);
            log().debug("peer " + std::to_string(e.peer) + " connected");
            break;
        case net::EventType::Disconnect:
            directory_.disconnected(e.peer, out_);
            forget(e.peer);
            log().debug("peer " + std::to_string(e.peer) + " disconnected");
            break;
        case net::EventType::Receive:
            directory_.received(e.peer, e.bytes, now, out_);
            break;
        }
    }

    void commit(TimeMs now, bool last_try = false) {
        if (journal_.pending().empty() || (failing_ && now < retry_at_ && !last_try)) {
            return;
        }
        const std::size_t records = journal_.pending().size();
        if (store_.write(journal_.pending())) {
            journal_.committed();
            if (failing_) {
                log().info("the database accepts writes again: " + std::to_string(records) +
                           " record(s) stored, the messages that waited for them go out");
                failing_ = false;
                recovered_ = true;
            }
            return;
        }
        retry_at_ = now + kRetryStoreMs;
        if (!failing_) {
            // Decisions stay unacknowledged until a commit succeeds, and nothing that rests on
            // them goes out: clients see the game stand still, and the notice says why.
            log().error("cannot store to the database: " + store_.last_error() +
                        "; nothing is acknowledged until it can (retrying)");
            failing_ = true;
        }
    }

    // Held messages to a connection that is gone are dropped: its peer id may be reused.
    void forget(SessionId session) {
        for (Envelope& e : held_) {
            std::erase(e.to, session);
        }
        told_.erase(session);
    }

    // Tells every connection not told yet that the database fails, or all that it works again.
    void send_storage_notices() {
        if (!failing_ && !recovered_) {
            return;
        }
        const auto bytes = proto::encode(storage_notice(failing_));
        const std::uint8_t channel = channel_of(storage_notice(failing_));
        for (const SessionId s : directory_.session_ids()) {
            if (recovered_ || told_.insert(s).second) {
                host_.send(s, channel, bytes);
            }
        }
        if (recovered_) {
            recovered_ = false;
            told_.clear();
        }
    }

    void hold() {
        for (Envelope& e : out_.envelopes) {
            // Nothing a client sees may rest on records not stored yet (a reconnect token, a
            // result): every message waits for the records journaled before it. When the
            // tick's commit succeeded they are all stored and nothing waits.
            e.commit_mark = std::max(e.commit_mark, journal_.mark());
            held_.push_back(std::move(e));
        }
        out_.envelopes.clear();
    }

    // Sends the stored decisions' acknowledgements now and flushes them, ahead of the other
    // messages held, but never ahead of an earlier message to the same connection, whose order
    // the client relies on.
    void send_acknowledgements() {
        hold();
        overtaken_.clear();
        bool sent = false;
        for (Envelope& e : held_) {
            if (!journal_.stored(e.commit_mark)) {
                break;
            }
            const bool ack =
                std::holds_alternative<proto::DecisionAck>(e.message) && e.to.size() == 1 &&
                std::find(overtaken_.begin(), overtaken_.end(), e.to.front()) == overtaken_.end();
            if (!ack) {
                overtaken_.insert(overtaken_.end(), e.to.begin(), e.to.end());
                continue;
            }
            host_.send(e.to.front(), channel_of(e.message), proto::encode(e.message));
            e.to.clear();
            sent = true;
        }
        if (sent) {
            host_.flush();
        }
    }

    void send() {
        hold();
        // In order: once a message must wait for a commit, everything after it waits too.
        while (!held_.empty() && journal_.stored(held_.front().commit_mark)) {
            const Envelope& e = held_.front();
            if (!e.to.empty()) {
                const auto bytes = proto::encode(e.message);
                const std::uint8_t channel = channel_of(e.message);
                for (const SessionId to : e.to) {
                    host_.send(to, channel, bytes);
                }
            }
            held_.pop_front();
        }
        send_storage_notices();
        for (const SessionId s : out_.disconnects) {
            directory_.disconnected(s, out_);
            host_.disconnect(s);
            forget(s);
        }
        out_.disconnects.clear();
        out_.left_room.clear();
    }

    net::Host& host_;
    RoomStore& store_;
    Journal& journal_;
    RoomDirectory& directory_;
    Outbox out_;
    std::deque<Envelope> held_;
    std::vector<SessionId> overtaken_; // by send_acknowledgements: earlier messages go to them
    bool failing_ = false;
    bool recovered_ = false; // since the last tick: everyone is told
    TimeMs retry_at_ = 0;
    std::set<SessionId> told_; // of the failure, during this one
};

} // namespace

int run_server(const Settings& settings, const std::atomic<bool>& stop) {
    log().set_level(*log_level_from(settings.log_level));
    const ScenarioLibrary scenarios = ScenarioLibrary::load(settings.scenarios);
    if (scenarios.ids().empty()) {
        log().error("no scenario found in " + settings.scenarios);
        return 1;
    }
    try {
        RoomStore store(settings.database,
                        settings.synchronous == "full" ? Durability::Full : Durability::Normal);
        Journal journal;
        RoomDirectory directory(settings, scenarios, journal, store.next_room_id());
        const TimeMs started = wall_ms();
        const std::size_t restored = directory.restore(
            store.load_rooms(started -
                             static_cast<TimeMs>(settings.finished_room_minutes) * 60'000),
            started);
        net::HostConfig config;
        config.max_peers = static_cast<std::size_t>(settings.max_peers);
        config.channels = proto::kChannelCount;
        config.max_packet_size = proto::kMaxServerPayload + proto::kFrameHeaderSize;
        // Thousands of peers answer a round's broadcast at once: ENet's 256 KB socket buffer
        // overflows and every dropped datagram waits for a retransmission (docs/PERFORMANCE.md).
        config.socket_buffer_bytes = 4 * 1024 * 1024;
        // Clients ping every 500 ms when they hear nothing; the server pinging them as often
        // doubled the keep-alive datagrams (docs/PERFORMANCE.md). A silent peer is still found:
        // within this interval plus the timeouts.
        config.timeouts.ping_interval_ms = 2000;
        net::Host host =
            net::Host::server(settings.bind, static_cast<std::uint16_t>(settings.port), config);
        const std::string bind = settings.bind.empty() ? "0.0.0.0" : settings.bind;
        // The one line on stdout: programs that spawn the server read the port from it.
        std::printf("highroad-server listening on %s:%u\n", bind.c_str(),
                    static_cast<unsigned>(host.port()));
        std::fflush(stdout);
        log().info("listening on UDP " + bind + ":" + std::to_string(host.port()) + ", database " +
                   settings.database + ", " + std::to_string(restored) + " room(s) restored");
        if (bind == "0.0.0.0") {
            for (const auto& a : local_addresses()) {
                log().info("students join at " + a + ":" + std::to_string(host.port()));
            }
        } else {
            log().info("students join at " + bind + ":" + std::to_string(host.port()));
        }
        Transport transport(host, store, journal, directory);
        while (!stop.load()) {
            transport.tick(static_cast<std::uint32_t>(settings.tick_ms));
        }
        log().info("shutting down: storing and saying goodbye");
        transport.drain();
        const auto bye = proto::encode(proto::Refusal{
            proto::RefusalReason::ShuttingDown, proto::kProtocolVersion,
            "the server is stopping; your game is stored and goes on when it is back"});
        for (const SessionId s : directory.session_ids()) {
            host.send(s, static_cast<std::uint8_t>(proto::Channel::Control), bye);
            host.disconnect(s);
        }
        host.flush();
        // A moment for the goodbyes to be acknowledged; peers that do not answer time out.
        for (int i = 0; i < 20 && host.peer_count() > 0; ++i) {
            host.service(10);
        }
        if (!journal.pending().empty()) {
            log().error(std::to_string(journal.pending().size()) +
                        " record(s) could not be stored before shutdown");
            return 1;
        }
        log().info("stopped");
        return 0;
    } catch (const StorageError& e) {
        log().error(std::string("database: ") + e.what());
        return 1;
    } catch (const net::NetError& e) {
        log().error(std::string("network: ") + e.what());
        return 1;
    }
}

} // namespace hr::server
