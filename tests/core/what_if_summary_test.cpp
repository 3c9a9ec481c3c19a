#include "recorded_game.hpp"

#include "core/what_if_summary.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hr;

TEST_CASE("a replay with no seat changed shows no difference", "[core][what-if]") {
    const auto game = test::play_recorded_game(GENERATE(1ULL, 4ULL));
    WhatIfPlan plan;
    plan.from_round = 3;
    const WhatIfOutcome out = replay_what_if(game.record, plan);
    const WhatIfSummary s = summarize(plan, out.original, out.replay);
    CHECK(s.identical);
    CHECK(s.last_round == 10);
    CHECK(s.adapted == 0);
    REQUIRE(s.changes.size() == kWhatIfMeasures);
    for (const auto& c : s.changes) {
        CHECK(c.relative == 0);
    }
    CHECK(s.original_road == s.replay_road);
}

TEST_CASE("the key differences come largest first, with every firm's road and score",
          "[core][what-if]") {
    const auto game = test::play_recorded_game(GENERATE(2ULL, 9ULL));
    const WhatIfPlan plan = everyone_plan(game.record, 3, {Archetype::Upgrader, Difficulty::Hard});
    const WhatIfOutcome out = replay_what_if(game.record, plan);
    const WhatIfSummary s = summarize(plan, out.original, out.replay);
    CHECK_FALSE(s.identical);
    CHECK(s.from_round == 3);
    for (std::size_t i = 1; i < s.changes.size(); ++i) {
        CHECK(std::abs(s.changes[i - 1].relative) >= std::abs(s.changes[i].relative));
    }
    const auto wage = std::find_if(s.changes.begin(), s.changes.end(), [](const auto& c) {
        return c.measure == WhatIfMeasure::AverageWage;
    });
    REQUIRE(wage != s.changes.end());
    CHECK(wage->original == Approx(out.original.rounds.back().cluster.avg_wage));
    CHECK(wage->replay == Approx(out.replay.rounds.back().cluster.avg_wage));
    REQUIRE(s.firms.size() == 8);
    for (const auto& f : s.firms) {
        CHECK(f.by_bot);
        CHECK(f.replay_score == out.replay.rounds.back().firms[f.firm].score.total);
        CHECK(f.original_road == out.original.rounds.back().firms[f.firm].record.road);
    }
}

TEST_CASE("only the seats the plan names count as played by its bots", "[core][what-if]") {
    const auto game = test::play_recorded_game(5);
    WhatIfPlan plan;
    plan.from_round = 2;
    plan.bots = {{0, {Archetype::LowRoader, Difficulty::Normal}}};
    const WhatIfOutcome out = replay_what_if(game.record, plan);
    const WhatIfSummary s = summarize(plan, out.original, out.replay);
    REQUIRE(s.firms.size() == 8);
    CHECK(s.firms[0].by_bot);
    for (std::size_t f = 1; f < 8; ++f) {
        CHECK_FALSE(s.firms[f].by_bot);
    }
}

TEST_CASE("paths that do not match give an empty summary", "[core][what-if]") {
    WhatIfPath empty;
    CHECK(summarize({}, empty, empty).last_round == 0);
}
