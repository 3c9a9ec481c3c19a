#include "protocol/frame.hpp"

#include "core/rng.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <vector>

using hr::Rng;
using hr::proto::decode_frame;
using hr::proto::encode_frame;
using hr::proto::FrameError;
using hr::proto::kFrameHeaderSize;
using Bytes = std::vector<std::uint8_t>;

namespace {

constexpr std::uint32_t kCap = 4096;

Bytes random_payload(Rng& rng, std::uint64_t max_length) {
    Bytes b(rng.below(max_length + 1));
    for (auto& x : b) {
        x = static_cast<std::uint8_t>(rng.next_u64());
    }
    return b;
}

} // namespace

TEST_CASE("a frame's header is laid out as magic, version, type, length", "[protocol][frame]") {
    const Bytes payload{0xAA, 0xBB};
    const Bytes frame = encode_frame(0x0102, 0x0304, payload);
    REQUIRE(frame == Bytes{'H', 'R', 0x02, 0x01, 0x04, 0x03, 2, 0, 0, 0, 0xAA, 0xBB});
}

TEST_CASE("random frames decode to what was encoded", "[protocol][frame]") {
    Rng rng(GENERATE(51ULL, 52ULL, 53ULL, 54ULL));
    for (int i = 0; i < 500; ++i) {
        const auto version = static_cast<std::uint16_t>(rng.next_u64());
        const auto type = static_cast<std::uint16_t>(rng.next_u64());
        const Bytes payload = random_payload(rng, 300);
        const Bytes frame = encode_frame(version, type, payload);
        const auto decoded = decode_frame(frame, kCap);
        REQUIRE(decoded.ok());
        REQUIRE(decoded.header.version == version);
        REQUIRE(decoded.header.type == type);
        REQUIRE(decoded.header.payload_length == payload.size());
        REQUIRE(Bytes(decoded.payload.begin(), decoded.payload.end()) == payload);
    }
}

TEST_CASE("a wrong magic is refused", "[protocol][frame]") {
    Bytes frame = encode_frame(1, 1, Bytes{1, 2, 3});
    frame[GENERATE(0, 1)] ^= 0x01;
    const auto decoded = decode_frame(frame, kCap);
    REQUIRE(decoded.error == FrameError::BadMagic);
    REQUIRE(decoded.payload.empty());
}

TEST_CASE("a declared length above the cap is refused", "[protocol][frame]") {
    const Bytes payload(100, 0x42);
    const Bytes frame = encode_frame(1, 1, payload);
    REQUIRE(decode_frame(frame, 100).ok());
    REQUIRE(decode_frame(frame, 99).error == FrameError::TooLarge);

    // The cap is judged on the declared length alone, before any payload arrives.
    Bytes header_only = encode_frame(1, 1, {});
    header_only[6] = 0xFF;
    header_only[7] = 0xFF;
    header_only[8] = 0xFF;
    header_only[9] = 0xFF;
    REQUIRE(decode_frame(header_only, kCap).error == FrameError::TooLarge);
}

TEST_CASE("a declared length that differs from the bytes received is refused",
          "[protocol][frame]") {
    Bytes frame = encode_frame(1, 7, Bytes{1, 2, 3, 4});
    frame.push_back(5);
    REQUIRE(decode_frame(frame, kCap).error == FrameError::LengthMismatch);
    frame.resize(frame.size() - 2);
    REQUIRE(decode_frame(frame, kCap).error == FrameError::LengthMismatch);
}

TEST_CASE("every truncation of a frame is refused", "[protocol][frame]") {
    Rng rng(GENERATE(61ULL, 62ULL));
    for (int i = 0; i < 40; ++i) {
        const Bytes frame = encode_frame(3, 9, random_payload(rng, 60));
        for (std::size_t cut = 0; cut < frame.size(); ++cut) {
            const auto decoded = decode_frame(std::span(frame.data(), cut), kCap);
            INFO("cut at " << cut << " of " << frame.size());
            REQUIRE(decoded.error ==
                    (cut < kFrameHeaderSize ? FrameError::TooShort : FrameError::LengthMismatch));
        }
    }
}

TEST_CASE("random garbage never decodes as a frame by accident of bounds", "[protocol][frame]") {
    Rng rng(GENERATE(71ULL, 72ULL, 73ULL, 74ULL));
    for (int i = 0; i < 5000; ++i) {
        Bytes garbage = random_payload(rng, 40);
        if (rng.below(2) == 0 && garbage.size() >= 2) {
            garbage[0] = 'H'; // a right magic half the time, so the later checks get exercised
            garbage[1] = 'R';
        }
        const auto decoded = decode_frame(garbage, 32);
        if (decoded.ok()) {
            REQUIRE(garbage.size() == kFrameHeaderSize + decoded.header.payload_length);
            REQUIRE(decoded.payload.size() == decoded.header.payload_length);
            REQUIRE(decoded.header.payload_length <= 32);
        } else {
            REQUIRE(decoded.payload.empty());
            REQUIRE_FALSE(hr::proto::describe(decoded.error).empty());
        }
    }
}
