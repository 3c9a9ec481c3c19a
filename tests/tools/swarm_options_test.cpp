// What the swarm is asked: the server's address and the connections a room costs.
#include "swarm_options.hpp"

#include <catch2/catch.hpp>

using namespace hr::swarm;

TEST_CASE("the server endpoint is host:port", "[tools][swarm]") {
    const auto e = parse_endpoint("127.0.0.1:7777");
    REQUIRE(e);
    CHECK(e->first == "127.0.0.1");
    CHECK(e->second == 7777);
    CHECK(parse_endpoint("example.org:1")->first == "example.org");
    CHECK_FALSE(parse_endpoint("127.0.0.1"));
    CHECK_FALSE(parse_endpoint("127.0.0.1:"));
    CHECK_FALSE(parse_endpoint(":7777"));
    CHECK_FALSE(parse_endpoint("127.0.0.1:70000"));
    CHECK_FALSE(parse_endpoint("127.0.0.1:0"));
    CHECK_FALSE(parse_endpoint("127.0.0.1:77x"));
}

TEST_CASE("a room costs a connection per seat and one for its facilitator, unless it plays",
          "[tools][swarm]") {
    SwarmOptions o;
    o.players = 8;
    CHECK(connections_per_room(o) == 9);
    o.facilitator_plays = true;
    CHECK(connections_per_room(o) == 8);
}
