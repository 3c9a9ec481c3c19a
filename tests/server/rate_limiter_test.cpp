#include "rate_limiter.hpp"

#include <catch2/catch.hpp>

using namespace hr::server;

TEST_CASE("a token bucket allows its burst, then its rate", "[server]") {
    TokenBucket bucket(2.0, 5.0); // 2 a second, 5 at once
    TimeMs now = 1'000'000;
    int taken = 0;
    while (bucket.take(now)) {
        ++taken;
    }
    CHECK(taken == 5);
    CHECK_FALSE(bucket.has_token(now + 100));
    CHECK(bucket.take(now + 500));
    CHECK_FALSE(bucket.take(now + 500));
    // Never more than the burst, however long the wait.
    now += 3'600'000;
    taken = 0;
    while (bucket.take(now)) {
        ++taken;
    }
    CHECK(taken == 5);
}

TEST_CASE("violations over the limit within the window mean a cut-off", "[server]") {
    ViolationCounter v(3, 10'000);
    const TimeMs t = 500'000;
    CHECK_FALSE(v.add(t));
    CHECK_FALSE(v.add(t + 1));
    CHECK_FALSE(v.add(t + 2));
    CHECK(v.add(t + 3));
    // A new window starts afresh.
    CHECK_FALSE(v.add(t + 20'000));
}
