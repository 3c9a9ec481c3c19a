// Well-formed messages that must be refused: in the wrong state, for another firm or round,
// replayed, with numbers out of range or not finite, with names and chat too long, not UTF-8 or
// unprintable. Each gets its error, nothing of it is stored or shown to anyone, and the honest
// game ends exactly as it would have in peace.
#include "e2e/hostile_room.hpp"

#include <limits>
#include <set>

using namespace hr;
using namespace hr::e2e;
using proto::ErrorCode;
using proto::MessageType;

namespace {

const std::vector<std::string> kNames{"Ana", "Bruno", "Eve"};

// A decision value no scripted decision holds: the place to put a number no encoder writes.
constexpr double kMarker = 0.0123456789;

enum class Field { WageChange, Markup };

// Eve's decision for round 1 with one of its doubles set to `value`, as only a hostile client
// would encode it.
Bytes decision_with(FirmId firm, std::uint32_t seq, Field field, double value) {
    Decision d = scripted(firm, 1);
    (field == Field::WageChange ? d.wage_change : d.markup) = kMarker;
    return with_double(proto::encode(proto::SubmitDecision{seq, d}), kMarker, value);
}

} // namespace

TEST_CASE("messages in the wrong state are refused and change nothing", "[e2e][hostile]") {
    TempDatabase db("hostile-state");
    ServerProcess server(db.path);
    const auto peace = peaceful_hash(server.port(), hostile_room(), kNames);
    Table t(server.port(), hostile_room(), kNames);
    Player& eve = t[2];
    TestClient& fac = t.facilitator.client;
    // In the lobby: nothing to decide or act on yet, and commands for a game not running.
    eve.client->send(proto::SubmitDecision{1, scripted(eve.firm, 1)});
    CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::WrongState,
                  MessageType::SubmitDecision));
    eve.client->send(proto::JoinJointAction{1, 1, 1000});
    CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::WrongState,
                  MessageType::JoinJointAction));
    fac.send(proto::Resume{});
    CHECK(refused(fac.wait<proto::Error>(), ErrorCode::WrongState, MessageType::Resume));
    fac.send(proto::CloseRound{});
    CHECK(refused(fac.wait<proto::Error>(), ErrorCode::WrongState, MessageType::CloseRound));
    // Entering a room again, from inside one.
    eve.client->send(proto::Join{t.code(), "Eve again"});
    CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::NotPermitted, MessageType::Join));
    eve.client->send(proto::Reconnect{t.code(), t[0].token});
    CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::WrongState, MessageType::Reconnect));
    eve.client->send(proto::CreateRoom{hostile_room(), "secret", "Eve"});
    CHECK(
        refused(eve.client->wait<proto::Error>(), ErrorCode::WrongState, MessageType::CreateRoom));
    t.start();
    // While running: the lobby's commands and a second start.
    fac.send(proto::Start{});
    CHECK(refused(fac.wait<proto::Error>(), ErrorCode::WrongState, MessageType::Start));
    fac.send(proto::AddBot{});
    CHECK(refused(fac.wait<proto::Error>(), ErrorCode::WrongState, MessageType::AddBot));
    fac.send(proto::Resume{});
    CHECK(refused(fac.wait<proto::Error>(), ErrorCode::WrongState, MessageType::Resume));
    t.play(1, 2);
    CHECK(t.final_hash() == peace);
    // After the end: nothing more to decide.
    eve.client->send(proto::SubmitDecision{9, scripted(eve.firm, 2)});
    CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::WrongState,
                  MessageType::SubmitDecision));
    fac.send(proto::CloseRound{});
    CHECK(refused(fac.wait<proto::Error>(), ErrorCode::WrongState, MessageType::CloseRound));
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("decisions for another firm, a past or future round, or replayed are refused and "
          "lose nothing",
          "[e2e][hostile]") {
    TempDatabase db("hostile-decisions");
    ServerProcess server(db.path);
    const auto peace = peaceful_hash(server.port(), hostile_room(), kNames);
    Table t(server.port(), hostile_room(), kNames);
    Player& eve = t[2];
    t.start();
    t[0].play(1);
    // Another firm's decision, under its own firm number or under Eve's seat.
    eve.client->send(proto::SubmitDecision{1, scripted(t[0].firm, 1)});
    const auto other = eve.client->wait<proto::Error>();
    CHECK(refused(other, ErrorCode::WrongFirm, MessageType::SubmitDecision));
    CHECK(other.ref == 1);
    // The rounds that are not open.
    for (const int round : {0, 2, 3, 60}) {
        INFO("round " << round);
        eve.client->send(proto::SubmitDecision{2, scripted(eve.firm, round)});
        CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::WrongRound,
                      MessageType::SubmitDecision));
    }
    // Eve's real decision, then replays of older numbers with other contents.
    eve.seq = 10;
    eve.submit(1);
    for (const std::uint32_t seq : {10u, 9u, 1u}) {
        INFO("seq " << seq);
        Decision changed = scripted(eve.firm, 1);
        changed.training += 1000;
        eve.client->send(proto::SubmitDecision{seq, changed});
        const auto e = eve.client->wait<proto::Error>();
        CHECK(refused(e, ErrorCode::Replay, MessageType::SubmitDecision));
        CHECK(e.ref == seq);
    }
    // Ana's acknowledged decision is not Eve's to change, even with Ana's own numbers.
    eve.client->send(proto::SubmitDecision{t[0].seq + 1, scripted(t[0].firm, 1)});
    CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::WrongFirm,
                  MessageType::SubmitDecision));
    t[1].play(1);
    const auto results = t[0].client->wait<proto::RoundResultsMessage>().results;
    for (const auto& firm : results.firms) {
        CHECK(firm.source == proto::DecisionSource::Player);
    }
    // Round 1 is now in the past.
    eve.client->send(proto::SubmitDecision{20, scripted(eve.firm, 1)});
    CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::WrongRound,
                  MessageType::SubmitDecision));
    t.play(2, 2);
    CHECK(t.final_hash() == peace);
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("out-of-range and non-finite numbers are refused with the field at fault",
          "[e2e][hostile]") {
    TempDatabase db("hostile-numbers");
    ServerProcess server(db.path);
    const auto peace = peaceful_hash(server.port(), hostile_room(), kNames);
    Table t(server.port(), hostile_room(), kNames);
    Player& eve = t[2];
    TestClient& fac = t.facilitator.client;
    t.start();
    SECTION("not finite: refused as they arrive") {
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        constexpr double inf = std::numeric_limits<double>::infinity();
        const std::vector<std::pair<Field, double>> cases{{Field::WageChange, nan},
                                                          {Field::WageChange, inf},
                                                          {Field::WageChange, -inf},
                                                          {Field::Markup, nan},
                                                          {Field::Markup, -inf}};
        std::uint32_t seq = 1;
        for (const auto& [field, value] : cases) {
            INFO((field == Field::WageChange ? "wage change " : "markup ") << value);
            eve.client->send_raw(decision_with(eve.firm, seq++, field, value), 1);
            CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::Malformed,
                          MessageType::SubmitDecision));
        }
        PolicySettings p;
        p.cofinancing_share = kMarker;
        fac.send_raw(with_double(proto::encode(proto::SetPolicy{p}), kMarker, nan));
        CHECK(refused(fac.wait<proto::Error>(), ErrorCode::Malformed, MessageType::SetPolicy));
    }
    SECTION("out of range: refused by the rules, each field named") {
        Decision d = scripted(eve.firm, 1);
        d.wage_change = 0.9;
        d.invest[0] = -1;
        d.invest[1] = std::numeric_limits<Money>::max();
        d.invest[2] = std::numeric_limits<Money>::max();
        d.training = std::numeric_limits<Money>::min();
        d.markup = -5;
        d.own_brand_price = -100;
        d.accept = {424242};
        d.propose = {{JointActionType::TradeFair, -1}};
        d.join = {{99999, 1000}};
        eve.client->send(proto::SubmitDecision{1, d});
        const auto e = eve.client->wait<proto::Error>();
        CHECK(refused(e, ErrorCode::InvalidDecision, MessageType::SubmitDecision));
        std::set<std::string> fields;
        for (const auto& issue : e.issues) {
            fields.insert(issue.field);
        }
        for (const char* field : {"wage_change", "invest.process", "training", "accept[0]"}) {
            INFO(field);
            CHECK(fields.contains(field));
        }
        // Sums of huge investments: refused too, never wrapped around into a small number.
        Decision big = scripted(eve.firm, 1);
        big.invest = {std::numeric_limits<Money>::max(), std::numeric_limits<Money>::max(),
                      std::numeric_limits<Money>::max(), std::numeric_limits<Money>::max()};
        big.training = std::numeric_limits<Money>::max();
        eve.client->send(proto::SubmitDecision{2, big});
        CHECK(refused(eve.client->wait<proto::Error>(), ErrorCode::InvalidDecision,
                      MessageType::SubmitDecision));
        // The facilitator's numbers: a share above one, negative money, no such firm or event.
        PolicySettings p;
        p.cofinancing_share = 3;
        p.grant_per_firm = -5;
        fac.send(proto::SetPolicy{p});
        CHECK(refused(fac.wait<proto::Error>(), ErrorCode::InvalidPolicy, MessageType::SetPolicy));
        fac.send(proto::Kick{15});
        CHECK(refused(fac.wait<proto::Error>(), ErrorCode::UnknownSeat, MessageType::Kick));
        fac.send(proto::InjectEvent{"no-such-event"});
        CHECK(refused(fac.wait<proto::Error>(), ErrorCode::UnknownEvent, MessageType::InjectEvent));
        fac.send_raw(frame_of(MessageType::Extend, {0x80, 0x80, 0x04})); // 65536 s, above the cap
        CHECK(refused(fac.wait<proto::Error>(), ErrorCode::Malformed, MessageType::Extend));
    }
    CHECK(eve.client->all<proto::DecisionAck>().empty());
    t.play(1, 2);
    CHECK(t.final_hash() == peace);
    CHECK(server.stop(SIGTERM) == 0);
}

