// highroad-server as the client's child process: started, its port read, stopped or left running
// as its lifetime says. Needs bin/highroad-server (tests/CMakeLists.txt builds it first).
#include "server_process.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <random>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace hr::client;

namespace {

std::filesystem::path temp_dir() {
    std::random_device random;
    return std::filesystem::temp_directory_path() /
           ("highroad_process_" + std::to_string(random()));
}

ServerLaunch launch_in(const std::filesystem::path& dir, ServerLifetime lifetime) {
    ServerLaunch launch;
    launch.program = std::filesystem::path(HIGHROAD_BIN_DIR) / "highroad-server";
    launch.database = dir / "test.db";
    launch.log_file = dir / "server.log";
    launch.scenarios = std::filesystem::path(HIGHROAD_ASSETS_DIR) / "scenarios";
    launch.lifetime = lifetime;
    return launch;
}

// Reads the port, giving a slow machine plenty of time (a bound, not a speed check).
std::optional<std::uint16_t> wait_for_port(ServerProcess& process) {
    for (int i = 0; i < 3000 && process.running(); ++i) {
        if (const auto port = process.poll_port()) {
            return port;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return process.poll_port();
}

bool ended_within(int pid, int tries) {
    for (int i = 0; i < tries; ++i) {
        if (!process_alive(pid)) {
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return !process_alive(pid);
}

} // namespace

TEST_CASE("the listening line gives the server's port", "[client][server_process]") {
    CHECK(listening_port("highroad-server listening on 0.0.0.0:7777") == 7777);
    CHECK(listening_port("highroad-server listening on 127.0.0.1:40123\n") == 40123);
    CHECK_FALSE(listening_port("highroad-server listening on 127.0.0.1:0"));
    CHECK_FALSE(listening_port("highroad-server listening on 127.0.0.1:99999"));
    CHECK_FALSE(listening_port("highroad-server listening on 127.0.0.1:"));
    CHECK_FALSE(listening_port("something else: 7777"));
    CHECK_FALSE(listening_port(""));
}

TEST_CASE("the server is started with its database, scenarios, address and port",
          "[client][server_process]") {
    ServerLaunch launch;
    launch.database = "/data/x.db";
    launch.scenarios = "/assets/scenarios";
    launch.bind = "0.0.0.0";
    launch.port = 7777;
    CHECK(server_arguments(launch) == std::vector<std::string>{"--bind", "0.0.0.0", "--port",
                                                               "7777", "--database", "/data/x.db",
                                                               "--scenarios", "/assets/scenarios"});
}

TEST_CASE("a missing server program is reported, not crashed on", "[client][server_process]") {
    ServerLaunch launch = launch_in(temp_dir(), ServerLifetime::WithClient);
    launch.program = "/nonexistent/highroad-server";
    std::string problem;
    CHECK_FALSE(ServerProcess::start(launch, &problem));
    CHECK(problem.find("/nonexistent/highroad-server") != std::string::npos);
}

TEST_CASE("a solo server tells its port and stops with the client", "[client][server_process]") {
    const auto dir = temp_dir();
    std::string problem;
    auto process = ServerProcess::start(launch_in(dir, ServerLifetime::WithClient), &problem);
    REQUIRE(process);
    const auto port = wait_for_port(*process);
    REQUIRE(port);
    CHECK(*port != 0);
    const int pid = process->pid();
    CHECK(process_alive(pid));
    process.reset(); // the client ends
    CHECK(ended_within(pid, 500));
    std::filesystem::remove_all(dir);
}

TEST_CASE("a classroom server outlives the client that started it", "[client][server_process]") {
    const auto dir = temp_dir();
    std::string problem;
    auto process = ServerProcess::start(launch_in(dir, ServerLifetime::Detached), &problem);
    REQUIRE(process);
    REQUIRE(wait_for_port(*process));
    const int pid = process->pid();
    process.reset();
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    CHECK(process_alive(pid));
    // Still this process's child here, so it is reaped here: a clean stop on SIGTERM.
    ::kill(pid, SIGTERM);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a classroom server takes none of the client's open files along",
          "[client][server_process]") {
    const auto dir = temp_dir();
    int held[2] = {-1, -1};
    REQUIRE(::pipe(held) == 0); // inheritable, like a terminal's or a test runner's pipe
    const auto ours = std::filesystem::read_symlink("/proc/self/fd/" + std::to_string(held[1]));
    std::string problem;
    auto process = ServerProcess::start(launch_in(dir, ServerLifetime::Detached), &problem);
    REQUIRE(process);
    REQUIRE(wait_for_port(*process));
    const int pid = process->pid();
    int files = 0;
    for (const auto& fd :
         std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/fd")) {
        std::error_code ec;
        CHECK(std::filesystem::read_symlink(fd.path(), ec) != ours);
        ++files;
    }
    CHECK(files > 3);
    ::close(held[0]);
    ::close(held[1]);
    ::kill(pid, SIGTERM);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    std::filesystem::remove_all(dir);
}

TEST_CASE("a server that cannot listen ends, and the client sees it", "[client][server_process]") {
    const auto dir = temp_dir();
    std::string problem;
    auto first = ServerProcess::start(launch_in(dir, ServerLifetime::WithClient), &problem);
    REQUIRE(first);
    const auto port = wait_for_port(*first);
    REQUIRE(port);
    ServerLaunch same_port = launch_in(dir / "second", ServerLifetime::WithClient);
    same_port.port = *port;
    auto second = ServerProcess::start(same_port, &problem);
    REQUIRE(second);
    CHECK_FALSE(wait_for_port(*second));
    CHECK_FALSE(second->running());
    std::filesystem::remove_all(dir);
}
