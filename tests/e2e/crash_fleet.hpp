#pragma once
// The bot clients of the crash, bad-network and long-run tests: every member of a few rooms (a
// facilitator and the players of each) on one client host, playing the scripted decisions
// without blocking, so that the server can be killed at any moment. After a restart, or a drop
// when asked to redial, they dial the server and take their places back (players with their
// reconnect tokens, facilitators with their secret), and each player checks that every decision
// the server acknowledged is still stored.
#include "e2e/scripted_player.hpp"
#include "net/host.hpp"
#include "protocol/message_codec.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hr::e2e {

struct FleetShape {
    int rooms = 2;
    int players = 4; // human seats per room; the room's other firms are bots
    std::uint32_t firms = 5;
    std::uint32_t rounds = 8;
    std::uint64_t seed = 2024; // room r plays the game of seed + r
    // Each player submits at a seeded moment up to this long after its round opened, so that a
    // round stays open a while with some decisions in and others not.
    int submit_spread_ms = 20;
};

class CrashFleet {
  public:
    explicit CrashFleet(const FleetShape& shape) : shape_(shape) {
        rooms_.resize(static_cast<std::size_t>(shape.rooms));
        for (int r = 0; r < shape.rooms; ++r) {
            for (int m = 0; m <= shape.players; ++m) {
                Member x;
                x.room = r;
                x.facilitator = m == 0;
                x.name = x.facilitator ? "Teacher " + std::to_string(r)
                                       : "Bot " + std::to_string(r) + "." + std::to_string(m);
                members_.push_back(std::move(x));
            }
        }
    }

    // Dials the server at `port` with every member: the first time the facilitators create the
    // rooms and the players join; after a restart everyone takes their place back. The previous
    // connections are dropped without a word (their server is gone).
    void connect(std::uint16_t port) {
        host_.reset();
        net::HostConfig config;
        config.max_peers = members_.size();
        config.channels = proto::kChannelCount;
        config.max_packet_size = proto::kMaxServerPayload + 64;
        host_.emplace(net::Host::client(config));
        by_peer_.clear();
        port_ = port;
        for (std::size_t i = 0; i < members_.size(); ++i) {
            if (members_[i].stage != Stage::Over) {
                dial(i);
            }
        }
        ++epochs_;
    }

    // A member whose connection drops dials the same server again at once and takes its place
    // back, as the client does, instead of staying away (bad networks).
    void redial_lost(bool on) { redial_ = on; }
    // Connections dropped by the transport (each redialled when redial_lost is on).
    int drops() const { return drops_; }

    // Services the connections for up to wait_ms; returns how many messages came in.
    int service(std::uint32_t wait_ms) {
        send_due();
        int received = 0;
        for (net::Event& e : host_->service(wait_ms)) {
            const auto it = by_peer_.find(e.peer);
            if (it == by_peer_.end()) {
                continue;
            }
            Member& m = members_[it->second];
            if (e.type == net::EventType::Connect) {
                send(m, proto::Hello{proto::kProtocolVersion, "crash-fleet"});
                m.stage = Stage::Greeting;
            } else if (e.type == net::EventType::Disconnect) {
                if (m.stage != Stage::Over) {
                    m.stage = Stage::Lost;
                    ++drops_;
                    if (redial_) {
                        const std::size_t index = it->second;
                        by_peer_.erase(it);
                        dial(index);
                    }
                }
            } else {
                const proto::Decoded d = proto::decode(e.bytes, proto::kMaxServerPayload);
                if (!d.ok()) {
                    problem(m, "an undecodable message: " + d.detail);
                    continue;
                }
                ++received;
                on_message(m, d.message);
            }
        }
        host_->flush();
        return received;
    }

