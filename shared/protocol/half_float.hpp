#pragma once
// IEEE-754 half precision (binary16) for the small displayed ratios of the protocol: shares of a
// value chain, the parts of a capability's change, relative changes. Three significant digits
// are all a bar or a tooltip shows, at half the bytes of a float. Conversions are exact bit
// manipulations (round to nearest, ties to even), the same on every machine.
#include <bit>
#include <cstdint>

namespace hr::proto {

// The one NaN a half travels as; a decoder refuses the others, so that a value has one encoding.
inline constexpr std::uint16_t kHalfNaN = 0x7e00;

constexpr std::uint16_t to_half(float value) {
    const auto f = std::bit_cast<std::uint32_t>(value);
    const auto sign = static_cast<std::uint16_t>((f >> 16) & 0x8000u);
    const std::uint32_t abs = f & 0x7fffffffu;
    if (abs > 0x7f800000u) {
        return static_cast<std::uint16_t>(sign | kHalfNaN);
    }
    if (abs >= 0x477ff000u) { // 65520 and above round to infinity
        return static_cast<std::uint16_t>(sign | 0x7c00u);
    }
    if (abs < 0x38800000u) { // below 2^-14: a subnormal half, or zero
        if (abs < 0x33000000u) {
            return sign;
        }
        const std::uint32_t exponent = abs >> 23;
        const std::uint32_t mantissa = (abs & 0x7fffffu) | 0x800000u;
        const std::uint32_t shift = 126 - exponent;
        std::uint32_t h = mantissa >> shift;
        const std::uint32_t rest = mantissa & ((1u << shift) - 1);
        const std::uint32_t halfway = 1u << (shift - 1);
        if (rest > halfway || (rest == halfway && (h & 1u) != 0)) {
            ++h;
        }
        return static_cast<std::uint16_t>(sign | h);
    }
    std::uint32_t h = (abs >> 13) - (112u << 10);
    const std::uint32_t rest = abs & 0x1fffu;
    if (rest > 0x1000u || (rest == 0x1000u && (h & 1u) != 0)) {
        ++h; // may carry into the exponent, up to infinity: still right
    }
    return static_cast<std::uint16_t>(sign | h);
}

constexpr float from_half(std::uint16_t h) {
    const std::uint32_t sign = (static_cast<std::uint32_t>(h) & 0x8000u) << 16;
    const std::uint32_t exponent = (h >> 10) & 0x1fu;
    const std::uint32_t mantissa = h & 0x3ffu;
    std::uint32_t f = sign;
    if (exponent == 0) {
        if (mantissa != 0) {
            // A subnormal half is a normal float: shift the leading bit into place.
            std::uint32_t m = mantissa;
            std::uint32_t shifts = 0;
            while ((m & 0x400u) == 0) {
                m <<= 1;
                ++shifts;
            }
            f |= ((113u - shifts) << 23) | ((m & 0x3ffu) << 13);
        }
    } else if (exponent == 31) {
        f |= 0x7f800000u | (mantissa << 13);
    } else {
        f |= ((exponent + 112u) << 23) | (mantissa << 13);
    }
    return std::bit_cast<float>(f);
}

constexpr bool is_canonical_half(std::uint16_t h) {
    const bool nan = (h & 0x7c00u) == 0x7c00u && (h & 0x3ffu) != 0;
    return !nan || (h & 0x7fffu) == kHalfNaN;
}

} // namespace hr::proto
