// The lobby, the facilitator console and the large join code, rendered in a real window (under
// Xvfb) from the session a real game would give, checked for their content and their buttons.
// With HIGHROAD_SCREENSHOT_DIR set, the pictures are kept there (scripts/session-screenshots).
#include "app.hpp"
#include "facilitator_screen.hpp"
#include "fake_session.hpp"
#include "lobby_screen.hpp"
#include "real_game.hpp"
#include "theme.hpp"

#include <SFML/Graphics/Image.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>

using namespace hr;
using namespace hr::client;

namespace {

using test::FakeSession;

// Stands in for the connection: a model the test fills, and what the screens send.
constexpr const char* kPlayers[] = {"Ana", "Bruno", "Carla"};

// The roster of a class of three students and bots of every kind in the other seats.
proto::LobbyRoster roster_of(const GameState& state, proto::RoomPhase phase) {
    proto::LobbyRoster r;
    r.phase = phase;
    r.code = "K7Q2PX";
    r.settings.scenario = state.scenario->id;
    r.settings.firms = static_cast<std::uint32_t>(state.firms.size());
    r.settings.rounds = static_cast<std::uint32_t>(state.total_rounds);
    r.settings.round_seconds = 300;
    for (const Firm& f : state.firms) {
        proto::RosterSeat seat;
        seat.firm = f.id;
        seat.firm_name = f.name;
        if (f.id < std::size(kPlayers)) {
            seat.seat = proto::SeatKind::Human;
            seat.player = kPlayers[f.id];
            seat.connected = f.id != 2;
            seat.ready = f.id == 0;
        } else if (phase == proto::RoomPhase::Lobby && f.id == state.firms.size() - 1) {
            seat.seat = proto::SeatKind::Open;
        } else {
            seat.seat = proto::SeatKind::Bot;
            seat.bot_controlled = true;
            seat.archetype = test::archetype_of(f.id);
        }
        r.seats.push_back(seat);
    }
    return r;
}

proto::FacilitatorView facilitator_view_of(const test::RealGame& game) {
    const GameState& state = game.now();
    proto::FacilitatorView v;
    v.round = state.round + 1;
    for (const Firm& f : state.firms) {
        v.firms.push_back(test::private_state_of(state, f.id).firm);
        proto::SeatStatus st;
        st.firm = f.id;
        st.seat = f.id < std::size(kPlayers) ? proto::SeatKind::Human : proto::SeatKind::Bot;
        st.connected = f.id != 2;
        st.submitted = f.id % 3 != 0;
        v.seats.push_back(st);
        v.decisions.emplace_back();
    }
    if (!game.results.empty()) {
        v.last_results = game.results.back().firms;
    }
    return v;
}

// A player's session in the lobby of a room that has not started.
FakeSession lobby_session(const test::RealGame& game, std::uint8_t roles) {
    FakeSession s;
    s.state = test::session_of(game, 0);
    s.state.joined->roles = roles;
    if ((roles & proto::kRolePlayer) == 0) {
        s.state.joined->firm.reset();
    }
    s.state.snapshot->phase = proto::RoomPhase::Lobby;
    s.state.roster = roster_of(game.now(), proto::RoomPhase::Lobby);
    s.state.results.clear();
    return s;
}

FakeSession console_session(const test::RealGame& game) {
    FakeSession s;
    s.state = test::session_of(game, 0);
    s.state.joined->roles = proto::kRoleFacilitator;
    s.state.joined->firm.reset();
    s.state.own.reset();
    s.state.roster = roster_of(game.now(), proto::RoomPhase::Running);
    s.state.facilitator = facilitator_view_of(game);
    s.state.snapshot_received = std::chrono::steady_clock::now();
    s.state.chat.push_back({3, std::nullopt, "Facilitator", true, "Two minutes left: decide now."});
    s.state.chat.push_back({3, FirmId{1}, "Bruno", false, "Who joins the trade fair with me?"});
    return s;
}

AppOptions window_options(Language lang = Language::English) {
    AppOptions options;
    options.settings_path.reset();
    options.language = lang;
    options.ui_scale = 1.0f;
    return options;
}

std::filesystem::path picture_path(const std::string& name) {
    if (const char* dir = std::getenv("HIGHROAD_SCREENSHOT_DIR"); dir != nullptr && *dir != '\0') {
        std::filesystem::create_directories(dir);
        return std::filesystem::path(dir) / (name + ".png");
    }
    std::random_device random;
    return std::filesystem::temp_directory_path() /
           ("highroad_" + name + "_" + std::to_string(random()) + ".png");
}

// Opens `id` over home with the session's screens registered, renders, and returns the picture.
sf::Image render(SessionActions& session, const HostingInfo& hosting, ScreenId id,
                 const std::string& name, Language lang = Language::English,
                 const std::function<void(App&)>& before = {},
                 FacilitatorScreen** console = nullptr) {
    App app(window_options(lang));
    app.register_screen(ScreenId::Lobby,
                        [&] { return std::make_unique<LobbyScreen>(session, hosting); });
    app.register_screen(ScreenId::Facilitator, [&] {
        auto screen = std::make_unique<FacilitatorScreen>(session, hosting);
        if (console != nullptr) {
            *console = screen.get();
        }
        return screen;
    });
    app.context().push(id);
    REQUIRE(app.run_frames(2, std::nullopt));
    REQUIRE(app.current_screen() == id);
    if (before) {
        before(app);
    }
    const auto path = picture_path(name);
    std::string problem;
    REQUIRE(app.run_frames(3, path, &problem));
    sf::Image image;
    REQUIRE(image.loadFromFile(path.string()));
    if (std::getenv("HIGHROAD_SCREENSHOT_DIR") == nullptr) {
        std::filesystem::remove(path);
    }
    return image;
}

std::size_t distinct_colours(const sf::Image& image) {
    std::set<std::uint32_t> colours;
    const auto size = image.getSize();
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

// Pixels close to `colour` inside `area`, and where they are on average.
struct Patch {
    int count = 0;
    sf::Vector2i centre;
};

Patch find(const sf::Image& image, sf::IntRect area, theme::Rgb colour, int tolerance = 6) {
    Patch p;
    long sx = 0;
    long sy = 0;
    for (int y = area.top; y < area.top + area.height; ++y) {
        for (int x = area.left; x < area.left + area.width; ++x) {
            if (near(image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y)), colour,
                     tolerance)) {
                ++p.count;
                sx += x;
                sy += y;
            }
        }
    }
    if (p.count > 0) {
        p.centre = {static_cast<int>(sx / p.count), static_cast<int>(sy / p.count)};
    }
    return p;
}

