// highroad: the game client. Without flags it opens the home screen; see --help.
#include "app.hpp"
#include "command_line.hpp"

#include <chrono>
#include <iostream>

int main(int argc, char** argv) {
    auto started = std::chrono::steady_clock::now();
    auto parsed = hr::client::parse_command_line(argc, argv);
    if (!parsed.options) {
        (parsed.exit_code == 0 ? std::cout : std::cerr) << parsed.output;
        return parsed.exit_code;
    }
    const hr::client::LaunchOptions& launch = *parsed.options;
    try {
        hr::client::AppOptions options;
        options.started = started;
        hr::client::apply_launch_options(launch, options);
        hr::client::App app(std::move(options));
        if (!hr::client::is_headless(launch)) {
            return app.run();
        }
        std::optional<std::filesystem::path> screenshot;
        if (!launch.screenshot.empty()) {
            screenshot = launch.screenshot;
        }
        std::string problem;
        bool ok = app.run_frames(hr::client::frames_to_render(launch), screenshot, &problem);
        if (auto first = app.time_to_first_frame()) {
            std::cout << "highroad: first frame " << first->count() << " ms after start\n";
        }
        if (!ok) {
            std::cerr << "highroad: " << problem << '\n';
            return 1;
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "highroad: " << e.what() << '\n';
        return 1;
    }
}
