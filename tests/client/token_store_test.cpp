// The reconnect-token store: what takes a seat back survives a restart of the client.
#include "token_store.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>

using namespace hr;
using namespace hr::client;

namespace {

std::filesystem::path temp_file() {
    std::random_device random;
    const auto dir =
        std::filesystem::temp_directory_path() / ("highroad_tokens_" + std::to_string(random()));
    return dir / "sessions.json";
}

proto::ReconnectToken random_token(std::mt19937& rng) {
    proto::ReconnectToken t{};
    for (auto& b : t) {
        b = static_cast<std::uint8_t>(rng() & 0xff);
    }
    return t;
}

} // namespace

TEST_CASE("tokens read back from their hex text", "[client][tokens]") {
    std::mt19937 rng(static_cast<unsigned>(GENERATE(take(20, random(0, 1 << 30)))));
    const auto token = random_token(rng);
    const std::string hex = token_to_hex(token);
    CHECK(hex.size() == 32);
    CHECK(token_from_hex(hex) == token);
}

TEST_CASE("malformed token text is refused", "[client][tokens]") {
    CHECK_FALSE(token_from_hex(""));
    CHECK_FALSE(token_from_hex("00"));
    CHECK_FALSE(token_from_hex(std::string(31, 'a')));
    CHECK_FALSE(token_from_hex(std::string(32, 'g')));
    CHECK_FALSE(token_from_hex(std::string(33, 'a')));
    CHECK(token_from_hex(std::string(32, 'A')));
}

TEST_CASE("a remembered seat survives a restart of the client", "[client][tokens]") {
    const auto file = temp_file();
    std::mt19937 rng(5);
    const auto token = random_token(rng);
    {
        TokenStore store(file);
        CHECK(store.problem().empty());
        StoredSeat seat;
        seat.server = "192.168.1.20:7777";
        seat.code = "K7Q2PX";
        seat.token = token;
        seat.name = "Ana";
        store.remember(seat);
        CHECK(store.problem().empty());
    }
    TokenStore again(file);
    const auto found = again.find("192.168.1.20:7777", "K7Q2PX");
    REQUIRE(found);
    CHECK(found->token == token);
    CHECK(found->name == "Ana");
    CHECK(found->saved_at > 0);
    CHECK_FALSE(again.find("192.168.1.20:7777", "OTHER1"));
    CHECK_FALSE(again.find("192.168.1.21:7777", "K7Q2PX"));
    // Only its owner may read a file that holds seats.
    const auto perms = std::filesystem::status(file).permissions();
    CHECK((perms & std::filesystem::perms::group_read) == std::filesystem::perms::none);
    CHECK((perms & std::filesystem::perms::others_read) == std::filesystem::perms::none);
    std::filesystem::remove_all(file.parent_path());
}

TEST_CASE("a hosted room is remembered with its server and found again", "[client][tokens]") {
    const auto file = temp_file();
    {
        TokenStore store(file);
        StoredSeat joined;
        joined.server = "10.0.0.5:7777";
        joined.code = "PLAY22";
        store.remember(joined);
        StoredSeat hosted;
        hosted.server = "127.0.0.1:7777";
        hosted.code = "HOST33";
        hosted.secret = "a secret";
        hosted.server_pid = 4242;
        hosted.server_port = 7777;
        hosted.database = "/tmp/classroom.db";
        store.remember(hosted);
    }
    TokenStore again(file);
    const auto hosted = again.last_hosted();
    REQUIRE(hosted);
    CHECK(hosted->code == "HOST33");
    CHECK(hosted->secret == "a secret");
    CHECK(hosted->server_pid == 4242);
    CHECK(hosted->server_port == 7777);
    CHECK(hosted->database == "/tmp/classroom.db");
    std::filesystem::remove_all(file.parent_path());
}

TEST_CASE("remembering the same room again replaces it, forgetting removes it",
          "[client][tokens]") {
    TokenStore store(std::nullopt);
    StoredSeat seat;
    seat.server = "h:1";
    seat.code = "AAAA";
    seat.name = "first";
    store.remember(seat);
    seat.name = "second";
    store.remember(seat);
    REQUIRE(store.entries().size() == 1);
    CHECK(store.find("h:1", "AAAA")->name == "second");
    store.forget("h:1", "AAAA");
    CHECK(store.entries().empty());
}

TEST_CASE("the store keeps the newest rooms when it is full", "[client][tokens]") {
    TokenStore store(std::nullopt);
    for (std::size_t i = 0; i < TokenStore::kMaxEntries + 10; ++i) {
        StoredSeat seat;
        seat.server = "h:1";
        seat.code = "C" + std::to_string(i);
        store.remember(seat);
    }
    CHECK(store.entries().size() == TokenStore::kMaxEntries);
    CHECK_FALSE(store.find("h:1", "C0"));
    CHECK(store.find("h:1", "C" + std::to_string(TokenStore::kMaxEntries + 9)));
}

TEST_CASE("a broken sessions file starts afresh and says why", "[client][tokens]") {
    const auto file = temp_file();
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file) << "{ not json";
    TokenStore store(file);
    CHECK(store.entries().empty());
    CHECK_FALSE(store.problem().empty());
    std::filesystem::remove_all(file.parent_path());
}
