#include "protocol/message_codec.hpp"

#include "core/rng.hpp"
#include "protocol/archive.hpp"
#include "protocol/frame.hpp"
#include "protocol/message_samples.hpp"
#include "protocol/writer.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using namespace hr::proto;
using Bytes = std::vector<std::uint8_t>;

namespace {

// A request written field by field, so that values the encoder would never produce can be sent.
Bytes raw_request(int from_round, std::uint64_t firm, std::uint8_t archetype,
                  std::uint8_t difficulty) {
    Writer w;
    w.varuint(7); // ref
    w.varuint(zigzag(from_round));
    w.count(1);
    w.varuint(firm);
    w.u8(archetype);
    w.u8(difficulty);
    return encode_frame(kProtocolVersion, static_cast<std::uint16_t>(MessageType::WhatIfRequest),
                        w.bytes());
}

} // namespace

TEST_CASE("a what-if request travels exactly", "[protocol][what-if]") {
    Rng rng(GENERATE(1u, 2u, 3u, 4u));
    const WhatIfRequest sent{static_cast<std::uint32_t>(rng.next_u64()),
                             samples::what_if_plan(rng)};
    const Decoded d = decode(encode(sent), kMaxClientPayload);
    REQUIRE(d.ok());
    const auto& got = std::get<WhatIfRequest>(d.message);
    CHECK(got.ref == sent.ref);
    CHECK(got.plan == sent.plan);
}

TEST_CASE("a what-if result keeps its state hashes exact and its figures as displayed",
          "[protocol][what-if]") {
    Rng rng(GENERATE(5u, 6u));
    WhatIfResult sent;
    sent.ref = 12;
    sent.plan = samples::what_if_plan(rng);
    sent.original = samples::what_if_path(rng, 4, 3);
    sent.replay = samples::what_if_path(rng, 4, 3);
    const Decoded d = decode(encode(sent), kMaxServerPayload);
    REQUIRE(d.ok());
    const auto& got = std::get<WhatIfResult>(d.message);
    CHECK(got.ref == 12);
    CHECK(got.plan == sent.plan);
    REQUIRE(got.replay.rounds.size() == 4);
    for (std::size_t r = 0; r < 4; ++r) {
        const WhatIfRound& a = sent.replay.rounds[r];
        const WhatIfRound& b = got.replay.rounds[r];
        CHECK(b.state_hash == a.state_hash);
        CHECK(got.original.rounds[r].state_hash == sent.original.rounds[r].state_hash);
        CHECK(b.public_spent == a.public_spent);
        REQUIRE(b.firms.size() == 3);
        for (std::size_t f = 0; f < 3; ++f) {
            CHECK(b.firms[f].play == a.firms[f].play);
            CHECK(b.firms[f].bankrupt == a.firms[f].bankrupt);
            CHECK(b.firms[f].record.cash == a.firms[f].record.cash);
            CHECK(b.firms[f].record.wage == Approx(a.firms[f].record.wage).epsilon(1e-6));
            CHECK(b.firms[f].score.total == Approx(a.firms[f].score.total).epsilon(1e-6));
        }
        CHECK(b.cluster.avg_wage == Approx(a.cluster.avg_wage).epsilon(1e-6));
    }
}

TEST_CASE("the what-if result of the longest game with the most firms fits one server message",
          "[protocol][what-if]") {
    Rng rng(9);
    WhatIfResult big;
    big.plan.from_round = 1;
    for (std::size_t f = 0; f < kMaxFirms; ++f) {
        big.plan.bots.push_back({static_cast<FirmId>(f), {}});
    }
    big.original = samples::what_if_path(rng, kMaxRounds, kMaxFirms);
    big.replay = samples::what_if_path(rng, kMaxRounds, kMaxFirms);
    const Bytes bytes = encode(big);
    CHECK(bytes.size() - kFrameHeaderSize <= kMaxServerPayload);
    CHECK(decode(bytes, kMaxServerPayload).ok());
}

TEST_CASE("a what-if request with a seat, bot or round beyond the protocol's range is refused",
          "[protocol][what-if]") {
    CHECK(decode(raw_request(4, 3, 1, 1), kMaxClientPayload).ok());
    CHECK(decode(raw_request(4, kMaxFirms, 1, 1), kMaxClientPayload).error ==
          DecodeError::Malformed);
    CHECK(decode(raw_request(4, 3, static_cast<std::uint8_t>(kArchetypes), 1), kMaxClientPayload)
              .error == DecodeError::Malformed);
    CHECK(decode(raw_request(4, 3, 1, static_cast<std::uint8_t>(kDifficulties)), kMaxClientPayload)
              .error == DecodeError::Malformed);
    CHECK(decode(raw_request(static_cast<int>(kMaxRounds) + 1, 3, 1, 1), kMaxClientPayload).error ==
          DecodeError::Malformed);
    CHECK(decode(raw_request(-1, 3, 1, 1), kMaxClientPayload).error == DecodeError::Malformed);
}

TEST_CASE("a what-if request for every seat fits a client's message", "[protocol][what-if]") {
    WhatIfRequest all;
    all.ref = 0xffffffffU;
    all.plan.from_round = static_cast<int>(kMaxRounds);
    for (std::size_t f = 0; f < kMaxFirms; ++f) {
        all.plan.bots.push_back({static_cast<FirmId>(f), {Archetype::Adaptive, Difficulty::Hard}});
    }
    CHECK(decode(encode(all), kMaxClientPayload).ok());
}
