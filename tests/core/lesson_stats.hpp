#pragma once
// Means and success counts over many seeds, so a lesson is asserted with a margin, not by luck.
#include "lesson_runner.hpp"

#include <cstdint>

namespace hr::test {

constexpr int kLessonSeeds = 50;

struct Tally {
    double sum_a = 0;
    double sum_b = 0;
    int held = 0;
    int seeds = 0;
    void add(double a, double b, bool ok) {
        sum_a += a;
        sum_b += b;
        held += ok ? 1 : 0;
        ++seeds;
    }
    double a() const { return sum_a / seeds; }
    double b() const { return sum_b / seeds; }
    // The lesson held in at least this share of the seeds.
    double rate() const { return static_cast<double>(held) / seeds; }
};

inline std::uint64_t lesson_seed(int i) {
    return 1000 + static_cast<std::uint64_t>(i) * 7919;
}

// Mean of process, product and functional: the capabilities the strategies invest in.
inline double upgraded(const Capabilities& c) {
    return (c[UpgradeType::Process] + c[UpgradeType::Product] + c[UpgradeType::Functional]) / 3.0;
}

inline double cumulative_profit_k(const GameState& s) {
    double sum = 0;
    for (const auto& f : s.firms) {
        sum += to_k(f.cumulative_profit);
    }
    return sum;
}

} // namespace hr::test
