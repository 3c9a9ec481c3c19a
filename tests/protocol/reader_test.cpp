#include "protocol/reader.hpp"

#include "core/rng.hpp"
#include "protocol/utf8_encode.hpp"
#include "protocol/writer.hpp"

#include <catch2/catch.hpp>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using hr::Rng;
using hr::proto::Reader;
using hr::proto::Writer;
using Bytes = std::vector<std::uint8_t>;

namespace {

constexpr std::size_t kMaxText = 256;
constexpr std::size_t kMaxCount = 64;

enum class Kind { U8, U16, U32, U64, I32, I64, F64, FiniteF64, Bool, VarUint, Count, Text, Blob };
constexpr int kKinds = 13;

// One value of a random message: its kind and what was written.
struct Field {
    Kind kind = Kind::U8;
    std::uint64_t u = 0;
    double d = 0.0;
    std::string text;
    Bytes blob; // the blob, or the elements that follow a count
};

// Integers spread over every magnitude, so that every varuint length gets exercised.
std::uint64_t random_magnitude(Rng& rng) {
    return rng.next_u64() >> rng.below(64);
}

std::string random_text(Rng& rng) {
    std::string s;
    const auto n = rng.below(12);
    for (std::uint64_t i = 0; i < n; ++i) {
        static constexpr std::uint32_t kRangeTop[] = {0x80, 0x800, 0x10000, 0x110000};
        std::uint32_t cp = static_cast<std::uint32_t>(rng.below(kRangeTop[rng.below(4)]));
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp -= 0x800; // surrogates are not text: move into the valid range below them
        }
        s += hr::proto::test::encode_utf8(cp);
    }
    return s;
}

Bytes random_bytes(Rng& rng, std::uint64_t max_length) {
    Bytes b(rng.below(max_length + 1));
    for (auto& x : b) {
        x = static_cast<std::uint8_t>(rng.next_u64());
    }
    return b;
}

Field random_field(Rng& rng) {
    Field f;
    f.kind = static_cast<Kind>(rng.below(kKinds));
    f.u = random_magnitude(rng);
    switch (f.kind) {
    case Kind::F64:
        f.d = std::bit_cast<double>(rng.next_u64());
        break;
    case Kind::FiniteF64:
        do {
            f.d = std::bit_cast<double>(rng.next_u64());
        } while (!std::isfinite(f.d));
        break;
    case Kind::Text:
        f.text = random_text(rng);
        break;
    case Kind::Count:
    case Kind::Blob:
        f.blob = random_bytes(rng, 20);
        break;
    default:
        break;
    }
    return f;
}

std::vector<Field> random_message(Rng& rng) {
    std::vector<Field> fields(1 + rng.below(24));
    for (auto& f : fields) {
        f = random_field(rng);
    }
    return fields;
}

void write(Writer& w, const Field& f) {
    switch (f.kind) {
    case Kind::U8:
        w.u8(static_cast<std::uint8_t>(f.u));
        break;
    case Kind::U16:
        w.u16(static_cast<std::uint16_t>(f.u));
        break;
    case Kind::U32:
        w.u32(static_cast<std::uint32_t>(f.u));
        break;
    case Kind::U64:
        w.u64(f.u);
        break;
    case Kind::I32:
        w.i32(static_cast<std::int32_t>(f.u));
        break;
    case Kind::I64:
        w.i64(static_cast<std::int64_t>(f.u));
        break;
    case Kind::F64:
    case Kind::FiniteF64:
        w.f64(f.d);
        break;
    case Kind::Bool:
        w.boolean((f.u & 1) != 0);
        break;
    case Kind::VarUint:
        w.varuint(f.u);
        break;
    case Kind::Count:
        w.count(f.blob.size());
        for (auto x : f.blob) {
            w.u8(x);
        }
        break;
    case Kind::Text:
        w.string(f.text);
        break;
    case Kind::Blob:
        w.blob(f.blob);
        break;
    }
}

Bytes encode(const std::vector<Field>& fields) {
    Writer w;
    for (const auto& f : fields) {
        write(w, f);
    }
    return w.take();
}

