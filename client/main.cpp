// highroad: the game client. Without flags it opens the home screen; see --help.
#include "app.hpp"
#include "command_line.hpp"
#include "session_setup.hpp"

#include <chrono>
#include <iostream>

namespace {

// Frames rendered after --until's screen opened, so that it is drawn settled.
constexpr int kSettleFrames = 5;

// Headless: render until the wanted screen opens (or the frame budget runs out), then save it.
bool run_until(hr::client::App& app, hr::client::ScreenId until, int frames,
               const std::optional<std::filesystem::path>& screenshot, std::string& problem) {
    for (int i = 0; i < frames && app.is_open(); ++i) {
        if (app.current_screen() == until) {
            return app.run_frames(kSettleFrames, screenshot, &problem);
        }
        app.run_frames(1, std::nullopt, &problem);
    }
    problem = "the " + std::string(hr::client::screen_name(until)) +
              " screen did not open within " + std::to_string(frames) + " frames";
    return false;
}

} // namespace

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
        hr::client::LauncherOptions session_options;
        session_options.assets_dir = app.context().assets_dir();
        session_options.demo = launch.demo;
        if (hr::client::is_headless(launch)) {
            session_options.demo_dwell = std::chrono::milliseconds(0);
        }
        auto& session = hr::client::install_session(
            app,
            std::make_unique<hr::client::SessionDirector>(app.context().tr(), session_options));
        hr::client::start_requested_session(launch, session, app.context().settings());
        if (!hr::client::is_headless(launch)) {
            return app.run();
        }
        std::optional<std::filesystem::path> screenshot;
        if (!launch.screenshot.empty()) {
            screenshot = launch.screenshot;
        }
        std::string problem;
        const int frames = hr::client::frames_to_render(launch);
        bool ok = launch.until.empty() ? app.run_frames(frames, screenshot, &problem)
                                       : run_until(app, *hr::client::screen_from_name(launch.until),
                                                   frames, screenshot, problem);
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
