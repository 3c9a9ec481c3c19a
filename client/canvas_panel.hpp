#pragma once
// An SFML picture inside an ImGui window: painted into a texture during Screen::draw_backdrop and
// shown by ImGui as an image during Screen::draw_ui, so that it lays out, clips and scrolls with
// the widgets around it. The texture has the size show() reserved on the frame before.
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <cstdint>
#include <functional>
#include <imgui.h>
#include <memory>
#include <optional>
#include <string_view>

namespace hr::client {

class CanvasPanel {
  public:
    // Paints into `target` (the texture) within `area` (its whole size).
    using Painter = std::function<void(sf::RenderTarget& target, sf::FloatRect area)>;

    // In draw_backdrop: paints at the size reserved by the last show(); nothing before the first
    // one. `window` is made the active target again afterwards.
    void render(sf::RenderTarget& window, const Painter& paint);
    // The same, but only when the size changed or `key` differs from the last painted one: a
    // picture is repainted when what it shows changes, not every frame (in software OpenGL an
    // antialiased repaint costs milliseconds). Build the key with PictureKey.
    void render(sf::RenderTarget& window, const Painter& paint, std::uint64_t key);
    // In draw_ui: reserves `size` at the cursor and shows the picture. While the mouse is over it,
    // returns the mouse position in the painter's coordinates.
    std::optional<sf::Vector2f> show(ImVec2 size);
    // Where the last show() put the picture, in window pixels.
    sf::Vector2f origin() const { return origin_; }
    // The painted texture, for tests; nullptr before the first render.
    const sf::RenderTexture* texture() const { return texture_.get(); }
    // How many times the picture was painted: a new value means new pixels on screen.
    std::uint64_t paints() const { return paints_; }

  private:
    std::unique_ptr<sf::RenderTexture> texture_;
    sf::Vector2u wanted_{0, 0};
    bool painted_ = false;
    std::uint64_t paints_ = 0;
    std::optional<std::uint64_t> painted_key_;
    sf::Vector2f origin_{0, 0};
};

// What a picture depends on, mixed into one key (FNV-1a): data versions, the hovered item, the
// UI scale, the language.
class PictureKey {
  public:
    PictureKey& add(std::uint64_t value);
    PictureKey& add(double value);
    PictureKey& add(std::string_view text);
    std::uint64_t value() const { return hash_; }

  private:
    std::uint64_t hash_ = 0xcbf29ce484222325ULL;
};

} // namespace hr::client
