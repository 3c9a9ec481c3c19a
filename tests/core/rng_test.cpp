#include "core/rng.hpp"

#include <catch2/catch.hpp>

using hr::Rng;

TEST_CASE("the same seed gives the same random stream", "[core][rng]") {
    const auto seed = GENERATE(0ULL, 1ULL, 42ULL, 0xdeadbeefULL);
    Rng a(seed);
    Rng b(seed);
    for (int i = 0; i < 1000; ++i) {
        REQUIRE(a.next_u64() == b.next_u64());
    }
}

TEST_CASE("different seeds give different streams", "[core][rng]") {
    Rng a(1);
    Rng b(2);
    int equal = 0;
    for (int i = 0; i < 100; ++i) {
        equal += a.next_u64() == b.next_u64() ? 1 : 0;
    }
    REQUIRE(equal == 0);
}

TEST_CASE("the stream is pinned so that games replay across versions", "[core][rng]") {
    // xoshiro256** seeded by SplitMix64(0): changing the generator would change every saved game.
    Rng r(0);
    REQUIRE(r.next_u64() == 0x99ec5f36cb75f2b4ULL);
}

TEST_CASE("uniform draws stay in range and cover it", "[core][rng]") {
    Rng r(GENERATE(3ULL, 7ULL));
    double lo = 1.0;
    double hi = 0.0;
    double sum = 0.0;
    for (int i = 0; i < 20000; ++i) {
        const double u = r.uniform();
        REQUIRE(u >= 0.0);
        REQUIRE(u < 1.0);
        lo = std::min(lo, u);
        hi = std::max(hi, u);
        sum += u;
    }
    REQUIRE(lo < 0.01);
    REQUIRE(hi > 0.99);
    REQUIRE(sum / 20000 == Approx(0.5).margin(0.02));
}

TEST_CASE("below(n) never reaches n", "[core][rng]") {
    Rng r(9);
    const auto n = GENERATE(1ULL, 2ULL, 7ULL, 1000ULL);
    for (int i = 0; i < 2000; ++i) {
        REQUIRE(r.below(n) < n);
    }
}

TEST_CASE("a saved generator state resumes the same stream", "[core][rng]") {
    Rng a(5);
    a.next_u64();
    Rng b;
    b.set_state(a.state());
    REQUIRE(a.next_u64() == b.next_u64());
}
