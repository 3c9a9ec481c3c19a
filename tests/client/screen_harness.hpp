#pragma once
// Renders the round and results screens in a real window (run under Xvfb) from a SessionModel
// filled by a real game, with a session that records what the screens send instead of a network.
#include "app.hpp"
#include "real_game.hpp"
#include "results_screen.hpp"
#include "round_screen.hpp"
#include "theme.hpp"

#include <SFML/Graphics/Image.hpp>
#include <cstdlib>
#include <filesystem>
#include <random>

namespace hr::test {

class RecordingSession final : public client::SessionActions {
  public:
    explicit RecordingSession(client::SessionModel model) : model_(std::move(model)) {}
    const client::SessionModel& model() const override { return model_; }
    void send(const proto::Message& message) override { sent.push_back(message); }
    void submit(const Decision& decision) override {
        submitted.push_back(decision);
        sent.push_back(proto::SubmitDecision{model_.next_seq++, decision});
    }
    void acknowledge_notice() override { model_.notice.clear(); }
    void leave() override { left = true; }

    client::SessionModel& edit() { return model_; }

    std::vector<proto::Message> sent;
    std::vector<Decision> submitted;
    bool left = false;

  private:
    client::SessionModel model_;
};

inline client::AppOptions screen_options(client::Language lang) {
    client::AppOptions options;
    options.settings_path.reset();
    options.language = lang;
    options.ui_scale = 1.0f;
    return options;
}

// An App showing `screen` for `session`, after one frame to open it; the round screen opens on
// `tab`.
inline std::unique_ptr<client::App> open_screen(client::ScreenId screen, RecordingSession& session,
                                                client::Language lang,
                                                client::RoundTab tab = client::RoundTab::Decide) {
    auto app = std::make_unique<client::App>(screen_options(lang));
    app->register_screen(client::ScreenId::Round, [&session, tab] {
        auto round = std::make_unique<client::RoundScreen>(session);
        round->open_tab(tab);
        return round;
    });
    app->register_screen(client::ScreenId::Results,
                         [&session] { return std::make_unique<client::ResultsScreen>(session); });
    app->context().reset_to(screen);
    app->run_frames(1, std::nullopt);
    return app;
}

inline std::filesystem::path temp_png(const std::string& name) {
    std::random_device random;
    return std::filesystem::temp_directory_path() /
           ("highroad_" + name + "_" + std::to_string(random()) + ".png");
}

// Renders a few frames (pictures are painted from the second on) and returns the last one. When
// HIGHROAD_SCREENSHOT_DIR is set, the image is also kept there as `name`.png.
inline sf::Image render_frames(client::App& app, const std::string& name, int frames = 4) {
    const auto path = temp_png(name);
    std::string problem;
    if (!app.run_frames(frames, path, &problem)) {
        throw std::runtime_error(problem);
    }
    sf::Image image;
    image.loadFromFile(path.string());
    if (const char* dir = std::getenv("HIGHROAD_SCREENSHOT_DIR")) {
        std::filesystem::copy_file(path, std::filesystem::path(dir) / (name + ".png"),
                                   std::filesystem::copy_options::overwrite_existing);
    }
    std::filesystem::remove(path);
    return image;
}

// Presses and releases the left mouse button at a point of the window, over two frames.
inline void click(client::App& app, int x, int y) {
    sf::Event move{};
    move.type = sf::Event::MouseMoved;
    move.mouseMove = {x, y};
    app.post_event(move);
    app.run_frames(1, std::nullopt);
    sf::Event press{};
    press.type = sf::Event::MouseButtonPressed;
    press.mouseButton = {sf::Mouse::Left, x, y};
    app.post_event(press);
    app.run_frames(1, std::nullopt);
    sf::Event release = press;
    release.type = sf::Event::MouseButtonReleased;
    app.post_event(release);
    app.run_frames(1, std::nullopt);
}

// A few lines of chat, one of them the facilitator's announcement.
inline void add_chat(client::SessionModel& m) {
    m.chat.push_back(
        {m.own->round, FirmId{3}, "Ana", false, "Who wants to share consultants this year?"});
    m.chat.push_back({m.own->round, std::nullopt, "Prof. Silva", true,
                      "Five minutes left: look at your road before you submit."});
    m.chat.push_back(
        {m.own->round, m.own->firm.firm, "You", false, "Count me in for consultants."});
}

inline bool near_colour(sf::Color a, client::theme::Rgb b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

inline int count_near(const sf::Image& image, sf::IntRect area, client::theme::Rgb colour,
                      int tolerance = 24) {
    int count = 0;
    for (int y = area.top; y < area.top + area.height; ++y) {
        for (int x = area.left; x < area.left + area.width; ++x) {
            count += near_colour(image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y)),
                                 colour, tolerance)
                         ? 1
                         : 0;
        }
    }
    return count;
}

// Pixels in the area that differ from the colour of the panels behind the widgets.
inline int ink(const sf::Image& image, sf::IntRect area) {
    const int total = area.width * area.height;
    return total - count_near(image, area, client::theme::kPanel, 6) -
           count_near(image, area, client::theme::kBackground, 6);
}

} // namespace hr::test
