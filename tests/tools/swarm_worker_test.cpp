// The seeded moments at which the swarm's seats submit.
#include "swarm_worker.hpp"

#include <catch2/catch.hpp>

#include <set>

using hr::swarm::submit_delay_ns;

TEST_CASE("seats submit at seeded moments spread over the window", "[tools][swarm]") {
    const int window_ms = 1000;
    std::set<std::int64_t> moments;
    std::int64_t low = window_ms * 1'000'000LL;
    std::int64_t high = 0;
    for (int room = 0; room < 20; ++room) {
        for (int firm = 0; firm < 8; ++firm) {
            for (int round = 1; round <= 5; ++round) {
                const std::int64_t d = submit_delay_ns(3, room, firm, round, window_ms);
                CHECK(d >= 0);
                CHECK(d < window_ms * 1'000'000LL);
                CHECK(d == submit_delay_ns(3, room, firm, round, window_ms));
                moments.insert(d);
                low = std::min(low, d);
                high = std::max(high, d);
            }
        }
    }
    CHECK(moments.size() > 790); // nearly all of the 800 differ
    CHECK(low < 50'000'000);     // some early in the window,
    CHECK(high > 950'000'000);   // some late
    CHECK(submit_delay_ns(3, 0, 0, 1, window_ms) != submit_delay_ns(4, 0, 0, 1, window_ms));
}
