#include "stats.hpp"

#include <catch2/catch.hpp>

#include <cmath>

using hr::sim::Accumulator;
using hr::sim::RatioAccumulator;

TEST_CASE("the accumulator gives the mean, spread and 95 % interval", "[tools][sim]") {
    Accumulator a;
    for (double x : {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0}) {
        a.add(x);
    }
    CHECK(a.count() == 8);
    CHECK(a.mean() == Approx(5.0));
    CHECK(a.variance() == Approx(32.0 / 7.0));
    CHECK(a.half_width() == Approx(1.959963984540054 * std::sqrt(32.0 / 7.0 / 8.0)));
    CHECK(a.low() < a.mean());
    CHECK(a.high() > a.mean());
}

TEST_CASE("one observation has no interval", "[tools][sim]") {
    Accumulator a;
    a.add(3);
    CHECK(a.mean() == 3);
    CHECK(a.half_width() == 0);
}

TEST_CASE("the ratio of means and its interval", "[tools][sim]") {
    RatioAccumulator r;
    CHECK_FALSE(r.defined());
    r.add(1, 10);
    r.add(3, 10);
    CHECK(r.ratio() == Approx(0.2));
    CHECK(r.half_width() > 0);
    RatioAccumulator exact;
    for (double y : {10.0, 20.0, 30.0}) {
        exact.add(0.5 * y, y);
    }
    // x proportional to y: the ratio is known without error.
    CHECK(exact.ratio() == Approx(0.5));
    CHECK(exact.half_width() == Approx(0.0).margin(1e-12));
}
