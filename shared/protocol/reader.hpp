#pragma once
// Reads what Writer wrote, from bytes that may come from anyone. Every read is bounds-checked.
// The first failure (truncation, a malformed value, a cap exceeded) makes the reader sticky
// failed: that read and every later one return a zero value and consume nothing, so a decoder
// reads all its fields and checks ok() once at the end. Nothing throws.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hr::proto {

class Reader {
  public:
    explicit Reader(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

    std::uint8_t u8();
    std::uint16_t u16();
    std::uint32_t u32();
    std::uint64_t u64();
    std::int32_t i32();
    std::int64_t i64();
    // Any bit pattern, NaN and infinities included.
    double f64();
    // Fails on NaN and infinities: use it for every quantity the game computes with.
    double finite_f64();
    // Fails on any byte but 0 and 1, so that one value has one encoding.
    bool boolean();
    // Fails on more than 10 bytes, on bits beyond 64 and on non-shortest encodings.
    std::uint64_t varuint();
    // An element count of at most `max`. Each element takes at least one byte, so a count
    // above the bytes left fails too: a lying count never drives a huge allocation.
    std::size_t count(std::size_t max);
    // At most `max_bytes` bytes of strictly valid UTF-8.
    std::string string(std::size_t max_bytes);
    std::vector<std::uint8_t> blob(std::size_t max_bytes);
    // The next `n` bytes as they are (a view into the input).
    std::span<const std::uint8_t> raw(std::size_t n);

    // Marks the reader failed, for decoders that find a value out of range. `reason` must
    // outlive the reader: pass a string literal.
    void fail(std::string_view reason);
    // Fails when bytes are left over, so that trailing garbage is refused.
    bool expect_end();

    bool ok() const { return error_.empty(); }
    // Why the first failure happened; empty while ok().
    std::string_view error() const { return error_; }
    // Where the first failure happened; the current position while ok().
    std::size_t error_offset() const { return ok() ? pos_ : error_offset_; }
    std::size_t position() const { return pos_; }
    std::size_t remaining() const { return bytes_.size() - pos_; }
    bool at_end() const { return pos_ == bytes_.size(); }

  private:
    // Consumes `n` bytes, or fails with `reason` and returns false.
    bool take(std::size_t n, std::string_view reason, std::span<const std::uint8_t>& out);
    std::uint64_t little_endian(int width, std::string_view reason);
    std::span<const std::uint8_t> sized(std::size_t max_bytes, std::string_view too_long,
                                        std::string_view truncated);

    std::span<const std::uint8_t> bytes_;
    std::size_t pos_ = 0;
    std::string_view error_;
    std::size_t error_offset_ = 0;
};

} // namespace hr::proto
