// A room driven by arbitrary messages from several sessions at once (the format is in
// room_script.hpp): the facilitator, four players, a spectator, a stranger and a peer that never
// said Hello, each sending whatever the fuzzer makes, while the clock moves and connections drop.
// It goes through RoomDirectory, the server's whole path for a packet without the sockets.
// Checked at every step:
//   - nothing crashes, reads out of bounds or overflows (ASan, UBSan);
//   - a refused message (an Error back to its sender) changes nothing: no record is journaled,
//     the game's state hash, the room's phase and the sender's roles stay as they were;
//   - the game's state changes only when a round is resolved;
//   - every message the server sends encodes to a frame that a client decodes.
#include "core/rules.hpp"
#include "journal.hpp"
#include "logger.hpp"
#include "protocol/frame.hpp"
#include "protocol/message_codec.hpp"
#include "room_directory.hpp"
#include "room_script.hpp"
#include "scenario_library.hpp"
#include "settings.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <vector>

namespace {

using namespace hr;
using namespace hr::server;
using namespace hr::fuzz;

void fail(const char* why) {
    std::fprintf(stderr, "fuzz_room_message: %s\n", why);
    std::abort();
}

const ScenarioLibrary& library() {
    static const ScenarioLibrary scenarios =
        ScenarioLibrary::load(std::string(HIGHROAD_ASSETS_DIR) + "/scenarios");
    return scenarios;
}

class Bytes {
  public:
    explicit Bytes(std::span<const std::uint8_t> data) : data_(data) {}
    bool empty() const { return at_ >= data_.size(); }
    std::uint8_t u8() { return empty() ? 0 : data_[at_++]; }
    std::uint16_t u16() {
        const std::uint8_t lo = u8();
        return static_cast<std::uint16_t>(lo | (u8() << 8));
    }
    std::span<const std::uint8_t> take(std::size_t n) {
        n = std::min(n, data_.size() - std::min(at_, data_.size()));
        const auto part = data_.subspan(at_, n);
        at_ += n;
        return part;
    }

  private:
    std::span<const std::uint8_t> data_;
    std::size_t at_ = 0;
};

class World {
  public:
    World() : directory_(settings_, library(), journal_, 1) {}

    void setup(std::uint8_t scenario, std::uint8_t options) {
        proto::RoomSettings rs;
        rs.scenario = std::string(kScenarios[scenario % kScenarios.size()]);
        rs.firms = kFirms;
        rs.rounds = kRounds;
        rs.round_seconds = kRoundSeconds;
        rs.seed = 11;
        rs.empty_seats = (options & kDefaultDecisions) != 0
                             ? proto::EmptySeatPolicy::DefaultDecision
                             : proto::EmptySeatPolicy::ProxyBot;
        rs.allow_latecomers = (options & kNoLatecomers) == 0;
        rs.fill_with_bots = (options & kNoBots) == 0;
        for (SessionId s = 0; s < kSlots; ++s) {
            connect(s, s != kNewPeer);
        }
        directory_.handle(kFacilitator, proto::CreateRoom{rs, std::string(kSecret), "Teacher"},
                          now_, out_);
        settle();
        const Room* room = directory_.find_room(code_);
        if (room == nullptr) {
            fail("the room was not created");
        }
        for (SessionId s = kPlayerA; s <= kPlayerD; ++s) {
            directory_.handle(s, proto::Join{code_, "Player " + std::to_string(s)}, now_, out_);
            settle();
        }
        directory_.handle(kSpectator, proto::Spectate{code_}, now_, out_);
        if ((options & kStartAtOnce) != 0) {
            directory_.handle(kFacilitator, proto::Start{}, now_, out_);
        }
        settle();
    }

    void step(Bytes& in) {
        const Room* room = directory_.find_room(code_);
        const int round = room != nullptr ? room->state().round : 0;
        const std::uint64_t hash = room != nullptr ? state_hash(room->state()) : 0;
        const std::uint8_t op = in.u8();
        const auto session = static_cast<SessionId>(op & 7);
        const std::uint8_t kind = op >> 3;
        if (kind < kMessageKinds) {
            const std::uint8_t type = in.u8();
            const std::uint16_t length = in.u16();
            message(session, type, in.take(length));
        } else if (kind < kTensKind) {
            now_ += static_cast<TimeMs>(in.u8()) * 100;
        } else if (kind < kReconnectKind) {
            now_ += static_cast<TimeMs>(in.u8()) * 10'000;
        } else {
            directory_.disconnected(session, out_);
            if (kind == kReconnectKind) {
                connect(session, true);
            }
        }
        settle();
        if (room != nullptr && directory_.find_room(code_) == room &&
            room->state().round == round && state_hash(room->state()) != hash) {
            fail("the game's state changed without a resolution");
        }
    }

