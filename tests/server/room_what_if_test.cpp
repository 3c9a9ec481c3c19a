#include "server_harness.hpp"
#include "what_if_record.hpp"

using namespace hr;
using namespace hr::server;
using namespace hr::server::testing;
using proto::ErrorCode;

namespace {

// A room of 4 firms: facilitator 1, players 2 (firm 0) and 3 (firm 1), bots in the rest; an
// event injected and a policy set before round 2.
struct Game {
    Harness h;
    std::string code;

    explicit Game(std::uint32_t rounds) {
        code = h.create(1, quick_room(4, rounds));
        h.join(2, code, "Ana");
        h.join(3, code, "Bruno");
        h.send(1, proto::Start{});
    }
    void play_round(int round) {
        if (round == 2) {
            h.send(1, proto::InjectEvent{"cheaper-imports"});
            PolicySettings p;
            p.cofinancing_share = 0.4;
            h.send(1, proto::SetPolicy{p});
        }
        h.send(2, proto::SubmitDecision{static_cast<std::uint32_t>(round), scripted(0, round)});
        h.send(3, proto::SubmitDecision{static_cast<std::uint32_t>(round), scripted(1, round)});
    }
    void play(int rounds) {
        for (int r = 1; r <= rounds; ++r) {
            play_round(r);
        }
    }
};

WhatIfPlan everyone(int from, Archetype a) {
    WhatIfPlan plan;
    plan.from_round = from;
    for (FirmId f = 0; f < 4; ++f) {
        plan.bots.push_back({f, {a, Difficulty::Normal}});
    }
    return plan;
}

// What the database would give back for the room: its creation, latest seats and rounds.
StoredRoom stored_from(const std::vector<JournalRecord>& records) {
    StoredRoom s;
    for (const JournalRecord& r : records) {
        if (const auto* c = std::get_if<RoomCreatedRecord>(&r)) {
            s.created = *c;
            s.settings = c->settings;
        } else if (const auto* seat = std::get_if<SeatRecord>(&r)) {
            std::erase_if(s.seats, [&](const SeatRecord& x) { return x.firm == seat->firm; });
            s.seats.push_back(*seat);
        } else if (const auto* status = std::get_if<RoomStatusRecord>(&r)) {
            s.status = *status;
        } else if (const auto* round = std::get_if<RoundRecord>(&r)) {
            s.rounds.push_back(*round);
        }
    }
    return s;
}

} // namespace

TEST_CASE("after the game a player's what-if with no seat changed replays it to its final state",
          "[server][what-if]") {
    Game g(4);
    g.play(4);
    const auto over = g.h.last<proto::GameOver>(2);
    WhatIfPlan plan;
    plan.from_round = 2;
    g.h.send(2, proto::WhatIfRequest{5, plan});
    const auto result = g.h.last<proto::WhatIfResult>(2);
    CHECK(result.ref == 5);
    CHECK(result.plan == plan);
    REQUIRE(result.original.rounds.size() == 4);
    REQUIRE(result.replay.rounds.size() == 4);
    CHECK(result.original.rounds.back().state_hash == over.state_hash);
    CHECK(result.replay.rounds.back().state_hash == over.state_hash);
    // The answer goes to the one who asked only.
    CHECK_FALSE(g.h.got<proto::WhatIfResult>(3));
    CHECK_FALSE(g.h.got<proto::WhatIfResult>(1));
}

TEST_CASE("everyone a low-roader from round 3 changes the game from round 3 on",
          "[server][what-if]") {
    Game g(5);
    g.play(5);
    g.h.send(3, proto::WhatIfRequest{1, everyone(3, Archetype::LowRoader)});
    const auto result = g.h.last<proto::WhatIfResult>(3);
    REQUIRE(result.replay.rounds.size() == 5);
    for (std::size_t r = 0; r < 5; ++r) {
        INFO("round " << r + 1);
        CHECK((result.replay.rounds[r].state_hash == result.original.rounds[r].state_hash) ==
              (r < 2));
    }
    for (const auto& firm : result.replay.rounds[3].firms) {
        CHECK((firm.play == SeatPlay::ChosenBot || firm.play == SeatPlay::Bankrupt));
    }
    const auto& low = result.replay.rounds.back().cluster;
    const auto& played = result.original.rounds.back().cluster;
    CHECK(low.avg_wage < played.avg_wage);
}

TEST_CASE("players ask for what-ifs once the game is over; the facilitator also while it runs",
          "[server][what-if]") {
    Game g(4);
    g.play(2);
    g.h.send(2, proto::WhatIfRequest{1, everyone(1, Archetype::Upgrader)});
    CHECK(g.h.last_error(2).code == ErrorCode::NotPermitted);
    CHECK(g.h.last_error(2).about == static_cast<std::uint16_t>(proto::MessageType::WhatIfRequest));
    CHECK_FALSE(g.h.got<proto::WhatIfResult>(2));

    g.h.send(1, proto::WhatIfRequest{2, everyone(2, Archetype::Upgrader)});
    const auto result = g.h.last<proto::WhatIfResult>(1);
    CHECK(result.ref == 2);
    CHECK(result.replay.rounds.size() == 2); // the rounds played so far

    g.h.send(1, proto::WhatIfRequest{3, everyone(3, Archetype::Upgrader)});
    const auto refused = g.h.last_error(1);
    CHECK(refused.code == ErrorCode::InvalidWhatIf);
    REQUIRE_FALSE(refused.issues.empty());
    CHECK(refused.issues.front().field == "from_round");
}

