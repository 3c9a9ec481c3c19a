#include "fonts.hpp"

#include "theme.hpp"

#include <stdexcept>
#include <string>

namespace hr::client {

namespace {

constexpr ImWchar kTextRanges[] = {
    0x0020, 0x00FF, // Basic Latin + Latin-1 Supplement: á é í ó ú ñ ç ã õ ü ¿ ¡ « »
    0x0100, 0x017F, // Latin Extended-A
    0x2013, 0x2026, // – — ‘ ’ “ ” • …
    0x20AC, 0x20AC, // €
    0x2190, 0x2193, // ← ↑ → ↓
    0x2212, 0x2212, // − (minus sign, for signed numbers)
    0x2264, 0x2265, // ≤ ≥
    0,
};

ImFont* add_face(ImFontAtlas& atlas, const std::filesystem::path& file, float pixels,
                 int oversample) {
    if (!std::filesystem::exists(file)) {
        throw std::runtime_error("font not found: " + file.string() +
                                 " (install fonts-dejavu-core)");
    }
    ImFontConfig config;
    config.OversampleH = oversample;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    return atlas.AddFontFromFileTTF(file.c_str(), pixels, &config, kTextRanges);
}

} // namespace

std::filesystem::path default_font_dir() {
    return "/usr/share/fonts/truetype/dejavu";
}

const ImWchar* text_glyph_ranges() {
    return kTextRanges;
}

FontSet build_fonts(ImFontAtlas& atlas, const std::filesystem::path& font_dir, float ui_scale) {
    float scale = theme::clamp_ui_scale(ui_scale);
    auto regular = font_dir / "DejaVuSans.ttf";
    auto bold = font_dir / "DejaVuSans-Bold.ttf";
    atlas.Clear();
    FontSet fonts;
    // Oversampling sharpens small text; large faces do not need it and would bloat the atlas.
    fonts.body = add_face(atlas, regular, kBodyPixels * scale, 2);
    fonts.bold = add_face(atlas, bold, kBodyPixels * scale, 2);
    fonts.heading = add_face(atlas, bold, kHeadingPixels * scale, 1);
    fonts.display = add_face(atlas, bold, kDisplayPixels * scale, 1);
    if (!atlas.Build()) {
        throw std::runtime_error("building the font atlas failed");
    }
    return fonts;
}

} // namespace hr::client
