// A player's client goes away mid-round and comes back with its token.
#include "e2e/scripted_player.hpp"
#include "e2e/server_process.hpp"

using namespace hr;
using namespace hr::e2e;

TEST_CASE("a player reconnects with its token and takes the same seat back", "[e2e]") {
    TempDatabase db("reconnect");
    ServerProcess server(db.path);
    Facilitator fac(server.port(), e2e_room(4, 2, 5));
    Player ana(server.port(), fac.code, "Ana");
    Player bruno(server.port(), fac.code, "Bruno");
    fac.client.send(proto::Start{});
    ana.play(1);
    // Ana's laptop closes: the client vanishes without a goodbye, and comes back.
    ana.client.reset();
    ana.reconnect(server.port(), fac.code);
    CHECK(ana.seq == 1);
    const auto state = ana.client->all<proto::PrivateFirmStateMessage>().front().state;
    REQUIRE(state.decision.has_value());
    CHECK(*state.decision == scripted(ana.firm, 1));
    // A new decision for the same round replaces the stored one.
    ana.submit(1);
    bruno.play(1);
    ana.play(2);
    bruno.play(2);
    CHECK(ana.client->wait<proto::GameOver>().rounds_played == 2);
    // A forged token gets nothing.
    TestClient thief(server.port());
    proto::ReconnectToken forged = ana.token;
    forged[0] ^= 0xff;
    thief.send(proto::Reconnect{fac.code, forged});
    CHECK(thief.wait<proto::Error>().code == proto::ErrorCode::BadToken);
}
