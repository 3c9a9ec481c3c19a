// The debrief's "What if?" tab in a real window: a real finished game, a fake session that answers
// each request the way the server does (the core's replay of the game's record).
#include "app.hpp"
#include "debrief_screen.hpp"
#include "picture_support.hpp"
#include "visuals_game.hpp"

#include "core/what_if.hpp"

#include <SFML/Graphics/Image.hpp>
#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::client;

namespace {

// The game test::play_game plays, as a room records it.
RecordedGame record_of(const test::PlayedGame& game, std::uint64_t seed = 20240611) {
    RecordedGame rec;
    rec.scenario = game.scenario;
    rec.seed = seed;
    rec.firms = static_cast<int>(game.state.firms.size());
    rec.total_rounds = game.state.total_rounds;
    GameState state = new_game(rec.scenario, seed, rec.firms);
    while (!state.finished()) {
        RecordedRound round;
        std::vector<std::optional<Decision>> in;
        for (FirmId f = 0; f < state.firms.size(); ++f) {
            Rng rng = bot_rng(state, f);
            const Archetype a = test::kSeatArchetypes[f % std::size(test::kSeatArchetypes)];
            round.decisions.push_back(decide(state, f, a, Difficulty::Normal, rng));
            round.bots.push_back(f == test::PlayedGame::kOwn
                                     ? std::nullopt
                                     : std::optional<BotSeat>(BotSeat{a, Difficulty::Normal}));
            in.emplace_back(round.decisions.back());
        }
        if (state.round == 0) {
            PolicySettings policy;
            policy.cofinancing_share = 0.4;
            policy.grant_per_firm = 3000;
            policy.service_centre = true;
            policy.training_programme = 12000;
            policy.export_promotion = 10000;
            round.facilitator.policy = policy;
        }
        state = resolve_round(state, in, round.facilitator).state;
        rec.rounds.push_back(std::move(round));
    }
    return rec;
}

class ReplaySession final : public SessionActions {
  public:
    const SessionModel& model() const override { return model_; }
    void send(const proto::Message& m) override {
        const auto* request = std::get_if<proto::WhatIfRequest>(&m);
        if (request == nullptr) {
            return;
        }
        requests.push_back(*request);
        const auto now = std::chrono::steady_clock::now();
        if (refuse) {
            proto::Error e;
            e.code = proto::ErrorCode::InvalidWhatIf;
            e.about = static_cast<std::uint16_t>(proto::MessageType::WhatIfRequest);
            e.text = "this what-if does not fit the game";
            e.issues = {{"from_round", "the replay must start at a played round"}};
            model_.apply(e, now);
            return;
        }
        WhatIfOutcome out = replay_what_if(record, request->plan);
        model_.apply(proto::WhatIfResult{request->ref, out.plan, out.original, out.replay}, now);
    }
    void submit(const Decision&) override {}
    void acknowledge_notice() override { model_.last_error.reset(); }
    void leave() override {}

    SessionModel model_;
    RecordedGame record;
    std::vector<proto::WhatIfRequest> requests;
    bool refuse = false;
};

struct Run {
    ReplaySession session;
    std::unique_ptr<App> app;
    DebriefScreen* screen = nullptr;
};

void open(Run& run, const test::PlayedGame& game, Language lang = Language::English) {
    SessionModel& m = run.session.model_;
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
    run.session.record = record_of(game);

    AppOptions options;
    options.settings_path.reset();
    options.language = lang;
    options.ui_scale = 1.0f;
    run.app = std::make_unique<App>(options);
    run.app->register_screen(ScreenId::Debrief, [&run] {
        auto screen = std::make_unique<DebriefScreen>(run.session);
        run.screen = screen.get();
        return screen;
    });
    run.app->context().push(ScreenId::Debrief);
    REQUIRE(run.app->run_frames(2, std::nullopt));
    REQUIRE(run.screen != nullptr);
    run.screen->select(DebriefScreen::Tab::WhatIf);
    REQUIRE(run.app->run_frames(2, std::nullopt));
    REQUIRE(run.screen->tab() == DebriefScreen::Tab::WhatIf);
}

sf::Image picture(Run& run, const std::string& name) {
    const auto path = test::picture_dir() / (name + ".png");
    std::string problem;
    REQUIRE(run.app->run_frames(4, path, &problem));
    sf::Image image;
    REQUIRE(image.loadFromFile(path.string()));
    return image;
}

} // namespace