    // Every member is in its room.
    bool seated() const {
        return std::all_of(members_.begin(), members_.end(), [](const Member& m) {
            return m.stage == Stage::Seated || m.stage == Stage::Over;
        });
    }
    // The facilitators start their games (once every member is seated).
    void start() {
        for (Member& m : members_) {
            if (m.facilitator) {
                send(m, proto::Start{});
            }
        }
        host_->flush();
    }
    // Every player has been told that the game is over.
    bool over() const {
        return std::all_of(members_.begin(), members_.end(),
                           [](const Member& m) { return m.facilitator || m.stage == Stage::Over; });
    }
    // Each room's final state hash, as its first player was told (the others must agree).
    std::vector<std::uint64_t> final_hashes() const {
        std::vector<std::uint64_t> out(rooms_.size(), 0);
        for (const Member& m : members_) {
            if (!m.facilitator && m.hash && out[static_cast<std::size_t>(m.room)] == 0) {
                out[static_cast<std::size_t>(m.room)] = *m.hash;
            }
        }
        return out;
    }
    bool hashes_agree() const {
        const auto first = final_hashes();
        return std::all_of(members_.begin(), members_.end(), [&](const Member& m) {
            return m.facilitator || m.hash == first[static_cast<std::size_t>(m.room)];
        });
    }
    const std::vector<std::string>& problems() const { return problems_; }
    int acknowledged() const { return acknowledged_; }
    // Acknowledged decisions found stored after a restart (each checked, counted once a check).
    int survivals_checked() const { return survivals_checked_; }
    int reconnects() const { return reconnects_; }
    // The latest round any player has seen open.
    int highest_open_round() const {
        int highest = 0;
        for (const Member& m : members_) {
            highest = std::max(highest, m.open_round);
        }
        return highest;
    }
    // Players whose decision for the running round is acknowledged: what a kill now puts to the
    // test.
    int acknowledged_in_open_rounds() const {
        return static_cast<int>(
            std::count_if(members_.begin(), members_.end(), [](const Member& m) {
                return m.open_round > 0 && m.acked.contains(m.open_round);
            }));
    }
    std::string describe() const {
        std::string s;
        for (const Member& m : members_) {
            s += m.name + ": stage " + std::to_string(static_cast<int>(m.stage)) + ", open round " +
                 std::to_string(m.open_round) + ", stored round " + std::to_string(m.stored_round) +
                 ", connections " + std::to_string(m.dials) + "\n";
        }
        return s;
    }

  private:
    using Clock = std::chrono::steady_clock;
    enum class Stage { Dialling, Greeting, NeedCode, Entering, Seated, Over, Lost };
    static constexpr const char* kSecret = "crash-fleet-secret";

    struct Member {
        int room = 0;
        bool facilitator = false;
        std::string name;
        net::PeerId peer = 0;
        Stage stage = Stage::Dialling;
        std::optional<FirmId> firm;
        std::optional<proto::ReconnectToken> token;
        std::uint32_t seq = 0;
        bool synced = false;  // has the firm's private state since it (re)entered the room
        int open_round = 0;   // the running round, from the latest snapshot
        int stored_round = 0; // the latest round whose decision the server holds (acked or seen)
        int sent_round = 0;   // the latest round a decision was sent for, on this connection
        std::optional<Clock::time_point> due; // when the running round's decision goes out
        std::map<int, std::uint32_t> acked;   // round -> acknowledged sequence number
        std::optional<std::uint64_t> hash;
        int dials = 0;
    };
    struct RoomRun {
        std::string code;
    };

    void dial(std::size_t index) {
        Member& m = members_[index];
        const auto peer = host_->connect("127.0.0.1", port_);
        REQUIRE(peer.has_value());
        m.peer = *peer;
        ++m.dials;
        m.stage = Stage::Dialling;
        m.synced = false;
        m.sent_round = 0;
        m.due.reset();
        by_peer_[*peer] = index;
    }

    void send(Member& m, const proto::Message& message) {
        const auto channel =
            static_cast<std::uint8_t>(proto::message_info(proto::type_of(message)).channel);
        host_->send(m.peer, channel, proto::encode(message));
    }

    void problem(const Member& m, const std::string& what) {
        if (problems_.size() < 50) {
            problems_.push_back(m.name + " (connection " + std::to_string(epochs_) + "): " + what);
        }
    }

    void enter(Member& m) {
        RoomRun& room = rooms_[static_cast<std::size_t>(m.room)];
        if (m.facilitator) {
            if (room.code.empty()) {
                send(m,
                     proto::CreateRoom{e2e_room(shape_.firms, shape_.rounds,
                                                shape_.seed + static_cast<std::uint64_t>(m.room)),
                                       kSecret, m.name});
            } else {
                send(m, proto::AttachFacilitator{room.code, kSecret});
            }
        } else if (m.token) {
            send(m, proto::Reconnect{room.code, *m.token});
            ++reconnects_;
        } else if (!room.code.empty()) {
            send(m, proto::Join{room.code, m.name});
        } else {
            m.stage = Stage::NeedCode; // joins once the room is created
            return;
        }
        m.stage = Stage::Entering;
    }

    bool should_submit(const Member& m) const {
        return m.stage == Stage::Seated && m.synced && m.open_round > 0 &&
               m.open_round > m.stored_round && m.open_round > m.sent_round;
    }

    // Schedules the scripted decision for the running round unless the server already holds one.
    void maybe_submit(Member& m) {
        if (!should_submit(m) || m.due) {
            return;
        }
        // splitmix64's finalizer over seed, firm and round: the same moments in every run.
        std::uint64_t x = shape_.seed ^ (static_cast<std::uint64_t>(m.room) << 48) ^
                          (static_cast<std::uint64_t>(*m.firm) << 32) ^
                          static_cast<std::uint64_t>(m.open_round);
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
        x ^= x >> 31;
        const auto spread = static_cast<std::uint64_t>(std::max(1, shape_.submit_spread_ms)) * 1000;
        m.due = Clock::now() + std::chrono::microseconds(x % spread);
    }

