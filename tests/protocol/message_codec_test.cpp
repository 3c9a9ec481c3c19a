#include "protocol/message_codec.hpp"

#include "core/rng.hpp"
#include "protocol/frame.hpp"
#include "protocol/message_samples.hpp"
#include "protocol/writer.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <set>
#include <variant>

using namespace hr;
using namespace hr::proto;
using Bytes = std::vector<std::uint8_t>;

namespace {

Bytes payload_of(const Bytes& frame) {
    return Bytes(frame.begin() + static_cast<std::ptrdiff_t>(kFrameHeaderSize), frame.end());
}

Bytes reframe(MessageType type, const Bytes& payload) {
    return encode_frame(kProtocolVersion, static_cast<std::uint16_t>(type), payload);
}

} // namespace

TEST_CASE("every message type decodes back to the same bytes", "[protocol]") {
    const auto seed = GENERATE(1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u);
    Rng rng(seed);
    const auto messages = samples::all_messages(rng);
    REQUIRE(messages.size() == std::variant_size_v<Message>);
    for (const Message& m : messages) {
        const Bytes bytes = encode(m);
        const Decoded d = decode(bytes, kMaxServerPayload);
        INFO(message_info(type_of(m)).name << ": " << d.detail);
        REQUIRE(d.ok());
        CHECK(type_of(d.message) == type_of(m));
        CHECK(d.message.index() == m.index());
        CHECK(encode(d.message) == bytes);
    }
}

TEST_CASE("a decision travels exactly, doubles included", "[protocol]") {
    Rng rng(GENERATE(11u, 12u, 13u));
    const Decision sent = samples::decision(rng);
    const Decoded d = decode(encode(SubmitDecision{42, sent}), kMaxClientPayload);
    REQUIRE(d.ok());
    const auto& got = std::get<SubmitDecision>(d.message);
    CHECK(got.seq == 42);
    CHECK(got.decision == sent);
}

TEST_CASE("every truncation of every message is refused", "[protocol]") {
    Rng rng(GENERATE(21u, 22u, 23u));
    for (const Message& m : samples::all_messages(rng)) {
        const Bytes bytes = encode(m);
        INFO(message_info(type_of(m)).name);
        // Cut anywhere: the frame's declared length no longer matches.
        for (std::size_t n = 0; n < bytes.size(); ++n) {
            const Decoded d = decode(std::span(bytes.data(), n), kMaxServerPayload);
            REQUIRE_FALSE(d.ok());
        }
        // Cut the payload and fix the header: the fields themselves run short.
        const Bytes payload = payload_of(bytes);
        for (std::size_t n = 0; n < payload.size(); ++n) {
            const Bytes cut(payload.begin(), payload.begin() + static_cast<std::ptrdiff_t>(n));
            const Decoded d = decode(reframe(type_of(m), cut), kMaxServerPayload);
            REQUIRE_FALSE(d.ok());
            REQUIRE(d.error == DecodeError::Malformed);
        }
    }
}

TEST_CASE("trailing bytes after a message are refused", "[protocol]") {
    Rng rng(31);
    for (const Message& m : samples::all_messages(rng)) {
        Bytes payload = payload_of(encode(m));
        payload.push_back(0);
        const Decoded d = decode(reframe(type_of(m), payload), kMaxServerPayload);
        INFO(message_info(type_of(m)).name);
        CHECK(d.error == DecodeError::Malformed);
    }
}

TEST_CASE("random bytes never crash the decoder, and what decodes re-encodes the same",
          "[protocol]") {
    const auto seed = GENERATE(range(100u, 140u));
    Rng rng(seed);
    const auto catalog = message_catalog();
    for (int i = 0; i < 300; ++i) {
        Bytes payload(rng.below(i % 10 == 0 ? 600 : 40));
        for (auto& b : payload) {
            // Small values often, so that flags, enumerations and counts sometimes fit.
            b = static_cast<std::uint8_t>(rng.below(3) == 0 ? rng.below(256) : rng.below(4));
        }
        const auto type = catalog[rng.below(catalog.size())].type;
        const Bytes frame = reframe(type, payload);
        const Decoded d = decode(frame, kMaxServerPayload);
        if (d.ok()) {
            CHECK(encode(d.message) == frame);
        }
        Bytes raw(rng.below(64));
        for (auto& b : raw) {
            b = static_cast<std::uint8_t>(rng.below(256));
        }
        CHECK_NOTHROW(decode(raw, kMaxServerPayload));
    }
}

