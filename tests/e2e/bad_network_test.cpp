// Games of 50 players over a bad network: 10 % of the datagrams lost each way, 100 ± 30 ms of
// delay each way, a quarter of them overtaking the others. The players are the crash tests' bots
// (e2e/crash_fleet.hpp): like the client, one whose connection drops dials again and takes its
// seat back with its token. Every game must end in the same state as the same games played over
// plain loopback, no acknowledged decision may go missing, and no message may be refused.
//
// By default the network is a relay in user space (e2e/lossy_link.hpp), so that the test runs on
// any machine. With HIGHROAD_NETEM=1 it talks to the server directly: scripts/bad-network runs it
// so inside a network namespace whose loopback has the kernel's netem. HIGHROAD_BAD_NETWORK_ROUNDS
// asks for longer games, HIGHROAD_BAD_NETWORK_LOSS for another loss (percent, the relay's only).
#include "e2e/crash_fleet.hpp"
#include "e2e/lossy_link.hpp"
#include "e2e/server_process.hpp"

#include <algorithm>
#include <cstdlib>
#include <optional>

using namespace hr;
using namespace hr::e2e;

namespace {

bool env_set(const char* name) {
    const char* text = std::getenv(name);
    return text != nullptr && std::string(text) == "1";
}

struct Played {
    std::vector<std::uint64_t> hashes;
    int drops = 0;
    int acknowledged = 0;
    int survivals_checked = 0;
};

// Seats everyone over plain loopback (a join whose answer is lost would leave a seat that no
// token can take back), then plays over the bad network when `link` is given.
Played play(const std::string& name, const FleetShape& shape, std::optional<Impairment> link) {
    TempDatabase db(name);
    ServerProcess server(db.path);
    CrashFleet fleet(shape);
    fleet.connect(server.port());
    int budget = kBudget;
    while (!fleet.seated() && --budget > 0) {
        fleet.service(2);
    }
    REQUIRE(fleet.seated());
    fleet.redial_lost(true);
    std::optional<LossyLink> relay;
    if (link) {
        relay.emplace(server.port(), *link);
        fleet.connect(relay->port());
        // Handshakes through the relay take round trips of 200 ms and more, some lost.
        budget = 6 * kBudget;
        while (!fleet.seated() && --budget > 0) {
            fleet.service(2);
        }
        INFO(fleet.describe());
        REQUIRE(fleet.seated());
    }
    fleet.start();
    // Bounded by service calls without a message (each up to 2 ms), not by time; generously, as
    // a packet lost several times in a row waits for retransmission timeouts that double.
    int idle = 0;
    while (!fleet.over() && idle < 6 * kBudget) {
        idle = fleet.service(2) > 0 ? 0 : idle + 1;
    }
    check_games_completed(fleet);
    if (relay) {
        CHECK(relay->dropped() > 0);
        CHECK(relay->reordered() > 0);
        CHECK(relay->failures() == 0);
        std::printf("lossy relay: %llu datagrams forwarded, %llu dropped, %llu sent ahead\n",
                    static_cast<unsigned long long>(relay->forwarded()),
                    static_cast<unsigned long long>(relay->dropped()),
                    static_cast<unsigned long long>(relay->reordered()));
    }
    return {fleet.final_hashes(), fleet.drops(), fleet.acknowledged(), fleet.survivals_checked()};
}

} // namespace

TEST_CASE("games of 50 players complete and lose nothing over a lossy, slow, reordering network",
          "[e2e][network]") {
    FleetShape shape;
    shape.rooms = 5;
    shape.players = 10;
    shape.firms = 10;
    const char* rounds = std::getenv("HIGHROAD_BAD_NETWORK_ROUNDS");
    shape.rounds =
        static_cast<std::uint32_t>(rounds != nullptr ? std::clamp(std::atoi(rounds), 1, 60) : 3);
    shape.seed = 500;
    shape.submit_spread_ms = 1000;
    const bool netem = env_set("HIGHROAD_NETEM");
    Impairment impairment;
    if (const char* loss = std::getenv("HIGHROAD_BAD_NETWORK_LOSS")) {
        impairment.loss_percent = std::clamp(std::atoi(loss), 0, 90);
    }
    // Under netem every packet is impaired already, the calm games' too: they are only slower.
    const Played calm = play("network-calm", shape, std::nullopt);
    const Played bad =
        play("network-bad", shape, netem ? std::nullopt : std::optional<Impairment>(impairment));
    CHECK(bad.hashes == calm.hashes);
    const int decisions = shape.rooms * shape.players * static_cast<int>(shape.rounds);
    CHECK(calm.acknowledged == decisions);
    std::printf("bad network (%s, %d %% loss), 50 players, %u rounds: %d connections dropped and "
                "taken back, %d of %d decisions acknowledged (the others were stored before a "
                "drop), %d acknowledged decisions found stored after one\n",
                netem ? "netem" : "lossy relay", netem ? 10 : impairment.loss_percent, shape.rounds,
                bad.drops, bad.acknowledged, decisions, bad.survivals_checked);
}
