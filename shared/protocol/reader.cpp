#include "protocol/reader.hpp"

#include "protocol/utf8.hpp"

#include <bit>
#include <cmath>

namespace hr::proto {

void Reader::fail(std::string_view reason) {
    if (ok()) {
        error_ = reason.empty() ? std::string_view("decode failed") : reason;
        error_offset_ = pos_;
    }
}

bool Reader::take(std::size_t n, std::string_view reason, std::span<const std::uint8_t>& out) {
    if (!ok()) {
        return false;
    }
    if (n > remaining()) {
        fail(reason);
        return false;
    }
    out = bytes_.subspan(pos_, n);
    pos_ += n;
    return true;
}

std::uint64_t Reader::little_endian(int width, std::string_view reason) {
    std::span<const std::uint8_t> b;
    if (!take(static_cast<std::size_t>(width), reason, b)) {
        return 0;
    }
    std::uint64_t v = 0;
    for (int i = 0; i < width; ++i) {
        v |= static_cast<std::uint64_t>(b[static_cast<std::size_t>(i)]) << (8 * i);
    }
    return v;
}

std::uint8_t Reader::u8() {
    return static_cast<std::uint8_t>(little_endian(1, "truncated u8"));
}

std::uint16_t Reader::u16() {
    return static_cast<std::uint16_t>(little_endian(2, "truncated u16"));
}

std::uint32_t Reader::u32() {
    return static_cast<std::uint32_t>(little_endian(4, "truncated u32"));
}

std::uint64_t Reader::u64() {
    return little_endian(8, "truncated u64");
}

std::int32_t Reader::i32() {
    return static_cast<std::int32_t>(little_endian(4, "truncated i32"));
}

std::int64_t Reader::i64() {
    return static_cast<std::int64_t>(little_endian(8, "truncated i64"));
}

double Reader::f64() {
    return std::bit_cast<double>(little_endian(8, "truncated f64"));
}

double Reader::finite_f64() {
    const double v = std::bit_cast<double>(little_endian(8, "truncated f64"));
    if (!std::isfinite(v)) {
        fail("f64 is not finite");
        return 0.0;
    }
    return v;
}

bool Reader::boolean() {
    const auto pos = pos_;
    const std::uint8_t v = static_cast<std::uint8_t>(little_endian(1, "truncated bool"));
    if (v > 1) {
        pos_ = pos;
        fail("bool is neither 0 nor 1");
        return false;
    }
    return v == 1;
}

std::uint64_t Reader::varuint() {
    if (!ok()) {
        return 0;
    }
    const auto start = pos_;
    std::uint64_t v = 0;
    for (int i = 0; i < 10; ++i) {
        if (at_end()) {
            pos_ = start;
            fail("truncated varuint");
            return 0;
        }
        const std::uint8_t b = bytes_[pos_++];
        // The tenth byte holds bit 63 alone: anything more would not fit in 64 bits.
        if (i == 9 && b > 1) {
            pos_ = start;
            fail("varuint overflows 64 bits");
            return 0;
        }
        v |= static_cast<std::uint64_t>(b & 0x7F) << (7 * i);
        if ((b & 0x80) == 0) {
            if (b == 0 && i > 0) {
                pos_ = start;
                fail("varuint is not in its shortest form");
                return 0;
            }
            return v;
        }
    }
    return v; // unreachable: the tenth byte either ends the varuint or fails above
}

std::size_t Reader::count(std::size_t max) {
    const auto start = pos_;
    const std::uint64_t n = varuint();
    if (!ok()) {
        return 0;
    }
    if (n > max) {
        pos_ = start;
        fail("count above its cap");
        return 0;
    }
    if (n > remaining()) {
        pos_ = start;
        fail("count above the bytes left");
        return 0;
    }
    return static_cast<std::size_t>(n);
}

std::span<const std::uint8_t> Reader::sized(std::size_t max_bytes, std::string_view too_long,
                                            std::string_view truncated) {
    const auto start = pos_;
    const std::uint64_t n = varuint();
    if (!ok()) {
        return {};
    }
    if (n > max_bytes) {
        pos_ = start;
        fail(too_long);
        return {};
    }
    if (n > remaining()) {
        pos_ = start;
        fail(truncated);
        return {};
    }
    std::span<const std::uint8_t> out;
    take(static_cast<std::size_t>(n), truncated, out);
    return out;
}

std::string Reader::string(std::size_t max_bytes) {
    const auto start = pos_;
    const auto b = sized(max_bytes, "string longer than its cap", "truncated string");
    if (!ok()) {
        return {};
    }
    const std::string_view text(reinterpret_cast<const char*>(b.data()), b.size());
    if (!is_valid_utf8(text)) {
        pos_ = start;
        fail("string is not valid UTF-8");
        return {};
    }
    return std::string(text);
}

std::vector<std::uint8_t> Reader::blob(std::size_t max_bytes) {
    const auto b = sized(max_bytes, "blob longer than its cap", "truncated blob");
    return std::vector<std::uint8_t>(b.begin(), b.end());
}

std::span<const std::uint8_t> Reader::raw(std::size_t n) {
    std::span<const std::uint8_t> out;
    take(n, "truncated raw bytes", out);
    return out;
}

bool Reader::expect_end() {
    if (ok() && !at_end()) {
        fail("trailing bytes after the end");
    }
    return ok();
}

} // namespace hr::proto
