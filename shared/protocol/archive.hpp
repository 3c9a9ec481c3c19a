#pragma once
// One description of a message's fields serves both directions: each type has an
// `io(archive, value)` function template, called with an Out archive (writes, value is const) or
// an In archive (reads into the value, checking every range). Encoding and decoding can then
// never disagree about field order or width.
//
// Wire shapes: unsigned integers as varuints, signed ones and Money as zigzag varuints, game
// inputs as f64 (finite only), displayed figures as f32 (compact; a client never computes an
// outcome from them), small displayed ratios (shares, parts of a change) as f16, enumerations as
// one byte, lists as a count then the elements.
#include "protocol/half_float.hpp"
#include "protocol/reader.hpp"
#include "protocol/writer.hpp"

#include <array>
#include <bit>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace hr::proto {

// `M` is `T` or `const T`: lets one io() overload serve both archives.
template <class M, class T>
concept Is = std::same_as<std::remove_const_t<M>, T>;

// The one NaN a figure travels as (with either sign); a decoder refuses the others, so that a
// value has one encoding. (A signalling NaN would not even survive the trip through double.)
inline constexpr std::uint32_t kFigureNaN = 0x7fc00000;

constexpr std::uint32_t figure_bits(float f) {
    const auto bits = std::bit_cast<std::uint32_t>(f);
    const bool nan = (bits & 0x7fffffffu) > 0x7f800000u;
    return nan ? (bits & 0x80000000u) | kFigureNaN : bits;
}

constexpr std::uint64_t zigzag(std::int64_t v) {
    return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}
constexpr std::int64_t unzigzag(std::uint64_t v) {
    return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

class Out {
  public:
    explicit Out(Writer& w) : w_(w) {}

    void flag(bool v) { w_.boolean(v); }
    // A flag saying whether the fields that follow are there; returns it. Lets a value that is
    // all defaults travel as one byte.
    bool present(bool has) {
        w_.boolean(has);
        return has;
    }
    // A value must have one encoding: In refuses what Out would have written otherwise.
    void canonical(bool /*holds*/) {}
    template <std::unsigned_integral T> void uint(T v, std::uint64_t /*max*/) { w_.varuint(v); }
    void integer(int v, int /*lo*/, int /*hi*/) { w_.varuint(zigzag(v)); }
    void money(std::int64_t v) { w_.varuint(zigzag(v)); }
    void fixed64(std::uint64_t v) { w_.u64(v); }
    void real(double v) { w_.f64(v); }
    void figure(double v) { w_.u32(figure_bits(static_cast<float>(v))); }
    void ratio(double v) { w_.u16(to_half(static_cast<float>(v))); }
    void text(const std::string& s, std::size_t /*max*/) { w_.string(s); }
    template <class E>
    requires std::is_enum_v<E>
    void choice(E v, std::size_t /*count*/) { w_.u8(static_cast<std::uint8_t>(v)); }
    template <std::size_t N> void bytes(const std::array<std::uint8_t, N>& b) { w_.raw(b); }
    void flags(const std::vector<bool>& v, std::size_t /*max*/) {
        w_.count(v.size());
        for (bool b : v) {
            w_.boolean(b);
        }
    }
    template <std::unsigned_integral T>
    void uints(const std::vector<T>& v, std::size_t /*max_count*/, std::uint64_t /*max*/) {
        w_.count(v.size());
        for (T x : v) {
            w_.varuint(x);
        }
    }
    template <class T> void list(const std::vector<T>& v, std::size_t /*max*/) {
        w_.count(v.size());
        for (const T& x : v) {
            io(*this, x);
        }
    }
    template <std::unsigned_integral T>
    void optional_uint(const std::optional<T>& v, std::uint64_t /*max*/) {
        w_.boolean(v.has_value());
        if (v) {
            w_.varuint(*v);
        }
    }
    template <class T> void optional(const std::optional<T>& v) {
        w_.boolean(v.has_value());
        if (v) {
            io(*this, *v);
        }
    }

  private:
    Writer& w_;
};

class In {
  public:
    explicit In(Reader& r) : r_(r) {}

    Reader& reader() { return r_; }
    bool ok() const { return r_.ok(); }
    void fail(std::string_view reason) { r_.fail(reason); }

    void flag(bool& v) { v = r_.boolean(); }
    bool present(bool /*has*/) { return r_.boolean(); }
    void canonical(bool holds) {
        if (!holds) {
            r_.fail("value not in its canonical encoding");
        }
    }
    template <std::unsigned_integral T> void uint(T& v, std::uint64_t max) {
        const std::uint64_t x = r_.varuint();
        if (x > max) {
            r_.fail("integer above its maximum");
            v = 0;
            return;
        }
        v = static_cast<T>(x);
    }
    void integer(int& v, int lo, int hi) {
        const std::int64_t x = unzigzag(r_.varuint());
        if (x < lo || x > hi) {
            r_.fail("integer out of range");
            v = 0;
            return;
        }
        v = static_cast<int>(x);
    }
    void money(std::int64_t& v) { v = unzigzag(r_.varuint()); }
    void fixed64(std::uint64_t& v) { v = r_.u64(); }
    void real(double& v) { v = r_.finite_f64(); }
    void figure(double& v) {
        const std::uint32_t bits = r_.u32();
        const auto f = std::bit_cast<float>(bits);
        if (figure_bits(f) != bits) {
            r_.fail("NaN figure not in its canonical encoding");
        }
        v = static_cast<double>(f);
    }
    void ratio(double& v) {
        const std::uint16_t h = r_.u16();
        if (!is_canonical_half(h)) {
            r_.fail("half-precision NaN not in its canonical encoding");
        }
        v = static_cast<double>(from_half(h));
    }
    void text(std::string& s, std::size_t max) { s = r_.string(max); }
    template <class E>
    requires std::is_enum_v<E>
    void choice(E& v, std::size_t count) {
        const std::uint8_t x = r_.u8();
        if (x >= count) {
            r_.fail("enumeration value out of range");
            v = E{};
            return;
        }
        v = static_cast<E>(x);
    }
    template <std::size_t N> void bytes(std::array<std::uint8_t, N>& b) {
        const auto span = r_.raw(N);
        b = {};
        if (span.size() == N) {
            for (std::size_t i = 0; i < N; ++i) {
                b[i] = span[i];
            }
        }
    }
    void flags(std::vector<bool>& v, std::size_t max) {
        v.assign(r_.count(max), false);
        for (std::size_t i = 0; i < v.size() && ok(); ++i) {
            v[i] = r_.boolean();
        }
    }
    template <std::unsigned_integral T>
    void uints(std::vector<T>& v, std::size_t max_count, std::uint64_t max) {
        v.assign(r_.count(max_count), T{});
        for (std::size_t i = 0; i < v.size() && ok(); ++i) {
            uint(v[i], max);
        }
    }
    template <class T> void list(std::vector<T>& v, std::size_t max) {
        v.clear();
        v.resize(r_.count(max));
        for (std::size_t i = 0; i < v.size() && ok(); ++i) {
            io(*this, v[i]);
        }
    }
    template <std::unsigned_integral T> void optional_uint(std::optional<T>& v, std::uint64_t max) {
        v.reset();
        if (r_.boolean()) {
            T x{};
            uint(x, max);
            v = x;
        }
    }
    template <class T> void optional(std::optional<T>& v) {
        v.reset();
        if (r_.boolean()) {
            v.emplace();
            io(*this, *v);
        }
    }

  private:
    Reader& r_;
};

} // namespace hr::proto