TEST_CASE("the what-if tab replays everyone on the high road and shows it beside the game",
          "[client][debrief][what-if][render]") {
    const auto game = test::play_game("sinos-valley", 8);
    REQUIRE(game.game_over);
    Run run;
    open(run, game);
    // The record replays to the game the debrief shows.
    REQUIRE(replay_what_if(run.session.record, {1, {}}).original.rounds.back().state_hash ==
            game.game_over->state_hash);
    WhatIfView& view = run.screen->what_if();
    CHECK(view.from_round() == (game.state.total_rounds + 1) / 2);
    const sf::Image before = picture(run, "what_if_empty");

    view.choose(WhatIfView::Preset::HighRoad, 4);
    view.ask();
    const sf::Image after = picture(run, "what_if");
    REQUIRE(run.session.requests.size() == 1);
    const WhatIfPlan& sent = run.session.requests[0].plan;
    CHECK(sent.from_round == 4);
    REQUIRE(sent.bots.size() == 8);
    for (const auto& b : sent.bots) {
        CHECK(b.bot.archetype == Archetype::Upgrader);
    }
    REQUIRE(view.shown());
    CHECK_FALSE(view.waiting());
    CHECK_FALSE(view.summary().identical);
    const auto words = view.key_differences(run.app->context().tr());
    CHECK(words.size() >= 3);

    // The replay's teal lines in the charts, every road's colour in the firms' strips.
    const sf::Vector2f origin = view.chart_origin();
    const auto plot = view.chart().plot_area(0);
    REQUIRE(plot);
    const sf::IntRect chart_px(static_cast<int>(origin.x + plot->left),
                               static_cast<int>(origin.y + plot->top),
                               static_cast<int>(plot->width), static_cast<int>(plot->height));
    CHECK(test::count_near(after, chart_px, theme::to_sf(theme::kAccentActive), 30) > 40);
    CHECK(test::count_near(after, chart_px, theme::to_sf(theme::kText), 40) > 20);
    const sf::FloatRect grid = view.chart().grid_area();
    const sf::IntRect grid_px(static_cast<int>(origin.x + grid.left),
                              static_cast<int>(origin.y + grid.top), static_cast<int>(grid.width),
                              static_cast<int>(grid.height));
    CHECK(test::count_near(after, grid_px, theme::to_sf(theme::kRoads.high_road), 20) > 300);
    int changed = 0;
    for (unsigned y = 200; y < 760; y += 4) {
        for (unsigned x = 400; x < 1260; x += 4) {
            changed += before.getPixel(x, y) != after.getPixel(x, y) ? 1 : 0;
        }
    }
    CHECK(changed > 5000);
}

TEST_CASE("pointing at a firm's strips in the what-if picture names its roads",
          "[client][debrief][what-if][render]") {
    const auto game = test::play_game("tutorial", 6, 0, 3);
    Run run;
    open(run, game);
    WhatIfView& view = run.screen->what_if();
    view.choose(WhatIfView::Preset::LowRoad, 2);
    view.ask();
    picture(run, "what_if_low_road");
    const sf::FloatRect grid = view.chart().grid_area();
    const sf::Vector2f mouse =
        view.chart_origin() + sf::Vector2f(grid.left + grid.width * 0.8f, grid.top + 46.0f);
    sf::Event move;
    move.type = sf::Event::MouseMoved;
    move.mouseMove.x = static_cast<int>(mouse.x);
    move.mouseMove.y = static_cast<int>(mouse.y);
    run.app->post_event(move);
    picture(run, "what_if_hover");
    const auto hit = view.chart().hit_test(mouse - view.chart_origin());
    REQUIRE(hit);
    CHECK(hit->firm.has_value());
    CHECK(hit->round >= 1);
}

TEST_CASE("only my firm, or seat by seat, gives the computer just those seats",
          "[client][debrief][what-if]") {
    const auto game = test::play_game("tutorial", 4, 0, 3);
    Run run;
    open(run, game);
    WhatIfView& view = run.screen->what_if();
    view.choose(WhatIfView::Preset::OnlyMine, 3);
    WhatIfPlan plan = view.plan();
    REQUIRE(plan.bots.size() == 1);
    CHECK(plan.bots[0].firm == test::PlayedGame::kOwn);
    CHECK(plan.bots[0].bot.archetype == Archetype::Upgrader);

    view.choose_seat(2, Archetype::Cooperator);
    view.choose_seat(3, Archetype::FreeRider);
    CHECK(view.preset() == WhatIfView::Preset::Custom);
    plan = view.plan();
    REQUIRE(plan.bots.size() == 2);
    CHECK(plan.bots[0] == WhatIfBot{2, {Archetype::Cooperator, Difficulty::Normal}});
    CHECK(plan.bots[1] == WhatIfBot{3, {Archetype::FreeRider, Difficulty::Normal}});
    view.ask();
    REQUIRE(run.app->run_frames(3, std::nullopt));
    REQUIRE(view.shown());
    CHECK(view.shown()->plan == plan);
}

TEST_CASE("a refused what-if says why and can be asked again", "[client][debrief][what-if]") {
    const auto game = test::play_game("tutorial", 4, 0, 3);
    Run run;
    open(run, game);
    WhatIfView& view = run.screen->what_if();
    run.session.refuse = true;
    view.ask();
    REQUIRE(run.app->run_frames(3, std::nullopt));
    CHECK_FALSE(view.waiting());
    CHECK_FALSE(view.shown());
    CHECK(view.problem().find("played round") != std::string::npos);
    run.session.refuse = false;
    view.ask();
    REQUIRE(run.app->run_frames(3, std::nullopt));
    CHECK(view.problem().empty());
    CHECK(view.shown());
}

TEST_CASE("the what-if tab renders in Spanish and Portuguese",
          "[client][debrief][what-if][render]") {
    const auto lang = GENERATE(Language::Spanish, Language::Portuguese);
    const auto game = test::play_game("brenta", 6);
    Run run;
    open(run, game, lang);
    run.screen->what_if().choose(WhatIfView::Preset::HighRoad, 3);
    run.screen->what_if().ask();
    const sf::Image image = picture(run, "what_if_" + std::string(language_code(lang)));
    CHECK(test::count_near(image, {0, 130, 1280, 620}, theme::to_sf(theme::kAccentActive), 30) >
          100);
    CHECK_FALSE(run.screen->what_if().key_differences(run.app->context().tr()).empty());
}
