#pragma once
// Exponential and logarithm computed with + - * / only, so that every machine gets the same bits
// (libm's exp/log may differ in the last place between implementations). Accurate to ~1 ulp over
// the ranges the model uses. sqrt needs no replacement: IEEE 754 makes it exact everywhere.
#include <cstdint>

namespace hr {

double det_exp(double x);
// Natural logarithm; -infinity for 0, NaN for negative or NaN input.
double det_log(double x);
// x^y for x > 0.
double det_pow(double x, double y);

// Rounds to the nearest whole number, halves away from zero: plain IEEE arithmetic, inlined
// (std::llround is a library call on the hot path). Callers pass finite values well inside the
// range of Money.
constexpr std::int64_t round_whole(double v) {
    return static_cast<std::int64_t>(v < 0.0 ? v - 0.5 : v + 0.5);
}

// Small helpers used throughout the model.
constexpr double clamp01(double x) {
    return x < 0.0 ? 0.0 : (x > 1.0 ? 1.0 : x);
}
constexpr double clamp_to(double x, double lo, double hi) {
    return x < lo ? lo : (x > hi ? hi : x);
}

} // namespace hr
