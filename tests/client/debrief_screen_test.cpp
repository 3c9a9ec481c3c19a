// The debrief screen in a real window, fed with a real finished game through the session model.
#include "app.hpp"
#include "debrief_screen.hpp"
#include "fake_session.hpp"
#include "picture_support.hpp"
#include "visuals_game.hpp"

#include <SFML/Graphics/Image.hpp>
#include <catch2/catch.hpp>
#include <random>

using namespace hr;
using namespace hr::client;

namespace {

using test::FakeSession;

void fill_session(FakeSession& session, const test::PlayedGame& game) {
    SessionModel& m = session.state;
    m.connection = ConnectionState::InRoom;
    proto::Joined joined;
    joined.roles = proto::kRolePlayer;
    joined.code = "QX7K2";
    joined.firm = test::PlayedGame::kOwn;
    joined.scenario = game.snapshot.scenario;
    joined.total_rounds = game.state.total_rounds;
    joined.firms = static_cast<int>(game.state.firms.size());
    m.joined = joined;
    m.snapshot = game.snapshot;
    m.results = game.views;
    m.own_history = game.own_history;
    m.game_over = game.game_over;
    m.scenario = game.scenario;
}

AppOptions test_options(Language lang = Language::English) {
    AppOptions options;
    options.settings_path.reset();
    options.language = lang;
    options.ui_scale = 1.0f;
    return options;
}

struct DebriefRun {
    FakeSession session;
    std::unique_ptr<App> app;
    DebriefScreen* screen = nullptr;
};

void open_debrief(DebriefRun& run, Language lang = Language::English) {
    run.app = std::make_unique<App>(test_options(lang));
    run.app->register_screen(ScreenId::Debrief, [&run] {
        auto screen = std::make_unique<DebriefScreen>(run.session);
        run.screen = screen.get();
        return screen;
    });
    run.app->context().push(ScreenId::Debrief);
    REQUIRE(run.app->run_frames(2, std::nullopt));
    REQUIRE(run.screen != nullptr);
    REQUIRE(run.app->current_screen() == ScreenId::Debrief);
}

sf::Image show_tab(DebriefRun& run, DebriefScreen::Tab tab, const std::string& name) {
    run.screen->select(tab);
    auto path = test::picture_dir() / (name + ".png");
    std::string problem;
    REQUIRE(run.app->run_frames(4, path, &problem));
    CHECK(run.screen->tab() == tab);
    sf::Image image;
    REQUIRE(image.loadFromFile(path.string()));
    return image;
}

} // namespace

TEST_CASE("the debrief shows the roads, scores, cluster and questions of a real game",
          "[client][debrief][render]") {
    auto game = test::play_game("sinos-valley", 8);
    REQUIRE(game.game_over);
    DebriefRun run;
    fill_session(run.session, game);
    open_debrief(run);
    REQUIRE(run.screen->record());
    CHECK(run.screen->record()->room_code == "QX7K2");
    auto expected = debrief::answer_research_questions(run.screen->record()->input);
    CHECK(run.screen->answers().policy.spent == expected.policy.spent);
    CHECK(run.screen->answers().policy.spent == game.state.public_spent);

    const sf::IntRect body(0, 130, 1280, 620);
    sf::Image roads = show_tab(run, DebriefScreen::Tab::Roads, "debrief_roads");
    CHECK(test::distinct_colours(roads) > 1000);
    CHECK(test::count_near(roads, body, theme::to_sf(theme::kRoads.high_road), 30) > 500);
    CHECK(test::count_near(roads, body, theme::to_sf(theme::kRoads.low_road), 30) > 500);
    // The cluster's bold white path.
    CHECK(test::count_near(roads, body, theme::to_sf(theme::kText), 12) > 1000);

    sf::Image scores = show_tab(run, DebriefScreen::Tab::Scores, "debrief_scores");
    // The player's row in gold, every road's dot in its colour.
    CHECK(test::count_near(scores, body, theme::to_sf(theme::kHighlight), 30) > 150);
    for (const auto& s : game.game_over->scores) {
        CHECK(test::count_near(scores, body, theme::to_sf(theme::road_colour(s.road)), 10) > 20);
    }

    sf::Image cluster = show_tab(run, DebriefScreen::Tab::Cluster, "debrief_cluster");
    CHECK(test::count_near(cluster, body, theme::to_sf(theme::kHighlight), 30) > 300);

    sf::Image questions = show_tab(run, DebriefScreen::Tab::Questions, "debrief_questions");
    CHECK(test::count_near(questions, body, theme::to_sf(theme::kText), 40) > 3000);
    // The other two questions, one at a time, each a different picture.
    for (int q : {1, 2}) {
        run.screen->select_question(q);
        sf::Image answer = show_tab(run, DebriefScreen::Tab::Questions,
                                    "debrief_question_" + std::to_string(q + 1));
        int changed = 0;
        for (unsigned y = 200; y < 600; y += 3) {
            for (unsigned x = 400; x < 1240; x += 3) {
                changed += answer.getPixel(x, y) != questions.getPixel(x, y) ? 1 : 0;
            }
        }
        CHECK(changed > 2000);
    }
    run.screen->select_question(0);
    // Each tab shows something else.
    int differing = 0;
    for (unsigned y = 200; y < 700; y += 4) {
        for (unsigned x = 40; x < 1240; x += 4) {
            differing += roads.getPixel(x, y) != questions.getPixel(x, y) ? 1 : 0;
        }
    }
    CHECK(differing > 5000);
}

