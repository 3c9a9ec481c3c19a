// `highroad --host`: the real client starts a classroom server that outlives it, and a second
// `--host` (the teacher's window restarted after a crash) takes the same room back on the same
// server. Runs under Xvfb with bin/highroad and bin/highroad-server.
#include "server_process.hpp"
#include "token_store.hpp"

#include <catch2/catch.hpp>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

using namespace hr::client;

namespace {

std::filesystem::path scratch() {
    std::random_device random;
    const auto dir =
        std::filesystem::temp_directory_path() / ("highroad_host_" + std::to_string(random()));
    std::filesystem::create_directories(dir);
    return dir;
}

int run_client(const std::filesystem::path& dir, const std::string& arguments) {
    const std::string command = "XDG_CONFIG_HOME='" + (dir / "config").string() +
                                "' XDG_DATA_HOME='" + (dir / "data").string() + "' '" +
                                (std::filesystem::path(HIGHROAD_BIN_DIR) / "highroad").string() +
                                "' " + arguments + " >> '" + (dir / "out.txt").string() + "' 2>&1";
    return std::system(command.c_str());
}

} // namespace

TEST_CASE("a restarted --host takes its room back on the server that outlived it",
          "[client][e2e][host]") {
    const auto dir = scratch();
    const auto sessions = dir / "config" / "highroad" / "sessions.json";

    REQUIRE(run_client(dir, "--host --lang en --until facilitator") == 0);
    const auto first = TokenStore(sessions).last_hosted();
    REQUIRE(first);
    CHECK(first->server_port != 0);
    CHECK_FALSE(first->secret.empty());
    CHECK(std::filesystem::path(first->database).parent_path() == dir / "data" / "highroad");
    // The window is gone; the classroom's server is not.
    CHECK(process_alive(first->server_pid));

    REQUIRE(run_client(dir, "--host --lang en --until facilitator") == 0);
    const auto second = TokenStore(sessions).last_hosted();
    REQUIRE(second);
    CHECK(second->code == first->code);
    CHECK(second->server_pid == first->server_pid);
    CHECK(second->server_port == first->server_port);
    CHECK(TokenStore(sessions).entries().size() == 1);

    ::kill(first->server_pid, SIGTERM);
    std::filesystem::remove_all(dir);
}
