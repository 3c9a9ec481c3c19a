#include "protocol/writer.hpp"

#include <bit>

namespace hr::proto {

void Writer::little_endian(std::uint64_t v, int width) {
    for (int i = 0; i < width; ++i) {
        buf_.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    }
}

Writer& Writer::u8(std::uint8_t v) {
    buf_.push_back(v);
    return *this;
}

Writer& Writer::u16(std::uint16_t v) {
    little_endian(v, 2);
    return *this;
}

Writer& Writer::u32(std::uint32_t v) {
    little_endian(v, 4);
    return *this;
}

Writer& Writer::u64(std::uint64_t v) {
    little_endian(v, 8);
    return *this;
}

Writer& Writer::i32(std::int32_t v) {
    return u32(static_cast<std::uint32_t>(v));
}

Writer& Writer::i64(std::int64_t v) {
    return u64(static_cast<std::uint64_t>(v));
}

Writer& Writer::f64(double v) {
    return u64(std::bit_cast<std::uint64_t>(v));
}

Writer& Writer::boolean(bool v) {
    return u8(v ? 1 : 0);
}

Writer& Writer::varuint(std::uint64_t v) {
    while (v >= 0x80) {
        buf_.push_back(static_cast<std::uint8_t>((v & 0x7F) | 0x80));
        v >>= 7;
    }
    buf_.push_back(static_cast<std::uint8_t>(v));
    return *this;
}

Writer& Writer::count(std::size_t n) {
    return varuint(n);
}

Writer& Writer::string(std::string_view text) {
    varuint(text.size());
    buf_.insert(buf_.end(), text.begin(), text.end());
    return *this;
}

Writer& Writer::blob(std::span<const std::uint8_t> data) {
    varuint(data.size());
    return raw(data);
}

Writer& Writer::raw(std::span<const std::uint8_t> data) {
    buf_.insert(buf_.end(), data.begin(), data.end());
    return *this;
}

} // namespace hr::proto
