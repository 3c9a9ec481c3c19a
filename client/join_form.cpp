#include "join_form.hpp"

#include <algorithm>
#include <charconv>
#include <string>

namespace hr::client {

namespace {

std::string_view trim(std::string_view text) {
    constexpr std::string_view blanks = " \t\r\n";
    auto first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) {
        return {};
    }
    auto last = text.find_last_not_of(blanks);
    return text.substr(first, last - first + 1);
}

bool is_host_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_';
}

std::optional<std::uint16_t> parse_port(std::string_view text) {
    unsigned value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value == 0 || value > 65535) {
        return std::nullopt;
    }
    return static_cast<std::uint16_t>(value);
}

} // namespace

std::optional<ServerAddress> parse_server_address(std::string_view text) {
    text = trim(text);
    ServerAddress address;
    std::string_view host;
    std::string_view port;
    if (text.starts_with('[')) {
        auto close = text.find(']');
        if (close == std::string_view::npos) {
            return std::nullopt;
        }
        host = text.substr(1, close - 1);
        auto rest = text.substr(close + 1);
        if (!rest.empty()) {
            if (!rest.starts_with(':')) {
                return std::nullopt;
            }
            port = rest.substr(1);
            if (port.empty()) {
                return std::nullopt;
            }
        }
        bool v6 = !host.empty() && std::all_of(host.begin(), host.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') ||
                   c == ':' || c == '.';
        });
        if (!v6) {
            return std::nullopt;
        }
    } else {
        auto colon = text.find(':');
        host = text.substr(0, colon);
        if (colon != std::string_view::npos) {
            port = text.substr(colon + 1);
            if (port.empty()) {
                return std::nullopt;
            }
        }
        if (host.empty() || host.size() > 253 ||
            !std::all_of(host.begin(), host.end(), is_host_char)) {
            return std::nullopt;
        }
    }
    if (!port.empty()) {
        auto number = parse_port(port);
        if (!number) {
            return std::nullopt;
        }
        address.port = *number;
    }
    address.host = std::string(host);
    return address;
}

std::string format_server_address(const ServerAddress& address) {
    std::string text =
        address.host.find(':') != std::string::npos ? "[" + address.host + "]" : address.host;
    if (address.port != kDefaultServerPort) {
        text += ":" + std::to_string(address.port);
    }
    return text;
}

std::string normalise_join_code(std::string_view typed) {
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '-' || c == '\t') {
            continue;
        }
        code += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return code;
}

bool valid_join_code(std::string_view normalised) {
    return normalised.size() >= kMinJoinCode && normalised.size() <= kMaxJoinCode &&
           std::all_of(normalised.begin(), normalised.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

std::string clean_player_name(std::string_view typed) {
    auto name = trim(typed);
    std::size_t length = std::min(name.size(), kMaxPlayerName);
    // Never cut a multi-byte UTF-8 letter in half.
    while (length > 0 && length < name.size() &&
           (static_cast<unsigned char>(name[length]) & 0xC0) == 0x80) {
        --length;
    }
    return std::string(trim(name.substr(0, length)));
}

JoinProblem check_join_form(const JoinForm& form) {
    if (trim(form.address).empty()) {
        return JoinProblem::MissingAddress;
    }
    if (!parse_server_address(form.address)) {
        return JoinProblem::BadAddress;
    }
    if (!valid_join_code(normalise_join_code(form.code))) {
        return JoinProblem::BadCode;
    }
    if (clean_player_name(form.name).empty()) {
        return JoinProblem::MissingName;
    }
    return JoinProblem::None;
}

} // namespace hr::client
