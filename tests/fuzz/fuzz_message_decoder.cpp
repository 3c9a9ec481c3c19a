// Arbitrary bytes into the protocol's decoder, as any peer may send them. It must never crash or
// read out of bounds, and what it accepts must be canonical: encoding the decoded message gives
// back the very bytes received (so no two byte strings mean the same message). A frame's payload
// is also tried with its header's length corrected, so that mutations which grow or shrink a
// payload reach the field decoders instead of stopping at the frame check.
#include "protocol/frame.hpp"
#include "protocol/message_codec.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <span>

namespace {

void check_decode(std::span<const std::uint8_t> bytes, std::uint32_t cap) {
    const hr::proto::Decoded d = hr::proto::decode(bytes, cap);
    if (!d.ok()) {
        return;
    }
    // Hello is decoded whatever the frame's version, so it re-encodes only in ours.
    if (d.version != hr::proto::kProtocolVersion) {
        return;
    }
    const auto again = hr::proto::encode(d.message);
    if (again.size() != bytes.size() || !std::equal(again.begin(), again.end(), bytes.begin())) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::span<const std::uint8_t> bytes(data, size);
    check_decode(bytes, hr::proto::kMaxClientPayload);
    check_decode(bytes, hr::proto::kMaxServerPayload);
    if (size >= hr::proto::kFrameHeaderSize) {
        const auto type = static_cast<std::uint16_t>(data[4] | (data[5] << 8));
        const auto reframed = hr::proto::encode_frame(hr::proto::kProtocolVersion, type,
                                                      bytes.subspan(hr::proto::kFrameHeaderSize));
        check_decode(reframed, hr::proto::kMaxServerPayload);
    }
    return 0;
}