// Reads the field `f` describes and says whether the value read equals the one written.
bool read_matches(Reader& r, const Field& f) {
    switch (f.kind) {
    case Kind::U8:
        return r.u8() == static_cast<std::uint8_t>(f.u);
    case Kind::U16:
        return r.u16() == static_cast<std::uint16_t>(f.u);
    case Kind::U32:
        return r.u32() == static_cast<std::uint32_t>(f.u);
    case Kind::U64:
        return r.u64() == f.u;
    case Kind::I32:
        return r.i32() == static_cast<std::int32_t>(f.u);
    case Kind::I64:
        return r.i64() == static_cast<std::int64_t>(f.u);
    case Kind::F64:
        return std::bit_cast<std::uint64_t>(r.f64()) == std::bit_cast<std::uint64_t>(f.d);
    case Kind::FiniteF64:
        return std::bit_cast<std::uint64_t>(r.finite_f64()) == std::bit_cast<std::uint64_t>(f.d);
    case Kind::Bool:
        return r.boolean() == ((f.u & 1) != 0);
    case Kind::VarUint:
        return r.varuint() == f.u;
    case Kind::Count: {
        const auto n = r.count(kMaxCount);
        Bytes elements;
        for (std::size_t i = 0; i < n; ++i) {
            elements.push_back(r.u8());
        }
        return elements == f.blob;
    }
    case Kind::Text:
        return r.string(kMaxText) == f.text;
    case Kind::Blob:
        return r.blob(kMaxText) == f.blob;
    }
    return false;
}

// Reads a whole message; true when every value matched and the reader stayed ok.
bool read_message(Reader& r, const std::vector<Field>& fields) {
    bool all = true;
    for (const auto& f : fields) {
        all = read_matches(r, f) && all;
    }
    return all && r.ok();
}

} // namespace

TEST_CASE("random messages read back exactly as written", "[protocol][reader]") {
    Rng rng(GENERATE(11ULL, 12ULL, 13ULL, 14ULL, 15ULL, 16ULL));
    for (int i = 0; i < 300; ++i) {
        const auto fields = random_message(rng);
        const Bytes bytes = encode(fields);
        Reader r(bytes);
        INFO("message " << i);
        REQUIRE(read_message(r, fields));
        REQUIRE(r.expect_end());
        REQUIRE(r.error().empty());
    }
}

TEST_CASE("every truncation of a valid message fails cleanly", "[protocol][reader]") {
    Rng rng(GENERATE(21ULL, 22ULL, 23ULL, 24ULL));
    for (int i = 0; i < 60; ++i) {
        const auto fields = random_message(rng);
        const Bytes bytes = encode(fields);
        for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
            const std::span<const std::uint8_t> prefix(bytes.data(), cut);
            Reader r(prefix);
            read_message(r, fields);
            INFO("message " << i << " cut at " << cut << " of " << bytes.size());
            REQUIRE_FALSE(r.ok());
            REQUIRE_FALSE(r.error().empty());
            REQUIRE(r.position() <= cut);
        }
    }
}

TEST_CASE("trailing bytes after a valid message are refused", "[protocol][reader]") {
    Rng rng(GENERATE(31ULL, 32ULL));
    for (int i = 0; i < 100; ++i) {
        const auto fields = random_message(rng);
        Bytes bytes = encode(fields);
        bytes.push_back(static_cast<std::uint8_t>(rng.next_u64()));
        Reader r(bytes);
        REQUIRE(read_message(r, fields));
        REQUIRE_FALSE(r.at_end());
        REQUIRE_FALSE(r.expect_end());
        REQUIRE(r.error() == "trailing bytes after the end");
    }
}

TEST_CASE("random garbage never crashes the reader", "[protocol][reader]") {
    Rng rng(GENERATE(41ULL, 42ULL, 43ULL, 44ULL, 45ULL, 46ULL, 47ULL, 48ULL));
    for (int i = 0; i < 3000; ++i) {
        const Bytes garbage = random_bytes(rng, 48);
        const auto fields = random_message(rng);
        Reader r(garbage);
        read_message(r, fields);
        r.expect_end();
        REQUIRE(r.position() <= garbage.size());
        if (!r.ok()) {
            // Once failed, the reader stays failed and consumes nothing more.
            const auto pos = r.position();
            const auto reason = r.error();
            REQUIRE(r.u64() == 0);
            REQUIRE(r.string(kMaxText).empty());
            REQUIRE(r.raw(0).empty());
            REQUIRE(r.position() == pos);
            REQUIRE(r.error() == reason);
            REQUIRE(r.error_offset() <= garbage.size());
        }
    }
}

TEST_CASE("reading past the end fails and says why", "[protocol][reader]") {
    const Bytes three{1, 2, 3};
    Reader r(three);
    REQUIRE(r.u16() == 0x0201);
    REQUIRE(r.u16() == 0);
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.error() == "truncated u16");
    REQUIRE(r.error_offset() == 2);
    REQUIRE(r.u8() == 0); // the one byte left is not handed out after a failure
}

