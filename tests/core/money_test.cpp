#include "core/money.hpp"

#include <catch2/catch.hpp>

#include <limits>

using namespace hr;

namespace {

constexpr Money kMax = std::numeric_limits<Money>::max();
constexpr Money kMin = std::numeric_limits<Money>::min();

} // namespace

TEST_CASE("sums of money stop at the ends of its range", "[core]") {
    CHECK(saturating_add(kMax, 1) == kMax);
    CHECK(saturating_add(kMax, kMax) == kMax);
    CHECK(saturating_add(kMin, -1) == kMin);
    CHECK(saturating_add(kMin, kMin) == kMin);
    CHECK(saturating_add(kMax, kMin) == -1);
    CHECK(saturating_sub(0, kMin) == kMax);
    CHECK(saturating_sub(-2, kMax) == kMin);
    CHECK(saturating_sub(kMin, kMax) == kMin);
    CHECK(saturating_sub(kMax, kMin) == kMax);
}

TEST_CASE("sums of money within its range are exact", "[core]") {
    const auto a = GENERATE(Money{0}, Money{-7}, Money{1'000'000}, kMax / 2, kMin / 2);
    const auto b = GENERATE(Money{0}, Money{3}, Money{-1'000'000}, kMax / 2, kMin / 2 + 1);
    CHECK(saturating_add(a, b) == a + b);
    CHECK(saturating_sub(a, -b) == a + b);
    CHECK(saturating_sub(a + b, b) == a);
}
