// The bytes a player receives a round stay within the load target (issue 7: under 2 KB per
// client per round sent by the server), in a room of 8 players.
#include "server_harness.hpp"

using namespace hr;
using namespace hr::server;
using namespace hr::server::testing;

TEST_CASE("a player of an 8-firm room receives under 2 KB a round", "[server]") {
    Harness h;
    constexpr int kRounds = 10;
    auto rs = quick_room(8, kRounds, 5);
    const std::string code = h.create(1, rs);
    for (SessionId s = 2; s < 10; ++s) {
        h.join(s, code, "P" + std::to_string(s));
    }
    h.send(1, proto::Start{});
    for (SessionId s = 2; s < 10; ++s) {
        h.clear(s);
    }
    for (int round = 1; round <= kRounds; ++round) {
        for (SessionId s = 2; s < 10; ++s) {
            const auto firm = static_cast<FirmId>(s - 2);
            h.send(s,
                   proto::SubmitDecision{static_cast<std::uint32_t>(round), scripted(firm, round)});
        }
    }
    REQUIRE(h.got<proto::GameOver>(2));
    std::map<proto::MessageType, std::size_t> by_type;
    std::size_t total = 0;
    for (const Received& r : h.inbox[2]) {
        if (std::holds_alternative<proto::GameOver>(r.message)) {
            continue; // once a game, not a round
        }
        by_type[proto::type_of(r.message)] += r.bytes.size();
        total += r.bytes.size();
    }
    for (const auto& [type, bytes] : by_type) {
        INFO(proto::message_info(type).name << ": " << bytes / kRounds << " bytes a round");
        CHECK(bytes > 0);
    }
    INFO("total " << total / kRounds << " bytes a round");
    CHECK(total / kRounds < 2048);
    const auto results = h.all<proto::RoundResultsMessage>(2);
    REQUIRE_FALSE(results.empty());
    const auto ack = proto::encode(h.last<proto::DecisionAck>(2));
    const auto decision = proto::encode(proto::SubmitDecision{1, scripted(0, 1)});
    std::size_t results_bytes = 0;
    for (const Received& r : h.inbox[2]) {
        if (std::holds_alternative<proto::RoundResultsMessage>(r.message)) {
            results_bytes = r.bytes.size();
        }
    }
    WARN("decision " << decision.size() << " B, acknowledgement " << ack.size()
                     << " B, round results " << results_bytes << " B, per round " << total / kRounds
                     << " B");
}
