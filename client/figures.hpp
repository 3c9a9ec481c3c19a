#pragma once
// Numbers as the players read them: decimal comma in Spanish and Portuguese, thousands grouped,
// signs on changes. Used by the pictures, their tooltips and the debrief.
#include "core/money.hpp"
#include "translations.hpp"

#include <string>

namespace hr::client {

// 1234.5 -> "1,234.5" (en) or "1.234,5" (es, pt).
std::string fixed(double value, int decimals, Language lang);
// The same with a sign: "+3.2", "-0.5", "0.0".
std::string signed_fixed(double value, int decimals, Language lang);
// A share 0 … 1 as a percentage: 0.123 -> "12 %" / "12,3 %".
std::string percent(double share, int decimals, Language lang);
// A relative change as a signed percentage: -0.05 -> "-5 %".
std::string signed_percent(double change, int decimals, Language lang);
// Money in thousands of dollars: 152300 -> "152.3 k$".
std::string k_dollars(Money money, int decimals, Language lang);

} // namespace hr::client
