#include "round_helpers.hpp"

#include "core/road.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::test;

TEST_CASE("more exports paid for with lower wages is the low road", "[core][road]") {
    const RoadVerdict v = classify_road({100, 1.0, 20, 0.3}, {135, 0.88, 18, 0.25}, false);
    CHECK(v.road == Road::LowRoad);
    CHECK(v.export_change == Approx(0.35));
    CHECK(v.wage_change == Approx(-0.12));
    CHECK(v.reason == "exports +35 %, wages -12 %, unit value -10 %, capability -0.05");
}

TEST_CASE("rising wages and unit value with upgrading are the high road", "[core][road]") {
    const RoadVerdict v = classify_road({100, 1.0, 20, 0.3}, {120, 1.1, 28, 0.5}, false);
    CHECK(v.road == Road::HighRoad);
    CHECK(v.reason == "exports +20 %, wages +10 %, unit value +40 %, capability +0.20");
}

TEST_CASE("losing capabilities without income growth is downgrading; nothing moving is "
          "stagnation",
          "[core][road]") {
    CHECK(classify_road({100, 1.0, 20, 0.3}, {90, 1.0, 20, 0.2}, false).road == Road::Downgrading);
    CHECK(classify_road({100, 1.0, 20, 0.3}, {100, 1.0, 20.1, 0.29}, false).road ==
          Road::Stagnation);
    const RoadVerdict first = classify_road({}, {100, 1.0, 20, 0.3}, true);
    CHECK(first.road == Road::Stagnation);
    CHECK(first.reason == "first round: no trend yet");
}

TEST_CASE("every firm and the cluster get a road each round", "[core][road]") {
    GameState s = game();
    RoundResult last;
    for (int r = 0; r < 4; ++r) {
        std::map<FirmId, Decision> cuts;
        for (FirmId f = 0; f < 8; ++f) {
            cuts[f] = default_decision(s, f);
            cuts[f].wage_change = -0.1;
            cuts[f].markup = 0.02;
        }
        auto out = round_with(s, cuts);
        s = std::move(out.state);
        last = std::move(out.result);
    }
    CHECK(last.cluster_road.road == Road::LowRoad);
    CHECK(last.firms[0].road.road == Road::LowRoad);
    CHECK(last.cluster_road.reason.find("wages -") != std::string::npos);
    CHECK(s.cluster_history.back().road == Road::LowRoad);
    CHECK(s.firms[0].history.back().road == Road::LowRoad);
}
