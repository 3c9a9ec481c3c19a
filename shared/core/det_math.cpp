#include "core/det_math.hpp"

#include <array>
#include <cmath>
#include <limits>

namespace hr {

namespace {
// ln 2 split so that k * kLn2Hi is exact for |k| < 2^11 (Cody and Waite).
constexpr double kLn2Hi = 6.93147180369123816490e-01;
constexpr double kLn2Lo = 1.90821492927058770002e-10;
constexpr double kInvLn2 = 1.44269504088896338700e+00;
constexpr double kSqrtHalf = 0.70710678118654752440;

// 1 / n! for n = 0..14, computed by the compiler.
constexpr std::array<double, 15> kExpCoefficients = [] {
    std::array<double, 15> c{};
    double factorial = 1.0;
    for (std::size_t n = 0; n < c.size(); ++n) {
        factorial *= n == 0 ? 1.0 : static_cast<double>(n);
        c[n] = 1.0 / factorial;
    }
    return c;
}();
} // namespace

double det_exp(double x) {
    if (std::isnan(x)) {
        return x;
    }
    if (x > 709.0) {
        return std::numeric_limits<double>::infinity();
    }
    if (x < -745.0) {
        return 0.0;
    }
    // x = k ln2 + r with |r| <= ln2 / 2, then exp(x) = 2^k exp(r).
    const double k = std::floor(x * kInvLn2 + 0.5);
    const double r = (x - k * kLn2Hi) - k * kLn2Lo;
    // Taylor series to degree 14 in Horner form: the truncation error is below 1e-19 for
    // |r| <= 0.35.
    double sum = kExpCoefficients[14];
    for (int n = 13; n >= 0; --n) {
        sum = sum * r + kExpCoefficients[static_cast<std::size_t>(n)];
    }
    // ldexp scales by a power of two: exact, the same on every machine.
    return std::ldexp(sum, static_cast<int>(k));
}

double det_log(double x) {
    if (std::isnan(x) || x < 0.0) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (x == 0.0) {
        return -std::numeric_limits<double>::infinity();
    }
    if (std::isinf(x)) {
        return x;
    }
    int e = 0;
    double m = std::frexp(x, &e); // exact: x = m 2^e, m in [0.5, 1)
    if (m < kSqrtHalf) {
        m *= 2.0;
        --e;
    }
    // ln m = 2 atanh(s), s = (m - 1) / (m + 1), |s| <= 0.172: the odd series converges fast.
    const double s = (m - 1.0) / (m + 1.0);
    const double s2 = s * s;
    double series = 0.0;
    for (int n = 25; n >= 1; n -= 2) {
        series = 1.0 / static_cast<double>(n) + s2 * series;
    }
    const double ln_m = 2.0 * s * series;
    const double k = static_cast<double>(e);
    return k * kLn2Hi + (ln_m + k * kLn2Lo);
}

double det_pow(double x, double y) {
    return det_exp(y * det_log(x));
}

} // namespace hr
