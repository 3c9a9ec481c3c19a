#include "core/road.hpp"

#include <cmath>

namespace hr {

RoadPoint road_point(const FirmRecord& r) {
    return {r.exports, r.wage, r.unit_value, r.capabilities.average()};
}

RoadPoint road_point(const ClusterRecord& r) {
    return {r.exports, r.avg_wage, r.unit_value, r.avg_capabilities.average()};
}

namespace {

double relative(double from, double to) {
    if (from <= 0.0) {
        return to > 0.0 ? 1.0 : 0.0;
    }
    return to / from - 1.0;
}

std::string percent(double v) {
    const long long p = std::llround(v * 100.0);
    return (p > 0 ? "+" : "") + std::to_string(p) + " %";
}

std::string hundredths(double v) {
    const long long c = std::llround(v * 100.0);
    const long long a = c < 0 ? -c : c;
    std::string s = (c > 0 ? "+" : (c < 0 ? "-" : "")) + std::to_string(a / 100) + ".";
    s += (a % 100 < 10 ? "0" : "") + std::to_string(a % 100);
    return s;
}

} // namespace

RoadVerdict classify_road(const RoadPoint& from, const RoadPoint& to, bool first) {
    RoadVerdict v;
    if (first) {
        v.road = Road::Stagnation;
        v.reason = "first round: no trend yet";
        return v;
    }
    v.export_change = relative(from.exports, to.exports);
    v.wage_change = relative(from.wage, to.wage);
    v.unit_value_change = relative(from.unit_value, to.unit_value);
    v.capability_change = to.capability - from.capability;
    // Thresholds: a move smaller than 2 % (or 0.02 of capability) is noise, not a trend.
    const bool wages_hold = v.wage_change >= -0.01;
    const bool wages_fall = v.wage_change < -0.02;
    const bool value_up = v.unit_value_change > 0.02;
    const bool value_down = v.unit_value_change < -0.02;
    if (wages_hold && v.capability_change >= -0.005 && (value_up || v.wage_change > 0.02) &&
        v.export_change > -0.25) {
        // Participation that brings income growth, sustained by upgrading.
        v.road = Road::HighRoad;
    } else if ((wages_fall || value_down) && v.export_change > -0.05) {
        // Exports held or won with lower wages or cheaper goods: the race to the bottom.
        v.road = Road::LowRoad;
    } else if (v.capability_change < -0.02) {
        v.road = Road::Downgrading;
    } else {
        v.road = Road::Stagnation;
    }
    v.reason = road_reason(v);
    return v;
}

std::string road_reason(const RoadVerdict& v) {
    return "exports " + percent(v.export_change) + ", wages " + percent(v.wage_change) +
           ", unit value " + percent(v.unit_value_change) + ", capability " +
           hundredths(v.capability_change);
}

} // namespace hr
