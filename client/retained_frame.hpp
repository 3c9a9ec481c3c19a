#pragma once
// The frame on screen kept in the window's back buffer, so that a frame which changed in one
// place is redrawn there only: a hovered button, a ticking timer, a tooltip. In software OpenGL
// every blended pixel costs (about 7 ns on the development machine, so a full round screen costs 12
// ms or more); copying the kept frame to the window costs a fraction of that.
#include <SFML/System/Vector2.hpp>
#include <imgui.h>
#include <optional>
#include <string>
#include <vector>

struct _XDisplay; // Xlib's Display, kept out of this header with the rest of Xlib's names

namespace hr::client {

// A rectangle of window pixels: x0, y0 inclusive, x1, y1 exclusive.
struct PixelRect {
    int x0 = 0;
    int y0 = 0;
    int x1 = 0;
    int y1 = 0;
    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

// The smallest rectangle that holds both.
PixelRect bounding(PixelRect a, PixelRect b);

// What changed between two frames of ImGui draw data.
class DrawDataDiff {
  public:
    // The area in which `data` draws differently from the frame given last (nullopt: nowhere),
    // within `window`; `data` is remembered for the next call. The first call returns `window`.
    std::optional<PixelRect> update(const ImDrawData& data, PixelRect window);
    // Forget the last frame: the next update() returns the whole window.
    void reset() { valid_ = false; }

  private:
    struct List {
        std::string owner;
        ImVector<ImDrawVert> vertices;
        ImVector<ImDrawIdx> indices;
        ImVector<ImDrawCmd> commands;
    };

    std::vector<List> lists_;
    bool valid_ = false;
};

// Where `data` shows pictures: the draw commands with another texture than `font`.
std::optional<PixelRect> picture_area(const ImDrawData& data, ImTextureID font);

// Restricts every draw command of `data` to `rect`, so that drawing it touches nothing else.
void clip_draw_data(ImDrawData& data, PixelRect rect);

// The window's back buffer kept as the last frame: while a screen is drawn where it changed, the
// buffers are never swapped, and the changed rectangle is copied to the window
// (GLX_MESA_copy_sub_buffer, which Mesa's software OpenGL has). Needs the window's context
// active.
class RetainedFrame {
  public:
    // Whether the window system can copy part of the back buffer to the window.
    bool available();
    // Fills `rect` of a window of `size` with an opaque colour (the window's background), before
    // drawing into it.
    void clear(PixelRect rect, sf::Vector2u size, float r, float g, float b);
    // Shows `rect` of the back buffer in the window.
    void present(PixelRect rect, sf::Vector2u size);

  private:
    using CopySubBuffer = void (*)(::_XDisplay*, unsigned long, int, int, int, int);
    bool checked_ = false;
    CopySubBuffer copy_sub_buffer_ = nullptr;
};

} // namespace hr::client
