// The session model takes in every server message as the server sent it, without sockets.
#include "session_model.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::client;

namespace {

using Clock = std::chrono::steady_clock;

proto::ReconnectToken token_of(std::uint8_t fill) {
    proto::ReconnectToken t{};
    t.fill(fill);
    return t;
}

proto::Joined joined(std::uint8_t roles, std::optional<FirmId> firm, std::string code = "K7Q2PX") {
    proto::Joined j;
    j.roles = roles;
    j.code = std::move(code);
    j.firm = firm;
    if (firm) {
        j.token = token_of(7);
    }
    j.scenario = "sinos-valley";
    j.total_rounds = 10;
    j.firms = 8;
    j.round_seconds = 300;
    return j;
}

proto::RoundResults results(int round, std::optional<FirmId> own = std::nullopt) {
    proto::RoundResults r;
    r.round = round;
    r.cluster.round = round;
    if (own) {
        FirmResult f;
        f.firm = *own;
        f.record.round = round;
        f.record.profit = 1000 * round;
        r.own = f;
    }
    return r;
}

proto::RoomSnapshot snapshot(proto::RoomPhase phase, std::uint32_t remaining_ms, int round = 1) {
    proto::RoomSnapshot s;
    s.phase = phase;
    s.round = round;
    s.remaining_ms = remaining_ms;
    return s;
}

} // namespace

TEST_CASE("entering a room sets the roles, the seat and the token", "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    m.apply(joined(proto::kRolePlayer, FirmId{3}), now);
    CHECK(m.connection == ConnectionState::InRoom);
    CHECK(m.in_room());
    CHECK(m.is_player());
    CHECK_FALSE(m.is_facilitator());
    CHECK_FALSE(m.is_spectator());
    CHECK(m.own_firm() == FirmId{3});
    REQUIRE(m.joined->token);
    CHECK(*m.joined->token == token_of(7));
}

TEST_CASE("solo play holds the player and facilitator roles on one connection",
          "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    m.apply(joined(proto::kRoleFacilitator, std::nullopt), now);
    CHECK(m.is_facilitator());
    CHECK_FALSE(m.is_player());
    CHECK_FALSE(m.own_firm());
    m.apply(joined(proto::kRoleFacilitator | proto::kRolePlayer, FirmId{0}), now);
    CHECK(m.is_facilitator());
    CHECK(m.is_player());
    CHECK(m.own_firm() == FirmId{0});
}

TEST_CASE("taking the seat back keeps the token, the results and the history",
          "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    m.apply(joined(proto::kRolePlayer, FirmId{2}), now);
    m.apply(proto::RoundResultsMessage{results(1, FirmId{2})}, now);
    m.apply(proto::RoundResultsMessage{results(2, FirmId{2})}, now);
    m.apply(proto::ChatLine{2, FirmId{1}, "Bea", false, "hello"}, now);
    // The server answers Reconnect without the token: the one held stays.
    proto::Joined again = joined(proto::kRolePlayer, FirmId{2});
    again.token.reset();
    m.apply(again, now);
    REQUIRE(m.joined->token);
    CHECK(*m.joined->token == token_of(7));
    CHECK(m.results.size() == 2);
    CHECK(m.own_history.size() == 2);
    // The welcome pack resends the recent chat: it is not doubled.
    CHECK(m.chat.empty());
}

TEST_CASE("entering another room forgets the old one", "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    m.apply(joined(proto::kRolePlayer, FirmId{2}, "AAAA11"), now);
    m.apply(proto::RoundResultsMessage{results(1, FirmId{2})}, now);
    m.apply(joined(proto::kRolePlayer, FirmId{5}, "BBBB22"), now);
    CHECK(m.results.empty());
    CHECK(m.own_history.empty());
    CHECK(m.own_firm() == FirmId{5});
    CHECK(m.connection == ConnectionState::InRoom);
}

TEST_CASE("round results are kept in round order, a resent round replaces its copy",
          "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    m.apply(joined(proto::kRolePlayer, FirmId{1}), now);
    auto order = GENERATE(std::vector<int>{1, 2, 3}, std::vector<int>{3, 1, 2},
                          std::vector<int>{2, 2, 1, 3, 3});
    for (int round : order) {
        m.apply(proto::RoundResultsMessage{results(round, FirmId{1})}, now);
    }
    REQUIRE(m.results.size() == 3);
    REQUIRE(m.own_history.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(m.results[static_cast<std::size_t>(i)].round == i + 1);
        CHECK(m.own_history[static_cast<std::size_t>(i)].round == i + 1);
        CHECK(m.own_history[static_cast<std::size_t>(i)].profit == 1000 * (i + 1));
    }
}

