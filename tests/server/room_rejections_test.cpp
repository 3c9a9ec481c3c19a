#include "protocol/frame.hpp"
#include "server_harness.hpp"

#include <set>

using namespace hr;
using namespace hr::server;
using namespace hr::server::testing;
using proto::ErrorCode;

namespace {

struct Game {
    Harness h;
    std::string code;
    proto::Joined a, b;

    explicit Game(Settings s = {}) : h(std::move(s)) {
        code = h.create(1, quick_room(4, 3));
        a = h.join(2, code, "Ana");
        b = h.join(3, code, "Bruno");
    }
    void start() { h.send(1, proto::Start{}); }
    // After each refusal the room must still play: both players submit and round 1 resolves.
    void check_still_playable() {
        h.send(2, proto::SubmitDecision{100, scripted(0, 1)});
        h.send(3, proto::SubmitDecision{100, scripted(1, 1)});
        CHECK(h.last<proto::RoundResultsMessage>(2).results.round == 1);
    }
};

} // namespace

TEST_CASE("a decision in the lobby is refused as the wrong state", "[server]") {
    Game g;
    g.h.send(2, proto::SubmitDecision{1, scripted(0, 1)});
    CHECK(g.h.last_error(2).code == ErrorCode::WrongState);
    g.start();
    g.check_still_playable();
}

TEST_CASE("a decision for another firm is refused", "[server]") {
    Game g;
    g.start();
    g.h.send(2, proto::SubmitDecision{1, scripted(1, 1)});
    const auto e = g.h.last_error(2);
    CHECK(e.code == ErrorCode::WrongFirm);
    CHECK(e.ref == 1);
    g.check_still_playable();
}

TEST_CASE("a decision for a past or future round is refused", "[server]") {
    Game g;
    g.start();
    g.h.send(2, proto::SubmitDecision{1, scripted(0, 2)});
    CHECK(g.h.last_error(2).code == ErrorCode::WrongRound);
    g.h.send(2, proto::SubmitDecision{2, scripted(0, 0)});
    CHECK(g.h.last_error(2).code == ErrorCode::WrongRound);
    g.check_still_playable();
    g.h.send(2, proto::SubmitDecision{101, scripted(0, 1)});
    CHECK(g.h.last_error(2).code == ErrorCode::WrongRound);
}

TEST_CASE("a replayed decision is refused", "[server]") {
    Game g;
    g.start();
    g.h.send(2, proto::SubmitDecision{5, scripted(0, 1)});
    CHECK(g.h.last<proto::DecisionAck>(2).seq == 5);
    g.h.send(2, proto::SubmitDecision{5, scripted(0, 1)});
    CHECK(g.h.last_error(2).code == ErrorCode::Replay);
    g.h.send(2, proto::SubmitDecision{4, scripted(0, 1)});
    CHECK(g.h.last_error(2).code == ErrorCode::Replay);
    g.check_still_playable();
}

TEST_CASE("an out-of-range decision is refused with the fields at fault", "[server]") {
    Game g;
    g.start();
    Decision d = scripted(0, 1);
    d.wage_change = 0.9;
    d.invest[2] = -5;
    d.accept = {424242};
    g.h.send(2, proto::SubmitDecision{1, d});
    const auto e = g.h.last_error(2);
    CHECK(e.code == ErrorCode::InvalidDecision);
    std::set<std::string> fields;
    for (const auto& issue : e.issues) {
        fields.insert(issue.field);
    }
    CHECK(fields.contains("wage_change"));
    CHECK(fields.contains("invest.functional"));
    CHECK(fields.contains("accept[0]"));
    // Nothing was stored, nothing acknowledged.
    CHECK_FALSE(g.h.got<proto::DecisionAck>(2));
    g.check_still_playable();
}

TEST_CASE("facilitator commands without the facilitator's role or secret are refused", "[server]") {
    Game g;
    g.h.send(2, proto::Start{});
    CHECK(g.h.last_error(2).code == ErrorCode::NotPermitted);
    g.h.send(2, proto::Kick{1});
    CHECK(g.h.last_error(2).code == ErrorCode::NotPermitted);
    g.h.connect(9);
    g.h.send(9, proto::AttachFacilitator{g.code, "guess"});
    CHECK(g.h.last_error(9).code == ErrorCode::WrongSecret);
    g.h.send(9, proto::Start{});
    CHECK(g.h.last_error(9).code == ErrorCode::WrongState);
    // With the secret, another connection becomes a facilitator of the room.
    g.h.send(9, proto::AttachFacilitator{g.code, "s3cret!"});
    CHECK(g.h.last<proto::Joined>(9).roles == proto::kRoleFacilitator);
    g.h.send(9, proto::Start{});
    g.check_still_playable();
}

