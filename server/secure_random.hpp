#pragma once
// Unpredictable bytes from the kernel (getrandom), for join codes, reconnect tokens and salts.
// Never the game's Rng: that one is deterministic by design.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace hr::server {

// Throws std::system_error when the kernel cannot supply randomness.
void secure_random(std::span<std::uint8_t> out);

template <std::size_t N> std::array<std::uint8_t, N> secure_random_bytes() {
    std::array<std::uint8_t, N> a{};
    secure_random(a);
    return a;
}

// Uniform in [0, n), n > 0, without modulo bias.
std::uint32_t secure_below(std::uint32_t n);

} // namespace hr::server
