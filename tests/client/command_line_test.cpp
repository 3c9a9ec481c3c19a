#include "command_line.hpp"

#include <catch2/catch.hpp>

using namespace hr::client;

namespace {

ParsedCommandLine parse(std::vector<const char*> args) {
    args.insert(args.begin(), "highroad");
    return parse_command_line(static_cast<int>(args.size()), args.data());
}

} // namespace

TEST_CASE("no flags opens the home screen interactively", "[client][command_line]") {
    auto parsed = parse({});
    REQUIRE(parsed.options);
    CHECK_FALSE(is_headless(*parsed.options));
    AppOptions options;
    apply_launch_options(*parsed.options, options);
    CHECK(options.first_screen == ScreenId::Home);
    CHECK_FALSE(options.language);
    CHECK_FALSE(options.ui_scale);
}

TEST_CASE("screenshot flags make a headless run", "[client][command_line]") {
    auto parsed = parse({"--screenshot", "out.png", "--frames", "5", "--lang", "pt", "--scale",
                         "1.5", "--screen", "join"});
    REQUIRE(parsed.options);
    CHECK(is_headless(*parsed.options));
    CHECK(frames_to_render(*parsed.options) == 5);
    CHECK(parsed.options->screenshot == "out.png");
    AppOptions options;
    apply_launch_options(*parsed.options, options);
    CHECK(options.language == Language::Portuguese);
    CHECK(options.ui_scale == 1.5f);
    CHECK(options.first_screen == ScreenId::Join);
}

TEST_CASE("the full-redraw flag reaches the app, which otherwise redraws where frames changed",
          "[client][command_line]") {
    AppOptions options;
    apply_launch_options(*parse({}).options, options);
    CHECK_FALSE(options.full_redraw);
    auto parsed = parse({"--full-redraw"});
    REQUIRE(parsed.options);
    CHECK_FALSE(is_headless(*parsed.options));
    apply_launch_options(*parsed.options, options);
    CHECK(options.full_redraw);
}

TEST_CASE("a screenshot without a frame count renders a few frames", "[client][command_line]") {
    auto parsed = parse({"--screenshot", "x.png"});
    REQUIRE(parsed.options);
    CHECK(frames_to_render(*parsed.options) == kDefaultScreenshotFrames);
    auto frames_only = parse({"--frames", "7"});
    REQUIRE(frames_only.options);
    CHECK(is_headless(*frames_only.options));
    CHECK(frames_to_render(*frames_only.options) == 7);
}

TEST_CASE("bad flag values are refused with a message", "[client][command_line]") {
    auto args = GENERATE(
        std::vector<const char*>{"--lang", "fr"}, std::vector<const char*>{"--scale", "3"},
        std::vector<const char*>{"--scale", "0.5"}, std::vector<const char*>{"--frames", "0"},
        std::vector<const char*>{"--screen", "round"}, std::vector<const char*>{"--no-such-flag"});
    auto parsed = parse(args);
    CHECK_FALSE(parsed.options);
    CHECK(parsed.exit_code != 0);
    CHECK_FALSE(parsed.output.empty());
}

TEST_CASE("the --help text lists every flag of the table", "[client][command_line]") {
    auto parsed = parse({"--help"});
    CHECK_FALSE(parsed.options);
    CHECK(parsed.exit_code == 0);
    for (const FlagSpec& flag : flag_table()) {
        INFO(flag.name);
        CHECK(parsed.output.find(flag.name) != std::string::npos);
    }
}

TEST_CASE("screen names round-trip", "[client][command_line]") {
    auto id = GENERATE(ScreenId::Home, ScreenId::Settings, ScreenId::Join, ScreenId::Host,
                       ScreenId::Lobby, ScreenId::Round, ScreenId::Results, ScreenId::Debrief,
                       ScreenId::Facilitator);
    CHECK(screen_from_name(screen_name(id)) == id);
    CHECK_FALSE(screen_from_name("nowhere"));
}
