#pragma once
// Streaming statistics: means, spreads and 95 % intervals without keeping the observations, so
// that memory stays flat in the number of games. Welford's updates, fed in a fixed order so that
// the result is the same to the bit whatever the thread count.
#include <cstdint>

namespace hr::sim {

// Normal approximation of the 95 % interval: the samples here are hundreds to millions.
constexpr double kZ95 = 1.959963984540054;

class Accumulator {
  public:
    void add(double x);
    std::int64_t count() const { return n_; }
    double mean() const { return mean_; }
    double variance() const; // sample variance (n - 1)
    double sd() const;
    // Half-width of the 95 % interval of the mean (0 with fewer than two observations).
    double half_width() const;
    double low() const { return mean_ - half_width(); }
    double high() const { return mean_ + half_width(); }

  private:
    std::int64_t n_ = 0;
    double mean_ = 0;
    double m2_ = 0;
};

// Pairs (x, y): the ratio of means x̄ / ȳ and its 95 % interval by the delta method. Used for
// "upgrading bought per unit of public money", where x and y are measured on the same games.
class RatioAccumulator {
  public:
    void add(double x, double y);
    std::int64_t count() const { return n_; }
    double mean_x() const { return mx_; }
    double mean_y() const { return my_; }
    bool defined() const; // ȳ is not zero
    double ratio() const;
    double half_width() const;

  private:
    std::int64_t n_ = 0;
    double mx_ = 0, my_ = 0;
    double sxx_ = 0, syy_ = 0, sxy_ = 0;
};

} // namespace hr::sim
