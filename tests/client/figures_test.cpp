// Numbers as players read them, in each language.
#include "figures.hpp"

#include <catch2/catch.hpp>

using namespace hr::client;

TEST_CASE("figures group thousands and use the language's decimal mark", "[client][figures]") {
    CHECK(fixed(1234.5, 1, Language::English) == "1,234.5");
    CHECK(fixed(1234.5, 1, Language::Spanish) == "1.234,5");
    CHECK(fixed(1234567, 0, Language::Portuguese) == "1.234.567");
    CHECK(fixed(-0.04, 1, Language::English) == "0.0");
    CHECK(fixed(-12.26, 1, Language::English) == "-12.3");
    CHECK(fixed(999.96, 1, Language::English) == "1,000.0");
}

TEST_CASE("changes carry their sign and percentages their unit", "[client][figures]") {
    CHECK(signed_fixed(3.21, 1, Language::English) == "+3.2");
    CHECK(signed_fixed(-3.21, 1, Language::English) == "-3.2");
    CHECK(signed_fixed(0.01, 1, Language::English) == "0.0");
    CHECK(percent(0.123, 0, Language::English) == "12 %");
    CHECK(percent(0.1234, 1, Language::Spanish) == "12,3 %");
    CHECK(signed_percent(-0.05, 0, Language::English) == "-5 %");
    CHECK(k_dollars(152300, 1, Language::English) == "152.3 k$");
}
