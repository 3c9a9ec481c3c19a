#pragma once
// Join codes: short enough to read off a projector, drawn from a CSPRNG, and without characters
// that look alike (0/O, 1/I/L), so that "what is that letter?" never costs a student a try.
#include <optional>
#include <string>
#include <string_view>

namespace hr::server {

inline constexpr std::string_view kJoinCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr std::size_t kJoinCodeLength = 6; // 31^6, about 887 million codes

std::string new_join_code();

// The code as typed (any case, spaces or dashes anywhere) in canonical form, or nothing when it
// cannot be a join code (a character outside the alphabet, a wrong length).
std::optional<std::string> normalize_join_code(std::string_view typed);

} // namespace hr::server
