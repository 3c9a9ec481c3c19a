#pragma once
// A scripted client over real ENet: connects, says Hello, sends messages and waits for the
// answers it expects. Waits are bounded by a budget of service rounds (a failure, not a speed
// measurement).
#include "net/host.hpp"
#include "protocol/message_codec.hpp"

#include <catch2/catch.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hr::e2e {

// About ten seconds at most of 2 ms waits; loopback answers come in well under that.
constexpr int kBudget = 5000;

class TestClient {
  public:
    explicit TestClient(std::uint16_t port) : host_(net::Host::client(config())) {
        live().push_back(this);
        const auto id = host_.connect("127.0.0.1", port);
        REQUIRE(id.has_value());
        server_ = *id;
        REQUIRE(pump([&] { return connected_; }));
        send(proto::Hello{proto::kProtocolVersion, "e2e"});
        wait<proto::Welcome>();
    }

    TestClient(const TestClient&) = delete;
    TestClient& operator=(const TestClient&) = delete;
    ~TestClient() { std::erase(live(), this); }

    void send(const proto::Message& m) {
        const auto bytes = proto::encode(m);
        const auto channel =
            static_cast<std::uint8_t>(proto::message_info(proto::type_of(m)).channel);
        REQUIRE(host_.send(server_, channel, bytes));
        host_.flush();
    }
    void send_raw(const std::vector<std::uint8_t>& bytes, std::uint8_t channel = 0) {
        REQUIRE(host_.send(server_, channel, bytes));
        host_.flush();
    }

    // Services until `done` holds; false when the budget ran out. Every other live client is
    // serviced as well, so that none of them goes silent (and gets dropped) while one waits.
    bool pump(const std::function<bool()>& done, int budget = kBudget) {
        for (int i = 0; i < budget; ++i) {
            if (done()) {
                return true;
            }
            for (TestClient* c : live()) {
                c->service(c == this ? 2 : 0);
            }
        }
        return done();
    }

    // The next message of type T (matching `match`) after the last one of that type a wait
    // took; fails the test if none comes within the budget.
    template <class T>
    T wait(const std::function<bool(const T&)>& match = [](const T&) { return true; }) {
        std::optional<T> found;
        std::size_t& cursor = taken_[T::kType];
        const bool ok = pump([&] {
            for (std::size_t i = cursor; i < inbox_.size(); ++i) {
                if (const T* m = std::get_if<T>(&inbox_[i]); m != nullptr && match(*m)) {
                    found = *m;
                    cursor = i + 1;
                    return true;
                }
            }
            return false;
        });
        INFO("waiting for " << proto::message_info(T::kType).name);
        REQUIRE(ok);
        return *found;
    }

    // A message of type T matching `match`, received at any time (a state reached, not an
    // event awaited); moves no cursor.
    template <class T> T wait_seen(const std::function<bool(const T&)>& match) {
        std::optional<T> found;
        const bool ok = pump([&] {
            for (const auto& m : inbox_) {
                if (const T* x = std::get_if<T>(&m); x != nullptr && match(*x)) {
                    found = *x;
                    return true;
                }
            }
            return false;
        });
        INFO("waiting for " << proto::message_info(T::kType).name);
        REQUIRE(ok);
        return *found;
    }

    // Every message received so far of type T.
    template <class T> std::vector<T> all() const {
        std::vector<T> out;
        for (const auto& m : inbox_) {
            if (const T* x = std::get_if<T>(&m)) {
                out.push_back(*x);
            }
        }
        return out;
    }

    bool disconnected() { return disconnected_; }
    const std::vector<proto::Message>& inbox() const { return inbox_; }

  private:
    static std::vector<TestClient*>& live() {
        static std::vector<TestClient*> clients;
        return clients;
    }

    void service(std::uint32_t wait_ms) {
        for (net::Event& e : host_.service(wait_ms)) {
            if (e.type == net::EventType::Connect) {
                connected_ = true;
            } else if (e.type == net::EventType::Disconnect) {
                connected_ = false;
                disconnected_ = true;
            } else {
                const proto::Decoded d = proto::decode(e.bytes, proto::kMaxServerPayload);
                REQUIRE(d.ok());
                inbox_.push_back(d.message);
            }
        }
    }

    static net::HostConfig config() {
        net::HostConfig c;
        c.max_peers = 1;
        c.channels = proto::kChannelCount;
        c.max_packet_size = proto::kMaxServerPayload + 64;
        // Generous: a test's client may wait a while between services.
        c.timeouts = net::Timeouts{32, 5000, 30000, 500};
        return c;
    }

    net::Host host_;
    net::PeerId server_ = 0;
    bool connected_ = false;
    bool disconnected_ = false;
    std::vector<proto::Message> inbox_;
    std::map<proto::MessageType, std::size_t> taken_;
};

} // namespace hr::e2e
