#pragma once
// Keeps the last frame on screen while nothing in it changed. In software OpenGL a frame of the
// round screen costs tens of milliseconds of rasterising, almost all of it for pixels that are the
// same as in the frame before; ImGui still runs every frame (input, hover, timers), and its draw
// data, together with what the screen painted with SFML, says whether the picture changed.
#include <SFML/System/Time.hpp>
#include <cstdint>
#include <imgui.h>
#include <optional>

namespace hr::client {

// A hash of everything ImGui would draw: vertices, indices, clip rectangles and textures.
std::uint64_t hash_draw_data(const ImDrawData& data);

class FrameKeeper {
  public:
    // Even an unchanged frame is drawn this often: the window system may have lost the picture
    // (an uncovered window) without telling SFML.
    static constexpr sf::Int64 kRefreshMicroseconds = 500'000;

    // The next frame is drawn whatever it holds: after a resize, a focus change, new fonts.
    void force() { forced_ = true; }
    // For a frame whose content hashes to `content` (nullopt: not known, always drawn) at time
    // `now`: true when it must be drawn, and then it becomes the frame on screen.
    bool must_draw(std::optional<std::uint64_t> content, sf::Time now);

  private:
    bool forced_ = true;
    std::optional<std::uint64_t> shown_;
    sf::Time drawn_at_;
};

} // namespace hr::client
