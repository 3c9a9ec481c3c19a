#include "join_form.hpp"

#include <catch2/catch.hpp>

using namespace hr::client;

TEST_CASE("server addresses are read with or without a port", "[client][join]") {
    CHECK(parse_server_address("192.168.1.20") ==
          ServerAddress{"192.168.1.20", kDefaultServerPort});
    CHECK(parse_server_address("  lab-pc.local:9000 ") == ServerAddress{"lab-pc.local", 9000});
    CHECK(parse_server_address("[::1]:8000") == ServerAddress{"::1", 8000});
    CHECK(parse_server_address("[fe80::1]") == ServerAddress{"fe80::1", kDefaultServerPort});
}

TEST_CASE("malformed server addresses are refused", "[client][join]") {
    auto text = GENERATE(as<std::string>{}, "", "   ", ":7777", "host:", "host:0", "host:65536",
                         "host:12ab", "ho st", "host:1:2", "[::1", "[::1]x", "[zz]:1", "[]:80",
                         "höst", "a/b");
    INFO("'" << text << "'");
    CHECK_FALSE(parse_server_address(text));
}

TEST_CASE("a formatted address reads back as itself", "[client][join]") {
    auto address = GENERATE(ServerAddress{"10.0.0.1", kDefaultServerPort}, ServerAddress{"x", 1},
                            ServerAddress{"::1", 4000}, ServerAddress{"school.example", 65535});
    CHECK(parse_server_address(format_server_address(address)) == address);
}

TEST_CASE("join codes are normalised the way people copy them", "[client][join]") {
    CHECK(normalise_join_code("ab3-k9z") == "AB3K9Z");
    CHECK(normalise_join_code(" AB 3K 9Z ") == "AB3K9Z");
    CHECK(valid_join_code("AB3K9Z"));
    CHECK_FALSE(valid_join_code("AB3"));
    CHECK_FALSE(valid_join_code("ABCDEFGHIJK"));
    CHECK_FALSE(valid_join_code("AB3K9?"));
    CHECK_FALSE(valid_join_code("ab3k9z")); // not normalised
}

TEST_CASE("player names are trimmed and bounded without breaking letters", "[client][join]") {
    CHECK(clean_player_name("  Ana  ") == "Ana");
    CHECK(clean_player_name(" \t ").empty());
    std::string long_name;
    for (int i = 0; i < 40; ++i) {
        long_name += "ã"; // two bytes each
    }
    auto cleaned = clean_player_name(long_name);
    CHECK(cleaned.size() <= kMaxPlayerName);
    CHECK(cleaned.size() % 2 == 0); // whole letters only
    CHECK(cleaned.size() >= kMaxPlayerName - 1);
}

TEST_CASE("the join form reports its first problem", "[client][join]") {
    JoinForm form{"", "", ""};
    CHECK(check_join_form(form) == JoinProblem::MissingAddress);
    form.address = "bad address";
    CHECK(check_join_form(form) == JoinProblem::BadAddress);
    form.address = "10.0.0.5";
    CHECK(check_join_form(form) == JoinProblem::BadCode);
    form.code = "k7q-2mx";
    CHECK(check_join_form(form) == JoinProblem::MissingName);
    form.name = "Beatriz";
    CHECK(check_join_form(form) == JoinProblem::None);
}
