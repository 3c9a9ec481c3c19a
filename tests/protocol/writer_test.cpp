#include "protocol/writer.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <vector>

using hr::proto::Writer;
using Bytes = std::vector<std::uint8_t>;

TEST_CASE("fixed-width integers are written little-endian", "[protocol][writer]") {
    Writer w;
    w.u8(0xAB).u16(0x1234).u32(0xDEADBEEF).u64(0x0102030405060708ULL);
    REQUIRE(w.bytes() == Bytes{0xAB, 0x34, 0x12, 0xEF, 0xBE, 0xAD, 0xDE, 0x08, 0x07, 0x06, 0x05,
                               0x04, 0x03, 0x02, 0x01});
}

TEST_CASE("signed integers are written in two's complement", "[protocol][writer]") {
    Writer w;
    w.i32(-1).i64(std::numeric_limits<std::int64_t>::min());
    REQUIRE(w.bytes() == Bytes{0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0x80});
}

TEST_CASE("doubles are written as their IEEE-754 bit pattern", "[protocol][writer]") {
    Writer w;
    w.f64(1.0).f64(-0.0);
    REQUIRE(w.bytes() == Bytes{0, 0, 0, 0, 0, 0, 0xF0, 0x3F, 0, 0, 0, 0, 0, 0, 0, 0x80});
}

TEST_CASE("bools are written as one byte, 0 or 1", "[protocol][writer]") {
    Writer w;
    w.boolean(true).boolean(false);
    REQUIRE(w.bytes() == Bytes{1, 0});
}

TEST_CASE("varuints use the shortest LEB128 form", "[protocol][writer]") {
    const auto encode = [](std::uint64_t v) { return Writer().varuint(v).take(); };
    CHECK(encode(0) == Bytes{0x00});
    CHECK(encode(127) == Bytes{0x7F});
    CHECK(encode(128) == Bytes{0x80, 0x01});
    CHECK(encode(300) == Bytes{0xAC, 0x02});
    CHECK(encode(16383) == Bytes{0xFF, 0x7F});
    CHECK(encode(16384) == Bytes{0x80, 0x80, 0x01});
    CHECK(encode(std::numeric_limits<std::uint64_t>::max()) ==
          Bytes{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01});
}

TEST_CASE("strings and blobs carry a varuint length", "[protocol][writer]") {
    Writer w;
    const Bytes blob{9, 8, 7};
    w.string("h\xC3\xA9").blob(blob).string("");
    REQUIRE(w.bytes() == Bytes{3, 'h', 0xC3, 0xA9, 3, 9, 8, 7, 0});
}

TEST_CASE("raw bytes are appended without a length", "[protocol][writer]") {
    Writer w;
    const Bytes data{1, 2, 3};
    w.raw(data).count(2);
    REQUIRE(w.size() == 4);
    REQUIRE(w.bytes() == Bytes{1, 2, 3, 2});
}

TEST_CASE("take hands over the bytes and leaves the writer empty", "[protocol][writer]") {
    Writer w;
    w.u32(7);
    const Bytes taken = w.take();
    REQUIRE(taken.size() == 4);
    REQUIRE(w.size() == 0);
    w.u8(1);
    REQUIRE(w.bytes() == Bytes{1});
}
