// The server killed (SIGKILL) at many seeded random moments while bot clients play a few rooms;
// each time it restarts on the same database and the clients reconnect. Every acknowledged
// decision must still be stored, and every room must end exactly as the same games played
// without interruption.
//
// The number of kills comes from the seed; HIGHROAD_CRASH_KILLS and HIGHROAD_CRASH_ROUNDS ask for
// a longer run (scripts/crash-storm).
#include "e2e/crash_fleet.hpp"
#include "e2e/server_process.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <random>
#include <thread>

using namespace hr;
using namespace hr::e2e;

namespace {

int env_or(const char* name, int fallback) {
    const char* text = std::getenv(name);
    return text != nullptr && *text != '\0' ? std::atoi(text) : fallback;
}

struct StormOutcome {
    std::vector<std::uint64_t> hashes;
    int kills = 0;
    int acknowledged = 0;
    int survivals_checked = 0;
    int reconnects = 0;
    int kills_with_acknowledged_open = 0; // kills while an open round held acknowledged decisions
};

// Plays the fleet's games to their end, killing the server `kills` times. A kill comes after a
// seeded random number of messages reached the clients (0 to about a round's worth, less when
// many kills must fit in few rounds) once every client is back in its room, or one time in eight
// while they are still reconnecting; then after a seeded random pause of up to 3 ms in which the
// server goes on alone.
StormOutcome storm(const std::string& name, const FleetShape& shape, int kills,
                   std::uint64_t seed) {
    TempDatabase db(name);
    auto server = std::make_unique<ServerProcess>(db.path);
    CrashFleet fleet(shape);
    fleet.connect(server->port());
    int budget = kBudget;
    while (!fleet.seated() && --budget > 0) {
        fleet.service(2);
    }
    INFO(fleet.describe());
    REQUIRE(fleet.seated());
    fleet.start();

    // std::mt19937_64's output is fixed by the standard: the same seed kills at the same moments.
    std::mt19937_64 rng(seed);
    const auto messages_per_round = static_cast<std::uint64_t>(shape.rooms * shape.players * 8);
    // Many kills in few rounds come closer together, so that all of them fit in the games.
    const std::uint64_t spread = std::clamp<std::uint64_t>(
        messages_per_round * shape.rounds / static_cast<std::uint64_t>(std::max(kills, 1)), 1,
        messages_per_round);
    const auto next_kill = [&] { return static_cast<int>(rng() % (spread + 1)); };
    StormOutcome outcome;
    int until_kill = next_kill();
    bool armed = true; // counting down to the next kill
    // Bounded by the number of service calls without a message, not by time.
    int idle = 0;
    while (!fleet.over() && idle < kBudget) {
        if (outcome.kills < kills && armed && until_kill <= 0) {
            std::this_thread::sleep_for(std::chrono::microseconds(rng() % 3000));
            REQUIRE(server->stop(SIGKILL) == -SIGKILL);
            outcome.kills_with_acknowledged_open += fleet.acknowledged_in_open_rounds() > 0;
            server = std::make_unique<ServerProcess>(db.path);
            fleet.connect(server->port());
            ++outcome.kills;
            until_kill = next_kill();
            armed = rng() % 8 == 0;
        }
        const int received = fleet.service(1);
        armed = armed || fleet.seated();
        until_kill -= armed ? received : 0;
        idle = received > 0 ? 0 : idle + 1;
    }
    check_games_completed(fleet);
    outcome.hashes = fleet.final_hashes();
    outcome.acknowledged = fleet.acknowledged();
    outcome.survivals_checked = fleet.survivals_checked();
    outcome.reconnects = fleet.reconnects();
    return outcome;
}

} // namespace

TEST_CASE("games survive the server being killed at random moments and end as if uninterrupted",
          "[e2e][crash]") {
    FleetShape shape;
    shape.rounds = static_cast<std::uint32_t>(env_or("HIGHROAD_CRASH_ROUNDS", 8));
    const std::uint64_t seed = GENERATE(1, 2, 3);
    const int kills = env_or("HIGHROAD_CRASH_KILLS", 4 + static_cast<int>(seed % 3) * 2);
    shape.seed = 100 + seed;
    const StormOutcome calm = storm("calm-" + std::to_string(seed), shape, 0, seed);
    const StormOutcome stormy = storm("storm-" + std::to_string(seed), shape, kills, seed);
    INFO("seed " << seed);
    CHECK(stormy.kills == kills);
    CHECK(stormy.hashes == calm.hashes);
    // Every seat played every round: each acknowledged decision was sent once, or sent again
    // after a kill that came before its acknowledgement.
    CHECK(calm.acknowledged == shape.rooms * shape.players * static_cast<int>(shape.rounds));
    CHECK(stormy.acknowledged <= calm.acknowledged);
    std::printf("crash storm, seed %llu: %d kills (%d with acknowledged decisions in an open "
                "round), %d reconnects, %d acknowledged decisions, %d checks of one found stored "
                "after a restart\n",
                static_cast<unsigned long long>(seed), stormy.kills,
                stormy.kills_with_acknowledged_open, stormy.reconnects, stormy.acknowledged,
                stormy.survivals_checked);
}
