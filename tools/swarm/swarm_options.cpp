#include "swarm_options.hpp"

#include <charconv>

namespace hr::swarm {

std::optional<std::pair<std::string, std::uint16_t>> parse_endpoint(const std::string& text) {
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) {
        return std::nullopt;
    }
    unsigned port = 0;
    const char* first = text.data() + colon + 1;
    const char* last = text.data() + text.size();
    const auto [end, error] = std::from_chars(first, last, port);
    if (error != std::errc() || end != last || port == 0 || port > 65535) {
        return std::nullopt;
    }
    return std::pair{text.substr(0, colon), static_cast<std::uint16_t>(port)};
}

} // namespace hr::swarm
