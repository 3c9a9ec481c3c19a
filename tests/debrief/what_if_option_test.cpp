// A what-if replay written on one line (highroad-server export --what-if).
#include "debrief/what_if_option.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::debrief;

namespace {

WhatIfPlan plan_of(std::string_view text, int firms) {
    auto parsed = parse_what_if(text, firms);
    if (const auto* why = std::get_if<std::string>(&parsed)) {
        FAIL(*why);
    }
    return std::get<WhatIfPlan>(parsed);
}

std::string problem_of(std::string_view text, int firms = 4) {
    auto parsed = parse_what_if(text, firms);
    REQUIRE(std::holds_alternative<std::string>(parsed));
    return std::get<std::string>(parsed);
}

} // namespace

TEST_CASE("every seat can be given the same bot from a round on", "[debrief][whatif]") {
    const WhatIfPlan plan = plan_of("from=4,all=upgrader", 5);
    CHECK(plan.from_round == 4);
    REQUIRE(plan.bots.size() == 5);
    for (FirmId f = 0; f < 5; ++f) {
        CHECK(plan.bots[f].firm == f);
        CHECK(plan.bots[f].bot.archetype == Archetype::Upgrader);
        CHECK(plan.bots[f].bot.difficulty == Difficulty::Normal);
    }
}

TEST_CASE("single seats can be named, with a difficulty, in any order", "[debrief][whatif]") {
    const WhatIfPlan plan = plan_of(" 2=low-roader , difficulty=hard,from=3 ", 4);
    CHECK(plan.from_round == 3);
    REQUIRE(plan.bots.size() == 1);
    CHECK(plan.bots[0].firm == 2);
    CHECK(plan.bots[0].bot == BotSeat{Archetype::LowRoader, Difficulty::Hard});
    // A named seat overrides "all" for that seat.
    const WhatIfPlan mixed = plan_of("from=2,all=cooperator,1=free-rider", 3);
    REQUIRE(mixed.bots.size() == 3);
    CHECK(mixed.bots.back().firm == 1);
    CHECK(mixed.bots.back().bot.archetype == Archetype::FreeRider);
}

TEST_CASE("a what-if that cannot be read says why", "[debrief][whatif]") {
    CHECK(problem_of("all=upgrader").find("from=") != std::string::npos);
    CHECK(problem_of("from=4").find("all=BOT") != std::string::npos);
    CHECK(problem_of("from=four,all=upgrader").find("round number") != std::string::npos);
    CHECK(problem_of("from=4,all=saint").find("not a bot") != std::string::npos);
    CHECK(problem_of("from=4,7=upgrader").find("not in this game") != std::string::npos);
    CHECK(problem_of("from=4,who=upgrader").find("neither") != std::string::npos);
    CHECK(problem_of("from=4,upgrader").find("key=value") != std::string::npos);
    CHECK(problem_of("from=4,all=upgrader,difficulty=mean").find("easy") != std::string::npos);
}
