#include "stats.hpp"

#include <cmath>

namespace hr::sim {

void Accumulator::add(double x) {
    ++n_;
    const double delta = x - mean_;
    mean_ += delta / static_cast<double>(n_);
    m2_ += delta * (x - mean_);
}

double Accumulator::variance() const {
    return n_ > 1 ? m2_ / static_cast<double>(n_ - 1) : 0.0;
}

double Accumulator::sd() const {
    return std::sqrt(variance());
}

double Accumulator::half_width() const {
    return n_ > 1 ? kZ95 * sd() / std::sqrt(static_cast<double>(n_)) : 0.0;
}

void RatioAccumulator::add(double x, double y) {
    ++n_;
    const double n = static_cast<double>(n_);
    const double dx = x - mx_;
    const double dy = y - my_;
    mx_ += dx / n;
    my_ += dy / n;
    sxx_ += dx * (x - mx_);
    syy_ += dy * (y - my_);
    sxy_ += dx * (y - my_);
}

bool RatioAccumulator::defined() const {
    return n_ > 0 && my_ != 0.0;
}

double RatioAccumulator::ratio() const {
    return defined() ? mx_ / my_ : 0.0;
}

double RatioAccumulator::half_width() const {
    if (!defined() || n_ < 2) {
        return 0.0;
    }
    const double n = static_cast<double>(n_);
    const double vx = sxx_ / (n - 1);
    const double vy = syy_ / (n - 1);
    const double cxy = sxy_ / (n - 1);
    const double r = ratio();
    const double var = (vx - 2 * r * cxy + r * r * vy) / (my_ * my_ * n);
    return kZ95 * std::sqrt(std::fmax(0.0, var));
}

} // namespace hr::sim
