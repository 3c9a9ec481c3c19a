#include "protocol/utf8.hpp"

#include "core/rng.hpp"
#include "protocol/utf8_encode.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

using hr::proto::is_valid_utf8;
using hr::proto::test::encode_utf8;
using hr::proto::test::shortest_utf8_length;

namespace {

std::string bytes(std::initializer_list<int> values) {
    std::string s;
    for (int v : values) {
        s.push_back(static_cast<char>(v));
    }
    return s;
}

// An independent decoder, written from the definition rather than from the byte-range table
// the validator uses: decode by the lead byte's high bits, then check the code point.
bool reference_valid(const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto lead = static_cast<std::uint8_t>(s[i]);
        int length = 0;
        std::uint32_t cp = 0;
        if ((lead & 0x80) == 0) {
            length = 1;
            cp = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2;
            cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            cp = lead & 0x07;
        } else {
            return false;
        }
        if (s.size() - i < static_cast<std::size_t>(length)) {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            const auto c = static_cast<std::uint8_t>(s[i + static_cast<std::size_t>(k)]);
            if ((c & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (shortest_utf8_length(cp) != length || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            return false;
        }
        i += static_cast<std::size_t>(length);
    }
    return true;
}

} // namespace

TEST_CASE("well-formed UTF-8 text is accepted", "[protocol][utf8]") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain ASCII, with digits 0123"));
    CHECK(is_valid_utf8(std::string("nul \0 inside", 12)));
    CHECK(is_valid_utf8("Confecções São João"));
    CHECK(is_valid_utf8("Ñandú, 中文, 🚚"));
    CHECK(is_valid_utf8(bytes({0xC2, 0x80})));             // U+0080, smallest two-byte
    CHECK(is_valid_utf8(bytes({0xDF, 0xBF})));             // U+07FF
    CHECK(is_valid_utf8(bytes({0xE0, 0xA0, 0x80})));       // U+0800, smallest three-byte
    CHECK(is_valid_utf8(bytes({0xED, 0x9F, 0xBF})));       // U+D7FF, just below surrogates
    CHECK(is_valid_utf8(bytes({0xEE, 0x80, 0x80})));       // U+E000, just above surrogates
    CHECK(is_valid_utf8(bytes({0xEF, 0xBF, 0xBF})));       // U+FFFF
    CHECK(is_valid_utf8(bytes({0xF0, 0x90, 0x80, 0x80}))); // U+10000, smallest four-byte
    CHECK(is_valid_utf8(bytes({0xF4, 0x8F, 0xBF, 0xBF}))); // U+10FFFF, the last code point
}

TEST_CASE("malformed UTF-8 is refused", "[protocol][utf8]") {
    CHECK_FALSE(is_valid_utf8(bytes({0x80})));                   // stray continuation
    CHECK_FALSE(is_valid_utf8(bytes({0xBF, 0x41})));             // stray continuation
    CHECK_FALSE(is_valid_utf8(bytes({0xC2})));                   // truncated at the end
    CHECK_FALSE(is_valid_utf8(bytes({0xC2, 0x41})));             // missing continuation
    CHECK_FALSE(is_valid_utf8(bytes({0xE2, 0x82})));             // truncated three-byte
    CHECK_FALSE(is_valid_utf8(bytes({0xF0, 0x9F, 0x9A})));       // truncated four-byte
    CHECK_FALSE(is_valid_utf8(bytes({0xE2, 0x28, 0xA1})));       // bad third byte position 2
    CHECK_FALSE(is_valid_utf8(bytes({0xF0, 0x9F, 0x9A, 0x41}))); // bad last byte
    CHECK_FALSE(is_valid_utf8(bytes({0xFE})));
    CHECK_FALSE(is_valid_utf8(bytes({0xFF})));
}

TEST_CASE("overlong encodings are refused", "[protocol][utf8]") {
    CHECK_FALSE(is_valid_utf8(bytes({0xC0, 0x80})));             // NUL in two bytes
    CHECK_FALSE(is_valid_utf8(bytes({0xC0, 0xAF})));             // '/' in two bytes
    CHECK_FALSE(is_valid_utf8(bytes({0xC1, 0xBF})));             // U+007F in two bytes
    CHECK_FALSE(is_valid_utf8(bytes({0xE0, 0x80, 0xAF})));       // '/' in three bytes
    CHECK_FALSE(is_valid_utf8(bytes({0xE0, 0x9F, 0xBF})));       // U+07FF in three bytes
    CHECK_FALSE(is_valid_utf8(bytes({0xF0, 0x80, 0x80, 0xAF}))); // '/' in four bytes
    CHECK_FALSE(is_valid_utf8(bytes({0xF0, 0x8F, 0xBF, 0xBF}))); // U+FFFF in four bytes
}

TEST_CASE("UTF-16 surrogates and code points above U+10FFFF are refused", "[protocol][utf8]") {
    CHECK_FALSE(is_valid_utf8(bytes({0xED, 0xA0, 0x80})));       // U+D800
    CHECK_FALSE(is_valid_utf8(bytes({0xED, 0xBF, 0xBF})));       // U+DFFF
    CHECK_FALSE(is_valid_utf8(bytes({0xF4, 0x90, 0x80, 0x80}))); // U+110000
    CHECK_FALSE(is_valid_utf8(bytes({0xF5, 0x80, 0x80, 0x80})));
    CHECK_FALSE(is_valid_utf8(bytes({0xF7, 0xBF, 0xBF, 0xBF}))); // U+1FFFFF
}

TEST_CASE("every code point is accepted in its shortest form and refused in longer ones",
          "[protocol][utf8]") {
    int wrong = 0;
    for (std::uint32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        const bool scalar = cp < 0xD800 || cp > 0xDFFF;
        wrong += is_valid_utf8(encode_utf8(cp)) != scalar ? 1 : 0;
        for (int length = shortest_utf8_length(cp) + 1; length <= 4; ++length) {
            wrong += is_valid_utf8(encode_utf8(cp, length)) ? 1 : 0;
        }
    }
    for (std::uint32_t cp = 0x110000; cp < 0x200000; cp += 0x111) {
        wrong += is_valid_utf8(encode_utf8(cp, 4)) ? 1 : 0;
    }
    REQUIRE(wrong == 0);
}

TEST_CASE("the validator agrees with a reference decoder on random bytes", "[protocol][utf8]") {
    hr::Rng rng(GENERATE(1ULL, 2ULL, 3ULL, 4ULL, 5ULL, 6ULL, 7ULL, 8ULL));
    for (int i = 0; i < 20000; ++i) {
        std::string s;
        const auto length = rng.below(8);
        for (std::uint64_t k = 0; k < length; ++k) {
            // Favour bytes near the interesting boundaries, so that near-valid text is common.
            const auto pick = rng.below(4);
            const auto b = pick == 0   ? rng.below(0x80)
                           : pick == 1 ? 0x80 + rng.below(0x40)
                                       : 0xC0 + rng.below(0x40);
            s.push_back(static_cast<char>(b));
        }
        INFO("case " << i);
        REQUIRE(is_valid_utf8(s) == reference_valid(s));
    }
}