TEST_CASE("pointing at the cluster's path on the road map explains it",
          "[client][debrief][render]") {
    auto game = test::play_game("sinos-valley", 6);
    DebriefRun run;
    fill_session(run.session, game);
    open_debrief(run);
    sf::Image before = show_tab(run, DebriefScreen::Tab::Roads, "debrief_roads_plain");
    auto end = run.screen->road_map().point_of(std::nullopt, game.state.total_rounds);
    REQUIRE(end);
    sf::Vector2f mouse = run.screen->road_map_origin() + *end;
    sf::Event move;
    move.type = sf::Event::MouseMoved;
    move.mouseMove.x = static_cast<int>(mouse.x);
    move.mouseMove.y = static_cast<int>(mouse.y);
    run.app->post_event(move);
    sf::Image after = show_tab(run, DebriefScreen::Tab::Roads, "debrief_roads_hover");
    REQUIRE(run.screen->road_hover());
    CHECK_FALSE(run.screen->road_hover()->firm);
    CHECK(run.screen->road_hover()->round == game.state.total_rounds);
    // A tooltip opened near the mouse.
    int changed = 0;
    for (int y = static_cast<int>(mouse.y) - 60; y < static_cast<int>(mouse.y) + 120; ++y) {
        for (int x = static_cast<int>(mouse.x) - 260; x < static_cast<int>(mouse.x) + 260; ++x) {
            if (x >= 0 && y >= 0 && x < 1280 && y < 800) {
                changed +=
                    before.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y)) !=
                            after.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y))
                        ? 1
                        : 0;
            }
        }
    }
    CHECK(changed > 2000);
}

TEST_CASE("the debrief renders in Spanish and Portuguese", "[client][debrief][render]") {
    auto lang = GENERATE(Language::Spanish, Language::Portuguese);
    auto game = test::play_game("brenta", 6);
    DebriefRun run;
    fill_session(run.session, game);
    open_debrief(run, lang);
    run.screen->select_question(2);
    sf::Image image = show_tab(run, DebriefScreen::Tab::Questions,
                               "debrief_question_3_" + std::string(language_code(lang)));
    CHECK(test::count_near(image, {0, 130, 1280, 620}, theme::to_sf(theme::kText), 40) > 3000);
}

TEST_CASE("the debrief's export button writes the files and says where", "[client][debrief]") {
    auto game = test::play_game("tutorial", 4, 0, 3);
    DebriefRun run;
    fill_session(run.session, game);
    open_debrief(run);
    std::random_device random;
    auto dir = std::filesystem::temp_directory_path() /
               ("highroad_debrief_export_" + std::to_string(random()));
    const ExportOutcome& outcome = run.screen->export_to(dir, run.app->context().tr());
    CHECK(outcome.problem.empty());
    CHECK(outcome.folder == dir / "QX7K2");
    for (const char* name : {"firm-rounds.csv", "events.csv", "game.json", "report.html"}) {
        CAPTURE(name);
        CHECK(std::filesystem::file_size(outcome.folder / name) > 100);
    }
    REQUIRE(run.app->run_frames(2, test::picture_dir() / "debrief_exported.png"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("before the game is over the debrief waits for it", "[client][debrief]") {
    auto game = test::play_game("tutorial", 4, 2, 3);
    DebriefRun run;
    fill_session(run.session, game);
    REQUIRE_FALSE(run.session.state.game_over);
    open_debrief(run);
    CHECK_FALSE(run.screen->record());
    CHECK_FALSE(
        run.screen->export_to(std::filesystem::temp_directory_path(), run.app->context().tr())
            .problem.empty());
    REQUIRE(run.app->run_frames(2, std::nullopt));
    // The game ends: the next frame builds the debrief.
    run.session.state.game_over = test::game_over_of(game.state);
    REQUIRE(run.app->run_frames(1, std::nullopt));
    CHECK(run.screen->record());
}