TEST_CASE("the firm's history from a reconnection replaces the one pieced together",
          "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    m.apply(joined(proto::kRolePlayer, FirmId{1}), now);
    m.apply(proto::RoundResultsMessage{results(2, FirmId{1})}, now);
    proto::PrivateFirmState own;
    own.round = 4;
    for (int r = 1; r <= 3; ++r) {
        FirmRecord rec;
        rec.round = r;
        own.history.push_back(rec);
    }
    m.apply(proto::PrivateFirmStateMessage{own}, now);
    CHECK(m.own_history.size() == 3);
    CHECK(m.own->round == 4);
    // A per-round update comes without history: the history stays.
    own.history.clear();
    own.round = 5;
    m.apply(proto::PrivateFirmStateMessage{own}, now);
    CHECK(m.own_history.size() == 3);
    CHECK(m.own->round == 5);
}

TEST_CASE("the next decision is numbered above the one the server holds", "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    CHECK(m.next_seq == 1);
    proto::PrivateFirmState own;
    own.round = 2;
    own.decision_seq = 41;
    own.decision = Decision{};
    m.apply(proto::PrivateFirmStateMessage{own}, now);
    CHECK(m.next_seq == 42);
    own.decision_seq = 3; // an older number never lowers it
    m.apply(proto::PrivateFirmStateMessage{own}, now);
    CHECK(m.next_seq == 42);
}

