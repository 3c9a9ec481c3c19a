#include "fonts.hpp"
#include "translations.hpp"

#include <catch2/catch.hpp>

using namespace hr::client;

namespace {

// Decodes UTF-8 (the language files are valid UTF-8: the JSON parser checks it).
std::vector<unsigned> code_points(const std::string& text) {
    std::vector<unsigned> points;
    for (std::size_t i = 0; i < text.size();) {
        auto lead = static_cast<unsigned char>(text[i]);
        int extra = lead < 0x80 ? 0 : lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
        unsigned c = extra == 0 ? lead : lead & (0x3Fu >> extra);
        for (int k = 1; k <= extra && i + static_cast<std::size_t>(k) < text.size(); ++k) {
            c = (c << 6) |
                (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3Fu);
        }
        points.push_back(c);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return points;
}

// ImGui needs a context for an atlas; no renderer is involved in building one.
struct Context {
    Context() { ImGui::CreateContext(); }
    ~Context() { ImGui::DestroyContext(); }
};

} // namespace

TEST_CASE("the fonts have a glyph for every letter of every translation", "[client][fonts]") {
    Context context;
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    FontSet fonts = build_fonts(atlas, default_font_dir(), 1.0f);
    auto tr = Translations::load(std::filesystem::path(HIGHROAD_ASSETS_DIR) / "lang");
    for (Language lang : kAllLanguages) {
        for (const auto& [key, text] : tr.table(lang).entries) {
            for (unsigned c : code_points(text)) {
                INFO(key << " in " << language_code(lang) << ": U+" << std::hex << c);
                CHECK(fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
                CHECK(fonts.bold->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
                CHECK(fonts.heading->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr);
            }
        }
    }
}

TEST_CASE("the four faces grow with the UI scale", "[client][fonts]") {
    Context context;
    auto scale = GENERATE(1.0f, 1.5f, 2.0f);
    FontSet fonts = build_fonts(*ImGui::GetIO().Fonts, default_font_dir(), scale);
    CHECK(fonts.body->FontSize == Approx(kBodyPixels * scale));
    CHECK(fonts.bold->FontSize == Approx(kBodyPixels * scale));
    CHECK(fonts.heading->FontSize == Approx(kHeadingPixels * scale));
    CHECK(fonts.display->FontSize == Approx(kDisplayPixels * scale));
    CHECK(ImGui::GetIO().Fonts->Fonts.Size == 4); // rebuilding replaces, never piles up
    CHECK(ImGui::GetIO().Fonts->IsBuilt());
}

TEST_CASE("the glyph ranges cover Spanish and Portuguese", "[client][fonts]") {
    const ImWchar* ranges = text_glyph_ranges();
    auto covered = [&](unsigned c) {
        for (const ImWchar* r = ranges; r[0] != 0; r += 2) {
            if (c >= r[0] && c <= r[1]) {
                return true;
            }
        }
        return false;
    };
    for (unsigned c : {0xE1u, 0xE7u, 0xE3u, 0xF5u, 0xF1u, 0xBFu, 0xA1u, 0xC9u, 0x153u, 0x2014u,
                       0x201Cu, 0x2026u, 0x20ACu}) {
        INFO(std::hex << c);
        CHECK(covered(c));
    }
}

TEST_CASE("a missing font directory is reported, not crashed on", "[client][fonts]") {
    Context context;
    CHECK_THROWS_WITH(build_fonts(*ImGui::GetIO().Fonts, "/nonexistent/fonts", 1.0f),
                      Catch::Contains("DejaVuSans.ttf"));
}
