#include "latency_stats.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using hr::swarm::percentile;
using hr::swarm::summarize;

TEST_CASE("percentiles follow the nearest-rank rule", "[tools][swarm]") {
    std::vector<double> one_to_hundred;
    for (int i = 1; i <= 100; ++i) {
        one_to_hundred.push_back(i);
    }
    CHECK(percentile(one_to_hundred, 50) == 50);
    CHECK(percentile(one_to_hundred, 99) == 99);
    CHECK(percentile(one_to_hundred, 100) == 100);
    CHECK(percentile(one_to_hundred, 1) == 1);
    CHECK(percentile(one_to_hundred, 0.5) == 1);
    CHECK(percentile(one_to_hundred, 99.5) == 100);

    const std::vector<double> ten{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    CHECK(percentile(ten, 50) == 5);
    CHECK(percentile(ten, 51) == 6);
    CHECK(percentile(ten, 99) == 10);
}

TEST_CASE("a single sample is every percentile, and no sample gives zeros", "[tools][swarm]") {
    const auto one = summarize({4.5});
    CHECK(one.count == 1);
    CHECK(one.min == 4.5);
    CHECK(one.p50 == 4.5);
    CHECK(one.p99 == 4.5);
    CHECK(one.max == 4.5);
    CHECK(one.mean == 4.5);

    const auto none = summarize({});
    CHECK(none.count == 0);
    CHECK(none.p50 == 0);
    CHECK(none.max == 0);
    CHECK(percentile({}, 50) == 0);
}

TEST_CASE("the summary sorts its samples itself", "[tools][swarm]") {
    const auto s = summarize({9, 1, 5, 3, 7});
    CHECK(s.min == 1);
    CHECK(s.max == 9);
    CHECK(s.p50 == 5);
    CHECK(s.mean == Approx(5));
}

TEST_CASE("a percentile is an observed sample with the right share at or below it",
          "[tools][swarm]") {
    const auto seed = GENERATE(range(1, 41));
    std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
    std::uniform_int_distribution<int> size(1, 500);
    std::exponential_distribution<double> latency(2.0);
    std::vector<double> samples(static_cast<std::size_t>(size(rng)));
    for (double& x : samples) {
        x = latency(rng);
    }
    const auto s = summarize(samples);
    std::sort(samples.begin(), samples.end());
    CHECK(s.min <= s.p50);
    CHECK(s.p50 <= s.p90);
    CHECK(s.p90 <= s.p99);
    CHECK(s.p99 <= s.max);
    const double n = static_cast<double>(samples.size());
    for (const double q : {50.0, 90.0, 99.0}) {
        const double p = percentile(samples, q);
        CHECK(std::find(samples.begin(), samples.end(), p) != samples.end());
        const auto at_or_below =
            std::count_if(samples.begin(), samples.end(), [&](double x) { return x <= p; });
        const auto below =
            std::count_if(samples.begin(), samples.end(), [&](double x) { return x < p; });
        CHECK(static_cast<double>(at_or_below) >= q / 100.0 * n - 1e-9);
        CHECK(static_cast<double>(below) < q / 100.0 * n);
    }
}

TEST_CASE("samples are summarized by the second they were taken in", "[tools][swarm]") {
    const std::vector<double> at{0.1, 0.9, 2.5, 2.7, 2.2, -0.01};
    const std::vector<double> values{1, 3, 10, 30, 20, 5};
    const auto buckets = hr::swarm::summarize_by_time(at, values, 1.0);
    REQUIRE(buckets.size() == 3);
    CHECK(buckets[0].count == 3);
    CHECK(buckets[0].max == 5);
    CHECK(buckets[1].count == 0);
    CHECK(buckets[2].count == 3);
    CHECK(buckets[2].p50 == 20);
    CHECK(buckets[2].min == 10);
    CHECK(hr::swarm::summarize_by_time({}, {}, 1.0).empty());
}