TEST_CASE("the round clock counts down from the snapshot, and stops when paused",
          "[client][session]") {
    SessionModel m;
    const auto t0 = Clock::now();
    CHECK(m.remaining_ms(t0) == 0);
    m.apply(proto::RoomSnapshotMessage{snapshot(proto::RoomPhase::Running, 90'000)}, t0);
    CHECK(m.snapshot_received == t0);
    CHECK(m.remaining_ms(t0) == 90'000);
    CHECK(m.remaining_ms(t0 + std::chrono::seconds(30)) == 60'000);
    CHECK(m.remaining_ms(t0 + std::chrono::seconds(200)) == 0);
    m.apply(proto::RoomSnapshotMessage{snapshot(proto::RoomPhase::Paused, 45'000)}, t0);
    CHECK(m.remaining_ms(t0 + std::chrono::seconds(100)) == 45'000);
    m.apply(proto::RoomSnapshotMessage{snapshot(proto::RoomPhase::Lobby, 45'000)}, t0);
    CHECK(m.remaining_ms(t0) == 0);
}

TEST_CASE("a snapshot after a round's results takes the firms, the cluster and the round's events "
          "from them, and the board from the snapshot before when unchanged",
          "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    m.apply(joined(proto::kRolePlayer, FirmId{0}), now);
    proto::RoomSnapshot first = snapshot(proto::RoomPhase::Running, 60'000, 2);
    first.firms.resize(2);
    first.firms[1].road = Road::LowRoad;
    first.events = {{1, "old", EventKind::DemandShock, 0.1, false, false},
                    {2, "injected", EventKind::CompetitorPriceShock, 0.2, true, true}};
    first.joint_actions.resize(1);
    first.joint_actions[0].id = 5;
    m.apply(proto::RoomSnapshotMessage{first}, now);
    proto::RoundResults r = results(2, FirmId{0});
    r.firms.resize(2);
    r.firms[1].road = Road::HighRoad;
    r.cluster.employment = 42;
    r.events = {{"injected", EventKind::CompetitorPriceShock, 0.2, true},
                {"scheduled", EventKind::DemandShock, 0.3, false}};
    m.apply(proto::RoundResultsMessage{r}, now);
    proto::RoomSnapshot opened = snapshot(proto::RoomPhase::Running, 60'000, 3);
    opened.after_results = true;
    opened.board_unchanged = true;
    opened.events = {{3, "next", EventKind::DemandShock, 0.4, true, true}};
    m.apply(proto::RoomSnapshotMessage{opened}, now);
    REQUIRE(m.snapshot);
    CHECK_FALSE(m.snapshot->after_results);
    CHECK(m.snapshot->round == 3);
    CHECK_FALSE(m.snapshot->board_unchanged);
    REQUIRE(m.snapshot->joint_actions.size() == 1);
    CHECK(m.snapshot->joint_actions[0].id == 5);
    REQUIRE(m.snapshot->firms.size() == 2);
    CHECK(m.snapshot->firms[1].road == Road::HighRoad);
    REQUIRE(m.snapshot->cluster);
    CHECK(m.snapshot->cluster->employment == 42);
    std::vector<std::string> ids;
    for (const proto::RoomEvent& e : m.snapshot->events) {
        ids.push_back(e.id + "@" + std::to_string(e.round) + (e.pending ? "p" : ""));
    }
    CHECK(ids == std::vector<std::string>{"old@1", "injected@2", "scheduled@2", "next@3p"});
    // The same snapshot again (a resent update) changes nothing.
    m.apply(proto::RoomSnapshotMessage{opened}, now);
    CHECK(m.snapshot->events.size() == 4);
}

TEST_CASE("every view message lands in its place", "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    m.apply(joined(proto::kRoleFacilitator, std::nullopt), now);

    proto::LobbyRoster roster;
    roster.code = "K7Q2PX";
    roster.seats.resize(3);
    m.apply(roster, now);
    REQUIRE(m.roster);
    CHECK(m.roster->seats.size() == 3);

    proto::FacilitatorView view;
    view.round = 4;
    m.apply(proto::FacilitatorViewMessage{view}, now);
    REQUIRE(m.facilitator);
    CHECK(m.facilitator->round == 4);

    m.apply(proto::SubmissionStatus{4, {true, false, true}}, now);
    REQUIRE(m.submissions);
    CHECK(m.submissions->submitted == std::vector<bool>{true, false, true});

    proto::JointActionBoard board;
    board.round = 4;
    board.actions.resize(2);
    m.apply(board, now);
    REQUIRE(m.board);
    CHECK(m.board->actions.size() == 2);

    m.apply(proto::DecisionAck{4, 9}, now);
    REQUIRE(m.last_ack);
    CHECK(m.last_ack->seq == 9);

    m.apply(proto::ChatLine{4, std::nullopt, "Teacher", true, "two minutes"}, now);
    REQUIRE(m.chat.size() == 1);
    CHECK(m.chat.back().announcement);

    proto::GameOver over;
    over.rounds_played = 10;
    m.apply(over, now);
    REQUIRE(m.game_over);
    CHECK(m.game_over->rounds_played == 10);
}

TEST_CASE("a refused decision is kept for the screen with its issues", "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    m.apply(joined(proto::kRolePlayer, FirmId{1}), now);
    proto::Error e;
    e.code = proto::ErrorCode::InvalidDecision;
    e.about = static_cast<std::uint16_t>(proto::MessageType::SubmitDecision);
    e.ref = 5;
    e.issues.push_back({"invest[0]", "more than the firm can pay"});
    m.apply(e, now);
    REQUIRE(m.last_error);
    CHECK(m.last_error->ref == 5);
    CHECK(m.last_error->issues.size() == 1);
    CHECK(m.is_player()); // a refused decision changes nothing else
}

TEST_CASE("a kicked player loses the seat; a solo facilitator keeps the room",
          "[client][session]") {
    const auto now = Clock::now();
    proto::Error kicked;
    kicked.code = proto::ErrorCode::Kicked;
    kicked.about = static_cast<std::uint16_t>(proto::MessageType::Kick);

    SessionModel player;
    player.apply(joined(proto::kRolePlayer, FirmId{1}), now);
    player.apply(kicked, now);
    CHECK_FALSE(player.in_room());
    CHECK(player.connection == ConnectionState::Failed);

    SessionModel both;
    both.apply(joined(proto::kRolePlayer | proto::kRoleFacilitator, FirmId{1}), now);
    both.apply(kicked, now);
    CHECK(both.in_room());
    CHECK(both.is_facilitator());
    CHECK_FALSE(both.is_player());
    CHECK_FALSE(both.joined->token);
}

TEST_CASE("a refusal of the handshake fails the connection with the server's reason",
          "[client][session]") {
    SessionModel m;
    m.apply(proto::Refusal{proto::RefusalReason::VersionMismatch, 9, "use the same release"},
            Clock::now());
    CHECK(m.connection == ConnectionState::Failed);
    CHECK(m.problem == "use the same release");
}

TEST_CASE("the chat keeps a bounded number of lines", "[client][session]") {
    SessionModel m;
    const auto now = Clock::now();
    for (int i = 0; i < 1000; ++i) {
        m.apply(proto::ChatLine{1, FirmId{0}, "A", false, std::to_string(i)}, now);
    }
    CHECK(m.chat.size() < 1000);
    CHECK(m.chat.back().text == "999");
}
