#pragma once
// Checking what a player types on the join screen, before anything goes over the network.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hr::client {

// The port a server listens on when the address names none.
inline constexpr std::uint16_t kDefaultServerPort = 7777;
inline constexpr std::size_t kMinJoinCode = 4;
inline constexpr std::size_t kMaxJoinCode = 10;
inline constexpr std::size_t kMaxPlayerName = 32; // bytes of UTF-8

struct ServerAddress {
    std::string host;
    std::uint16_t port = kDefaultServerPort;
    bool operator==(const ServerAddress&) const = default;
};

// "host", "host:port", "[v6 address]:port"; surrounding blanks ignored. nullopt when malformed.
std::optional<ServerAddress> parse_server_address(std::string_view text);

// The text form again: "host" when the port is the default, "host:port" or "[v6]:port" otherwise.
std::string format_server_address(const ServerAddress& address);

// Upper case, without the blanks and dashes people add when copying a code from the screen.
std::string normalise_join_code(std::string_view typed);
bool valid_join_code(std::string_view normalised);

// Trimmed; empty when nothing but blanks was typed.
std::string clean_player_name(std::string_view typed);

enum class JoinProblem { None, MissingAddress, BadAddress, BadCode, MissingName };

struct JoinForm {
    std::string address;
    std::string code;
    std::string name;
};

// The first problem in reading order, so the screen can show one clear message.
JoinProblem check_join_form(const JoinForm& form);

} // namespace hr::client
