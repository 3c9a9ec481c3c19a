#include "command_line.hpp"

#include "join_form.hpp"
#include "theme.hpp"

#include <CLI/CLI.hpp>
#include <sstream>

namespace hr::client {

const std::vector<FlagSpec>& flag_table() {
    static const std::vector<FlagSpec> table{
        {"--screenshot",
         "PATH",
         "Render some frames, save the last one as a PNG and exit",
         &LaunchOptions::screenshot,
         {},
         std::nullopt},
        {"--frames",
         "N",
         "Render N frames without waiting, then exit (with --screenshot: which frame to save)",
         &LaunchOptions::frames,
         {},
         std::pair(1.0, 100000.0)},
        {"--lang",
         "CODE",
         "Interface language for this run",
         &LaunchOptions::lang,
         {"en", "es", "pt"},
         std::nullopt},
        {"--scale",
         "X",
         "Interface size for this run (projectors: 1.5 or more)",
         &LaunchOptions::scale,
         {},
         std::pair(double(theme::kMinUiScale), double(theme::kMaxUiScale))},
        {"--screen",
         "NAME",
         "The screen to open on top of the home screen",
         &LaunchOptions::screen,
         {"home", "settings", "join", "host"},
         std::nullopt},
        {"--solo",
         "",
         "Play against bots at once: starts highroad-server as a child process on this computer",
         &LaunchOptions::solo,
         {},
         std::nullopt},
        {"--join",
         "HOST[:PORT]",
         "Join the session on this server (with --code and --name)",
         &LaunchOptions::join,
         {},
         std::nullopt},
        {"--host",
         "",
         "Host a classroom session: starts a server that outlives this window, shows the address "
         "and join code, and opens the facilitator console (takes the last hosted room back if "
         "its server still runs)",
         &LaunchOptions::host,
         {},
         std::nullopt},
        {"--code",
         "CODE",
         "The join code of the session to join",
         &LaunchOptions::code,
         {},
         std::nullopt},
        {"--name",
         "NAME",
         "Your display name in the session",
         &LaunchOptions::name,
         {},
         std::nullopt},
        {"--scenario",
         "ID",
         "Scenario for --solo and --host (a file name in assets/scenarios without .json)",
         &LaunchOptions::scenario,
         {},
         std::nullopt},
        {"--firms",
         "N",
         "Firms in the cluster for --solo and --host",
         &LaunchOptions::firms,
         {},
         std::pair(3.0, 16.0)},
        {"--rounds", "N", "Rounds for --host", &LaunchOptions::rounds, {}, std::pair(1.0, 60.0)},
        {"--round-seconds",
         "N",
         "Length of a round in seconds for --host",
         &LaunchOptions::round_seconds,
         {},
         std::pair(10.0, 86400.0)},
        {"--difficulty",
         "LEVEL",
         "How well the bots play in --solo",
         &LaunchOptions::difficulty,
         {"easy", "normal", "hard"},
         std::nullopt},
        {"--demo",
         "",
         "A bot plays your firm and clicks through the lobby and the results (for tests and "
         "demonstrations)",
         &LaunchOptions::demo,
         {},
         std::nullopt},
        {"--until",
         "SCREEN",
         "Render without waiting until this screen opens, then exit (with --screenshot: save it); "
         "--frames bounds the wait",
         &LaunchOptions::until,
         {"lobby", "round", "results", "debrief", "facilitator"},
         std::nullopt},
        {"--full-redraw",
         "",
         "Draw every frame in full instead of only where it changed (if a graphics driver leaves "
         "stale parts on screen)",
         &LaunchOptions::full_redraw,
         {},
         std::nullopt},
    };
    return table;
}

ParsedCommandLine parse_command_line(int argc, const char* const* argv) {
    LaunchOptions launch;
    CLI::App cli("High Road: a game about the low road and the high road of clusters in global "
                 "value chains.",
                 "highroad");
    for (const FlagSpec& flag : flag_table()) {
        CLI::Option* option = std::visit(
            [&](auto member) -> CLI::Option* {
                auto& field = launch.*member;
                if constexpr (std::is_same_v<std::decay_t<decltype(field)>, bool>) {
                    return cli.add_flag(flag.name, field, flag.help);
                } else {
                    return cli.add_option(flag.name, field, flag.help)->type_name(flag.value_name);
                }
            },
            flag.target);
        if (!flag.choices.empty()) {
            option->check(CLI::IsMember(flag.choices));
        }
        if (flag.range) {
            option->check(CLI::Range(flag.range->first, flag.range->second));
        }
    }

    ParsedCommandLine result;
    try {
        cli.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        std::ostringstream out;
        std::ostringstream err;
        result.exit_code = cli.exit(e, out, err);
        result.output = out.str() + err.str();
        return result;
    }
    const int modes = (launch.solo ? 1 : 0) + (launch.join.empty() ? 0 : 1) + (launch.host ? 1 : 0);
    std::string problem;
    if (modes > 1) {
        problem = "--solo, --join and --host cannot be combined";
    } else if (!launch.join.empty() && launch.code.empty()) {
        problem = "--join needs the session's --code";
    } else if (!launch.join.empty() && !parse_server_address(launch.join)) {
        problem = "--join: \"" + launch.join + "\" is not an address (HOST or HOST:PORT)";
    } else if (!launch.code.empty() && !valid_join_code(normalise_join_code(launch.code))) {
        problem = "--code: \"" + launch.code + "\" is not a join code";
    } else if (!launch.until.empty() && modes == 0) {
        problem = "--until needs a session: --solo, --join or --host";
    }
    if (!problem.empty()) {
        result.exit_code = 2;
        result.output = problem + "\nRun with --help for more information.\n";
        return result;
    }
    result.options = launch;
    return result;
}

void apply_launch_options(const LaunchOptions& launch, AppOptions& options) {
    if (auto lang = language_from_code(launch.lang)) {
        options.language = *lang;
    }
    if (launch.scale > 0.0f) {
        options.ui_scale = launch.scale;
    }
    if (auto screen = screen_from_name(launch.screen)) {
        options.first_screen = *screen;
    }
    options.full_redraw = launch.full_redraw;
}

bool is_headless(const LaunchOptions& launch) {
    return !launch.screenshot.empty() || launch.frames > 0 || !launch.until.empty();
}

int frames_to_render(const LaunchOptions& launch) {
    if (launch.frames > 0) {
        return launch.frames;
    }
    if (!launch.until.empty()) {
        return kDefaultUntilFrames;
    }
    return launch.screenshot.empty() ? 0 : kDefaultScreenshotFrames;
}

} // namespace hr::client
