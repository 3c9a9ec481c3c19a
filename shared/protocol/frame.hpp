#pragma once
// Every message travels in a frame: [magic u16][protocol version u16][message type u16]
// [payload length u32], little-endian, then the payload. The magic refuses stray traffic, the
// declared length is checked against a cap and against the bytes actually received.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace hr::proto {

// "HR" on the wire.
inline constexpr std::uint16_t kFrameMagic = 0x5248;
inline constexpr std::size_t kFrameHeaderSize = 10;

struct FrameHeader {
    std::uint16_t version = 0;
    std::uint16_t type = 0;
    std::uint32_t payload_length = 0;
};

enum class FrameError : std::uint8_t {
    None,
    TooShort,       // fewer bytes than a header
    BadMagic,       // not one of our frames
    TooLarge,       // the declared payload length is above the cap
    LengthMismatch, // the declared payload length differs from the bytes that follow
};

std::string_view describe(FrameError error);

struct DecodedFrame {
    FrameError error = FrameError::None;
    FrameHeader header;
    // A view into the decoded buffer: valid while that buffer lives.
    std::span<const std::uint8_t> payload;

    bool ok() const { return error == FrameError::None; }
};

// Throws std::length_error when the payload does not fit the u32 length field.
std::vector<std::uint8_t> encode_frame(std::uint16_t version, std::uint16_t type,
                                       std::span<const std::uint8_t> payload);

// The version is reported, not judged: the caller decides which versions it speaks.
DecodedFrame decode_frame(std::span<const std::uint8_t> bytes, std::uint32_t max_payload);

} // namespace hr::proto
