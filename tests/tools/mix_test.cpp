#include "mix.hpp"
#include "usage_error.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using hr::sim::parse_mix;
using hr::sim::UsageError;

TEST_CASE("a mix string lists archetypes with their number of firms", "[tools][sim]") {
    const auto mix = parse_mix("low-roader:4,upgrader:4,free-rider:2");
    REQUIRE(mix.entries.size() == 3);
    CHECK(mix.entries[0].archetype == Archetype::LowRoader);
    CHECK(mix.entries[0].count == 4);
    CHECK(mix.entries[2].archetype == Archetype::FreeRider);
    CHECK(mix.total() == 10);
    const auto seats = mix.seats();
    REQUIRE(seats.size() == 10);
    CHECK(seats[3].archetype == Archetype::LowRoader);
    CHECK(seats[4].archetype == Archetype::Upgrader);
    CHECK(seats[9].archetype == Archetype::FreeRider);
}

TEST_CASE("a mix entry may name its difficulty, and spaces are ignored", "[tools][sim]") {
    const auto mix = parse_mix(" upgrader:2:hard , cooperator:3 ", Difficulty::Easy);
    REQUIRE(mix.entries.size() == 2);
    CHECK(mix.entries[0].difficulty == Difficulty::Hard);
    CHECK(mix.entries[1].difficulty == Difficulty::Easy);
    CHECK(mix.text() == "upgrader:2:hard,cooperator:3:easy");
    CHECK(parse_mix(mix.text()).entries == mix.entries);
}

TEST_CASE("every archetype id is accepted in a mix", "[tools][sim]") {
    for (Archetype a : kAllArchetypes) {
        const auto mix = parse_mix(std::string(to_string(a)) + ":1");
        CHECK(mix.entries.at(0).archetype == a);
    }
}

TEST_CASE("bad mix strings are refused with the faulty part named", "[tools][sim]") {
    using Catch::Matchers::Contains;
    CHECK_THROWS_WITH(parse_mix(""), Contains("empty"));
    CHECK_THROWS_WITH(parse_mix("pirate:3"), Contains("unknown archetype \"pirate\""));
    CHECK_THROWS_WITH(parse_mix("upgrader"), Contains("archetype:count"));
    CHECK_THROWS_WITH(parse_mix("upgrader:"), Contains("whole number"));
    CHECK_THROWS_WITH(parse_mix("upgrader:x"), Contains("whole number"));
    CHECK_THROWS_WITH(parse_mix("upgrader:0"), Contains("whole number"));
    CHECK_THROWS_WITH(parse_mix("upgrader:2.5"), Contains("whole number"));
    CHECK_THROWS_WITH(parse_mix("upgrader:-1"), Contains("whole number"));
    CHECK_THROWS_WITH(parse_mix("upgrader:2,,low-roader:2"), Contains("empty entry"));
    CHECK_THROWS_WITH(parse_mix("upgrader:2,"), Contains("empty entry"));
    CHECK_THROWS_WITH(parse_mix("upgrader:2:expert"), Contains("unknown difficulty"));
    CHECK_THROWS_WITH(parse_mix("upgrader:2:hard:x"), Contains("archetype:count"));
    CHECK_THROWS_WITH(parse_mix("upgrader:10,low-roader:7"), Contains("at most 16"));
    CHECK_THROWS_AS(parse_mix("nope:1"), UsageError);
}
