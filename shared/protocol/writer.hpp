#pragma once
// Appends values to a byte buffer in the wire format that Reader reads back: fixed-width
// integers little-endian, doubles as their IEEE-754 bit pattern, lengths and counts as
// LEB128 varuints. The same value always gives the same bytes, on every machine.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace hr::proto {

class Writer {
  public:
    Writer& u8(std::uint8_t v);
    Writer& u16(std::uint16_t v);
    Writer& u32(std::uint32_t v);
    Writer& u64(std::uint64_t v);
    Writer& i32(std::int32_t v);
    Writer& i64(std::int64_t v);
    // The bit pattern, so NaN payloads and the sign of zero survive a round trip.
    Writer& f64(double v);
    Writer& boolean(bool v);
    // Unsigned LEB128 in its shortest form: 1 to 10 bytes.
    Writer& varuint(std::uint64_t v);
    // A varuint element count, read back by Reader::count.
    Writer& count(std::size_t n);
    // A varuint byte length, then the bytes. Reader::string rejects text that is not UTF-8.
    Writer& string(std::string_view text);
    Writer& blob(std::span<const std::uint8_t> data);
    // The bytes as they are, without a length.
    Writer& raw(std::span<const std::uint8_t> data);

    const std::vector<std::uint8_t>& bytes() const { return buf_; }
    // Hands the bytes over and leaves the writer empty, ready for the next message.
    std::vector<std::uint8_t> take() {
        std::vector<std::uint8_t> out;
        out.swap(buf_);
        return out;
    }
    std::size_t size() const { return buf_.size(); }

  private:
    void little_endian(std::uint64_t v, int width);

    std::vector<std::uint8_t> buf_;
};

} // namespace hr::proto