TEST_CASE("the first failure is the one reported", "[protocol][reader]") {
    const Bytes data{7};
    Reader r(data);
    r.fail("unknown message kind");
    r.u64();
    REQUIRE(r.error() == "unknown message kind");
    REQUIRE(r.error_offset() == 0);
}

TEST_CASE("varuints that are too long, overflow or are not shortest are refused",
          "[protocol][reader]") {
    const auto fails_with = [](const Bytes& bytes, std::string_view reason) {
        Reader r(bytes);
        r.varuint();
        return !r.ok() && r.error() == reason;
    };
    CHECK(fails_with({0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x81, 0x00},
                     "varuint overflows 64 bits"));
    CHECK(fails_with({0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x02},
                     "varuint overflows 64 bits"));
    CHECK(fails_with({0x80, 0x00}, "varuint is not in its shortest form"));
    CHECK(fails_with({0xFF, 0x80, 0x00}, "varuint is not in its shortest form"));
    CHECK(fails_with({0x80, 0x80}, "truncated varuint"));
    CHECK(fails_with({}, "truncated varuint"));

    const Bytes largest{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01};
    Reader r(largest);
    REQUIRE(r.varuint() == std::numeric_limits<std::uint64_t>::max());
    REQUIRE(r.expect_end());
}

TEST_CASE("bools other than 0 and 1 are refused", "[protocol][reader]") {
    const Bytes data{0, 1, 2};
    Reader r(data);
    REQUIRE_FALSE(r.boolean());
    REQUIRE(r.boolean());
    REQUIRE_FALSE(r.boolean());
    REQUIRE(r.error() == "bool is neither 0 nor 1");
    REQUIRE(r.error_offset() == 2);
}

TEST_CASE("a finite double refuses NaN and infinities, a plain one keeps them",
          "[protocol][reader]") {
    const double bad =
        GENERATE(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                 -std::numeric_limits<double>::infinity());
    const Bytes bytes = Writer().f64(bad).take();
    Reader plain(bytes);
    REQUIRE(std::bit_cast<std::uint64_t>(plain.f64()) == std::bit_cast<std::uint64_t>(bad));
    REQUIRE(plain.expect_end());
    Reader finite(bytes);
    REQUIRE(finite.finite_f64() == 0.0);
    REQUIRE(finite.error() == "f64 is not finite");
}

TEST_CASE("strings are refused above their cap or when not UTF-8", "[protocol][reader]") {
    const Bytes five = Writer().string("abcde").take();
    Reader at_cap(five);
    REQUIRE(at_cap.string(5) == "abcde");
    REQUIRE(at_cap.expect_end());
    Reader over_cap(five);
    REQUIRE(over_cap.string(4).empty());
    REQUIRE(over_cap.error() == "string longer than its cap");

    const Bytes surrogate = Writer().string("a\xED\xA0\x80").take();
    Reader r(surrogate);
    REQUIRE(r.string(kMaxText).empty());
    REQUIRE(r.error() == "string is not valid UTF-8");
    REQUIRE(r.error_offset() == 0);

    const Bytes lying{10, 'a', 'b'};
    Reader truncated(lying);
    truncated.string(kMaxText);
    REQUIRE(truncated.error() == "truncated string");
}

TEST_CASE("blobs are refused above their cap", "[protocol][reader]") {
    const Bytes payload{1, 2, 3, 4};
    const Bytes bytes = Writer().blob(payload).take();
    Reader ok(bytes);
    REQUIRE(ok.blob(4) == payload);
    Reader capped(bytes);
    REQUIRE(capped.blob(3).empty());
    REQUIRE(capped.error() == "blob longer than its cap");
}

TEST_CASE("counts are refused above their cap or above the bytes left", "[protocol][reader]") {
    const Bytes three_then_three{3, 0, 0, 0};
    Reader ok(three_then_three);
    REQUIRE(ok.count(3) == 3);
    Reader capped(three_then_three);
    REQUIRE(capped.count(2) == 0);
    REQUIRE(capped.error() == "count above its cap");

    const Bytes huge = Writer().count(1000000).u8(0).take();
    Reader lying(huge);
    REQUIRE(lying.count(std::numeric_limits<std::size_t>::max()) == 0);
    REQUIRE(lying.error() == "count above the bytes left");
}

TEST_CASE("raw reads return a view of the input", "[protocol][reader]") {
    const Bytes data{5, 6, 7};
    Reader r(data);
    const auto view = r.raw(2);
    REQUIRE(view.size() == 2);
    REQUIRE(view.data() == data.data());
    REQUIRE(r.remaining() == 1);
    REQUIRE(r.raw(2).empty());
    REQUIRE(r.error() == "truncated raw bytes");
}
