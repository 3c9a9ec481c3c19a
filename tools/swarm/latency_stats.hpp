#pragma once
// Summaries of measured durations: percentiles by the nearest-rank rule, so that every reported
// figure is one that was actually observed (p99 of 100 samples is the 99th smallest).
#include <cstddef>
#include <vector>

namespace hr::swarm {

struct LatencySummary {
    std::size_t count = 0;
    double min = 0;
    double mean = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
};

// The q-th percentile (0 < q <= 100) of samples sorted ascending, by nearest rank: the smallest
// sample with at least q % of the samples at or below it. 0 for no samples.
double percentile(const std::vector<double>& sorted, double q);

// Sorts the samples (taken by value) and summarizes them; all zero for no samples.
LatencySummary summarize(std::vector<double> samples);

// The samples summarized by when they were taken: bucket i holds the values whose time `at`
// lies in [i * width, (i + 1) * width); negative times count in bucket 0. `at` and `values` are
// parallel; the result runs to the last non-empty bucket.
std::vector<LatencySummary> summarize_by_time(const std::vector<double>& at,
                                              const std::vector<double>& values, double width);

} // namespace hr::swarm
