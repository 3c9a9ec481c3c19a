// A long server run for the leak checkers: games played by a swarm, games whose clients all
// reconnect again and again, a clean stop, a restart that restores the rooms, and a clean stop
// again. Built with the asan preset the server runs under LeakSanitizer, whose report turns its
// exit status from 0 into 1: each clean stop must exit 0. HIGHROAD_LEAK_VALGRIND=1 runs the
// server under valgrind --leak-check=full instead; HIGHROAD_LONG_RUN_SCALE lengthens the run
// (scripts/leak-check runs it long).
#include "e2e/crash_fleet.hpp"
#include "e2e/server_process.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>

using namespace hr;
using namespace hr::e2e;
namespace fs = std::filesystem;

namespace {

int scale() {
    const char* text = std::getenv("HIGHROAD_LONG_RUN_SCALE");
    return text != nullptr && std::atoi(text) > 0 ? std::atoi(text) : 1;
}

std::vector<std::string> leak_checker() {
    const char* valgrind = std::getenv("HIGHROAD_LEAK_VALGRIND");
    if (valgrind == nullptr || std::string(valgrind) != "1") {
        return {};
    }
    return {"valgrind", "--leak-check=full", "--errors-for-leak-kinds=definite,indirect",
            "--error-exitcode=99", "--quiet"};
}

// highroad-swarm against the server: its report, once it exited 0.
nlohmann::json swarm(const ServerProcess& server, const fs::path& dir, int rooms, int rounds) {
    const fs::path json = dir / "swarm.json";
    std::string cmd = "'";
    cmd += (fs::path(HIGHROAD_BIN_DIR) / "highroad-swarm").string();
    cmd += "' --server 127.0.0.1:" + std::to_string(server.port());
    cmd += " --server-pid " + std::to_string(server.pid());
    cmd += " --rooms " + std::to_string(rooms) + " --players 6 --rounds " + std::to_string(rounds);
    cmd += " --round-seconds 30 --submit-window-ms 200 --no-progress --json '" + json.string();
    cmd += "' >'" + (dir / "swarm.txt").string() + "' 2>&1";
    const int status = std::system(cmd.c_str());
    std::ifstream text(dir / "swarm.txt");
    INFO(std::string((std::istreambuf_iterator<char>(text)), std::istreambuf_iterator<char>()));
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    std::ifstream in(json);
    REQUIRE(in);
    return nlohmann::json::parse(in);
}

} // namespace

TEST_CASE("a long server run of many games, clients and reconnects stops cleanly with no leak",
          "[e2e][leak]") {
    const int n = scale();
    const auto wrapper = leak_checker();
    const fs::path dir =
        fs::temp_directory_path() / ("highroad-long-run-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    TempDatabase db("long-run");
    auto server = std::make_unique<ServerProcess>(db.path, std::vector<std::string>{}, wrapper);

    // Many rooms at once, each seat its own connection.
    const int rooms = 4 * n;
    const int rounds = 2 + n;
    const auto report = swarm(*server, dir, rooms, rounds);
    CHECK(report["games"]["completed"] == rooms);
    CHECK(report["games"]["final_state_matches_plan"] == rooms);
    CHECK(report["decisions"]["lost"] == 0);

    // Games whose clients all drop their connections and take their seats back, over and over;
    // halfway the server stops cleanly and restarts on its database.
    FleetShape shape;
    shape.rounds = static_cast<std::uint32_t>(std::min(6 * n, 60));
    shape.seed = 31;
    CrashFleet fleet(shape);
    fleet.connect(server->port());
    int budget = kBudget;
    while (!fleet.seated() && --budget > 0) {
        fleet.service(2);
    }
    REQUIRE(fleet.seated());
    fleet.start();
    // A storm when a round opens, for some rounds: all of them happen before the games end.
    const int storms = std::min(4 * n, static_cast<int>(shape.rounds) - 1);
    int storm = 0;
    int stormed_round = 1;
    int idle = 0;
    while (!fleet.over() && idle < kBudget) {
        if (storm < storms && fleet.highest_open_round() > stormed_round) {
            stormed_round = fleet.highest_open_round();
            if (++storm == storms / 2) {
                INFO("clean stop in the middle");
                REQUIRE(server->stop(SIGTERM) == 0);
                server =
                    std::make_unique<ServerProcess>(db.path, std::vector<std::string>{}, wrapper);
            }
            fleet.connect(server->port());
        }
        idle = fleet.service(1) > 0 ? 0 : idle + 1;
    }
    for (const auto& p : fleet.problems()) {
        UNSCOPED_INFO(p);
    }
    CHECK(fleet.problems().empty());
    REQUIRE(fleet.over());
    CHECK(fleet.hashes_agree());
    CHECK(storm == storms);
    CHECK(server->stop(SIGTERM) == 0);
    std::printf("long run x%d: %d swarm games of %d rounds, %d games of %u rounds with %d "
                "reconnect storms (%d reconnects), server stopped cleanly twice\n",
                n, rooms, rounds, shape.rooms, shape.rounds, storms, fleet.reconnects());
    fs::remove_all(dir);
}
