#include "protocol/half_float.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace hr::proto;

TEST_CASE("every half survives a trip through float", "[protocol]") {
    for (std::uint32_t h = 0; h <= 0xffff; ++h) {
        const auto half = static_cast<std::uint16_t>(h);
        const float f = from_half(half);
        if (std::isnan(f)) {
            CHECK((to_half(f) & 0x7fffu) == kHalfNaN);
        } else {
            REQUIRE(to_half(f) == half);
        }
    }
}

TEST_CASE("floats round to the nearest half, ties to even", "[protocol]") {
    CHECK(from_half(to_half(1.0f)) == 1.0f);
    CHECK(from_half(to_half(0.5f)) == 0.5f);
    CHECK(from_half(to_half(-2.25f)) == -2.25f);
    CHECK(from_half(to_half(65504.0f)) == 65504.0f);
    CHECK(std::isinf(from_half(to_half(65520.0f))));
    CHECK(from_half(to_half(65519.0f)) == 65504.0f);
    // 1 + 2^-11 lies halfway between 1 and the next half: it goes to the even one, 1.
    CHECK(from_half(to_half(1.0f + 1.0f / 2048)) == 1.0f);
    CHECK(from_half(to_half(1.0f + 3.0f / 2048)) == 1.0f + 2.0f / 1024);
    // The smallest subnormal, and what is too small for it.
    CHECK(from_half(to_half(std::ldexp(1.0f, -24))) == std::ldexp(1.0f, -24));
    CHECK(from_half(to_half(std::ldexp(1.0f, -26))) == 0.0f);
    CHECK(to_half(std::numeric_limits<float>::quiet_NaN()) == kHalfNaN);
}

TEST_CASE("a ratio keeps three significant digits", "[protocol]") {
    const float value = GENERATE(0.3123f, 0.0417f, 0.999f, 1.5f, 12.34f);
    const float back = from_half(to_half(value));
    CHECK(std::abs(back - value) <= std::abs(value) / 1024);
}

TEST_CASE("only one NaN encoding is canonical", "[protocol]") {
    CHECK(is_canonical_half(kHalfNaN));
    CHECK(is_canonical_half(static_cast<std::uint16_t>(0x8000u | kHalfNaN)));
    CHECK_FALSE(is_canonical_half(0x7e01));
    CHECK(is_canonical_half(0x7c00)); // infinity
    CHECK(is_canonical_half(0x3c00)); // 1
}