TEST_CASE("very long, invalid UTF-8 and unprintable names and chat are refused and reach nobody",
          "[e2e][hostile]") {
    TempDatabase db("hostile-text");
    ServerProcess server(db.path);
    const std::vector<std::string> names{"Ana", "Bruno"};
    const auto peace = peaceful_hash(server.port(), hostile_room(), names);
    Table t(server.port(), hostile_room(), names);
    TestClient eve(server.port());
    const std::vector<std::string> bad_names{
        std::string(proto::kMaxNameBytes + 1, 'e'), // one byte too long
        std::string(3000, 'e'),                     // far too long
        "Eve\xff",                                  // not UTF-8
        "\xc0\xae",                                 // an overlong encoding of '.'
        "Ev\xed\xa0\x80",                           // a UTF-16 surrogate
        "\xc3",                                     // cut in the middle of a character
    };
    for (const auto& name : bad_names) {
        eve.send(proto::Join{t.code(), name});
        const auto e = eve.wait<proto::Error>();
        CHECK((e.code == ErrorCode::Malformed || e.code == ErrorCode::TooLarge));
    }
    for (const std::string name : {"", "   ", "Eve\n", "\x1b[2JEve", "Eve\x7f"}) {
        eve.send(proto::Join{t.code(), name});
        CHECK(refused(eve.wait<proto::Error>(), ErrorCode::InvalidName, MessageType::Join));
    }
    // The longest name there may be, in letters of two bytes, takes the last seat.
    std::string longest;
    while (longest.size() + 2 <= proto::kMaxNameBytes) {
        longest += "\xc3\xa9";
    }
    eve.send(proto::Join{t.code(), longest});
    REQUIRE(eve.wait<proto::Joined>().firm == std::optional<FirmId>(2));

    for (const auto& text : {std::string(proto::kMaxChatBytes + 1, 'x'), std::string("hi\xfe"),
                             std::string("\xe2\x82"), std::string(4000, 'x')}) {
        eve.send(proto::Chat{text});
        const auto e = eve.wait<proto::Error>();
        CHECK((e.code == ErrorCode::Malformed || e.code == ErrorCode::TooLarge));
    }
    for (const std::string text : {"", "  ", "\x1b[31mred", "line\nbreak"}) {
        eve.send(proto::Chat{text});
        CHECK(refused(eve.wait<proto::Error>(), ErrorCode::InvalidText, MessageType::Chat));
    }
    std::string longest_line;
    while (longest_line.size() + 3 <= proto::kMaxChatBytes) {
        longest_line += "\xe2\x82\xac"; // €
    }
    eve.send(proto::Chat{longest_line});
    // The one line anyone sees is the good one, with the name she got her seat with.
    const auto seen = t[0].client->wait<proto::ChatLine>();
    CHECK(seen.text == longest_line);
    CHECK(seen.from == longest);
    CHECK(t[0].client->all<proto::ChatLine>().size() == 1);
    const auto roster = t[0].client->wait_seen<proto::LobbyRoster>(
        [](const auto& r) { return r.seats.size() == 3 && r.seats[2].player.size() > 0; });
    CHECK(roster.seats[2].player == longest);
    // Eve leaves: the peaceful game had only Ana and Bruno and a bot in the last seat.
    eve.send(proto::LeaveRoom{});
    t[0].client->wait_seen<proto::LobbyRoster>(
        [](const auto& r) { return r.seats.size() == 3 && r.seats[2].player.empty(); });
    t.start();
    t.play(1, 2);
    CHECK(t.final_hash() == peace);
    CHECK(server.stop(SIGTERM) == 0);
}
