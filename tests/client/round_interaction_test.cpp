// What a player does on the round and results screens reaches the session as the messages the
// server expects, and the screens follow the game from round to results and back. Clicks land on
// the 1280 x 800 layout at UI scale 1; run under Xvfb.
#include "screen_harness.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using client::RoundTab;
using client::ScreenId;

namespace {

constexpr int kSubmitX = 810;
constexpr int kSubmitY = 714;

test::RecordingSession session_after(int rounds) {
    const test::RealGame game = test::play_real_game("sinos-valley", 8, rounds);
    return test::RecordingSession(test::session_of(game, 0));
}

template <typename T> std::vector<T> sent_of(const test::RecordingSession& session) {
    std::vector<T> out;
    for (const proto::Message& m : session.sent) {
        if (const T* typed = std::get_if<T>(&m)) {
            out.push_back(*typed);
        }
    }
    return out;
}

void type_text(client::App& app, const std::string& text) {
    for (const char c : text) {
        sf::Event e{};
        e.type = sf::Event::TextEntered;
        e.text.unicode = static_cast<sf::Uint32>(static_cast<unsigned char>(c));
        app.post_event(e);
    }
    app.run_frames(1, std::nullopt);
}

} // namespace

TEST_CASE("submitting sends the decision of the open round once", "[client][round]") {
    test::RecordingSession session = session_after(2);
    auto app = test::open_screen(ScreenId::Round, session, client::Language::English);
    app->run_frames(2, std::nullopt);
    test::click(*app, kSubmitX, kSubmitY);
    REQUIRE(session.submitted.size() == 1);
    const Decision& d = session.submitted.front();
    CHECK(d.firm == 0);
    CHECK(d.round == session.model().own->round);
    // The board carries joint actions: a decision never does.
    CHECK(d.join.empty());
    CHECK(d.propose.empty());
    // The server's answer arrives; the same decision is not sent again.
    session.edit().last_ack = proto::DecisionAck{d.round, 1};
    app->run_frames(2, std::nullopt);
    test::click(*app, kSubmitX, kSubmitY);
    CHECK(session.submitted.size() == 1);
}

TEST_CASE("a decision the rules refuse is shown in red and cannot be submitted",
          "[client][round]") {
    test::RecordingSession session = session_after(1);
    // A stored decision (as after a reconnection) that spends far beyond cash plus credit.
    Decision wild;
    wild.firm = 0;
    wild.round = session.model().own->round;
    wild.invest[0] = session.model().own->firm.cash * 4 + 1'000'000;
    session.edit().own->decision = wild;
    session.edit().own->decision_seq = 3;
    auto app = test::open_screen(ScreenId::Round, session, client::Language::English);
    const sf::Image image = test::render_frames(*app, "round_refused");
    CHECK(test::count_near(image, sf::IntRect(350, 680, 380, 110), client::theme::kDanger, 20) >
          150);
    test::click(*app, kSubmitX, kSubmitY);
    CHECK(session.submitted.empty());
}

TEST_CASE("joining a joint action sends the request with its round and share", "[client][round]") {
    test::RecordingSession session = session_after(2);
    auto app = test::open_screen(ScreenId::Round, session, client::Language::English,
                                 RoundTab::JointActions);
    app->run_frames(2, std::nullopt);
    // The first action's Join button, at the right end of its box's last line.
    const sf::Image image = test::render_frames(*app, "round_join", 1);
    int best_y = -1;
    for (int y = 180; y < 640 && best_y < 0; ++y) {
        if (test::near_colour(image.getPixel(840, static_cast<unsigned>(y)), client::theme::kAccent,
                              6)) {
            best_y = y + 12;
        }
    }
    REQUIRE(best_y > 0);
    test::click(*app, 840, best_y);
    const auto joins = sent_of<proto::JoinJointAction>(session);
    const auto leaves = sent_of<proto::LeaveJointAction>(session);
    REQUIRE(joins.size() + leaves.size() == 1);
    const int round = joins.empty() ? leaves.front().round : joins.front().round;
    CHECK(round == session.model().own->round);
    if (!joins.empty()) {
        CHECK(joins.front().max_share > 0);
    }
}

TEST_CASE("a chat line typed and sent reaches the session", "[client][round]") {
    test::RecordingSession session = session_after(1);
    auto app = test::open_screen(ScreenId::Round, session, client::Language::English);
    test::click(*app, 1040, 758);
    type_text(*app, "Who joins the trade fair?");
    test::click(*app, 1218, 758);
    const auto lines = sent_of<proto::Chat>(session);
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().text == "Who joins the trade fair?");
}

TEST_CASE("a resolved round opens the results, and continue opens the next round",
          "[client][round][results]") {
    const test::RealGame before = test::play_real_game("sinos-valley", 8, 2);
    const test::RealGame after = test::play_real_game("sinos-valley", 8, 3);
    test::RecordingSession session(test::session_of(before, 0));
    auto app = test::open_screen(ScreenId::Round, session, client::Language::English);
    app->run_frames(2, std::nullopt);
    CHECK(app->current_screen() == ScreenId::Round);
    // The server sends round 3's results and opens round 4.
    session.edit() = test::session_of(after, 0);
    app->run_frames(2, std::nullopt);
    REQUIRE(app->current_screen() == ScreenId::Results);
    test::click(*app, 1110, 44);
    app->run_frames(1, std::nullopt);
    CHECK(app->current_screen() == ScreenId::Round);
}
