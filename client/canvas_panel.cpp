#include "canvas_panel.hpp"

#include "theme.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace hr::client {

void CanvasPanel::render(sf::RenderTarget& window, const Painter& paint, std::uint64_t key) {
    if (painted_ && texture_ && texture_->getSize() == wanted_ && painted_key_ == key) {
        return;
    }
    render(window, paint);
    painted_key_ = painted_ ? std::optional(key) : std::nullopt;
}

void CanvasPanel::render(sf::RenderTarget& window, const Painter& paint) {
    painted_key_.reset();
    if (wanted_.x == 0 || wanted_.y == 0) {
        return;
    }
    if (!texture_ || texture_->getSize() != wanted_) {
        auto texture = std::make_unique<sf::RenderTexture>();
        sf::ContextSettings settings;
        settings.antialiasingLevel = 4; // smooth curves; without MSAA SFML falls back to none
        if (!texture->create(wanted_.x, wanted_.y, settings) &&
            !texture->create(wanted_.x, wanted_.y)) {
            texture_.reset();
            painted_ = false;
            return;
        }
        texture->setSmooth(false); // shown 1:1, pixel for pixel
        texture_ = std::move(texture);
    }
    // An opaque panel colour under the picture: blending onto transparent pixels would darken
    // every antialiased edge once more when ImGui draws the texture.
    texture_->clear(theme::to_sf(theme::kPanel));
    paint(*texture_,
          sf::FloatRect(0, 0, static_cast<float>(wanted_.x), static_cast<float>(wanted_.y)));
    texture_->display();
    painted_ = true;
    ++paints_;
    (void)window.setActive(true);
}

std::optional<sf::Vector2f> CanvasPanel::show(ImVec2 size) {
    wanted_ = {static_cast<unsigned>(std::max(1.0f, std::floor(size.x))),
               static_cast<unsigned>(std::max(1.0f, std::floor(size.y)))};
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    origin_ = {origin.x, origin.y};
    if (painted_ && texture_) {
        auto handle = static_cast<std::uintptr_t>(texture_->getTexture().getNativeHandle());
        // A render texture's rows are stored bottom-up in OpenGL: flip the V coordinates.
        ImGui::Image(reinterpret_cast<ImTextureID>(handle), size, ImVec2(0, 1), ImVec2(1, 0));
    } else {
        ImGui::Dummy(size);
    }
    if (!ImGui::IsItemHovered()) {
        return std::nullopt;
    }
    const ImVec2 mouse = ImGui::GetMousePos();
    return sf::Vector2f(mouse.x - origin.x, mouse.y - origin.y);
}

PictureKey& PictureKey::add(std::uint64_t value) {
    for (int i = 0; i < 8; ++i) {
        hash_ ^= (value >> (8 * i)) & 0xFFu;
        hash_ *= 0x100000001b3ULL;
    }
    return *this;
}

PictureKey& PictureKey::add(double value) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return add(bits);
}

PictureKey& PictureKey::add(std::string_view text) {
    for (unsigned char c : text) {
        hash_ ^= c;
        hash_ *= 0x100000001b3ULL;
    }
    return add(static_cast<std::uint64_t>(text.size()));
}

} // namespace hr::client
