#pragma once
// A 64-bit FNV-1a hasher over the bytes of values fed in a fixed order. Doubles are hashed by
// their bit pattern, so two states hash equal only when they are equal to the bit.
#include <bit>
#include <cstdint>
#include <string_view>

namespace hr {

class StateHasher {
  public:
    void bytes(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) {
            h_ ^= p[i];
            h_ *= 0x100000001b3ULL;
        }
    }
    void u64(std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            const auto b = static_cast<unsigned char>(v >> (8 * i));
            bytes(&b, 1);
        }
    }
    void i64(std::int64_t v) { u64(static_cast<std::uint64_t>(v)); }
    void f64(double v) { u64(std::bit_cast<std::uint64_t>(v)); }
    void boolean(bool v) { u64(v ? 1 : 0); }
    void str(std::string_view s) {
        u64(s.size());
        bytes(s.data(), s.size());
    }
    std::uint64_t value() const { return h_; }

  private:
    std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

} // namespace hr