const sf::IntRect kLeftHalf{0, 0, 640, 800};
const sf::IntRect kRightHalf{640, 0, 640, 800};
const sf::IntRect kTopBand{0, 0, 1280, 130};

sf::Event mouse(sf::Event::EventType type, sf::Vector2i at) {
    sf::Event e;
    e.type = type;
    if (type == sf::Event::MouseMoved) {
        e.mouseMove = {at.x, at.y};
    } else {
        e.mouseButton = {sf::Mouse::Left, at.x, at.y};
    }
    return e;
}

void click(App& app, sf::Vector2i at) {
    app.post_event(mouse(sf::Event::MouseMoved, at));
    app.post_event(mouse(sf::Event::MouseButtonPressed, at));
    app.post_event(mouse(sf::Event::MouseButtonReleased, at));
    REQUIRE(app.run_frames(3, std::nullopt));
}

const test::RealGame& played_game() {
    static const test::RealGame game = test::play_real_game("sinos-valley", 8, 3);
    return game;
}

} // namespace

TEST_CASE("the lobby shows the firms, who plays them, the briefing and a ready button",
          "[client][render][lobby]") {
    FakeSession session = lobby_session(played_game(), proto::kRolePlayer);
    session.state.roster->seats[0].ready = false;
    const HostingInfo hosting;
    const sf::Image image = render(session, hosting, ScreenId::Lobby, "lobby");
    CHECK(distinct_colours(image) > 200);
    // The player's own row is tinted in the accent colour, on the left.
    CHECK(find(image, kLeftHalf, theme::kAccent, 40).count > 800);
    // The gold of the screen's label and of the concept words.
    CHECK(find(image, kTopBand, theme::kHighlight, 30).count > 50);
    CHECK(find(image, kRightHalf, theme::kHighlight, 30).count > 50);
    // "I'm ready": a large accent button at the bottom right.
    const Patch ready = find(image, {640, 500, 640, 300}, theme::kAccent);
    CHECK(ready.count > 8000);
}

TEST_CASE("the ready button tells the server, and the leave button leaves",
          "[client][render][lobby]") {
    FakeSession session = lobby_session(played_game(), proto::kRolePlayer);
    session.state.roster->seats[0].ready = false;
    const HostingInfo hosting;
    Patch ready;
    render(session, hosting, ScreenId::Lobby, "lobby_click", Language::English, [&](App& app) {
        std::string problem;
        const auto path = picture_path("lobby_probe");
        REQUIRE(app.run_frames(1, path, &problem));
        sf::Image image;
        REQUIRE(image.loadFromFile(path.string()));
        std::filesystem::remove(path);
        ready = find(image, {640, 500, 640, 300}, theme::kAccent);
        REQUIRE(ready.count > 0);
        click(app, ready.centre);
        CHECK_FALSE(session.left);
        click(app, {1210, 44}); // "Leave", at the top right
    });
    REQUIRE(session.count<proto::Ready>() == 1);
    CHECK(std::get<proto::Ready>(session.sent.front()).ready);
    CHECK(session.left);
}

