// The round screen drawn from a real game's views, under Xvfb: the regions hold what they should,
// and what the player does reaches the session as the messages the server expects.
#include "screen_harness.hpp"
#include "shadow_state.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <thread>

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

TEST_CASE("an unchanged round screen is kept on screen and a change is drawn",
          "[client][render][round]") {
    // (The tabs with pictures repaint them a few times a second for news from the server.)
    const auto tab = GENERATE(RoundTab::Decide, RoundTab::Offers, RoundTab::JointActions);
    test::RecordingSession session = twelve_firm_session();
    // A paused round: its timer does not tick.
    session.edit().snapshot->phase = proto::RoomPhase::Paused;
    auto app = test::open_screen(ScreenId::Round, session, client::Language::English, tab);
    app->run_frames(4, std::nullopt);
    app->run_frames(1, std::nullopt);
    CHECK_FALSE(app->last_frame_drawn());
    // A screenshot is always of a drawn frame.
    const sf::Image image = test::render_frames(*app, "round_kept", 1);
    CHECK(app->last_frame_drawn());
    CHECK(test::ink(image, sf::IntRect(20, 100, 290, 680)) > 20000);
    app->run_frames(1, std::nullopt);
    CHECK_FALSE(app->last_frame_drawn());
    // The pointer on the Decide tab's button lights it up.
    sf::Event move{};
    move.type = sf::Event::MouseMoved;
    move.mouseMove = {391, 117};
    app->post_event(move);
    app->run_frames(1, std::nullopt);
    CHECK(app->last_frame_drawn());
    app->run_frames(1, std::nullopt);
    CHECK_FALSE(app->last_frame_drawn());
}

TEST_CASE("a round screen redrawn where it changed looks like one drawn in full",
          "[client][render][round]") {
    test::RecordingSession session = twelve_firm_session();
    session.edit().snapshot->phase = proto::RoomPhase::Paused;
    const auto move = [](client::App& app, int x, int y) {
        sf::Event event{};
        event.type = sf::Event::MouseMoved;
        event.mouseMove = {x, y};
        app.post_event(event);
        app.run_frames(2, std::nullopt);
    };
    sf::Image partial;
    {
        // Over a tab, a lever, a concept's tooltip, the submit button and back: each frame
        // redraws what changed, and what a tooltip covered is drawn again when it goes.
        auto app = test::open_screen(ScreenId::Round, session, client::Language::English);
        app->run_frames(4, std::nullopt);
        move(*app, 486, 117);
        move(*app, 630, 189);
        move(*app, 405, 189);
        (void)test::render_frames(*app, "round_partial_tooltip", 1);
        move(*app, 810, 714);
        move(*app, 391, 117);
        partial = test::render_frames(*app, "round_partial", 1);
    }
    auto app = test::open_screen(ScreenId::Round, session, client::Language::English);
    app->run_frames(4, std::nullopt);
    move(*app, 391, 117);
    const sf::Image full = test::render_frames(*app, "round_full", 1);
    REQUIRE(partial.getSize() == full.getSize());
    int different = 0;
    for (unsigned y = 0; y < full.getSize().y; ++y) {
        for (unsigned x = 0; x < full.getSize().x; ++x) {
            different += partial.getPixel(x, y) != full.getPixel(x, y) ? 1 : 0;
        }
    }
    CHECK(different == 0);
}

namespace {

double percentile(std::vector<double> ms, double q) {
    if (ms.empty()) {
        return 0.0;
    }
    std::sort(ms.begin(), ms.end());
    return ms[static_cast<std::size_t>(q * static_cast<double>(ms.size() - 1))];
}

void post_mouse(client::App& app, sf::Event::EventType type, int x, int y) {
    sf::Event event{};
    event.type = type;
    if (type == sf::Event::MouseMoved) {
        event.mouseMove = {x, y};
    } else {
        event.mouseButton = {sf::Mouse::Left, x, y};
    }
    app.post_event(event);
}

} // namespace

TEST_CASE("a round of 12 firms renders within the frame budget", "[.][client][benchmark]") {
    test::RecordingSession session = twelve_firm_session();
    auto app = test::open_screen(ScreenId::Round, session, client::Language::English);
    app->run_frames(10, std::nullopt);
    // Ten seconds of a player at 60 frames a second: each tab in turn is clicked, the pointer
    // sweeps across the work area for a second (a move every other frame), then rests a second.
    const sf::Vector2i tabs[] = {{391, 117}, {486, 117}, {614, 117}, {733, 117}, {817, 117}};
    constexpr int kPhase = 120;
    const auto period = std::chrono::microseconds(1'000'000 / client::kFramesPerSecond);
    std::vector<double> all;
    std::vector<double> drawn;
    for (int i = 0; i < kPhase * 5; ++i) {
        const int step = i % kPhase;
        const sf::Vector2i tab = tabs[i / kPhase];
        if (step == 0) {
            post_mouse(*app, sf::Event::MouseMoved, tab.x, tab.y);
            post_mouse(*app, sf::Event::MouseButtonPressed, tab.x, tab.y);
        } else if (step == 1) {
            post_mouse(*app, sf::Event::MouseButtonReleased, tab.x, tab.y);
        } else if (step >= 10 && step < 70 && step % 2 == 0) {
            post_mouse(*app, sf::Event::MouseMoved, 360 + (step - 10) * 8, 180 + (step - 10) * 7);
        }
        const auto start = std::chrono::steady_clock::now();
        app->run_frames(1, std::nullopt);
        const auto end = std::chrono::steady_clock::now();
        const double ms = std::chrono::duration<double, std::milli>(end - start).count();
        all.push_back(ms);
        if (app->last_frame_drawn()) {
            drawn.push_back(ms);
        }
        std::this_thread::sleep_until(start + period);
    }
    WARN("drawn frames: " << drawn.size() << " of " << all.size() << ", median "
                          << percentile(drawn, 0.5) << " ms, p95 " << percentile(drawn, 0.95)
                          << " ms, max " << percentile(drawn, 1.0) << " ms");
    WARN("all frames: median " << percentile(all, 0.5) << " ms, p95 " << percentile(all, 0.95)
                               << " ms, max " << percentile(all, 1.0) << " ms");
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
