// What a player receives never holds another firm's private numbers: no other firm's private
// state, result or decision, and not one of their capability levels anywhere in the bytes.
#include "server_harness.hpp"

#include <bit>
#include <cstring>

using namespace hr;
using namespace hr::server;
using namespace hr::server::testing;

namespace {

bool contains(const Bytes& hay, const std::array<std::uint8_t, 4>& needle) {
    return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

std::array<std::uint8_t, 4> f32_bytes(double v) {
    const auto bits = std::bit_cast<std::uint32_t>(static_cast<float>(v));
    return {static_cast<std::uint8_t>(bits), static_cast<std::uint8_t>(bits >> 8),
            static_cast<std::uint8_t>(bits >> 16), static_cast<std::uint8_t>(bits >> 24)};
}

} // namespace

TEST_CASE("a player never receives another firm's private numbers", "[server]") {
    const auto seed = GENERATE(3u, 17u, 40u);
    Harness h;
    auto rs = quick_room(5, 4, seed);
    const std::string code = h.create(1, rs);
    h.join(2, code, "Ana");
    h.join(3, code, "Bruno");
    h.connect(4);
    h.send(4, proto::Spectate{code});
    h.send(1, proto::Start{});
    for (int round = 1; round <= 3; ++round) {
        h.send(2, proto::SubmitDecision{static_cast<std::uint32_t>(round), scripted(0, round)});
        h.send(3, proto::SubmitDecision{static_cast<std::uint32_t>(round), scripted(1, round)});
    }
    // The facilitator sees every firm: take the private truth from there.
    const auto truth = h.last<proto::FacilitatorViewMessage>(1).view;
    REQUIRE(truth.firms.size() == 5);

    const std::map<SessionId, std::optional<FirmId>> watchers{
        {2, FirmId{0}}, {3, FirmId{1}}, {4, std::nullopt}};
    for (const auto& [session, own] : watchers) {
        INFO("session " << session);
        // Capability levels of the other firms, as they would travel (f32), unless one of them
        // happens to equal one of the receiver's own.
        std::vector<std::array<std::uint8_t, 4>> secrets;
        for (const auto& f : truth.firms) {
            if (own && f.firm == *own) {
                continue;
            }
            for (const double level : f.capabilities.level) {
                const auto b = f32_bytes(level);
                bool also_mine = false;
                if (own) {
                    for (const double mine : truth.firms[*own].capabilities.level) {
                        also_mine = also_mine || f32_bytes(mine) == b;
                    }
                }
                if (!also_mine) {
                    secrets.push_back(b);
                }
            }
        }
        REQUIRE_FALSE(secrets.empty());
        for (const Received& r : h.inbox[session]) {
            if (std::holds_alternative<proto::GameOver>(r.message)) {
                continue; // the debrief reveals every firm's path once the game is over
            }
            CHECK_FALSE(std::holds_alternative<proto::FacilitatorViewMessage>(r.message));
            if (const auto* p = std::get_if<proto::PrivateFirmStateMessage>(&r.message)) {
                REQUIRE(own.has_value());
                CHECK(p->state.firm.firm == *own);
                for (const auto& o : p->state.firm.offers) {
                    CHECK(o.firm == *own);
                }
                for (const auto& c : p->state.firm.contracts) {
                    CHECK(c.terms.firm == *own);
                }
            }
            if (const auto* res = std::get_if<proto::RoundResultsMessage>(&r.message)) {
                if (own) {
                    REQUIRE(res->results.own.has_value());
                    CHECK(res->results.own->firm == *own);
                } else {
                    CHECK_FALSE(res->results.own.has_value());
                }
            }
            for (const auto& s : secrets) {
                CHECK_FALSE(contains(r.bytes, s));
            }
        }
    }
}
