#pragma once
// Test helper: encodes a code point in UTF-8 with a chosen length, so that tests can build
// valid text as well as the overlong and out-of-range forms a strict validator must refuse.
#include <cstdint>
#include <string>

namespace hr::proto::test {

inline int shortest_utf8_length(std::uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// `length` is 1..4 and must be at least the shortest length for `cp` (which may be < 2^21).
inline std::string encode_utf8(std::uint32_t cp, int length) {
    std::string out;
    if (length == 1) {
        out.push_back(static_cast<char>(cp));
        return out;
    }
    static constexpr std::uint8_t kLead[] = {0, 0, 0xC0, 0xE0, 0xF0};
    const int shift = 6 * (length - 1);
    out.push_back(static_cast<char>(kLead[length] | (cp >> shift)));
    for (int s = shift - 6; s >= 0; s -= 6) {
        out.push_back(static_cast<char>(0x80 | ((cp >> s) & 0x3F)));
    }
    return out;
}

inline std::string encode_utf8(std::uint32_t cp) {
    return encode_utf8(cp, shortest_utf8_length(cp));
}

} // namespace hr::proto::test
