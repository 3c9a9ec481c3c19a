// The command line's session flags: --solo, --join, --host and what goes with them.
#include "command_line.hpp"

#include <catch2/catch.hpp>

using namespace hr::client;

namespace {

ParsedCommandLine parse(std::vector<const char*> args) {
    args.insert(args.begin(), "highroad");
    return parse_command_line(static_cast<int>(args.size()), args.data());
}

} // namespace

TEST_CASE("the --solo flag takes the scenario, the size and the bots' difficulty",
          "[client][command_line]") {
    auto parsed = parse({"--solo", "--scenario", "sinos-valley", "--firms", "6", "--difficulty",
                         "hard", "--name", "Ana"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->solo);
    CHECK(parsed.options->scenario == "sinos-valley");
    CHECK(parsed.options->firms == 6);
    CHECK(parsed.options->difficulty == "hard");
    CHECK(parsed.options->name == "Ana");
    CHECK_FALSE(is_headless(*parsed.options));
}

TEST_CASE("the --join flag takes an address, a code and a name", "[client][command_line]") {
    auto parsed = parse({"--join", "192.168.1.20:7000", "--code", "k7q2-px", "--name", "Bea"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->join == "192.168.1.20:7000");
    CHECK(parsed.options->code == "k7q2-px");
    CHECK(parsed.options->name == "Bea");
}

TEST_CASE("the --host flag takes the size, the rounds and their length", "[client][command_line]") {
    auto parsed = parse({"--host", "--firms", "12", "--rounds", "8", "--round-seconds", "240"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->host);
    CHECK(parsed.options->firms == 12);
    CHECK(parsed.options->rounds == 8);
    CHECK(parsed.options->round_seconds == 240);
}

TEST_CASE("the --demo and --until flags run headless until the screen opens",
          "[client][command_line]") {
    auto parsed = parse({"--solo", "--demo", "--until", "debrief", "--screenshot", "d.png"});
    REQUIRE(parsed.options);
    CHECK(parsed.options->demo);
    CHECK(parsed.options->until == "debrief");
    CHECK(is_headless(*parsed.options));
    CHECK(frames_to_render(*parsed.options) == kDefaultUntilFrames);
    auto bounded = parse({"--solo", "--until", "round", "--frames", "900"});
    REQUIRE(bounded.options);
    CHECK(frames_to_render(*bounded.options) == 900);
}

TEST_CASE("session flags that do not go together are refused with a reason",
          "[client][command_line]") {
    auto args = GENERATE(std::vector<const char*>{"--solo", "--host"},
                         std::vector<const char*>{"--solo", "--join", "h", "--code", "ABCD"},
                         std::vector<const char*>{"--join", "h"},
                         std::vector<const char*>{"--join", "h:99999", "--code", "ABCD"},
                         std::vector<const char*>{"--join", "h", "--code", "A!"},
                         std::vector<const char*>{"--until", "debrief"},
                         std::vector<const char*>{"--solo", "--firms", "40"},
                         std::vector<const char*>{"--solo", "--difficulty", "brutal"},
                         std::vector<const char*>{"--solo", "--until", "home"});
    auto parsed = parse(args);
    CHECK_FALSE(parsed.options);
    CHECK(parsed.exit_code != 0);
    CHECK_FALSE(parsed.output.empty());
}
