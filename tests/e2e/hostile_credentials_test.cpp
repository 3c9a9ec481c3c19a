// Credentials a client does not hold: the facilitator's role and secret, another player's
// reconnect token, a forged one. Each attempt gets its error, guessing is limited, and the
// honest game ends exactly as it would have in peace.
#include "e2e/hostile_room.hpp"

using namespace hr;
using namespace hr::e2e;
using proto::ErrorCode;
using proto::MessageType;

namespace {

const std::vector<std::string> kNames{"Ana", "Bruno", "Eve"};

} // namespace

TEST_CASE("a player's facilitator commands and a stranger's guessed secrets are refused",
          "[e2e][hostile]") {
    TempDatabase db("hostile-facilitator");
    ServerProcess server(db.path);
    const auto peace = peaceful_hash(server.port(), hostile_room(), kNames);
    Table t(server.port(), hostile_room(), kNames);
    Player& eve = t[2];
    const auto not_hers = [&](const proto::Message& m) {
        INFO(proto::message_info(proto::type_of(m)).name);
        eve.client->send(m);
        CHECK(
            refused(eve.client->wait<proto::Error>(), ErrorCode::NotPermitted, proto::type_of(m)));
    };
    // A player's connection, each command in a phase where the facilitator may send it.
    not_hers(proto::Start{});
    not_hers(proto::AddBot{});
    not_hers(proto::RemoveBot{0});
    t.start();
    PolicySettings generous;
    generous.grant_per_firm = 50'000;
    generous.grant_recipients = {eve.firm};
    for (const proto::Message& m : std::vector<proto::Message>{
             proto::Pause{}, proto::Extend{3600}, proto::CloseRound{}, proto::Kick{0},
             proto::SeatToBot{1, Archetype::LowRoader, Difficulty::Easy}, proto::SeatToHuman{1},
             proto::SetPolicy{generous}, proto::InjectEvent{"cheaper-imports"},
             proto::Announce{"the game is cancelled"}, proto::EndGame{},
             proto::SetRoomOptions{proto::EmptySeatPolicy::DefaultDecision, false}}) {
        not_hers(m);
    }
    // A stranger guessing the secret: wrong, wrong, ... then made to wait, even with the right
    // one; and no command of a room it is not in goes anywhere.
    TestClient mallory(server.port());
    bool limited = false;
    for (int i = 0; i < 20 && !limited; ++i) {
        mallory.send(proto::AttachFacilitator{t.code(), "guess-" + std::to_string(i)});
        const auto e = mallory.wait<proto::Error>();
        limited = e.code == ErrorCode::RateLimited;
        CHECK((limited || refused(e, ErrorCode::WrongSecret, MessageType::AttachFacilitator)));
    }
    CHECK(limited);
    mallory.send(proto::AttachFacilitator{t.code(), "teacher-secret"});
    CHECK(refused(mallory.wait<proto::Error>(), ErrorCode::RateLimited,
                  MessageType::AttachFacilitator));
    mallory.send(proto::EndGame{});
    CHECK(refused(mallory.wait<proto::Error>(), ErrorCode::WrongState, MessageType::EndGame));
    CHECK(mallory.all<proto::Joined>().empty());
    t.play(1, 2);
    CHECK(t.final_hash() == peace);
    // Nothing of it reached anyone: no announcement, no pause, the facilitator's view intact.
    CHECK(t[0].client->all<proto::ChatLine>().empty());
    for (const auto& s : t[0].client->all<proto::RoomSnapshotMessage>()) {
        CHECK(s.snapshot.phase != proto::RoomPhase::Paused);
    }
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("a forged, foreign, voided or stolen reconnect token takes no seat for good",
          "[e2e][hostile]") {
    TempDatabase db("hostile-tokens");
    ServerProcess server(db.path);
    const auto peace = peaceful_hash(server.port(), hostile_room(), kNames);
    Table t(server.port(), hostile_room(), kNames);
    Table other(server.port(), hostile_room(), {"Olga"});
    t.start();
    t[0].play(1);
    TestClient mallory(server.port());
    // Forged: a token nobody was given, and Ana's with one bit changed.
    proto::ReconnectToken forged = t[0].token;
    forged[15] ^= 1;
    for (const auto& token : {proto::ReconnectToken{}, forged}) {
        mallory.send(proto::Reconnect{t.code(), token});
        CHECK(refused(mallory.wait<proto::Error>(), ErrorCode::BadToken, MessageType::Reconnect));
    }
    // Foreign: a real token of another room.
    mallory.send(proto::Reconnect{t.code(), other[0].token});
    CHECK(refused(mallory.wait<proto::Error>(), ErrorCode::BadToken, MessageType::Reconnect));
    // Stolen: Ana's real token. The newer connection takes the seat, as a restarted client
    // would, and Ana is told; she takes it back with the same token, and the thief is told.
    mallory.send(proto::Reconnect{t.code(), t[0].token});
    CHECK(mallory.wait<proto::Joined>().firm == std::optional<FirmId>(t[0].firm));
    CHECK(refused(t[0].client->wait<proto::Error>(), ErrorCode::Kicked, MessageType::Reconnect));
    t[0].reconnect(server.port(), t.code());
    CHECK(refused(mallory.wait<proto::Error>(), ErrorCode::Kicked, MessageType::Reconnect));
    // Ana's acknowledged decision survived both changes of hands, and the thief's seat is gone.
    const auto state = t[0].client->all<proto::PrivateFirmStateMessage>().front().state;
    REQUIRE(state.decision.has_value());
    CHECK(*state.decision == scripted(t[0].firm, 1));
    mallory.send(proto::SubmitDecision{99, scripted(t[0].firm, 1)});
    CHECK(mallory.wait<proto::Error>().code == ErrorCode::WrongState);
    t[1].play(1);
    t[2].play(1);
    // Voided: the token of a player the facilitator removed from the other room.
    other.facilitator.client.send(proto::Kick{other[0].firm});
    CHECK(refused(other[0].client->wait<proto::Error>(), ErrorCode::Kicked, MessageType::Kick));
    TestClient late(server.port());
    late.send(proto::Reconnect{other.code(), other[0].token});
    CHECK(refused(late.wait<proto::Error>(), ErrorCode::BadToken, MessageType::Reconnect));
    t.play(2, 2);
    CHECK(t.final_hash() == peace);
    CHECK(server.stop(SIGTERM) == 0);
}