TEST_CASE("a what-if is refused in the lobby and to spectators", "[server][what-if]") {
    Harness h;
    const std::string code = h.create(1, quick_room(4, 3));
    h.join(2, code, "Ana");
    h.send(2, proto::WhatIfRequest{1, everyone(1, Archetype::Upgrader)});
    CHECK(h.last_error(2).code == ErrorCode::WrongState);
    h.send(1, proto::Start{});
    h.connect(9);
    h.send(9, proto::Spectate{code});
    h.send(9, proto::WhatIfRequest{1, everyone(1, Archetype::Upgrader)});
    CHECK(h.last_error(9).code == ErrorCode::NotPermitted);
}

TEST_CASE("a what-if plan that does not fit the room is refused with its reasons",
          "[server][what-if]") {
    Game g(3);
    g.play(3);
    WhatIfPlan plan;
    plan.from_round = 2;
    SECTION("a seat the room does not have") {
        plan.bots = {{9, {Archetype::Upgrader, Difficulty::Normal}}};
        g.h.send(2, proto::WhatIfRequest{1, plan});
        const auto e = g.h.last_error(2);
        CHECK(e.code == ErrorCode::InvalidWhatIf);
        REQUIRE(e.issues.size() == 1);
        CHECK(e.issues[0].field == "bots[0]");
        CHECK(e.issues[0].message.find("no seat 9") != std::string::npos);
    }
    SECTION("a seat named twice") {
        plan.bots = {{1, {}}, {1, {}}};
        g.h.send(2, proto::WhatIfRequest{1, plan});
        CHECK(g.h.last_error(2).code == ErrorCode::InvalidWhatIf);
    }
    SECTION("round 0") {
        plan.from_round = 0;
        g.h.send(2, proto::WhatIfRequest{1, plan});
        CHECK(g.h.last_error(2).code == ErrorCode::InvalidWhatIf);
    }
    CHECK_FALSE(g.h.got<proto::WhatIfResult>(2));
}

TEST_CASE("what-if requests are rate-limited per connection", "[server][what-if]") {
    Game g(2);
    g.play(2);
    const auto ask = [&](std::uint32_t ref) {
        WhatIfPlan plan;
        plan.from_round = 1 + static_cast<int>(ref % 2);
        plan.bots = {{static_cast<FirmId>(ref % 4), {Archetype::Upgrader, Difficulty::Normal}}};
        g.h.send(2, proto::WhatIfRequest{ref, plan});
    };
    for (std::uint32_t ref = 1; ref <= 3; ++ref) {
        ask(ref);
        CHECK(g.h.last<proto::WhatIfResult>(2).ref == ref);
    }
    ask(4);
    CHECK(g.h.last_error(2).code == ErrorCode::RateLimited);
    CHECK(g.h.last<proto::WhatIfResult>(2).ref == 3);
    g.h.advance(5'000); // 12 a minute: one more after five seconds
    ask(5);
    CHECK(g.h.last<proto::WhatIfResult>(2).ref == 5);
}

TEST_CASE("the same what-if asked twice gets the same answer under its own reference",
          "[server][what-if]") {
    Game g(3);
    g.play(3);
    g.h.send(2, proto::WhatIfRequest{1, everyone(2, Archetype::Cooperator)});
    g.h.send(3, proto::WhatIfRequest{2, everyone(2, Archetype::Cooperator)});
    const auto a = g.h.last<proto::WhatIfResult>(2);
    const auto b = g.h.last<proto::WhatIfResult>(3);
    CHECK(a.ref == 1);
    CHECK(b.ref == 2);
    CHECK(a.replay.rounds.back().state_hash == b.replay.rounds.back().state_hash);
}

TEST_CASE("a room restored from its records answers what-ifs as before, and so does its record",
          "[server][what-if]") {
    Game g(4);
    g.play(2);
    const WhatIfPlan plan = everyone(2, Archetype::BrandBuilder);
    g.h.send(1, proto::WhatIfRequest{1, plan});
    const auto before = g.h.last<proto::WhatIfResult>(1);

    const StoredRoom stored = stored_from(g.h.records);
    REQUIRE(stored.rounds.size() == 2);
    const WhatIfOutcome from_record =
        replay_what_if(recorded_game(stored, scenarios().find("tutorial")), plan);
    CHECK(from_record.replay.rounds.back().state_hash == before.replay.rounds.back().state_hash);
    CHECK(from_record.original.rounds.back().state_hash ==
          before.original.rounds.back().state_hash);

    Harness h;
    h.now = g.h.now + 1'000;
    REQUIRE(h.directory.restore({stored}, h.now) == 1);
    h.connect(1);
    h.send(1, proto::AttachFacilitator{g.code, "s3cret!"});
    h.send(1, proto::WhatIfRequest{2, plan});
    const auto after = h.last<proto::WhatIfResult>(1);
    REQUIRE(after.replay.rounds.size() == 2);
    for (std::size_t r = 0; r < 2; ++r) {
        CHECK(after.replay.rounds[r].state_hash == before.replay.rounds[r].state_hash);
        CHECK(after.original.rounds[r].state_hash == before.original.rounds[r].state_hash);
        for (std::size_t f = 0; f < 4; ++f) {
            CHECK(after.replay.rounds[r].firms[f].play == before.replay.rounds[r].firms[f].play);
        }
    }
}
