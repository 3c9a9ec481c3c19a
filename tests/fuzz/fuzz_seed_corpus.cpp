// Writes the seed corpus of the fuzz targets from real messages:
//   <out>/fuzz_message_decoder/  every client message of the room scripts and every server
//                                message of a real game played through the server's rooms;
//   <out>/fuzz_room_message/     room scripts (room_script.hpp): a whole game, the facilitator's
//                                commands, the lobby's comings and goings, deadlines, mistakes.
// The scenario loader's corpus is the shipped scenarios, copied by hand. Run it again when the
// protocol changes:  fuzz_seed_corpus tests/fuzz/corpus
#include "journal.hpp"
#include "logger.hpp"
#include "protocol/frame.hpp"
#include "protocol/message_codec.hpp"
#include "room_directory.hpp"
#include "room_script.hpp"
#include "scenario_library.hpp"
#include "settings.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace {

using namespace hr;
using namespace hr::fuzz;
using Bytes = std::vector<std::uint8_t>;

void write(const std::filesystem::path& file, const Bytes& bytes) {
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

// A decision within the tutorial's rules, different per firm and round.
Decision scripted(FirmId firm, int round) {
    Decision d;
    d.firm = firm;
    d.round = round;
    d.wage_change = 0.01 * ((firm + round) % 3);
    d.invest[0] = 3000 * (firm + 1);
    d.invest[1] = 2000 * ((round % 2) + 1);
    d.training = 500 * firm;
    d.markup = 0.08 + 0.01 * firm;
    return d;
}

class Script {
  public:
    Script(std::uint8_t scenario, std::uint8_t options) : bytes_{scenario, options} {}

    Script& send(Slot slot, const proto::Message& m) {
        const Bytes frame = proto::encode(m);
        sent_.push_back(frame);
        bytes_.push_back(op(slot, 0));
        bytes_.push_back(frame[4]); // the type id (every id fits a byte)
        const std::size_t length = frame.size() - proto::kFrameHeaderSize;
        bytes_.push_back(static_cast<std::uint8_t>(length & 0xff));
        bytes_.push_back(static_cast<std::uint8_t>(length >> 8));
        bytes_.insert(bytes_.end(), frame.begin() + proto::kFrameHeaderSize, frame.end());
        return *this;
    }
    Script& tenths(std::uint8_t n) { return two(op(kFacilitator, kTenthsKind), n); }
    Script& tens(std::uint8_t n) { return two(op(kFacilitator, kTensKind), n); }
    Script& reconnect(Slot slot) {
        bytes_.push_back(op(slot, kReconnectKind));
        return *this;
    }
    Script& drop(Slot slot) {
        bytes_.push_back(op(slot, kDropKind));
        return *this;
    }
    // Every player submits its decision for `round`.
    Script& round(int round) {
        for (Slot s : {kPlayerA, kPlayerB, kPlayerC, kPlayerD}) {
            send(s, proto::SubmitDecision{static_cast<std::uint32_t>(round),
                                          scripted(static_cast<FirmId>(s - kPlayerA), round)});
        }
        return *this;
    }

    const Bytes& bytes() const { return bytes_; }
    const std::vector<Bytes>& sent() const { return sent_; }

  private:
    Script& two(std::uint8_t a, std::uint8_t b) {
        bytes_.push_back(a);
        bytes_.push_back(b);
        return *this;
    }
    Bytes bytes_;
    std::vector<Bytes> sent_;
};

proto::Reconnect token_of_seat(std::uint8_t n) {
    proto::Reconnect r{std::string(kCodePlaceholder), {}};
    r.token.back() = n;
    return r;
}

std::map<std::string, Script> room_scripts() {
    const std::string code(kCodePlaceholder);
    std::map<std::string, Script> s;
    {
        Script g(0, 0);
        g.send(kPlayerA, proto::Ready{true}).send(kPlayerB, proto::Ready{true});
        g.send(kFacilitator, proto::Start{});
        Decision d = scripted(0, 1);
        d.propose.push_back({JointActionType::TradeFair, 20'000});
        g.send(kPlayerA, proto::SubmitDecision{1, d});
        g.send(kPlayerB, proto::JoinJointAction{1, 1, 10'000});
        g.send(kPlayerC, proto::ProposeJointAction{1, JointActionType::JointPurchasing, 5'000});
        g.send(kPlayerC, proto::LeaveJointAction{1, 1});
        g.send(kPlayerD, proto::Chat{"bom dia \xc3\xa0 todos"});
        g.round(1).round(2).round(3);
        s.emplace("full-game", g);
    }
    {
        Script f(0, kStartAtOnce);
        f.send(kFacilitator, proto::Pause{})
            .tens(10)
            .send(kFacilitator, proto::Extend{120})
            .send(kFacilitator, proto::Resume{})
            .send(kFacilitator, proto::InjectEvent{"cheaper-imports"});
        PolicySettings p;
        p.cofinancing_share = 0.5;
        p.grant_per_firm = 10'000;
        p.grant_recipients = {0, 2};
        p.service_centre = true;
        p.training_programme = 5'000;
        p.export_promotion = 3'000;
        f.send(kFacilitator, proto::SetPolicy{p})
            .send(kFacilitator, proto::SeatToBot{1, Archetype::Upgrader, Difficulty::Hard})
            .send(kFacilitator, proto::Announce{"two minutes left"})
            .send(kFacilitator, proto::CloseRound{})
            .send(kFacilitator, proto::SeatToHuman{1})
            .send(kFacilitator, proto::Kick{2})
            .send(kFacilitator,
                  proto::SetRoomOptions{proto::EmptySeatPolicy::DefaultDecision, false})
            .send(kFacilitator, proto::EndGame{});
        s.emplace("facilitator-commands", f);
    }
    {
        Script l(1, kNoBots);
        l.send(kFacilitator, proto::AddBot{Archetype::LowRoader, Difficulty::Easy})
            .send(kPlayerD, proto::LeaveRoom{})
            .send(kFacilitator, proto::AddBot{Archetype::BrandBuilder, Difficulty::Normal})
            .send(kFacilitator, proto::RemoveBot{3})
            .send(kStranger, proto::Join{code, "Latecomer"})
            .drop(kPlayerA)
            .reconnect(kPlayerA)
            .send(kPlayerA, token_of_seat(0))
            .send(kNewPeer, proto::Hello{proto::kProtocolVersion, "late"})
            .send(kNewPeer, proto::AttachFacilitator{code, std::string(kSecret)})
            .send(kNewPeer, proto::Spectate{code})
            .send(kFacilitator, proto::Join{code, "Teacher plays"})
            .send(kFacilitator, proto::Start{});
        s.emplace("lobby-comings-and-goings", l);
    }
    {
        Script t(2, kStartAtOnce | kDefaultDecisions);
        t.send(kPlayerA, proto::SubmitDecision{1, scripted(0, 1)})
            .drop(kPlayerB)
            .tens(7)
            .tenths(5)
            .reconnect(kPlayerB)
            .send(kPlayerB, token_of_seat(1))
            .tens(7)
            .tens(7)
            .tens(200);
        s.emplace("deadlines", t);
    }
    {
        Script m(0, kStartAtOnce | kNoLatecomers);
        m.send(kPlayerA, proto::SubmitDecision{1, scripted(1, 1)})
            .send(kPlayerA, proto::SubmitDecision{2, scripted(0, 2)})
            .send(kPlayerA, proto::SubmitDecision{3, scripted(0, 1)})
            .send(kPlayerA, proto::SubmitDecision{3, scripted(0, 1)})
            .send(kPlayerB, proto::Start{})
            .send(kSpectator, proto::Chat{"hi"})
            .send(kStranger, proto::Reconnect{code, {}})
            .send(kStranger, proto::AttachFacilitator{code, "wrong"})
            .send(kStranger, proto::CreateRoom{proto::RoomSettings{}, "abcd", "Other"})
            .send(kNewPeer, proto::Join{code, "no hello"})
            .send(kPlayerC, proto::Hello{proto::kProtocolVersion, "again"})
            .send(kPlayerC, proto::DecisionAck{1, 1});
        s.emplace("mistakes", m);
    }
    {
        // Amounts at the ends of Money's range: sums of them must not overflow.
        constexpr Money kMax = std::numeric_limits<Money>::max();
        Script h(0, kStartAtOnce);
        Decision a = scripted(0, 1);
        a.invest = {kMax, kMax, 2, 0};
        Decision b = scripted(1, 1);
        b.training = std::numeric_limits<Money>::min();
        h.send(kPlayerA, proto::SubmitDecision{1, a})
            .send(kPlayerB, proto::SubmitDecision{1, b})
            .send(kPlayerC, proto::ProposeJointAction{1, JointActionType::TradeFair, kMax})
            .send(kPlayerD, proto::JoinJointAction{1, 1, kMax});
        s.emplace("huge-amounts", h);
    }
    return s;
}

// The server's messages of a real game: four players, chat, three rounds, the debrief.
std::vector<Bytes> server_messages() {
    server::Settings settings;
    const auto library =
        server::ScenarioLibrary::load(std::string(HIGHROAD_ASSETS_DIR) + "/scenarios");
    server::Journal journal;
    server::RoomDirectory directory(settings, library, journal, 1);
    server::Outbox out;
    const server::TimeMs now = 1'800'000'000'000;
    std::vector<Bytes> sent;
    std::string code;
    const auto deliver = [&] {
        directory.tick(now, out);
        journal.committed();
        for (const server::Envelope& e : out.envelopes) {
            sent.push_back(proto::encode(e.message));
            if (const auto* c = std::get_if<proto::RoomCreated>(&e.message)) {
                code = c->code;
            }
        }
        out.clear();
    };
    for (server::SessionId s = 0; s <= 4; ++s) {
        directory.connected(s, "10.0.0.1", now);
        directory.handle(s, proto::Hello{proto::kProtocolVersion, "corpus"}, now, out);
    }
    proto::RoomSettings rs;
    rs.firms = kFirms;
    rs.rounds = kRounds;
    directory.handle(0, proto::CreateRoom{rs, std::string(kSecret), "Teacher"}, now, out);
    deliver();
    for (server::SessionId s = 1; s <= 4; ++s) {
        directory.handle(s, proto::Join{code, "Player " + std::to_string(s)}, now, out);
    }
    directory.handle(1, proto::Chat{"hello"}, now, out);
    directory.handle(1, proto::SubmitDecision{1, scripted(0, 1)}, now, out); // refused: lobby
    directory.handle(0, proto::Start{}, now, out);
    deliver();
    for (int round = 1; round <= static_cast<int>(kRounds); ++round) {
        for (server::SessionId s = 1; s <= 4; ++s) {
            directory.handle(s,
                             proto::SubmitDecision{static_cast<std::uint32_t>(round),
                                                   scripted(static_cast<FirmId>(s - 1), round)},
                             now, out);
            deliver();
        }
    }
    // The goodbye of a server that stops.
    sent.push_back(proto::encode(proto::Refusal{
        proto::RefusalReason::ShuttingDown, proto::kProtocolVersion, "the server is stopping"}));
    return sent;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: fuzz_seed_corpus <corpus folder>\n";
        return 2;
    }
    server::log().set_level(server::LogLevel::Off);
    const std::filesystem::path root(argv[1]);
    const auto decoder = root / "fuzz_message_decoder";
    const auto room = root / "fuzz_room_message";
    std::filesystem::create_directories(decoder);
    std::filesystem::create_directories(room);
    // One file per message type (the largest seen): the corpus grows by what is new.
    std::map<std::uint16_t, Bytes> by_type;
    const auto keep = [&](const Bytes& frame) {
        const auto type = static_cast<std::uint16_t>(frame[4] | (frame[5] << 8));
        Bytes& kept = by_type[type];
        if (frame.size() > kept.size()) {
            kept = frame;
        }
    };
    for (const auto& [name, script] : room_scripts()) {
        write(room / name, script.bytes());
        for (const Bytes& frame : script.sent()) {
            keep(frame);
        }
    }
    for (const Bytes& frame : server_messages()) {
        keep(frame);
    }
    for (const auto& [type, frame] : by_type) {
        const proto::MessageInfo* info = proto::message_info(type);
        write(decoder / std::string(info != nullptr ? info->name : "unknown"), frame);
    }
    std::cout << by_type.size() << " message types, " << room_scripts().size()
              << " room scripts written to " << root.string() << "\n";
    return 0;
}