TEST_CASE("oversized fields and payloads are refused", "[protocol]") {
    SECTION("a name above the cap") {
        const Decoded d =
            decode(encode(Join{"ABC234", std::string(kMaxNameBytes + 1, 'x')}), kMaxClientPayload);
        CHECK(d.error == DecodeError::Malformed);
    }
    SECTION("a name at the cap is fine") {
        CHECK(decode(encode(Join{"ABC234", std::string(kMaxNameBytes, 'x')}), kMaxClientPayload)
                  .ok());
    }
    SECTION("a chat line above the cap") {
        CHECK(decode(encode(Chat{std::string(kMaxChatBytes + 1, 'x')}), kMaxClientPayload).error ==
              DecodeError::Malformed);
    }
    SECTION("a secret above the cap") {
        CreateRoom c;
        c.secret = std::string(kMaxSecretBytes + 1, 's');
        CHECK(decode(encode(c), kMaxClientPayload).error == DecodeError::Malformed);
    }
    SECTION("too many accepted offers") {
        SubmitDecision s;
        s.decision.accept.assign(kMaxOffersPerFirm + 1, 1);
        CHECK(decode(encode(s), kMaxClientPayload).error == DecodeError::Malformed);
    }
    SECTION("a firm beyond the largest room") {
        CHECK(decode(encode(Kick{static_cast<FirmId>(kMaxFirms)}), kMaxClientPayload).error ==
              DecodeError::Malformed);
    }
    SECTION("an extension beyond the cap") {
        CHECK(decode(encode(Extend{kMaxExtendSeconds + 1}), kMaxClientPayload).error ==
              DecodeError::Malformed);
    }
    SECTION("a payload above the client cap") {
        Bytes big(kMaxClientPayload + 1, 0);
        CHECK(decode(reframe(MessageType::Chat, big), kMaxClientPayload).error ==
              DecodeError::TooLarge);
    }
}

TEST_CASE("ill-typed values are refused", "[protocol]") {
    SECTION("a non-finite wage change") {
        SubmitDecision s;
        s.decision.wage_change = std::numeric_limits<double>::quiet_NaN();
        CHECK(decode(encode(s), kMaxClientPayload).error == DecodeError::Malformed);
        s.decision.wage_change = std::numeric_limits<double>::infinity();
        CHECK(decode(encode(s), kMaxClientPayload).error == DecodeError::Malformed);
    }
    SECTION("an enumeration out of range") {
        Writer w;
        w.u8(static_cast<std::uint8_t>(kArchetypes)).u8(0);
        CHECK(decode(reframe(MessageType::AddBot, w.bytes()), kMaxClientPayload).error ==
              DecodeError::Malformed);
    }
    SECTION("a boolean that is neither 0 nor 1") {
        Writer w;
        w.u8(2);
        CHECK(decode(reframe(MessageType::Ready, w.bytes()), kMaxClientPayload).error ==
              DecodeError::Malformed);
    }
    SECTION("a name that is not UTF-8") {
        Writer w;
        w.string("ABC234");
        const Bytes bad{0x03, 'a', 0xff, 'b'};
        w.raw(bad);
        CHECK(decode(reframe(MessageType::Join, w.bytes()), kMaxClientPayload).error ==
              DecodeError::Malformed);
    }
}

TEST_CASE("a frame of another protocol version is refused, except Hello", "[protocol]") {
    const Bytes chat =
        encode_frame(kProtocolVersion + 1, static_cast<std::uint16_t>(MessageType::Chat),
                     payload_of(encode(Chat{"hi"})));
    CHECK(decode(chat, kMaxClientPayload).error == DecodeError::VersionMismatch);
    const Bytes hello =
        encode_frame(kProtocolVersion + 1, static_cast<std::uint16_t>(MessageType::Hello),
                     payload_of(encode(Hello{kProtocolVersion + 1, "future"})));
    const Decoded d = decode(hello, kMaxClientPayload);
    REQUIRE(d.ok());
    CHECK(d.version == kProtocolVersion + 1);
    CHECK(std::get<Hello>(d.message).version == kProtocolVersion + 1);
}

TEST_CASE("unknown message types and stray bytes are refused", "[protocol]") {
    CHECK(decode(encode_frame(kProtocolVersion, 999, {}), kMaxClientPayload).error ==
          DecodeError::UnknownType);
    const Bytes junk{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    CHECK(decode(junk, kMaxClientPayload).error == DecodeError::BadFrame);
}

TEST_CASE("the catalog names every message type once", "[protocol]") {
    const auto catalog = message_catalog();
    CHECK(catalog.size() == std::variant_size_v<Message>);
    std::set<std::uint16_t> ids;
    std::set<std::string_view> names;
    for (const auto& info : catalog) {
        ids.insert(static_cast<std::uint16_t>(info.type));
        names.insert(info.name);
        CHECK(info.senders != 0);
        CHECK(info.phases != 0);
        CHECK(static_cast<std::size_t>(info.channel) < kChannelCount);
    }
    CHECK(ids.size() == catalog.size());
    CHECK(names.size() == catalog.size());
    Rng rng(1);
    for (const Message& m : samples::all_messages(rng)) {
        CHECK(message_info(static_cast<std::uint16_t>(type_of(m))) != nullptr);
    }
}
