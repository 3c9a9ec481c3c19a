// kill -9 (or a clean stop) in the middle of a game, restart on the same database, reconnect,
// finish: the final state is the same as that of a game played without interruption.
#include "e2e/scripted_player.hpp"
#include "e2e/server_process.hpp"

using namespace hr;
using namespace hr::e2e;

namespace {

constexpr int kRounds = 4;

// Plays a game of kRounds; with `crash_in_round` > 0 the server gets `signal` after Ana's decision
// for that round was acknowledged and before Bruno's. Returns the final state hash.
std::uint64_t play_game(const std::string& name, int crash_in_round, int signal = SIGKILL) {
    TempDatabase db(name);
    auto server = std::make_unique<ServerProcess>(db.path);
    auto fac = std::make_unique<Facilitator>(server->port(), e2e_room(5, kRounds, 2024));
    Player ana(server->port(), fac->code, "Ana");
    Player bruno(server->port(), fac->code, "Bruno");
    const std::string code = fac->code;
    fac->client.send(proto::Start{});
    for (int round = 1; round <= kRounds; ++round) {
        ana.play(round);
        if (round == crash_in_round) {
            CHECK(server->stop(signal) == (signal == SIGKILL ? -SIGKILL : 0));
            if (signal != SIGKILL) {
                const auto bye = ana.client->wait<proto::Refusal>();
                CHECK(bye.reason == proto::RefusalReason::ShuttingDown);
            }
            server = std::make_unique<ServerProcess>(db.path);
            ana.reconnect(server->port(), code);
            bruno.reconnect(server->port(), code);
            // Ana's acknowledged decision survived: she does not send it again.
            const auto state = ana.client->all<proto::PrivateFirmStateMessage>().front().state;
            REQUIRE(state.decision.has_value());
            CHECK(*state.decision == scripted(ana.firm, round));
            CHECK(state.round == round);
            bruno.submit(round);
            continue;
        }
        bruno.play(round);
    }
    const auto over = ana.client->wait<proto::GameOver>();
    CHECK(over.rounds_played == kRounds);
    CHECK(bruno.client->wait<proto::GameOver>().state_hash == over.state_hash);
    return over.state_hash;
}

} // namespace

TEST_CASE("after kill -9 and a restart on the same database the game ends as if uninterrupted",
          "[e2e]") {
    const std::uint64_t uninterrupted = play_game("uninterrupted", 0);
    const int crash_round = GENERATE(2, 3);
    CHECK(play_game("crash-" + std::to_string(crash_round), crash_round) == uninterrupted);
}

TEST_CASE("a clean stop mid-game says goodbye, loses nothing and the game goes on after a restart",
          "[e2e]") {
    const std::uint64_t uninterrupted = play_game("uninterrupted-term", 0);
    CHECK(play_game("term", 2, SIGTERM) == uninterrupted);
}
