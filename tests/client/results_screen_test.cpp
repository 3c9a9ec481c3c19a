// The results screen drawn from a real round's results, under Xvfb.
#include "screen_harness.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using client::ScreenId;

TEST_CASE("the results screen itemises a real round and draws the road fork",
          "[client][render][results]") {
    const auto lang = GENERATE(client::Language::English, client::Language::Spanish,
                               client::Language::Portuguese);
    const test::RealGame game = test::play_real_game("sinos-valley", 12, 3);
    test::RecordingSession session(test::session_of(game, 0));
    auto app = test::open_screen(ScreenId::Results, session, lang);
    REQUIRE(app->current_screen() == ScreenId::Results);
    const std::string name = lang == client::Language::English
                                 ? "results"
                                 : "results_" + std::string(language_code(lang));
    const sf::Image image = test::render_frames(*app, name);
    REQUIRE(image.getSize() == sf::Vector2u(1280, 800));
    // The money, capability and cluster columns all carry text.
    CHECK(test::ink(image, sf::IntRect(20, 100, 360, 600)) > 20000);
    CHECK(test::ink(image, sf::IntRect(410, 100, 420, 600)) > 20000);
    // The fork: the firm's road in its full colour, its gold marker on it.
    const sf::IntRect fork(850, 120, 420, 150);
    const Road road = session.model().results.back().own->road.road;
    CHECK(test::count_near(image, fork, client::theme::road_colour(road), 6) > 400);
    CHECK(test::count_near(image, fork, client::theme::kHighlight, 6) > 60);
    // The continue button in the accent colour at the top right.
    CHECK(test::count_near(image, sf::IntRect(960, 14, 300, 50), client::theme::kAccent, 8) > 3000);
}
