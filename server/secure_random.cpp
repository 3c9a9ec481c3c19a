#include "secure_random.hpp"

#include <cerrno>
#include <limits>
#include <sys/random.h>
#include <system_error>

namespace hr::server {

void secure_random(std::span<std::uint8_t> out) {
    std::size_t done = 0;
    while (done < out.size()) {
        const ssize_t got = getrandom(out.data() + done, out.size() - done, 0);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw std::system_error(errno, std::generic_category(), "getrandom");
        }
        done += static_cast<std::size_t>(got);
    }
}

std::uint32_t secure_below(std::uint32_t n) {
    // Rejects the top partial range so that every value is equally likely.
    const std::uint32_t limit =
        std::numeric_limits<std::uint32_t>::max() - std::numeric_limits<std::uint32_t>::max() % n;
    for (;;) {
        const auto bytes = secure_random_bytes<4>();
        const std::uint32_t v = std::uint32_t{bytes[0]} | (std::uint32_t{bytes[1]} << 8) |
                                (std::uint32_t{bytes[2]} << 16) | (std::uint32_t{bytes[3]} << 24);
        if (v < limit) {
            return v % n;
        }
    }
}

} // namespace hr::server
