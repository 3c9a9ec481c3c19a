#pragma once
// The one clock of the swarm: monotonic nanoseconds, shared by every thread of the process so
// that times taken on different hosts compare.
#include <chrono>
#include <cstdint>

namespace hr::swarm {

inline std::int64_t now_ns() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline double ns_to_ms(std::int64_t ns) {
    return static_cast<double>(ns) / 1e6;
}

} // namespace hr::swarm
