#include "figures.hpp"

#include <cmath>
#include <cstdio>

namespace hr::client {

std::string fixed(double value, int decimals, Language lang) {
    if (!std::isfinite(value)) {
        return "–";
    }
    const bool latin = lang != Language::English;
    const char point = latin ? ',' : '.';
    const char group = latin ? '.' : ',';
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::fabs(value));
    std::string digits(buffer);
    std::string fraction;
    if (auto dot = digits.find('.'); dot != std::string::npos) {
        fraction = digits.substr(dot + 1);
        digits.resize(dot);
    }
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += group;
        }
        out += digits[i];
    }
    if (!fraction.empty()) {
        out += point;
        out += fraction;
    }
    // No "-0" for a value that rounds to zero.
    bool zero = out.find_first_not_of("0.,") == std::string::npos;
    return (value < 0 && !zero ? "-" : "") + out;
}

std::string signed_fixed(double value, int decimals, Language lang) {
    std::string s = fixed(value, decimals, lang);
    bool zero = s.find_first_not_of("0.,") == std::string::npos;
    return value > 0 && !zero ? "+" + s : s;
}

std::string percent(double share, int decimals, Language lang) {
    return fixed(share * 100.0, decimals, lang) + " %";
}

std::string signed_percent(double change, int decimals, Language lang) {
    return signed_fixed(change * 100.0, decimals, lang) + " %";
}

std::string k_dollars(Money money, int decimals, Language lang) {
    return fixed(static_cast<double>(money) / 1000.0, decimals, lang) + " k$";
}

} // namespace hr::client
