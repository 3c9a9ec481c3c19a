#pragma once
// Strict UTF-8 validation (RFC 3629): text from the network is checked before the game sees it,
// so that names and chat never carry sequences that other decoders would read differently.
#include <string_view>

namespace hr::proto {

// True when `text` is well-formed UTF-8: no overlong encodings, no UTF-16 surrogates
// (U+D800..U+DFFF), nothing above U+10FFFF, no stray or missing continuation bytes.
bool is_valid_utf8(std::string_view text);

} // namespace hr::proto
