// Packets no honest client sends: truncated, empty, lying about their length, oversized, of
// unknown or server-only types, of another protocol version. Each gets its error (or, above the
// transport's limit, is dropped), and the honest game ends exactly as it would have in peace.
#include "e2e/hostile_room.hpp"
#include "net/host.hpp"
#include "protocol/writer.hpp"

using namespace hr;
using namespace hr::e2e;
using proto::ErrorCode;
using proto::MessageType;

TEST_CASE("truncated, empty, lying and oversized packets get errors and change nothing",
          "[e2e][hostile]") {
    TempDatabase db("hostile-packets");
    ServerProcess server(db.path);
    const std::vector<std::string> names{"Ana", "Bruno", "Eve"};
    const auto peace = peaceful_hash(server.port(), hostile_room(), names);
    Table t(server.port(), hostile_room(), names);
    t.start();
    t[0].play(1);
    Player& eve = t[2];
    const Bytes decision = proto::encode(proto::SubmitDecision{7, scripted(eve.firm, 1)});

    SECTION("truncated") {
        for (const std::size_t keep :
             {std::size_t{0}, std::size_t{1}, proto::kFrameHeaderSize - 1, proto::kFrameHeaderSize,
              decision.size() / 2, decision.size() - 1}) {
            INFO("kept " << keep << " of " << decision.size() << " bytes");
            eve.client->send_raw(Bytes(decision.begin(), decision.begin() + keep), 1);
            CHECK(eve.client->wait<proto::Error>().code == ErrorCode::Malformed);
        }
        // The payload cut short but the header's length made to match: a field is missing.
        const Bytes payload(decision.begin() + proto::kFrameHeaderSize, decision.end() - 3);
        eve.client->send_raw(frame_of(MessageType::SubmitDecision, payload), 1);
        CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::Malformed,
                      MessageType::SubmitDecision));
    }
    SECTION("lying about their length or their kind") {
        Bytes longer = decision;
        longer[6] = static_cast<std::uint8_t>(longer[6] + 1); // one byte more than follows
        eve.client->send_raw(longer, 1);
        CHECK(eve.client->wait<proto::Error>().code == ErrorCode::Malformed);
        Bytes trailing = decision;
        trailing.push_back(0);
        eve.client->send_raw(trailing, 1);
        CHECK(eve.client->wait<proto::Error>().code == ErrorCode::Malformed);
        Bytes magic = decision;
        magic[0] ^= 0xff;
        eve.client->send_raw(magic, 1);
        CHECK(eve.client->wait<proto::Error>().code == ErrorCode::Malformed);
        // A decision's bytes declared as a join code and a name.
        Bytes join = decision;
        join[4] = static_cast<std::uint8_t>(MessageType::Join);
        eve.client->send_raw(join);
        CHECK(eve.client->wait<proto::Error>().code == ErrorCode::Malformed);
    }
    SECTION("oversized") {
        // Above the cap of a client's message, and far above it though within what the transport
        // carries: refused on the declared length, before anything is decoded.
        for (const std::size_t size :
             {std::size_t{proto::kMaxClientPayload} + 1, std::size_t{200'000}}) {
            INFO(size << " bytes");
            eve.client->send_raw(frame_of(MessageType::Chat, Bytes(size, 'x')), 2);
            CHECK(
                refused(eve.client->wait<proto::Error>(), ErrorCode::TooLarge, MessageType::Chat));
        }
        // A header that promises 4 GB.
        Bytes huge = proto::encode(proto::Chat{"hi"});
        huge[6] = huge[7] = huge[8] = huge[9] = 0xff;
        eve.client->send_raw(huge, 2);
        CHECK(eve.client->wait<proto::Error>().code == ErrorCode::TooLarge);
    }
    // Eve's errors cost her nothing more: she plays on, and nobody else saw a thing.
    CHECK_FALSE(eve.client->disconnected());
    t[1].play(1);
    eve.play(1);
    t.play(2, 2);
    CHECK(t.final_hash() == peace);
    CHECK(t[1].client->all<proto::Error>().empty());
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("unknown, server-only and other-version messages are refused", "[e2e][hostile]") {
    TempDatabase db("hostile-types");
    ServerProcess server(db.path);
    const std::vector<std::string> names{"Ana", "Eve"};
    const auto peace = peaceful_hash(server.port(), hostile_room(), names);
    Table t(server.port(), hostile_room(), names);
    Player& eve = t[1];
    for (const std::uint16_t type : {0, 4, 59, 99, 777, 0xffff}) {
        INFO("type " << type);
        eve.client->send_raw(frame_of(type, {}));
        const auto e = eve.client->wait<proto::Error>();
        CHECK(e.code == ErrorCode::UnknownType);
        CHECK(e.about == type);
    }
    // What only a server sends, sent by a client.
    const std::vector<proto::Message> server_only{
        proto::Welcome{proto::kProtocolVersion, "me"}, proto::RoomCreated{"ABCDEF"},
        proto::DecisionAck{1, 1}, proto::GameOver{},
        proto::Error{ErrorCode::Kicked, 0, 0, "you are out", {}}};
    for (const auto& m : server_only) {
        INFO(proto::message_info(proto::type_of(m)).name);
        eve.client->send(m);
        CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::UnknownType, proto::type_of(m)));
    }
    // A frame of another version after the handshake, and a second Hello.
    proto::Writer w;
    w.boolean(true);
    eve.client->send_raw(frame_of(static_cast<std::uint16_t>(MessageType::Ready), w.bytes(),
                                  proto::kProtocolVersion + 1));
    CHECK(eve.client->wait<proto::Error>().code == ErrorCode::VersionMismatch);
    eve.client->send(proto::Hello{proto::kProtocolVersion, "again"});
    CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::WrongState, MessageType::Hello));
    t.start();
    t.play(1, 2);
    CHECK(t.final_hash() == peace);
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("a packet above the transport's limit is dropped there, and only its sender suffers",
          "[e2e][hostile]") {
    TempDatabase db("hostile-giant");
    ServerProcess server(db.path);
    const std::vector<std::string> names{"Ana", "Bruno"};
    const auto peace = peaceful_hash(server.port(), hostile_room(), names);
    Table t(server.port(), hostile_room(), names);
    // ENet refuses the fragments of a packet above the server's limit: the server never sees it,
    // and the sender's reliable channel stays stuck until it gives up.
    net::HostConfig config;
    config.channels = proto::kChannelCount;
    config.max_packet_size = 2 * proto::kMaxServerPayload;
    net::Host giant = net::Host::client(config);
    const auto peer = giant.connect("127.0.0.1", server.port());
    REQUIRE(peer.has_value());
    bool connected = false;
    for (int i = 0; i < kBudget && !connected; ++i) {
        for (const net::Event& e : giant.service(2)) {
            connected = connected || e.type == net::EventType::Connect;
        }
    }
    REQUIRE(connected);
    REQUIRE(giant.send(*peer, 2,
                       frame_of(MessageType::Chat, Bytes(proto::kMaxServerPayload + 1024, 'x'))));
    for (int i = 0; i < 100; ++i) {
        giant.service(1);
    }
    t.start();
    t.play(1, 2);
    CHECK(t.final_hash() == peace);
    // The server still takes newcomers.
    TestClient late(server.port());
    late.send(proto::Spectate{t.code()});
    CHECK(late.wait<proto::Joined>().roles == proto::kRoleSpectator);
    CHECK(server.stop(SIGTERM) == 0);
}
