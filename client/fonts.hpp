#pragma once
// The four faces the client draws text with, all from DejaVu Sans so that every Spanish and
// Portuguese letter is there, rebuilt at each UI scale so that large text stays sharp.
#include <filesystem>
#include <imgui.h>

namespace hr::client {

struct FontSet {
    ImFont* body = nullptr;    // running text, widgets (the default font)
    ImFont* bold = nullptr;    // emphasis, concept terms, labels
    ImFont* heading = nullptr; // screen headings and big buttons
    ImFont* display = nullptr; // the title and join codes, readable from the back of a class
};

inline constexpr float kBodyPixels = 18.0f;
inline constexpr float kHeadingPixels = 28.0f;
inline constexpr float kDisplayPixels = 72.0f;

// Debian's fonts-dejavu-core location.
std::filesystem::path default_font_dir();

// Basic Latin, Latin-1 Supplement and Latin Extended-A, plus typographic punctuation (dashes,
// curly quotes, bullet, ellipsis), arrows, the minus sign, ≤ ≥ and the euro sign.
// Zero-terminated ImGui range list.
const ImWchar* text_glyph_ranges();

// Clears `atlas`, adds the four faces at `ui_scale` and builds the atlas pixels (no GPU work:
// the renderer uploads them). Throws std::runtime_error when a font file is missing.
FontSet build_fonts(ImFontAtlas& atlas, const std::filesystem::path& font_dir, float ui_scale);

} // namespace hr::client
