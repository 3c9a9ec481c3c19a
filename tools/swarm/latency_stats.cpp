#include "latency_stats.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hr::swarm {

double percentile(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) {
        return 0;
    }
    const double n = static_cast<double>(sorted.size());
    // Rank ceil(q/100 * n), 1-based; the small epsilon keeps 99 % of 100 at rank 99 despite
    // rounding in q/100 * n.
    const double rank = std::ceil(q / 100.0 * n - 1e-9);
    const auto index = static_cast<std::size_t>(std::clamp(rank, 1.0, n)) - 1;
    return sorted[index];
}

LatencySummary summarize(std::vector<double> samples) {
    LatencySummary s;
    if (samples.empty()) {
        return s;
    }
    std::sort(samples.begin(), samples.end());
    s.count = samples.size();
    s.min = samples.front();
    s.max = samples.back();
    s.mean = std::accumulate(samples.begin(), samples.end(), 0.0) / static_cast<double>(s.count);
    s.p50 = percentile(samples, 50);
    s.p90 = percentile(samples, 90);
    s.p99 = percentile(samples, 99);
    return s;
}

std::vector<LatencySummary> summarize_by_time(const std::vector<double>& at,
                                              const std::vector<double>& values, double width) {
    std::vector<std::vector<double>> buckets;
    const std::size_t n = std::min(at.size(), values.size());
    for (std::size_t i = 0; i < n && width > 0; ++i) {
        const auto b = static_cast<std::size_t>(std::max(0.0, std::floor(at[i] / width)));
        if (b >= buckets.size()) {
            buckets.resize(b + 1);
        }
        buckets[b].push_back(values[i]);
    }
    std::vector<LatencySummary> out;
    out.reserve(buckets.size());
    for (auto& b : buckets) {
        out.push_back(summarize(std::move(b)));
    }
    return out;
}

} // namespace hr::swarm
