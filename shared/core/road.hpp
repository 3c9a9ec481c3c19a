#pragma once
// The road (DESIGN §1): high road, low road, stagnation or downgrading, judged from the trends of
// exports, wages, unit value and capabilities over the last rounds, with the numbers as reason.
#include "core/round_result.hpp"

#include <string>

namespace hr {

// One point of a path: what the road compares between two rounds.
struct RoadPoint {
    double exports = 0;
    double wage = 0;
    double unit_value = 0;
    double capability = 0; // average of the four types
};

RoadPoint road_point(const FirmRecord& r);
RoadPoint road_point(const ClusterRecord& r);

// Classifies the move from `from` to `to`. `first` = no earlier round to compare with.
RoadVerdict classify_road(const RoadPoint& from, const RoadPoint& to, bool first);

// "exports +35 %, wages -12 %, unit value -8 %, capability +0.05"
std::string road_reason(const RoadVerdict& v);

} // namespace hr
