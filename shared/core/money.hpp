#pragma once
// Money is kept in integer minor units: 1 unit = 1 US dollar, so 1 k$ = 1000.
// Keeping it integral makes accounts exact and identical on every machine.
#include <cstdint>
#include <limits>

namespace hr {

using Money = std::int64_t;

constexpr Money kThousand = 1000; // minor units per k$

constexpr Money from_k(double k) {
    return static_cast<Money>(k * static_cast<double>(kThousand) + (k >= 0 ? 0.5 : -0.5));
}
constexpr double to_k(Money m) {
    return static_cast<double>(m) / static_cast<double>(kThousand);
}

// Sums of amounts that come from anyone (a decision off the wire may hold any Money): they stop
// at the ends of Money's range instead of overflowing, so that an absurd amount is refused for
// what it is rather than wrapping around into a plausible one.
constexpr Money saturating_add(Money a, Money b) {
    Money sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) {
        return b > 0 ? std::numeric_limits<Money>::max() : std::numeric_limits<Money>::min();
    }
    return sum;
}
constexpr Money saturating_sub(Money a, Money b) {
    Money difference = 0;
    if (__builtin_sub_overflow(a, b, &difference)) {
        return b < 0 ? std::numeric_limits<Money>::max() : std::numeric_limits<Money>::min();
    }
    return difference;
}

} // namespace hr
