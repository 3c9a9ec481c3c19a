#pragma once
// The title picture behind the menus, drawn with SFML shapes: a road that forks at dusk. The
// high road climbs along a ridge toward the sunrise and a lit town; the low road dives into a
// smoky valley of factories. It is the game's central image (DESIGN §1).
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/VertexArray.hpp>
#include <SFML/System/Time.hpp>
#include <SFML/System/Vector2.hpp>

namespace hr::client {

class RoadForkBackdrop {
  public:
    // Moves the dashes along the roads.
    void update(sf::Time dt);
    // `dim` in 0 … 1 darkens the picture behind forms; a dimmed picture stands still.
    void draw(sf::RenderTarget& target, float dim = 0.0f);

    // Where the road labels go, in window pixels, for a window of `size`.
    static sf::Vector2f high_road_label(sf::Vector2u size);
    static sf::Vector2f low_road_label(sf::Vector2u size);

  private:
    void rebuild(sf::Vector2u size, float dim);
    sf::VertexArray centre_lines() const;

    // Software OpenGL (Xvfb, old laptops) pays for every pixel drawn, and the scenery covers
    // the window several times over: it is drawn once, antialiased, into a texture, and each
    // frame draws that texture once and adds the moving centre lines (7 ms a frame instead of 17
    // with one llvmpipe thread).
    sf::RenderTexture cache_;
    sf::Vector2u built_for_{0, 0};
    float built_dim_ = -1.0f;
    float dash_offset_ = 0.0f; // in road widths
};

} // namespace hr::client
