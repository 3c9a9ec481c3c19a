#pragma once
// Money is kept in integer minor units: 1 unit = 1 US dollar, so 1 k$ = 1000.
// Keeping it integral makes accounts exact and identical on every machine.
#include <cstdint>

namespace hr {

using Money = std::int64_t;

constexpr Money kThousand = 1000; // minor units per k$

constexpr Money from_k(double k) {
    return static_cast<Money>(k * static_cast<double>(kThousand) + (k >= 0 ? 0.5 : -0.5));
}
constexpr double to_k(Money m) {
    return static_cast<double>(m) / static_cast<double>(kThousand);
}

} // namespace hr
