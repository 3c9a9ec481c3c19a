// Renders real screens in a real window; run under Xvfb (see the suite's RUN_SERIAL).
#include "app.hpp"
#include "theme.hpp"

#include <SFML/Graphics/Image.hpp>
#include <catch2/catch.hpp>
#include <filesystem>
#include <random>
#include <set>

using namespace hr::client;

namespace {

std::filesystem::path temp_png(const std::string& name) {
    std::random_device random;
    return std::filesystem::temp_directory_path() /
           ("highroad_" + name + "_" + std::to_string(random()) + ".png");
}

AppOptions test_options() {
    AppOptions options;
    options.settings_path.reset(); // never touch the real settings file
    options.language = Language::English;
    options.ui_scale = 1.0f;
    return options;
}

sf::Image render(AppOptions options, const std::string& name, int frames = 3) {
    auto path = temp_png(name);
    App app(std::move(options));
    std::string problem;
    REQUIRE(app.run_frames(frames, path, &problem));
    CHECK(app.time_to_first_frame());
    sf::Image image;
    REQUIRE(image.loadFromFile(path.string()));
    std::filesystem::remove(path);
    return image;
}

std::size_t distinct_colours(const sf::Image& image) {
    std::set<std::uint32_t> colours;
    auto size = image.getSize();
    for (unsigned y = 0; y < size.y; y += 2) {
        for (unsigned x = 0; x < size.x; x += 2) {
            colours.insert(image.getPixel(x, y).toInteger());
        }
    }
    return colours.size();
}

bool near(sf::Color a, theme::Rgb b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

// How many pixels in the rectangle are within `tolerance` of `colour` on every channel.
int count_near(const sf::Image& image, sf::IntRect area, theme::Rgb colour, int tolerance = 24) {
    int count = 0;
    for (int y = area.top; y < area.top + area.height; ++y) {
        for (int x = area.left; x < area.left + area.width; ++x) {
            if (near(image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y)), colour,
                     tolerance)) {
                ++count;
            }
        }
    }
    return count;
}

class CountingScreen final : public Screen {
  public:
    explicit CountingScreen(int* entered) : entered_(entered) {}
    ScreenId id() const override { return ScreenId::Lobby; }
    void on_enter(ScreenContext&) override { ++*entered_; }
    void draw_ui(ScreenContext&) override {}

  private:
    int* entered_;
};

} // namespace

TEST_CASE("the home screen renders a title, a menu and the road fork", "[client][render]") {
    sf::Image image = render(test_options(), "home");
    REQUIRE(image.getSize() == sf::Vector2u(1280, 800));
    CHECK(distinct_colours(image) > 1000);
    // The title "High Road": white "High", gold "Road", in the menu panel's top.
    sf::IntRect title(60, 60, 440, 110);
    CHECK(count_near(image, title, theme::kText) > 300);
    CHECK(count_near(image, title, theme::kHighlight) > 300);
    // The two roads on the right half, in their own colours.
    sf::IntRect right(640, 200, 640, 600);
    CHECK(count_near(image, right, theme::kRoads.high_road, 12) > 2000);
    CHECK(count_near(image, right, theme::kRoads.low_road, 12) > 2000);
    // Menu buttons: the accent colour of "Solo practice" or the field colour of the others.
    sf::IntRect menu(80, 250, 380, 400);
    CHECK(count_near(image, menu, theme::kField, 6) > 20000);
}

TEST_CASE("each implemented screen renders differently from home, in every language",
          "[client][render]") {
    auto screen = GENERATE(ScreenId::Settings, ScreenId::Join, ScreenId::Host);
    auto lang = GENERATE(Language::English, Language::Spanish, Language::Portuguese);
    INFO(screen_name(screen) << " in " << language_code(lang));
    AppOptions options = test_options();
    options.language = lang;
    options.first_screen = screen;
    sf::Image image = render(options, std::string(screen_name(screen)));
    CHECK(distinct_colours(image) > 300);
    // A centred card with text on it.
    sf::IntRect centre(440, 150, 400, 500);
    CHECK(count_near(image, centre, theme::kText) > 300);
    CHECK(count_near(image, centre, theme::kPanel, 4) > 20000);
}

