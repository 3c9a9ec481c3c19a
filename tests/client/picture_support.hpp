#pragma once
// Rendering the client's pictures off screen for tests: into a render texture, back as an image,
// saved as a PNG to look at (HIGHROAD_SCREENSHOT_DIR, or a folder in the temporary directory).
#include "headless_imgui.hpp"
#include "theme.hpp"
#include "translations.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <imgui.h>
#include <set>
#include <string>

namespace hr::test {

inline const client::Translations& english() {
    static const client::Translations tr = [] {
        auto t = client::Translations::load(std::filesystem::path(HIGHROAD_ASSETS_DIR) / "lang");
        t.set_language(client::Language::English);
        return t;
    }();
    return tr;
}

inline std::filesystem::path picture_dir() {
    const char* chosen = std::getenv("HIGHROAD_SCREENSHOT_DIR");
    std::filesystem::path dir = chosen != nullptr && *chosen != '\0'
                                    ? std::filesystem::path(chosen)
                                    : std::filesystem::temp_directory_path() / "highroad_pictures";
    std::filesystem::create_directories(dir);
    return dir;
}

// Paints into a `width` x `height` texture cleared to the panel colour, as CanvasPanel does.
inline sf::Image render_picture(unsigned width, unsigned height,
                                const std::function<void(sf::RenderTarget&)>& paint) {
    sf::RenderTexture texture;
    sf::ContextSettings settings;
    settings.antialiasingLevel = 4;
    REQUIRE((texture.create(width, height, settings) || texture.create(width, height)));
    texture.clear(client::theme::to_sf(client::theme::kPanel));
    paint(texture);
    texture.display();
    return texture.getTexture().copyToImage();
}

inline void save_picture(const sf::Image& image, const std::string& name) {
    auto path = picture_dir() / (name + ".png");
    REQUIRE(image.saveToFile(path.string()));
    UNSCOPED_INFO("picture saved to " << path.string());
}

inline std::size_t distinct_colours(const sf::Image& image) {
    std::set<std::uint32_t> colours;
    auto size = image.getSize();
    for (unsigned y = 0; y < size.y; y += 2) {
        for (unsigned x = 0; x < size.x; x += 2) {
            colours.insert(image.getPixel(x, y).toInteger());
        }
    }
    return colours.size();
}

inline bool near(sf::Color a, sf::Color b, int tolerance) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

// Pixels within `tolerance` of `colour` in the rectangle (clipped to the image).
inline int count_near(const sf::Image& image, sf::IntRect area, sf::Color colour,
                      int tolerance = 16) {
    int count = 0;
    auto size = image.getSize();
    for (int y = std::max(0, area.top); y < std::min<int>(size.y, area.top + area.height); ++y) {
        for (int x = std::max(0, area.left); x < std::min<int>(size.x, area.left + area.width);
             ++x) {
            count += near(image.getPixel(static_cast<unsigned>(x), static_cast<unsigned>(y)),
                          colour, tolerance)
                         ? 1
                         : 0;
        }
    }
    return count;
}

inline sf::IntRect around(sf::Vector2f centre, int half) {
    return {static_cast<int>(centre.x) - half, static_cast<int>(centre.y) - half, 2 * half,
            2 * half};
}

} // namespace hr::test
