// Hostile and mismatched clients over the network get their error, and the server plays on.
#include "e2e/scripted_player.hpp"
#include "e2e/server_process.hpp"
#include "protocol/frame.hpp"
#include "protocol/writer.hpp"

using namespace hr;
using namespace hr::e2e;

TEST_CASE("a client of another protocol version is refused with a clear reason", "[e2e]") {
    TempDatabase db("version");
    ServerProcess server(db.path);
    net::HostConfig c;
    c.channels = proto::kChannelCount;
    net::Host host = net::Host::client(c);
    const auto peer = host.connect("127.0.0.1", server.port());
    REQUIRE(peer.has_value());
    std::optional<proto::Refusal> refusal;
    bool sent = false;
    for (int i = 0; i < kBudget && !refusal; ++i) {
        for (const net::Event& e : host.service(2)) {
            if (e.type == net::EventType::Connect && !sent) {
                proto::Writer w;
                w.varuint(proto::kProtocolVersion + 1).string("from the future");
                host.send(*peer, 0,
                          proto::encode_frame(proto::kProtocolVersion + 1,
                                              static_cast<std::uint16_t>(proto::MessageType::Hello),
                                              w.bytes()));
                sent = true;
            }
            if (e.type == net::EventType::Receive) {
                const auto d = proto::decode(e.bytes, proto::kMaxServerPayload);
                REQUIRE(d.ok());
                if (const auto* r = std::get_if<proto::Refusal>(&d.message)) {
                    refusal = *r;
                }
            }
        }
    }
    REQUIRE(refusal.has_value());
    CHECK(refusal->reason == proto::RefusalReason::VersionMismatch);
    CHECK(refusal->text.find("version " + std::to_string(proto::kProtocolVersion)) !=
          std::string::npos);
}

TEST_CASE("junk, oversized and ill-placed messages get errors and leave the room playable",
          "[e2e]") {
    TempDatabase db("junk");
    ServerProcess server(db.path);
    Facilitator fac(server.port(), e2e_room(4, 1, 9));
    Player ana(server.port(), fac.code, "Ana");
    Player eve(server.port(), fac.code, "Eve");
    eve.client->send_raw({1, 2, 3, 4});
    CHECK(eve.client->wait<proto::Error>().code == proto::ErrorCode::Malformed);
    eve.client->send_raw(proto::encode_frame(proto::kProtocolVersion,
                                             static_cast<std::uint16_t>(proto::MessageType::Chat),
                                             std::vector<std::uint8_t>(8000, 'x')));
    CHECK(eve.client->wait<proto::Error>().code == proto::ErrorCode::TooLarge);
    eve.client->send(proto::Start{});
    CHECK(eve.client->wait<proto::Error>().code == proto::ErrorCode::NotPermitted);
    eve.client->send(proto::SubmitDecision{1, scripted(eve.firm, 1)});
    CHECK(eve.client->wait<proto::Error>().code == proto::ErrorCode::WrongState);
    fac.client.send(proto::Start{});
    eve.client->wait<proto::RoomSnapshotMessage>(
        [](const auto& m) { return m.snapshot.phase == proto::RoomPhase::Running; });
    eve.client->send(proto::SubmitDecision{1, scripted(ana.firm, 1)});
    CHECK(eve.client->wait<proto::Error>().code == proto::ErrorCode::WrongFirm);
    ana.play(1);
    eve.play(1);
    CHECK(ana.client->wait<proto::GameOver>().rounds_played == 1);
}
