#include "command_line.hpp"

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
}

bool is_headless(const LaunchOptions& launch) {
    return !launch.screenshot.empty() || launch.frames > 0;
}

int frames_to_render(const LaunchOptions& launch) {
    if (launch.frames > 0) {
        return launch.frames;
    }
    return launch.screenshot.empty() ? 0 : kDefaultScreenshotFrames;
}

} // namespace hr::client