TEST_CASE("a forged or stolen-and-voided reconnect token is refused", "[server]") {
    Game g;
    g.start();
    g.h.connect(9);
    proto::ReconnectToken forged{};
    forged[0] = 1;
    g.h.send(9, proto::Reconnect{g.code, forged});
    CHECK(g.h.last_error(9).code == ErrorCode::BadToken);
    // The right token in the wrong room is no better.
    const std::string other = g.h.create(20, quick_room());
    g.h.send(9, proto::Reconnect{other, *g.a.token});
    CHECK(g.h.last_error(9).code == ErrorCode::BadToken);
    g.check_still_playable();
}

TEST_CASE("reconnecting with the token takes the same seat back, with the stored decision",
          "[server]") {
    Game g;
    g.start();
    g.h.send(2, proto::SubmitDecision{3, scripted(0, 1)});
    g.h.disconnect(2);
    g.h.connect(12);
    g.h.send(12, proto::Reconnect{g.code, *g.a.token});
    const auto joined = g.h.last<proto::Joined>(12);
    CHECK(joined.firm == std::optional<FirmId>(0));
    CHECK_FALSE(joined.token.has_value());
    const auto state = g.h.last<proto::PrivateFirmStateMessage>(12).state;
    CHECK(state.firm.firm == 0);
    REQUIRE(state.decision.has_value());
    CHECK(*state.decision == scripted(0, 1));
    CHECK(state.decision_seq == 3);
    // A second connection with the same token displaces the first.
    g.h.connect(13);
    g.h.send(13, proto::Reconnect{g.code, *g.a.token});
    CHECK(g.h.last_error(12).code == ErrorCode::Kicked);
    g.h.send(13, proto::SubmitDecision{4, scripted(0, 1)});
    CHECK(g.h.last<proto::DecisionAck>(13).seq == 4);
}

TEST_CASE("messages before the handshake, server messages and junk are refused", "[server]") {
    Game g;
    g.h.directory.connected(30, "10.0.0.30", g.h.now);
    g.h.send(30, proto::Join{g.code, "Early"});
    CHECK(g.h.last_error(30).code == ErrorCode::WrongState);
    g.h.send(30, proto::Hello{proto::kProtocolVersion, "ok"});
    CHECK(g.h.got<proto::Welcome>(30));
    g.h.send(30, proto::DecisionAck{1, 1});
    CHECK(g.h.last_error(30).code == ErrorCode::UnknownType);
    g.h.send_bytes(30, {1, 2, 3});
    CHECK(g.h.last_error(30).code == ErrorCode::Malformed);
    auto big = proto::encode_frame(proto::kProtocolVersion,
                                   static_cast<std::uint16_t>(proto::MessageType::Chat),
                                   Bytes(proto::kMaxClientPayload + 10, 'a'));
    g.h.send_bytes(30, big);
    CHECK(g.h.last_error(30).code == ErrorCode::TooLarge);
    g.h.send_bytes(30, proto::encode_frame(proto::kProtocolVersion, 777, {}));
    CHECK(g.h.last_error(30).code == ErrorCode::UnknownType);
    g.start();
    g.check_still_playable();
}

TEST_CASE("a client of another protocol version gets a clear refusal", "[server]") {
    Harness h;
    h.directory.connected(40, "10.0.0.40", h.now);
    h.send(40, proto::Hello{static_cast<std::uint16_t>(proto::kProtocolVersion + 1), "future"});
    const auto r = h.last<proto::Refusal>(40);
    CHECK(r.reason == proto::RefusalReason::VersionMismatch);
    CHECK(r.server_version == proto::kProtocolVersion);
    CHECK(r.text.find("version") != std::string::npos);
    CHECK(std::find(h.cut_off.begin(), h.cut_off.end(), 40) != h.cut_off.end());
}

TEST_CASE("a flood is rate limited and repeated violations cut the peer off", "[server]") {
    Game g;
    g.start();
    const Bytes chat = proto::encode(proto::Ready{true});
    for (int i = 0;
         i < 1000 && std::find(g.h.cut_off.begin(), g.h.cut_off.end(), 2) == g.h.cut_off.end();
         ++i) {
        g.h.send_bytes(2, chat);
    }
    CHECK(std::find(g.h.cut_off.begin(), g.h.cut_off.end(), 2) != g.h.cut_off.end());
    CHECK(g.h.all<proto::Error>(2).size() < 100);
    // The others play on; the flooder's seat waits for the deadline or its reconnection.
    g.h.send(3, proto::SubmitDecision{1, scripted(1, 1)});
    CHECK(g.h.last<proto::DecisionAck>(3).round == 1);
    g.h.advance(60'000);
    CHECK(g.h.last<proto::RoundResultsMessage>(3).results.firms[0].source ==
          proto::DecisionSource::ProxyBot);
}
