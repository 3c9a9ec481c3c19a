#include "join_code.hpp"
#include "server_harness.hpp"

#include <cctype>
#include <set>

using namespace hr;
using namespace hr::server;
using namespace hr::server::testing;
using proto::ErrorCode;

TEST_CASE("a facilitator creates a room and gets a readable join code", "[server]") {
    Harness h;
    const std::string code = h.create(1, quick_room());
    CHECK(code.size() == kJoinCodeLength);
    for (char c : code) {
        CHECK(kJoinCodeAlphabet.find(c) != std::string_view::npos);
        CHECK(std::string_view("0O1IL").find(c) == std::string_view::npos);
    }
    const auto joined = h.last<proto::Joined>(1);
    CHECK(joined.roles == proto::kRoleFacilitator);
    CHECK_FALSE(joined.firm.has_value());
    const auto roster = h.last<proto::LobbyRoster>(1);
    CHECK(roster.phase == proto::RoomPhase::Lobby);
    CHECK(roster.seats.size() == 4);
    CHECK(roster.facilitator_connected);
    CHECK(h.got<proto::FacilitatorViewMessage>(1));
}

TEST_CASE("join codes are normalised as typed and refused when they cannot be codes", "[server]") {
    CHECK(normalize_join_code("abc-23") == std::nullopt);    // 6 characters needed
    CHECK(normalize_join_code("abc 234 x") == std::nullopt); // 7 characters
    CHECK(normalize_join_code("ab c2-34") == std::optional<std::string>("ABC234"));
    CHECK(normalize_join_code("ABCD0F") == std::nullopt); // 0 is not in the alphabet
    CHECK(normalize_join_code("ABCDIF") == std::nullopt); // nor I
    std::set<std::string> codes;
    for (int i = 0; i < 200; ++i) {
        codes.insert(new_join_code());
    }
    CHECK(codes.size() == 200);
}

TEST_CASE("players join with the code, get a seat and a reconnect token", "[server]") {
    Harness h;
    const std::string code = h.create(1, quick_room());
    const auto a = h.join(2, code, "Ana");
    const auto b = h.join(3, code, "Bruno");
    REQUIRE(a.firm.has_value());
    REQUIRE(b.firm.has_value());
    CHECK(*a.firm == 0);
    CHECK(*b.firm == 1);
    REQUIRE(a.token.has_value());
    REQUIRE(b.token.has_value());
    CHECK(*a.token != *b.token);
    CHECK(a.roles == proto::kRolePlayer);
    // Lower case and dashes work as well.
    std::string typed = code;
    for (char& c : typed) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    typed.insert(3, "-");
    const auto c = h.join(4, typed, "Carla");
    CHECK(c.firm.value() == 2);
    const auto roster = h.last<proto::LobbyRoster>(1);
    CHECK(roster.seats[0].player == "Ana");
    CHECK(roster.seats[0].seat == proto::SeatKind::Human);
    CHECK(roster.seats[0].connected);
    CHECK(roster.seats[3].seat == proto::SeatKind::Open);
    // Only the token's hash is stored.
    for (const auto& r : h.records) {
        if (const auto* seat = std::get_if<SeatRecord>(&r);
            seat && seat->firm == 0 && seat->token_hash) {
            CHECK(*seat->token_hash == sha256(*a.token));
        }
    }
}

TEST_CASE("ready flags show in the roster", "[server]") {
    Harness h;
    const std::string code = h.create(1, quick_room());
    h.join(2, code, "Ana");
    h.send(2, proto::Ready{true});
    CHECK(h.last<proto::LobbyRoster>(1).seats[0].ready);
    h.send(2, proto::Ready{false});
    CHECK_FALSE(h.last<proto::LobbyRoster>(1).seats[0].ready);
}

