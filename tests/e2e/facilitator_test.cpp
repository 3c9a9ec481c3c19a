// The facilitator's clock controls over the network: pause, extend, resume, close now.
#include "e2e/scripted_player.hpp"
#include "e2e/server_process.hpp"

using namespace hr;
using namespace hr::e2e;

TEST_CASE("the facilitator pauses, extends, resumes and closes a round", "[e2e]") {
    TempDatabase db("facilitator");
    ServerProcess server(db.path);
    Facilitator fac(server.port(), e2e_room(4, 3, 8));
    Player ana(server.port(), fac.code, "Ana");
    Player bruno(server.port(), fac.code, "Bruno");
    fac.client.send(proto::Start{});
    ana.play(1);
    fac.client.send(proto::Pause{});
    const auto paused = ana.client->wait<proto::RoomSnapshotMessage>(
        [](const auto& m) { return m.snapshot.phase == proto::RoomPhase::Paused; });
    fac.client.send(proto::Extend{120});
    const auto extended = ana.client->wait<proto::RoomSnapshotMessage>([&](const auto& m) {
        return m.snapshot.phase == proto::RoomPhase::Paused &&
               m.snapshot.remaining_ms > paused.snapshot.remaining_ms;
    });
    CHECK(extended.snapshot.remaining_ms == paused.snapshot.remaining_ms + 120'000);
    fac.client.send(proto::Resume{});
    ana.client->wait<proto::RoomSnapshotMessage>(
        [](const auto& m) { return m.snapshot.phase == proto::RoomPhase::Running; });
    // Bruno has not submitted: closing now resolves the round with his default decision.
    fac.client.send(proto::CloseRound{});
    const auto results = ana.client->wait<proto::RoundResultsMessage>();
    CHECK(results.results.round == 1);
    CHECK(results.results.firms[ana.firm].source == proto::DecisionSource::Player);
    CHECK(results.results.firms[bruno.firm].source == proto::DecisionSource::Default);
    // A player cannot do the facilitator's job.
    bruno.client->send(proto::CloseRound{});
    CHECK(bruno.client->wait<proto::Error>().code == proto::ErrorCode::NotPermitted);
    fac.client.send(proto::EndGame{});
    CHECK(ana.client->wait<proto::GameOver>().end == proto::GameEnd::EndedByFacilitator);
}
