#include "protocol/frame.hpp"

#include "protocol/reader.hpp"
#include "protocol/writer.hpp"

#include <limits>
#include <stdexcept>

namespace hr::proto {

std::string_view describe(FrameError error) {
    switch (error) {
    case FrameError::None:
        return "no error";
    case FrameError::TooShort:
        return "frame shorter than its header";
    case FrameError::BadMagic:
        return "frame magic is wrong";
    case FrameError::TooLarge:
        return "frame payload length above the cap";
    case FrameError::LengthMismatch:
        return "frame payload length differs from the bytes received";
    }
    return "unknown frame error";
}

std::vector<std::uint8_t> encode_frame(std::uint16_t version, std::uint16_t type,
                                       std::span<const std::uint8_t> payload) {
    if (payload.size() > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("frame payload does not fit a u32 length");
    }
    Writer w;
    w.u16(kFrameMagic).u16(version).u16(type).u32(static_cast<std::uint32_t>(payload.size()));
    w.raw(payload);
    return w.take();
}

DecodedFrame decode_frame(std::span<const std::uint8_t> bytes, std::uint32_t max_payload) {
    DecodedFrame out;
    if (bytes.size() < kFrameHeaderSize) {
        out.error = FrameError::TooShort;
        return out;
    }
    Reader r(bytes);
    const std::uint16_t magic = r.u16();
    out.header.version = r.u16();
    out.header.type = r.u16();
    out.header.payload_length = r.u32();
    if (magic != kFrameMagic) {
        out.error = FrameError::BadMagic;
    } else if (out.header.payload_length > max_payload) {
        out.error = FrameError::TooLarge;
    } else if (out.header.payload_length != r.remaining()) {
        out.error = FrameError::LengthMismatch;
    } else {
        out.payload = r.raw(out.header.payload_length);
    }
    return out;
}

} // namespace hr::proto
