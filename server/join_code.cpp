#include "join_code.hpp"

#include "secure_random.hpp"

namespace hr::server {

std::string new_join_code() {
    std::string code;
    code.reserve(kJoinCodeLength);
    for (std::size_t i = 0; i < kJoinCodeLength; ++i) {
        code.push_back(
            kJoinCodeAlphabet[secure_below(static_cast<std::uint32_t>(kJoinCodeAlphabet.size()))]);
    }
    return code;
}

std::optional<std::string> normalize_join_code(std::string_view typed) {
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '-') {
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if (kJoinCodeAlphabet.find(c) == std::string_view::npos) {
            return std::nullopt;
        }
        code.push_back(c);
    }
    if (code.size() != kJoinCodeLength) {
        return std::nullopt;
    }
    return code;
}

} // namespace hr::server