TEST_CASE("a wrong code is refused and repeated wrong codes are rate limited", "[server]") {
    Harness h;
    h.create(1, quick_room());
    h.connect(2);
    h.send(2, proto::Join{"ZZZZZZ", "Eve"});
    CHECK(h.last_error(2).code == ErrorCode::UnknownRoom);
    for (int i = 0; i < 20; ++i) {
        h.send(2, proto::Join{"ZZZZZZ", "Eve"});
    }
    CHECK(h.last_error(2).code == ErrorCode::RateLimited);
    // A new connection from the same address is still limited... up to the address's budget.
    h.connect(3, "10.0.0.2");
    h.send(3, proto::Join{"ZZZZZZ", "Eve"});
    CHECK(h.last_error(3).code == ErrorCode::UnknownRoom);
    // After a while the limit lifts.
    h.advance(10 * 60'000);
    h.send(2, proto::Join{"YYYYYY", "Eve"});
    CHECK(h.last_error(2).code == ErrorCode::UnknownRoom);
}

TEST_CASE("a full room refuses newcomers; names must be printable", "[server]") {
    Harness h;
    const std::string code = h.create(1, quick_room(3));
    h.join(2, code, "A");
    h.join(3, code, "B");
    h.join(4, code, "C");
    h.connect(5);
    h.send(5, proto::Join{code, "D"});
    CHECK(h.last_error(5).code == ErrorCode::RoomFull);
    h.connect(6);
    h.send(6, proto::Join{code, "   "});
    CHECK(h.last_error(6).code == ErrorCode::InvalidName);
    h.send(6, proto::Join{code, "tab\there"});
    CHECK(h.last_error(6).code == ErrorCode::InvalidName);
}

TEST_CASE("the facilitator adds and removes bots and kicks players in the lobby", "[server]") {
    Harness h;
    const std::string code = h.create(1, quick_room());
    h.join(2, code, "Ana");
    h.send(1, proto::AddBot{Archetype::Upgrader, Difficulty::Hard});
    auto roster = h.last<proto::LobbyRoster>(1);
    CHECK(roster.seats[1].seat == proto::SeatKind::Bot);
    CHECK(roster.seats[1].archetype == Archetype::Upgrader);
    CHECK(roster.seats[1].difficulty == Difficulty::Hard);
    h.send(1, proto::RemoveBot{1});
    CHECK(h.last<proto::LobbyRoster>(1).seats[1].seat == proto::SeatKind::Open);
    h.send(1, proto::RemoveBot{0});
    CHECK(h.last_error(1).code == ErrorCode::UnknownSeat);
    h.send(1, proto::Kick{0});
    CHECK(h.last_error(2).code == ErrorCode::Kicked);
    CHECK(h.last<proto::LobbyRoster>(1).seats[0].seat == proto::SeatKind::Open);
    // The kicked player is out of the room and its token is void.
    const auto token = h.all<proto::Joined>(2).front().token.value();
    h.send(2, proto::Ready{true});
    CHECK(h.last_error(2).code == ErrorCode::WrongState);
    h.send(2, proto::Reconnect{code, token});
    CHECK(h.last_error(2).code == ErrorCode::BadToken);
}

TEST_CASE("settings out of range are refused at creation", "[server]") {
    Harness h;
    h.connect(1);
    auto rs = quick_room();
    rs.scenario = "atlantis";
    h.send(1, proto::CreateRoom{rs, "s3cret!", "T"});
    CHECK(h.last_error(1).code == ErrorCode::InvalidSettings);
    rs = quick_room(2);
    h.send(1, proto::CreateRoom{rs, "s3cret!", "T"});
    CHECK(h.last_error(1).code == ErrorCode::InvalidSettings);
    rs = quick_room();
    rs.round_seconds = 0;
    h.send(1, proto::CreateRoom{rs, "s3cret!", "T"});
    CHECK(h.last_error(1).code == ErrorCode::InvalidSettings);
    rs = quick_room();
    h.send(1, proto::CreateRoom{rs, "abc", "T"});
    CHECK(h.last_error(1).code == ErrorCode::InvalidSettings);
    CHECK(h.directory.room_count() == 0);
}

TEST_CASE("solo play: the facilitator also takes a seat on the same connection", "[server]") {
    Harness h;
    const std::string code = h.create(1, quick_room(4, 2));
    h.send(1, proto::Join{code, "Solo"});
    const auto joined = h.last<proto::Joined>(1);
    CHECK(joined.roles == (proto::kRolePlayer | proto::kRoleFacilitator));
    REQUIRE(joined.firm.has_value());
    h.send(1, proto::Start{});
    const auto snap = h.last<proto::RoomSnapshotMessage>(1).snapshot;
    CHECK(snap.phase == proto::RoomPhase::Running);
    CHECK(snap.round == 1);
    const auto roster = h.last<proto::LobbyRoster>(1);
    CHECK(roster.seats[1].seat == proto::SeatKind::Bot);
    h.send(1, proto::SubmitDecision{1, scripted(*joined.firm, 1)});
    CHECK(h.last<proto::DecisionAck>(1).round == 1);
    // The only human has submitted: the round closes at once.
    CHECK(h.last<proto::RoundResultsMessage>(1).results.round == 1);
    h.send(1, proto::SubmitDecision{2, scripted(*joined.firm, 2)});
    CHECK(h.last<proto::GameOver>(1).rounds_played == 2);
}
