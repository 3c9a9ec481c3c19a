#include "core/det_math.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace hr;

TEST_CASE("deterministic exp agrees with the library to the last bits", "[core][det_math]") {
    for (double x = -40.0; x <= 40.0; x += 0.0137) {
        const double want = std::exp(x);
        CHECK(std::abs(det_exp(x) - want) <= 4e-16 * want);
    }
    CHECK(det_exp(0.0) == 1.0);
    CHECK(det_exp(-1000.0) == 0.0);
    CHECK(std::isinf(det_exp(1000.0)));
}

TEST_CASE("deterministic log agrees with the library to the last bits", "[core][det_math]") {
    for (double x = 1e-6; x < 1e6; x *= 1.0731) {
        const double want = std::log(x);
        CHECK(std::abs(det_log(x) - want) <= 4e-16 * std::max(1.0, std::abs(want)));
    }
    CHECK(det_log(1.0) == 0.0);
    CHECK(std::isinf(det_log(0.0)));
    CHECK(std::isnan(det_log(-1.0)));
}

TEST_CASE("pow, exp and log are consistent with each other", "[core][det_math]") {
    const double x = GENERATE(0.1, 0.5, 2.0, 8.0, 123.456);
    CHECK(det_exp(det_log(x)) == Approx(x).epsilon(1e-15));
    CHECK(det_pow(x, 2.0) == Approx(x * x).epsilon(1e-14));
    CHECK(det_pow(x, 0.5) == Approx(std::sqrt(x)).epsilon(1e-14));
}