    void send_due() {
        const auto now = Clock::now();
        for (Member& m : members_) {
            if (!m.due || *m.due > now) {
                continue;
            }
            m.due.reset();
            if (should_submit(m)) {
                send(m, proto::SubmitDecision{++m.seq, scripted(*m.firm, m.open_round)});
                m.sent_round = m.open_round;
            }
        }
        host_->flush();
    }

    void on_private_state(Member& m, const proto::PrivateFirmState& s) {
        const auto acked = m.acked.find(s.round);
        if (acked != m.acked.end()) {
            ++survivals_checked_;
            if (!s.decision || *s.decision != scripted(*m.firm, s.round) ||
                s.decision_seq < acked->second) {
                problem(m, "the acknowledged decision " + std::to_string(acked->second) +
                               " of round " + std::to_string(s.round) + " is not stored");
            }
        }
        if (s.decision) {
            m.stored_round = std::max(m.stored_round, s.round);
        }
        m.seq = std::max(m.seq, s.decision_seq);
        m.synced = true;
        maybe_submit(m);
    }

    void on_message(Member& m, const proto::Message& message) {
        RoomRun& room = rooms_[static_cast<std::size_t>(m.room)];
        if (std::holds_alternative<proto::Welcome>(message)) {
            enter(m);
        } else if (const auto* created = std::get_if<proto::RoomCreated>(&message)) {
            room.code = created->code;
            for (Member& other : members_) {
                if (other.room == m.room && other.stage == Stage::NeedCode) {
                    enter(other);
                }
            }
        } else if (const auto* joined = std::get_if<proto::Joined>(&message)) {
            if (!m.facilitator) {
                if (!joined->firm || (m.firm && *joined->firm != *m.firm)) {
                    problem(m, "came back to another seat");
                }
                m.firm = joined->firm;
                if (joined->token) {
                    m.token = joined->token;
                }
            }
            if (m.stage == Stage::Entering) {
                m.stage = Stage::Seated;
            }
        } else if (const auto* snap = std::get_if<proto::RoomSnapshotMessage>(&message)) {
            m.open_round =
                snap->snapshot.phase == proto::RoomPhase::Running ? snap->snapshot.round : 0;
            if (!m.facilitator) {
                maybe_submit(m);
            }
        } else if (const auto* state = std::get_if<proto::PrivateFirmStateMessage>(&message)) {
            if (m.firm) {
                on_private_state(m, state->state);
            }
        } else if (const auto* ack = std::get_if<proto::DecisionAck>(&message)) {
            if (ack->seq == m.seq && ack->round == m.sent_round) {
                m.acked[ack->round] = ack->seq;
                m.stored_round = std::max(m.stored_round, ack->round);
                ++acknowledged_;
            }
        } else if (const auto* over = std::get_if<proto::GameOver>(&message)) {
            if (!m.facilitator) {
                m.hash = over->state_hash;
                m.stage = Stage::Over;
                if (over->rounds_played != static_cast<int>(shape_.rounds)) {
                    problem(m, "the game ended after " + std::to_string(over->rounds_played) +
                                   " rounds");
                }
            }
        } else if (const auto* error = std::get_if<proto::Error>(&message)) {
            problem(m, "error " + std::to_string(static_cast<int>(error->code)) + " about type " +
                           std::to_string(error->about) + ": " + error->text);
        } else if (const auto* refusal = std::get_if<proto::Refusal>(&message)) {
            // A clean stop says goodbye; the member comes back with connect().
            if (refusal->reason != proto::RefusalReason::ShuttingDown) {
                problem(m, "refused: " + refusal->text);
            }
        }
    }

    FleetShape shape_;
    std::vector<Member> members_;
    std::vector<RoomRun> rooms_;
    std::optional<net::Host> host_;
    std::map<net::PeerId, std::size_t> by_peer_;
    std::vector<std::string> problems_;
    std::uint16_t port_ = 0;
    bool redial_ = false;
    int drops_ = 0;
    int epochs_ = 0;
    int acknowledged_ = 0;
    int survivals_checked_ = 0;
    int reconnects_ = 0;
};

// The fleet's games were all played to their end, no client met a problem, and the players of
// each room agree on its final state.
inline void check_games_completed(const CrashFleet& fleet) {
    INFO(fleet.describe());
    for (const auto& p : fleet.problems()) {
        UNSCOPED_INFO(p);
    }
    CHECK(fleet.problems().empty());
    REQUIRE(fleet.over());
    CHECK(fleet.hashes_agree());
}

} // namespace hr::e2e
