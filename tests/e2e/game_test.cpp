// A whole game over real ENet against bin/highroad-server: a facilitator, two scripted players,
// a spectator and bots in the other seats.
#include "e2e/scripted_player.hpp"
#include "e2e/server_process.hpp"

using namespace hr;
using namespace hr::e2e;

TEST_CASE("a full game with scripted players, bots and a spectator", "[e2e]") {
    TempDatabase db("full-game");
    ServerProcess server(db.path);
    Facilitator fac(server.port(), e2e_room(5, 3, 11));
    Player ana(server.port(), fac.code, "Ana");
    Player bruno(server.port(), fac.code, "Bruno");
    TestClient projector(server.port());
    projector.send(proto::Spectate{fac.code});
    CHECK(projector.wait<proto::Joined>().roles == proto::kRoleSpectator);
    fac.client.send(proto::Start{});
    for (int round = 1; round <= 3; ++round) {
        ana.play(round);
        bruno.play(round);
        const auto mine = ana.client->wait<proto::RoundResultsMessage>(
            [&](const auto& m) { return m.results.round == round; });
        REQUIRE(mine.results.own.has_value());
        CHECK(mine.results.own->firm == ana.firm);
        CHECK(mine.results.firms.size() == 5);
        CHECK(mine.results.firms[2].source == proto::DecisionSource::Bot);
        const auto shown = projector.wait<proto::RoundResultsMessage>(
            [&](const auto& m) { return m.results.round == round; });
        CHECK_FALSE(shown.results.own.has_value());
    }
    const auto a = ana.client->wait<proto::GameOver>();
    const auto b = bruno.client->wait<proto::GameOver>();
    const auto p = projector.wait<proto::GameOver>();
    CHECK(a.rounds_played == 3);
    CHECK(a.state_hash == b.state_hash);
    CHECK(a.state_hash == p.state_hash);
    CHECK(projector.all<proto::PrivateFirmStateMessage>().empty());
    CHECK(projector.all<proto::FacilitatorViewMessage>().empty());
    CHECK_FALSE(fac.client.all<proto::FacilitatorViewMessage>().empty());
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("solo play: one connection creates the room, takes a seat and plays against bots",
          "[e2e]") {
    TempDatabase db("solo");
    ServerProcess server(db.path);
    TestClient solo(server.port());
    solo.send(proto::CreateRoom{e2e_room(6, 2, 3), "a-random-secret", "Me"});
    const std::string code = solo.wait<proto::RoomCreated>().code;
    solo.send(proto::Join{code, "Me"});
    const auto joined = solo.wait<proto::Joined>(
        [](const proto::Joined& j) { return (j.roles & proto::kRolePlayer) != 0; });
    REQUIRE(joined.firm.has_value());
    solo.send(proto::Start{});
    for (int round = 1; round <= 2; ++round) {
        solo.wait<proto::RoomSnapshotMessage>(
            [&](const auto& m) { return m.snapshot.round == round; });
        solo.send(proto::SubmitDecision{static_cast<std::uint32_t>(round),
                                        scripted(*joined.firm, round)});
        solo.wait<proto::DecisionAck>([&](const auto& a) { return a.round == round; });
        const auto results = solo.wait<proto::RoundResultsMessage>(
            [&](const auto& m) { return m.results.own.has_value() && m.results.round == round; });
        CHECK(results.results.own->firm == *joined.firm);
    }
    CHECK(solo.wait<proto::GameOver>().rounds_played == 2);
}
