// Drives the real App with synthetic input events, under Xvfb. Positions are those of the
// 1280x800 layout at UI scale 1 (see docs/screenshots/home.png).
#include "app.hpp"
#include "theme.hpp"

#include <SFML/Graphics/Image.hpp>
#include <catch2/catch.hpp>
#include <filesystem>
#include <random>

using namespace hr::client;

namespace {

AppOptions test_options() {
    AppOptions options;
    options.settings_path.reset();
    options.language = Language::English;
    options.ui_scale = 1.0f;
    return options;
}

sf::Event mouse_move(int x, int y) {
    sf::Event e;
    e.type = sf::Event::MouseMoved;
    e.mouseMove.x = x;
    e.mouseMove.y = y;
    return e;
}

sf::Event mouse_button(sf::Event::EventType type, int x, int y) {
    sf::Event e;
    e.type = type;
    e.mouseButton.button = sf::Mouse::Left;
    e.mouseButton.x = x;
    e.mouseButton.y = y;
    return e;
}

sf::Event key_press(sf::Keyboard::Key code) {
    sf::Event e;
    e.type = sf::Event::KeyPressed;
    e.key = {code, false, false, false, false};
    return e;
}

sf::Event typed(sf::Uint32 c) {
    sf::Event e;
    e.type = sf::Event::TextEntered;
    e.text.unicode = c;
    return e;
}

// A whole click (press and release) between two frames, as a fast tap arrives.
void click(App& app, int x, int y) {
    app.post_event(mouse_move(x, y));
    app.post_event(mouse_button(sf::Event::MouseButtonPressed, x, y));
    app.post_event(mouse_button(sf::Event::MouseButtonReleased, x, y));
    REQUIRE(app.run_frames(3, std::nullopt));
}

sf::Image frame_image(App& app, const std::string& name) {
    std::random_device random;
    auto path = std::filesystem::temp_directory_path() /
                ("highroad_" + name + "_" + std::to_string(random()) + ".png");
    REQUIRE(app.run_frames(2, path));
    sf::Image image;
    REQUIRE(image.loadFromFile(path.string()));
    std::filesystem::remove(path);
    return image;
}

int count_exact(const sf::Image& image, sf::IntRect area, theme::Rgb colour, int tolerance) {
    int count = 0;
    for (int y = area.top; y < area.top + area.height; ++y) {
        for (int x = area.left; x < area.left + area.width; ++x) {
            sf::Color c = image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y));
            if (std::abs(c.r - colour.r) <= tolerance && std::abs(c.g - colour.g) <= tolerance &&
                std::abs(c.b - colour.b) <= tolerance) {
                ++count;
            }
        }
    }
    return count;
}

} // namespace

TEST_CASE("a quick click on a menu button opens its screen, Escape goes back",
          "[client][app][input]") {
    App app(test_options());
    REQUIRE(app.run_frames(2, std::nullopt)); // ImGui knows its windows after a frame
    click(app, 263, 475);                     // Settings
    CHECK(app.current_screen() == ScreenId::Settings);
    app.post_event(key_press(sf::Keyboard::Escape));
    REQUIRE(app.run_frames(2, std::nullopt));
    CHECK(app.current_screen() == ScreenId::Home);
    click(app, 263, 335); // Join a session
    CHECK(app.current_screen() == ScreenId::Join);
}

TEST_CASE("a disabled button does nothing when clicked", "[client][app][input]") {
    App app(test_options()); // no session launcher: Solo practice is disabled
    REQUIRE(app.run_frames(2, std::nullopt));
    click(app, 263, 265);
    CHECK(app.current_screen() == ScreenId::Home);
    CHECK(app.is_open());
}

TEST_CASE("the language links on the home screen switch the language at once",
          "[client][app][input]") {
    App app(test_options());
    REQUIRE(app.run_frames(2, std::nullopt));
    click(app, 185, 699); // Español
    CHECK(app.context().tr().language() == Language::Spanish);
    CHECK(app.context().settings().language == Language::Spanish);
    CHECK(app.context().tr().text("home.join") == "Unirse a una sesión");
}

TEST_CASE("hovering a concept word shows its plain-language explanation", "[client][app][input]") {
    App app(test_options());
    REQUIRE(app.run_frames(2, std::nullopt));
    sf::IntRect below_label(880, 370, 400, 300);
    sf::Image before = frame_image(app, "no_tooltip");
    app.post_event(mouse_move(882, 357)); // the "High road" label
    sf::Image after = frame_image(app, "tooltip");
    int panel_before = count_exact(before, below_label, theme::kPanelRaised, 3);
    int panel_after = count_exact(after, below_label, theme::kPanelRaised, 3);
    CHECK(panel_after > panel_before + 5000);
    CHECK(count_exact(after, below_label, theme::kText, 40) > 200);
}

TEST_CASE("F1 opens the glossary, and its search filters the terms", "[client][app][input]") {
    App app(test_options());
    REQUIRE(app.run_frames(2, std::nullopt));
    app.post_event(key_press(sf::Keyboard::F1));
    sf::Image all = frame_image(app, "glossary");
    sf::IntRect window(340, 100, 600, 600);
    int gold_all = count_exact(all, window, theme::kHighlight, 30);
    CHECK(gold_all > 1000);

    click(app, 640, 182); // the search field under the glossary's introduction
    for (char c : std::string("hierarchy")) {
        app.post_event(typed(static_cast<sf::Uint32>(c)));
    }
    sf::Image filtered = frame_image(app, "glossary_filtered");
    int gold_filtered = count_exact(filtered, window, theme::kHighlight, 30);
    CHECK(gold_filtered > 0);
    CHECK(gold_filtered < gold_all);
}