TEST_CASE("the facilitator's lobby has the seats, the bots, the join code and the start",
          "[client][render][lobby]") {
    FakeSession session = lobby_session(played_game(), proto::kRoleFacilitator);
    const HostingInfo hosting{{"192.168.1.20", "10.0.0.7"}, 7777};
    const sf::Image image = render(session, hosting, ScreenId::Lobby, "lobby_facilitator");
    CHECK(distinct_colours(image) > 200);
    // The join code in large gold letters at the top right.
    CHECK(find(image, {760, 120, 520, 300}, theme::kHighlight, 30).count > 2000);
    // The start button in the accent colour at the bottom right.
    CHECK(find(image, {640, 500, 640, 300}, theme::kAccent).count > 5000);
}

TEST_CASE("the facilitator console shows the clock, the seats' decisions and every firm's road",
          "[client][render][facilitator]") {
    FakeSession session = console_session(played_game());
    const HostingInfo hosting{{"192.168.1.20"}, 7777};
    const sf::Image image = render(session, hosting, ScreenId::Facilitator, "facilitator");
    CHECK(distinct_colours(image) > 200);
    // Seats that have decided are marked in the high road's pale blue, on the left.
    CHECK(find(image, {0, 200, 560, 600}, theme::kRoads.high_road, 10).count > 500);
    // The firms' roads as pills on the right: at least two roads appear after three rounds.
    int roads = 0;
    for (Road road : {Road::HighRoad, Road::LowRoad, Road::Stagnation, Road::Downgrading}) {
        roads += find(image, {560, 250, 720, 550}, theme::road_colour(road), 6).count > 200;
    }
    CHECK(roads >= 2);
    // The clock in display type at the top, white while the round runs.
    CHECK(find(image, {440, 0, 400, 110}, theme::kText, 20).count > 800);
}

TEST_CASE("the console's pacing buttons send the facilitator's commands",
          "[client][render][facilitator]") {
    FakeSession session = console_session(played_game());
    const HostingInfo hosting{{"192.168.1.20"}, 7777};
    render(session, hosting, ScreenId::Facilitator, "facilitator_click", Language::English,
           [&](App& app) {
               // Pause is the first button of the pacing bar, under the title.
               click(app, {80, 175});
           });
    CHECK(session.count<proto::Pause>() == 1);
}

TEST_CASE("the console's policy levers show the public budget and send new levers",
          "[client][render][facilitator]") {
    FakeSession session = console_session(played_game());
    const HostingInfo hosting{{"192.168.1.20"}, 7777};
    FacilitatorScreen* console = nullptr;
    const sf::Image image = render(
        session, hosting, ScreenId::Facilitator, "facilitator_policy", Language::English,
        [&](App& app) {
            (void)app;
            REQUIRE(console != nullptr);
            console->select(FacilitatorScreen::Tab::Policy);
        },
        &console);
    CHECK(distinct_colours(image) > 150);
    // The budget bar in gold, the concept words in gold.
    CHECK(find(image, {420, 300, 860, 200}, theme::kHighlight, 30).count > 300);
    // Nothing changed yet: the apply button is disabled, nothing sent.
    CHECK(session.count<proto::SetPolicy>() == 0);
}

TEST_CASE("the console lists the scenario's injectable events", "[client][render][facilitator]") {
    FakeSession session = console_session(played_game());
    const HostingInfo hosting{{"192.168.1.20"}, 7777};
    FacilitatorScreen* console = nullptr;
    const sf::Image image = render(
        session, hosting, ScreenId::Facilitator, "facilitator_events", Language::English,
        [&](App&) {
            REQUIRE(console != nullptr);
            console->select(FacilitatorScreen::Tab::Events);
        },
        &console);
    CHECK(distinct_colours(image) > 150);
    // One accent "Make it happen" button per injectable event.
    CHECK(find(image, {420, 250, 860, 550}, theme::kAccent).count > 1500);
}

TEST_CASE("a gathering classroom sees the address and the join code in large type",
          "[client][render][facilitator]") {
    FakeSession session = lobby_session(played_game(), proto::kRoleFacilitator);
    const HostingInfo hosting{{"192.168.1.20", "10.0.0.7"}, 7777};
    const sf::Image image = render(session, hosting, ScreenId::Facilitator, "host");
    CHECK(distinct_colours(image) > 200);
    // The code: large gold letters filling a good part of the middle of the screen.
    CHECK(find(image, {100, 250, 1080, 350}, theme::kHighlight, 30).count > 4000);
    // The address in large white type.
    CHECK(find(image, {100, 150, 1080, 300}, theme::kText, 20).count > 4000);
}

TEST_CASE("the room screens render in every language", "[client][render][lobby]") {
    const Language lang = GENERATE(Language::Spanish, Language::Portuguese);
    FakeSession lobby = lobby_session(played_game(), proto::kRolePlayer);
    FakeSession console = console_session(played_game());
    const HostingInfo hosting{{"192.168.1.20"}, 7777};
    const std::string code(language_code(lang));
    CHECK(distinct_colours(render(lobby, hosting, ScreenId::Lobby, "lobby_" + code, lang)) > 200);
    CHECK(distinct_colours(
              render(console, hosting, ScreenId::Facilitator, "facilitator_" + code, lang)) > 200);
}
