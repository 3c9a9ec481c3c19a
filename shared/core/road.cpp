#include "core/road.hpp"
#include "core/det_math.hpp"

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

// Appends a signed whole number, digit by digit (the reason is rebuilt for every firm every
// round, so it avoids temporary strings).
void append_number(std::string& s, long long v, bool plus) {
    if (v < 0) {
        s.push_back('-');
        v = -v;
    } else if (v > 0 && plus) {
        s.push_back('+');
    }
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v > 0);
    while (n > 0) {
        s.push_back(digits[--n]);
    }
}

void append_percent(std::string& s, double v) {
    append_number(s, round_whole(v * 100.0), true);
    s.append(" %");
}

void append_hundredths(std::string& s, double v) {
    const long long c = round_whole(v * 100.0);
    const long long a = c < 0 ? -c : c;
    s.push_back(c > 0 ? '+' : (c < 0 ? '-' : '0'));
    if (c == 0) {
        s.append(".00");
        return;
    }
    append_number(s, a / 100, false);
    s.push_back('.');
    s.push_back(static_cast<char>('0' + a % 100 / 10));
    s.push_back(static_cast<char>('0' + a % 10));
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
    std::string s;
    s.reserve(72);
    s.append("exports ");
    append_percent(s, v.export_change);
    s.append(", wages ");
    append_percent(s, v.wage_change);
    s.append(", unit value ");
    append_percent(s, v.unit_value_change);
    s.append(", capability ");
    append_hundredths(s, v.capability_change);
    return s;
}

} // namespace hr
