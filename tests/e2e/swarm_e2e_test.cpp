// A small swarm against the real server: every game completes and no decision is lost. Keeps
// highroad-swarm working; the large runs behind docs/PERFORMANCE.md are benchmarks, not tests.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <csignal>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;

namespace {

// highroad-server on a free port, stopped (SIGTERM) when the test ends.
class Server {
  public:
    explicit Server(const fs::path& database) {
        const std::string exe = (fs::path(HIGHROAD_BIN_DIR) / "highroad-server").string();
        REQUIRE(fs::exists(exe));
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addclose(&actions, fds[0]);
        posix_spawn_file_actions_addclose(&actions, fds[1]);
        std::vector<std::string> args{exe,          "--bind",          "127.0.0.1",   "--port", "0",
                                      "--database", database.string(), "--log-level", "warn"};
        std::vector<char*> argv;
        for (auto& a : args) {
            argv.push_back(a.data());
        }
        argv.push_back(nullptr);
        const int rc = posix_spawn(&pid_, exe.c_str(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        close(fds[1]);
        REQUIRE(rc == 0);
        std::string line;
        char c = 0;
        while (read(fds[0], &c, 1) == 1 && c != '\n') {
            line.push_back(c);
        }
        close(fds[0]);
        const auto colon = line.rfind(':');
        REQUIRE(colon != std::string::npos);
        port_ = std::stoi(line.substr(colon + 1));
    }
    Server(const Server&) = delete;
    Server& operator=(const Server&) = delete;
    ~Server() {
        kill(pid_, SIGTERM);
        int status = 0;
        waitpid(pid_, &status, 0);
    }
    int port() const { return port_; }
    pid_t pid() const { return pid_; }

  private:
    pid_t pid_ = -1;
    int port_ = 0;
};

fs::path scratch() {
    std::string name = "highroad-swarm-e2e-";
    name += std::to_string(getpid());
    const fs::path dir = fs::temp_directory_path() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("a small swarm plays every game to its end with every decision acknowledged",
          "[e2e][swarm]") {
    const fs::path dir = scratch();
    const Server server(dir / "swarm.db");
    const fs::path json = dir / "swarm.json";
    const fs::path swarm = fs::path(HIGHROAD_BIN_DIR) / "highroad-swarm";
    REQUIRE(fs::exists(swarm));
    // Built by appending: GCC 12 at -O3 warns (-Wrestrict) on "literal" + std::string&&.
    std::string cmd = "'";
    cmd += swarm.string();
    cmd += "' --server 127.0.0.1:";
    cmd += std::to_string(server.port());
    cmd += " --rooms 4 --players 4 --rounds 3 --round-seconds 5 --no-progress";
    cmd += " --echo --echo-clients 4 --json '";
    cmd += json.string();
    cmd += "' >'";
    cmd += (dir / "out.txt").string();
    cmd += "' 2>&1";
    const int status = std::system(cmd.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);

    std::ifstream in(json);
    REQUIRE(in);
    const auto report = nlohmann::json::parse(in);
    CHECK(report["clients"] == 16);
    CHECK(report["games"]["completed"] == 4);
    CHECK(report["games"]["final_state_matches_plan"] == 4);
    CHECK(report["decisions"]["sent"] == 4 * 4 * 3);
    CHECK(report["decisions"]["acknowledged"] == 4 * 4 * 3);
    CHECK(report["decisions"]["lost"] == 0);
    CHECK(report["ack_latency_ms"]["count"] == 48);
    CHECK(report["ack_latency_ms"]["p50"].get<double>() > 0);
    CHECK(report["failures"]["connections"] == 0);
    CHECK(report["bytes_per_client_round"]["from_server"].get<double>() > 0);
    CHECK(report["message_sizes"]["player_received"].contains("DecisionAck"));
    CHECK(report["message_sizes"]["player_received"].contains("RoundResults"));
    REQUIRE(report["rooms"].size() == 4);
    for (const auto& room : report["rooms"]) {
        CHECK(room["completed"] == true);
        CHECK(room["code"].get<std::string>().size() >= 4);
    }
    // The server was found from its port and sampled.
    CHECK(report["server"]["pid"] == server.pid());
    CHECK(report["server"]["peak_memory_kb"].get<long>() > 0);
    CHECK(report["echo"]["answered"] == 4 * 3);
    CHECK(report["echo"]["rtt_ms"]["p50"].get<double>() > 0);
    fs::remove_all(dir);
}

TEST_CASE("the swarm refuses a server address without a port", "[e2e][swarm]") {
    const fs::path swarm = fs::path(HIGHROAD_BIN_DIR) / "highroad-swarm";
    REQUIRE(fs::exists(swarm));
    std::string cmd = "'";
    cmd += swarm.string();
    cmd += "' --server 127.0.0.1 >/dev/null 2>&1";
    const int status = std::system(cmd.c_str());
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 2);
}
