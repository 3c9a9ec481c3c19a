// Lessons 1, 2 and 8 of issue 3: the low road, the high road, and standing still, in the shipped
// sinos-valley scenario over 50 seeds.
#include "lesson_scenarios.hpp"
#include "lesson_stats.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

namespace {
Decision high(const GameState& s, FirmId f) {
    return high_road(s, f);
}
} // namespace

TEST_CASE("lesson 1, the low road: wage cuts raise exports while wages and unit value fall",
          "[core][lesson]") {
    const auto sinos = shipped_scenario("sinos-valley");
    Tally exports, wages, unit_value;
    for (int i = 0; i < kLessonSeeds; ++i) {
        const PlayedGame g = play_all(sinos, lesson_seed(i), 8, low_road);
        const ClusterRecord& first = g.results.front().cluster;
        const ClusterRecord& last = g.results.back().cluster;
        exports.add(first.exports, last.exports, last.exports > 1.15 * first.exports);
        wages.add(first.avg_wage, last.avg_wage, last.avg_wage < 0.7 * first.avg_wage);
        unit_value.add(first.unit_value, last.unit_value, last.unit_value < 0.9 * first.unit_value);
        // The road indicator names it; late in the game the race to the bottom may even turn
        // into downgrading, as exports slip too.
        CHECK(g.results[4].cluster_road.road == Road::LowRoad);
        const Road end = g.results.back().cluster_road.road;
        CHECK((end == Road::LowRoad || end == Road::Downgrading));
    }
    CHECK(exports.b() > 1.25 * exports.a());
    CHECK(wages.b() < 0.6 * wages.a());
    CHECK(unit_value.b() < 0.85 * unit_value.a());
    CHECK(exports.rate() >= 0.9);
    CHECK(wages.rate() == 1.0);
    CHECK(unit_value.rate() >= 0.9);
}

TEST_CASE("lesson 2, the high road: upgrading ends with higher wages, unit value and profit",
          "[core][lesson]") {
    const auto sinos = shipped_scenario("sinos-valley");
    Tally wages, unit_value, profit;
    for (int i = 0; i < kLessonSeeds; ++i) {
        const PlayedGame hi = play_all(sinos, lesson_seed(i), 8, high);
        const PlayedGame lo = play_all(sinos, lesson_seed(i), 8, low_road);
        const ClusterRecord& h = hi.results.back().cluster;
        const ClusterRecord& l = lo.results.back().cluster;
        wages.add(h.avg_wage, l.avg_wage, h.avg_wage > 1.5 * l.avg_wage);
        unit_value.add(h.unit_value, l.unit_value, h.unit_value > 1.3 * l.unit_value);
        const double hp = cumulative_profit_k(hi.last());
        const double lp = cumulative_profit_k(lo.last());
        profit.add(hp, lp, hp >= lp);
        CHECK(hi.results.back().cluster_road.road == Road::HighRoad);
    }
    CHECK(wages.rate() == 1.0);
    CHECK(unit_value.rate() == 1.0);
    CHECK(profit.rate() >= 0.95);
    CHECK(unit_value.a() > 1.5 * unit_value.b());
    CHECK(profit.a() > 1.5 * profit.b());
}

TEST_CASE("the high road costs before it pays: a J-curve", "[core][lesson]") {
    const auto sinos = shipped_scenario("sinos-valley");
    Tally first_round, last_round;
    for (int i = 0; i < kLessonSeeds; ++i) {
        const PlayedGame hi = play_all(sinos, lesson_seed(i), 8, high);
        const PlayedGame lo = play_all(sinos, lesson_seed(i), 8, low_road);
        const auto profit = [](const RoundResult& r) {
            double sum = 0;
            for (const auto& f : r.firms) {
                sum += to_k(f.profit);
            }
            return sum;
        };
        const double h1 = profit(hi.results.front());
        const double l1 = profit(lo.results.front());
        first_round.add(h1, l1, h1 < l1);
        const double hn = profit(hi.results.back());
        const double ln = profit(lo.results.back());
        last_round.add(hn, ln, hn > ln);
    }
    CHECK(first_round.rate() >= 0.9);
    CHECK(first_round.a() < 0.5 * first_round.b());
    CHECK(last_round.rate() == 1.0);
}

TEST_CASE("lesson 8, standing still falls behind the rising frontier", "[core][lesson]") {
    const auto sinos = shipped_scenario("sinos-valley");
    Tally capability;
    for (int i = 0; i < kLessonSeeds; ++i) {
        // Firm 1 invests nothing while the others take the high road around it.
        const PlayedGame g = play(sinos, lesson_seed(i), 8, [](FirmId id) -> Policy {
            return id == 1 ? Policy(standing_still) : Policy(high);
        });
        const double start = g.states.front().firms[1].capabilities.average();
        const double end = g.last().firms[1].capabilities.average();
        capability.add(start, end, end < 0.6 * start);
    }
    CHECK(capability.rate() == 1.0);
    CHECK(capability.b() < 0.6 * capability.a());
}
