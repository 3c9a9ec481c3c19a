#include "random_decisions.hpp"
#include "recorded_game.hpp"
#include "test_scenario.hpp"

#include "core/bot.hpp"
#include "core/what_if.hpp"
#include "core/what_if_adapt.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <stdexcept>

using namespace hr;

namespace {

std::vector<std::uint64_t> hashes(const WhatIfPath& path) {
    std::vector<std::uint64_t> out;
    for (const auto& r : path.rounds) {
        out.push_back(r.state_hash);
    }
    return out;
}

bool has_issue(const std::vector<ValidationIssue>& issues, const std::string& field,
               const std::string& words) {
    for (const auto& i : issues) {
        if (i.field == field && i.message.find(words) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("replaying with no seat changed reproduces the original exactly", "[core][what-if]") {
    const auto seed = GENERATE(1ULL, 2ULL, 3ULL, 17ULL, 99ULL);
    const auto from = GENERATE(1, 4, 10);
    const test::RecordedPlay game = test::play_recorded_game(seed);
    WhatIfPlan plan;
    plan.from_round = from;
    const WhatIfOutcome out = replay_what_if(game.record, plan);
    REQUIRE(out.original.rounds.size() == 10);
    CHECK(hashes(out.original) == game.hashes);
    CHECK(hashes(out.replay) == game.hashes);
    for (const auto& round : out.replay.rounds) {
        for (const auto& firm : round.firms) {
            CHECK((firm.play == SeatPlay::Recorded || firm.play == SeatPlay::Bankrupt));
        }
    }
}

TEST_CASE("everyone an upgrader from round 4 changes the game from round 4 on, the same way "
          "every time",
          "[core][what-if]") {
    const auto seed = GENERATE(1ULL, 5ULL, 23ULL);
    const test::RecordedPlay game = test::play_recorded_game(seed);
    const WhatIfPlan plan =
        everyone_plan(game.record, 4, {Archetype::Upgrader, Difficulty::Normal});
    const WhatIfOutcome a = replay_what_if(game.record, plan);
    const WhatIfOutcome b = replay_what_if(game.record, plan);
    CHECK(hashes(a.replay) == hashes(b.replay));
    CHECK(hashes(a.original) == game.hashes);
    for (std::size_t r = 0; r < 10; ++r) {
        INFO("round " << r + 1);
        if (r < 3) {
            CHECK(a.replay.rounds[r].state_hash == game.hashes[r]);
        } else {
            CHECK(a.replay.rounds[r].state_hash != game.hashes[r]);
        }
        for (const auto& firm : a.replay.rounds[r].firms) {
            if (r >= 3 && firm.play != SeatPlay::Bankrupt) {
                CHECK(firm.play == SeatPlay::ChosenBot);
            } else if (r < 3) {
                CHECK((firm.play == SeatPlay::Recorded || firm.play == SeatPlay::Bankrupt));
            }
        }
    }
    // The people of seats 0-2 invested at random; upgraders invest every round.
    const auto& last = a.replay.rounds.back();
    CHECK(last.cluster.avg_capabilities.average() !=
          a.original.rounds.back().cluster.avg_capabilities.average());
}

TEST_CASE("the high road and the low road from round 3 lead to different clusters",
          "[core][what-if]") {
    const test::RecordedPlay game = test::play_recorded_game(11);
    const auto high = replay_what_if(
        game.record, everyone_plan(game.record, 3, {Archetype::Upgrader, Difficulty::Hard}));
    const auto low = replay_what_if(
        game.record, everyone_plan(game.record, 3, {Archetype::LowRoader, Difficulty::Hard}));
    const ClusterRecord& h = high.replay.rounds.back().cluster;
    const ClusterRecord& l = low.replay.rounds.back().cluster;
    CHECK(h.avg_wage > l.avg_wage);
    CHECK(h.avg_capabilities.average() > l.avg_capabilities.average());
}

TEST_CASE("seats left as played keep their course when one seat gets a bot", "[core][what-if]") {
    const auto seed = GENERATE(2ULL, 8ULL, 31ULL);
    const test::RecordedPlay game = test::play_recorded_game(seed);
    WhatIfPlan plan;
    plan.from_round = 2;
    plan.bots = {{1, {Archetype::LowRoader, Difficulty::Normal}}};
    const WhatIfOutcome out = replay_what_if(game.record, plan);
    // Round 2 starts from the original's state: every seat but the bot's plays its record.
    for (const FirmId f : {FirmId{0}, FirmId{3}, FirmId{7}}) {
        CHECK(out.replay.rounds[1].firms[f].play == SeatPlay::Recorded);
    }
    for (std::size_t r = 2; r < out.replay.rounds.size(); ++r) {
        const auto& firms = out.replay.rounds[r].firms;
        CHECK((firms[1].play == SeatPlay::ChosenBot || firms[1].play == SeatPlay::Bankrupt));
        for (FirmId f = 3; f < 8; ++f) {
            // Seats a bot played in the original keep their bot, deciding anew.
            CHECK((firms[f].play == SeatPlay::RecordedBot || firms[f].play == SeatPlay::Bankrupt));
        }
        for (const FirmId f : {FirmId{0}, FirmId{2}}) {
            CHECK(firms[f].play != SeatPlay::ChosenBot);
            CHECK(firms[f].play != SeatPlay::RecordedBot);
        }
    }
    CHECK(hashes(out.original) == game.hashes);
    CHECK(out.replay.rounds.back().state_hash != game.hashes.back());
}

TEST_CASE("a recorded decision adapted to a changed world is one the rules accept",
          "[core][what-if]") {
    const auto seed = GENERATE(range(1ULL, 21ULL));
    Rng rng(seed);
    GameState original = new_game(test::model_scenario_ptr(), seed, 8);
    GameState replay = original;
    for (int r = 0; r < 4; ++r) {
        original = resolve_round(original, test::random_decisions(original, rng)).state;
        replay = resolve_round(replay, test::random_decisions(replay, rng)).state;
    }
    for (const Firm& firm : original.firms) {
        if (firm.bankrupt || replay.firms[firm.id].bankrupt) {
            continue;
        }
        const Decision recorded = test::random_decision(original, firm.id, rng);
        REQUIRE(validate(original, firm.id, recorded).empty());
        CHECK(means_the_same(original, original, recorded));
        const Decision adapted = adapt_recorded(original, replay, firm.id, recorded);
        INFO("firm " << firm.id);
        CHECK(validate(replay, firm.id, adapted).empty());
        CHECK(adapted.wage_change == recorded.wage_change);
        CHECK(adapted.markup == recorded.markup);
        CHECK(adapted.total_investment() <= recorded.total_investment());
    }
}

TEST_CASE("an adapted decision accepts the same buyer's offer under its new number",
          "[core][what-if]") {
    GameState original = new_game(test::model_scenario_ptr(), 4, 8);
    Rng rng(4);
    original = resolve_round(original, test::random_decisions(original, rng)).state;
    REQUIRE_FALSE(original.offers.empty());
    const BuyerOffer offer = original.offers.front();
    GameState replay = original;
    for (auto& o : replay.offers) {
        o.id += 100;
    }
    Decision recorded = default_decision(original, offer.firm);
    recorded.accept = {offer.id};
    REQUIRE(validate(original, offer.firm, recorded).empty());
    CHECK_FALSE(means_the_same(original, replay, recorded));
    const Decision adapted = adapt_recorded(original, replay, offer.firm, recorded);
    CHECK(adapted.accept == std::vector<OfferId>{offer.id + 100});
}

TEST_CASE("a what-if plan is refused with its reasons when it does not fit the game",
          "[core][what-if]") {
    RecordedGame game = test::play_recorded_game(3, 6).record;
    WhatIfPlan plan;
    SECTION("a round before the first") {
        plan.from_round = 0;
        CHECK(has_issue(validate(game, plan), "from_round", "1 to 6"));
    }
    SECTION("a round not played") {
        plan.from_round = 7;
        CHECK(has_issue(validate(game, plan), "from_round", "not 7"));
    }
    SECTION("a seat out of range") {
        plan.bots = {{8, {}}};
        CHECK(has_issue(validate(game, plan), "bots[0]", "no seat 8"));
    }
    SECTION("an unknown archetype") {
        plan.bots = {{2, {static_cast<Archetype>(kArchetypes), Difficulty::Normal}}};
        CHECK(has_issue(validate(game, plan), "bots[0]", "unknown bot archetype"));
    }
    SECTION("an unknown difficulty") {
        plan.bots = {{2, {Archetype::Upgrader, static_cast<Difficulty>(7)}}};
        CHECK(has_issue(validate(game, plan), "bots[0]", "unknown bot difficulty"));
    }
    SECTION("a seat named twice") {
        plan.bots = {{2, {}}, {2, {}}};
        CHECK(has_issue(validate(game, plan), "bots[1]", "twice"));
    }
    SECTION("a game with no round played") {
        game.rounds.clear();
        CHECK(has_issue(validate(game, plan), "game", "nothing to replay"));
    }
    SECTION("a record of another number of firms") {
        game.rounds[2].decisions.pop_back();
        CHECK(has_issue(validate(game, plan), "game.rounds[2]", "round 3"));
    }
    CHECK_THROWS_AS(replay_what_if(game, plan), std::invalid_argument);
}

TEST_CASE("a plan that fits the game passes validation", "[core][what-if]") {
    const test::RecordedPlay game = test::play_recorded_game(3, 6);
    const auto from = GENERATE(1, 3, 6);
    CHECK(validate(game.record, everyone_plan(game.record, from, {})).empty());
}

TEST_CASE("a replay of a game still running covers the rounds played so far", "[core][what-if]") {
    test::RecordedPlay game = test::play_recorded_game(6);
    game.record.rounds.resize(5); // rounds 6-10 not played yet
    const auto out =
        replay_what_if(game.record, everyone_plan(game.record, 5, {Archetype::Cooperator, {}}));
    CHECK(out.replay.rounds.size() == 5);
    CHECK(out.original.rounds.back().state_hash == game.hashes[4]);
}

TEST_CASE("every way a seat is played has its own id", "[core][what-if]") {
    std::set<std::string_view> ids;
    for (std::size_t i = 0; i < kSeatPlays; ++i) {
        ids.insert(to_string(static_cast<SeatPlay>(i)));
    }
    CHECK(ids.size() == kSeatPlays);
}
