#include "protocol/utf8.hpp"

#include <cstddef>
#include <cstdint>

namespace hr::proto {

namespace {

bool is_continuation(std::uint8_t b) {
    return (b & 0xC0) == 0x80;
}

} // namespace

bool is_valid_utf8(std::string_view text) {
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const auto lead = static_cast<std::uint8_t>(text[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        // The allowed range of the second byte is what excludes overlongs (E0, F0), surrogates
        // (ED) and code points above U+10FFFF (F4); see the table in RFC 3629 section 4.
        std::size_t length = 0;
        std::uint8_t second_lo = 0x80;
        std::uint8_t second_hi = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                second_lo = 0xA0;
            } else if (lead == 0xED) {
                second_hi = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                second_lo = 0x90;
            } else if (lead == 0xF4) {
                second_hi = 0x8F;
            }
        } else {
            return false; // a stray continuation byte, an overlong lead C0/C1, or F5..FF
        }
        if (n - i < length) {
            return false;
        }
        const auto second = static_cast<std::uint8_t>(text[i + 1]);
        if (second < second_lo || second > second_hi) {
            return false;
        }
        for (std::size_t k = 2; k < length; ++k) {
            if (!is_continuation(static_cast<std::uint8_t>(text[i + k]))) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

} // namespace hr::proto
