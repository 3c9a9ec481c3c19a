#include "sha256.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace hr::server;

namespace {

std::string hex_of(std::string_view text) {
    return to_hex(Sha256().update(text).finish());
}

} // namespace

TEST_CASE("SHA-256 gives the digests of the standard's test vectors", "[server]") {
    CHECK(hex_of("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(hex_of("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(hex_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(hex_of(std::string(1'000'000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 does not depend on how the input is cut", "[server]") {
    const std::string text(300, 'x');
    const auto cut = GENERATE(1u, 55u, 56u, 63u, 64u, 65u, 128u, 299u);
    const auto whole = Sha256().update(text).finish();
    const auto parts =
        Sha256().update(std::string_view(text).substr(0, cut)).update(text.substr(cut)).finish();
    CHECK(whole == parts);
}

TEST_CASE("digests compare equal only when every byte is", "[server]") {
    const Digest a = sha256(std::vector<std::uint8_t>{1, 2, 3});
    Digest b = a;
    CHECK(equal_digests(a, b));
    b[31] ^= 1;
    CHECK_FALSE(equal_digests(a, b));
}
