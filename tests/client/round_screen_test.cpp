// The round screen drawn from a real game's views, under Xvfb: the regions hold what they should,
// and what the player does reaches the session as the messages the server expects.
#include "screen_harness.hpp"
#include "shadow_state.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using client::RoundTab;
using client::ScreenId;

namespace {

test::RecordingSession twelve_firm_session() {
    const test::RealGame game = test::play_real_game("sinos-valley", 12, 3);
    client::SessionModel model = test::session_of(game, 0);
    test::add_chat(model);
    return test::RecordingSession(std::move(model));
}

int road_pixels(const sf::Image& image, sf::IntRect area) {
    int count = 0;
    for (const Road road : {Road::HighRoad, Road::LowRoad, Road::Stagnation, Road::Downgrading}) {
        count += test::count_near(image, area, client::theme::road_colour(road), 10);
    }
    return count;
}

} // namespace

TEST_CASE("the round screen shows a real game's firm, decision, news and timer",
          "[client][render][round]") {
    const auto lang = GENERATE(client::Language::English, client::Language::Spanish,
                               client::Language::Portuguese);
    test::RecordingSession session = twelve_firm_session();
    auto app = test::open_screen(ScreenId::Round, session, lang);
    REQUIRE(app->current_screen() == ScreenId::Round);
    const std::string name =
        lang == client::Language::English ? "round" : "round_" + std::string(language_code(lang));
    const sf::Image image = test::render_frames(*app, name);
    REQUIRE(image.getSize() == sf::Vector2u(1280, 800));
    // The timer box at the top right: its digits in the text colour.
    CHECK(test::count_near(image, sf::IntRect(1060, 20, 140, 44), client::theme::kText, 40) > 150);
    // The dashboard, the decision, the news and the chat all carry text.
    CHECK(test::ink(image, sf::IntRect(20, 100, 290, 680)) > 20000);
    CHECK(test::ink(image, sf::IntRect(350, 140, 540, 500)) > 20000);
    CHECK(test::ink(image, sf::IntRect(925, 100, 340, 360)) > 10000);
    // The announcement in the chat is framed in gold.
    CHECK(test::count_near(image, sf::IntRect(920, 500, 350, 240), client::theme::kHighlight, 20) >
          200);
    // The submit button in the accent colour.
    CHECK(test::count_near(image, sf::IntRect(700, 680, 200, 70), client::theme::kAccent, 8) >
          3000);
}

TEST_CASE("each tab of the round screen draws its content", "[client][render][round]") {
    const auto tab =
        GENERATE(RoundTab::Offers, RoundTab::JointActions, RoundTab::Cluster, RoundTab::Charts);
    const char* names[] = {"decide", "offers", "joint_actions", "cluster", "charts"};
    const std::string name = std::string("round_") + names[static_cast<int>(tab)];
    INFO(name);
    test::RecordingSession session = twelve_firm_session();
    auto app = test::open_screen(ScreenId::Round, session, client::Language::English, tab);
    const sf::Image image = test::render_frames(*app, name);
    const sf::IntRect centre(350, 140, 540, 500);
    CHECK(test::ink(image, centre) > 15000);
    if (tab == RoundTab::Cluster) {
        // The map's firms, coloured by their road.
        CHECK(road_pixels(image, centre) > 2500);
    }
    if (tab == RoundTab::Charts) {
        // The charts mark the low and high roads.
        CHECK(road_pixels(image, centre) > 600);
    }
}

TEST_CASE("a round of 12 firms renders within the frame budget", "[.][client][benchmark]") {
    test::RecordingSession session = twelve_firm_session();
    for (const RoundTab tab : {RoundTab::Decide, RoundTab::Cluster, RoundTab::JointActions}) {
        auto app = test::open_screen(ScreenId::Round, session, client::Language::English, tab);
        app->run_frames(10, std::nullopt);
        std::vector<double> ms;
        for (int i = 0; i < 300; ++i) {
            const auto start = std::chrono::steady_clock::now();
            app->run_frames(1, std::nullopt);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
        }
        std::sort(ms.begin(), ms.end());
        const auto at = [&](double q) { return ms[static_cast<std::size_t>(q * (ms.size() - 1))]; };
        WARN("tab " << static_cast<int>(tab) << ": median " << at(0.5) << " ms, p95 " << at(0.95)
                    << " ms, max " << ms.back() << " ms");
    }
}

TEST_CASE("the round screen's per-frame model work", "[.][client][benchmark]") {
    test::RecordingSession session = twelve_firm_session();
    const auto time = [](auto&& work) {
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < 200; ++i) {
            work();
        }
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                   .count() /
               200;
    };
    const auto& m = session.model();
    WARN("shadow_state: " << time([&] { (void)client::shadow_state(m); }) << " ms");
    const auto shadow = client::shadow_state(m);
    Decision d = default_decision(*shadow, 0);
    WARN("validate + preview: " << time([&] {
             (void)validate(*shadow, 0, d);
             (void)preview_cost(*shadow, 0, d);
         }) << " ms");
    auto app = test::open_screen(ScreenId::Home, session, client::Language::English);
    app->run_frames(5, std::nullopt);
    WARN("home screen frame: " << time([&] { app->run_frames(1, std::nullopt); }) << " ms");
}
