#pragma once
// SHA-256 (FIPS 180-4), for storing reconnect tokens and facilitator secrets as hashes only:
// the database never holds what would let someone take a seat.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace hr::server {

using Digest = std::array<std::uint8_t, 32>;

class Sha256 {
  public:
    Sha256();
    Sha256& update(std::span<const std::uint8_t> data);
    Sha256& update(std::string_view text);
    Digest finish();

  private:
    void block(const std::uint8_t* p);

    std::array<std::uint32_t, 8> h_;
    std::array<std::uint8_t, 64> buf_{};
    std::size_t used_ = 0;
    std::uint64_t total_ = 0;
};

Digest sha256(std::span<const std::uint8_t> data);
std::string to_hex(std::span<const std::uint8_t> bytes);

// Compares in time independent of where the first difference is.
bool equal_digests(const Digest& a, const Digest& b);

} // namespace hr::server