  private:
    void connect(SessionId s, bool hello) {
        directory_.connected(s, "10.0.0." + std::to_string(s % 3), now_);
        if (hello) {
            directory_.handle(s, proto::Hello{proto::kProtocolVersion, "fuzz"}, now_, out_);
        }
    }

    // The placeholders of room_script.hpp made real, so that the fuzzer can name the room and
    // its seats without guessing secrets drawn at run time.
    std::vector<std::uint8_t> frame(std::uint8_t type, std::span<const std::uint8_t> payload) {
        auto bytes = proto::encode_frame(proto::kProtocolVersion, type, payload);
        proto::Decoded d = proto::decode(bytes, proto::kMaxClientPayload);
        if (!d.ok()) {
            return bytes;
        }
        const auto real_code = [&](std::string& code) {
            if (code == kCodePlaceholder) {
                code = code_;
            }
        };
        std::visit(
            [&](auto& m) {
                using M = std::decay_t<decltype(m)>;
                if constexpr (std::is_same_v<M, proto::Join> ||
                              std::is_same_v<M, proto::Spectate> ||
                              std::is_same_v<M, proto::AttachFacilitator>) {
                    real_code(m.code);
                } else if constexpr (std::is_same_v<M, proto::Reconnect>) {
                    real_code(m.code);
                    const bool placeholder = std::all_of(m.token.begin(), m.token.end() - 1,
                                                         [](std::uint8_t b) { return b == 0; });
                    if (placeholder && !tokens_.empty()) {
                        m.token = tokens_[m.token.back() % tokens_.size()];
                    }
                }
            },
            d.message);
        return proto::encode(d.message);
    }

    void message(SessionId session, std::uint8_t type, std::span<const std::uint8_t> payload) {
        const auto bytes = frame(type, payload);
        const Room* room = directory_.find_room(code_);
        const std::uint64_t mark = journal_.mark();
        const std::uint64_t hash = room != nullptr ? state_hash(room->state()) : 0;
        const auto phase = room != nullptr ? room->phase() : proto::RoomPhase::Lobby;
        const std::uint8_t roles = room != nullptr ? room->roles_of(session) : 0;
        directory_.received(session, bytes, now_, out_);
        const bool refused =
            std::any_of(out_.envelopes.begin(), out_.envelopes.end(), [&](auto& e) {
                return std::holds_alternative<proto::Error>(e.message) && e.to.size() == 1 &&
                       e.to.front() == session;
            });
        if (refused) {
            if (journal_.mark() != mark) {
                fail("a refused message was journaled");
            }
            if (room != nullptr && directory_.find_room(code_) == room &&
                (state_hash(room->state()) != hash || room->phase() != phase ||
                 room->roles_of(session) != roles)) {
                fail("a refused message changed the room");
            }
        }
    }

    // One server tick: the rooms' clocks, a commit, then every message goes out and every
    // session to cut off is cut off.
    void settle() {
        directory_.tick(now_, out_);
        journal_.committed();
        for (const Envelope& e : out_.envelopes) {
            const auto bytes = proto::encode(e.message);
            const proto::Decoded d = proto::decode(bytes, proto::kMaxServerPayload);
            if (!d.ok()) {
                fail("the server sent a message a client cannot decode");
            }
            if (const auto* created = std::get_if<proto::RoomCreated>(&e.message)) {
                code_ = created->code;
            }
            if (const auto* joined = std::get_if<proto::Joined>(&e.message);
                joined && joined->token) {
                tokens_.push_back(*joined->token);
            }
        }
        const auto cut = out_.disconnects;
        out_.clear();
        for (const SessionId s : cut) {
            directory_.disconnected(s, out_);
        }
        out_.clear();
    }

    Settings settings_;
    Journal journal_;
    RoomDirectory directory_;
    Outbox out_;
    TimeMs now_ = 1'800'000'000'000;
    std::string code_;
    std::vector<proto::ReconnectToken> tokens_;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    log().set_level(LogLevel::Off);
    library();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Bytes in({data, size});
    World world;
    const std::uint8_t scenario = in.u8();
    world.setup(scenario, in.u8());
    while (!in.empty()) {
        world.step(in);
    }
    return 0;
}
