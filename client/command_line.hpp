#pragma once
// The client's command line, as one declarative table of flags (CLI11 underneath), so that a new
// flag is one row plus one field.
#include "app.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace hr::client {

struct LaunchOptions {
    std::string screenshot; // empty: no screenshot
    int frames = 0;         // 0: interactive; otherwise render this many frames and exit
    std::string lang;       // empty: the settings file's language
    float scale = 0.0f;     // 0: the settings file's UI scale
    std::string screen = "home";

    // A session to start at once (at most one of solo, join, host).
    bool solo = false;
    std::string join; // HOST[:PORT]
    bool host = false;
    std::string code;         // --join: the room's join code
    std::string name;         // the player's display name (default: the settings file's)
    std::string scenario;     // --solo, --host
    int firms = 0;            // 0: the scenario's default
    int rounds = 0;           // --host; 0: the scenario's
    int round_seconds = 0;    // --host; 0: the host screen's default
    std::string difficulty;   // --solo: the bots'
    bool demo = false;        // a bot plays the player's firm and clicks through
    std::string until;        // headless: render until this screen is open
    bool full_redraw = false; // draw every frame in full, never only where it changed
};

// Frames rendered for --screenshot without --frames: ImGui sizes auto-fitting windows on the
// first frame and draws them settled on the second.
inline constexpr int kDefaultScreenshotFrames = 3;

using FlagTarget = std::variant<std::string LaunchOptions::*, int LaunchOptions::*,
                                float LaunchOptions::*, bool LaunchOptions::*>;

struct FlagSpec {
    std::string name;       // "--screenshot"
    std::string value_name; // "PATH"; unused for bool flags
    std::string help;
    FlagTarget target;
    std::vector<std::string> choices;               // empty: any value
    std::optional<std::pair<double, double>> range; // inclusive, for numbers
};

const std::vector<FlagSpec>& flag_table();

struct ParsedCommandLine {
    std::optional<LaunchOptions> options; // nullopt: exit with exit_code after printing output
    int exit_code = 0;
    std::string output; // help text or the error, for the terminal
};

ParsedCommandLine parse_command_line(int argc, const char* const* argv);

// Copies what the flags ask for into the App's options.
void apply_launch_options(const LaunchOptions& launch, AppOptions& options);

// --screenshot, --frames or --until: render without a person and exit.
bool is_headless(const LaunchOptions& launch);
// With --until: the most frames to wait for that screen (the --frames value, else a bound).
int frames_to_render(const LaunchOptions& launch);
inline constexpr int kDefaultUntilFrames = 200000;

} // namespace hr::client