TEST_CASE("a large UI scale in a small window still shows the whole menu", "[client][render]") {
    AppOptions options = test_options();
    options.ui_scale = 2.0f;
    sf::Image image = render(options, "home_scale_2");
    // The same title region as at scale 1: the layout was fitted to the window.
    sf::IntRect title(60, 60, 440, 110);
    CHECK(count_near(image, title, theme::kHighlight) > 300);
    sf::IntRect menu(80, 250, 380, 400);
    CHECK(count_near(image, menu, theme::kField, 6) > 20000);
}

TEST_CASE("the home screen follows the language", "[client][render]") {
    AppOptions english = test_options();
    AppOptions spanish = test_options();
    spanish.language = Language::Spanish;
    sf::Image a = render(english, "home_en");
    sf::Image b = render(spanish, "home_es");
    int differing = 0;
    for (unsigned y = 250; y < 700; ++y) {
        for (unsigned x = 80; x < 460; ++x) {
            differing += a.getPixel(x, y) != b.getPixel(x, y) ? 1 : 0;
        }
    }
    CHECK(differing > 2000); // the button labels changed
}

TEST_CASE("screens are pushed and popped between frames", "[client][app]") {
    App app(test_options());
    int entered = 0;
    app.register_screen(ScreenId::Lobby,
                        [&] { return std::make_unique<CountingScreen>(&entered); });
    REQUIRE(app.run_frames(1, std::nullopt));
    CHECK(app.current_screen() == ScreenId::Home);

    app.context().push(ScreenId::Lobby);
    CHECK(app.current_screen() == ScreenId::Home); // not before the frame ends
    REQUIRE(app.run_frames(1, std::nullopt));
    CHECK(app.current_screen() == ScreenId::Lobby);
    CHECK(entered == 1);

    app.context().push(ScreenId::Debrief); // nothing registered: stays
    REQUIRE(app.run_frames(1, std::nullopt));
    CHECK(app.current_screen() == ScreenId::Lobby);

    app.context().pop();
    app.context().pop(); // never below the bottom screen
    REQUIRE(app.run_frames(1, std::nullopt));
    CHECK(app.current_screen() == ScreenId::Home);

    app.context().reset_to(ScreenId::Lobby);
    REQUIRE(app.run_frames(1, std::nullopt));
    CHECK(app.current_screen() == ScreenId::Lobby);
    CHECK(entered == 2);
    app.context().pop();
    REQUIRE(app.run_frames(1, std::nullopt));
    CHECK(app.current_screen() == ScreenId::Lobby); // it is now the only screen
}

TEST_CASE("changing the UI scale rebuilds the fonts, fitted to the window", "[client][app]") {
    App app(test_options());
    REQUIRE(app.run_frames(1, std::nullopt));
    CHECK(app.context().fonts().body->FontSize == Approx(kBodyPixels));
    Settings bigger = app.context().settings();
    bigger.ui_scale = 1.5f;
    bigger.language = Language::Portuguese;
    app.context().change_settings(bigger);
    REQUIRE(app.run_frames(2, std::nullopt));
    CHECK(app.context().settings().ui_scale == 1.5f);
    CHECK(app.context().fonts().body->FontSize == Approx(kBodyPixels * 1.5f));
    CHECK(app.context().fonts().display->FontSize == Approx(kDisplayPixels * 1.5f));
    // The 1280x800 window holds the layout at scale 1 only: ImGui shrinks the big fonts to fit.
    float layout = app.context().ui_scale();
    CHECK(layout == Approx(1.0f).margin(0.02));
    CHECK(ImGui::GetIO().FontGlobalScale * 1.5f == Approx(layout));
    CHECK(ImGui::GetStyle().FramePadding.x == Approx(theme::make_style(layout).FramePadding.x));
    CHECK(app.context().tr().language() == Language::Portuguese);
    CHECK(app.context().tr().text("home.settings") == "Configurações");
}

TEST_CASE("settings changed in the app are saved to the settings file", "[client][app]") {
    std::random_device random;
    auto dir = std::filesystem::temp_directory_path() /
               ("highroad_app_settings_" + std::to_string(random()));
    AppOptions options = test_options();
    options.settings_path = dir / "settings.json";
    {
        App app(options);
        Settings changed = app.context().settings();
        changed.player_name = "Rosa";
        app.context().change_settings(changed);
        REQUIRE(app.run_frames(1, std::nullopt));
        CHECK(app.context().settings_problem().empty());
    }
    CHECK(load_settings(dir / "settings.json").player_name == "Rosa");
    std::filesystem::remove_all(dir);
}
