#pragma once
// Messages to framed bytes and back. Decoding takes bytes from anyone: it checks the frame, the
// size cap, the version, the type id and every field, and reports the first problem instead of
// throwing.
#include "protocol/messages.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace hr::proto {

// The frame (header and payload) of a message, ready to send.
std::vector<std::uint8_t> encode(const Message& message);

enum class DecodeError : std::uint8_t {
    None,
    BadFrame,        // too short, wrong magic, or a length that differs from the bytes
    TooLarge,        // payload above the cap
    VersionMismatch, // another protocol version (Hello is decoded all the same)
    UnknownType,
    Malformed, // a field is truncated, out of range, not UTF-8, or bytes are left over
};

struct Decoded {
    DecodeError error = DecodeError::None;
    std::uint16_t type = 0;    // from the header, even when decoding failed
    std::uint16_t version = 0; // from the header
    Message message;
    std::string detail; // why decoding failed, for logs and the Error message
    bool ok() const { return error == DecodeError::None; }
};

Decoded decode(std::span<const std::uint8_t> bytes, std::uint32_t max_payload);

} // namespace hr::proto
