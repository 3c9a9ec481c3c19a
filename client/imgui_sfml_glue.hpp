#pragma once
// The SFML platform side of Dear ImGui 1.86 (not packaged anywhere): events into ImGuiIO, display
// size, delta time, clipboard and mouse cursor; drawing goes through the OpenGL3 renderer that
// libimgui.a ships.
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Time.hpp>
#include <SFML/Window/Event.hpp>
#include <SFML/Window/Keyboard.hpp>
#include <SFML/Window/Mouse.hpp>
#include <array>
#include <imgui.h>
#include <string>

namespace hr::client {

// Window-free half of the glue, so that it can be tested without a display: it turns SFML events
// into ImGuiIO input. A press and release that arrive between two frames would be invisible to
// ImGui's polled state, so such a "tap" is held down for one frame.
class SfmlInputState {
  public:
    static constexpr int kMouseButtons = 5;

    void install_key_map(ImGuiIO& io) const;
    void process_event(ImGuiIO& io, const sf::Event& event);
    // Call right before ImGui::NewFrame(): publishes the held state and ends this frame's taps.
    void begin_frame(ImGuiIO& io);

  private:
    void release_all(ImGuiIO& io);

    std::array<bool, kMouseButtons> mouse_down_{};
    std::array<bool, kMouseButtons> mouse_tapped_{};
    std::array<bool, sf::Keyboard::KeyCount> key_down_{};
    std::array<bool, sf::Keyboard::KeyCount> key_tapped_{};
};

// Owns the ImGui context for one window and renders it with the OpenGL3 backend.
class ImGuiSfmlGlue {
  public:
    explicit ImGuiSfmlGlue(sf::RenderWindow& window);
    ~ImGuiSfmlGlue();
    ImGuiSfmlGlue(const ImGuiSfmlGlue&) = delete;
    ImGuiSfmlGlue& operator=(const ImGuiSfmlGlue&) = delete;

    void process_event(const sf::Event& event);
    // Display size, framebuffer scale, delta time and input, then ImGui::NewFrame().
    void new_frame(sf::Time dt);
    // Ends the frame (ImGui::Render()) and returns what it would draw, without drawing it.
    const ImDrawData& finish_frame();
    // The draw calls of the finished frame, and SFML's GL state reset so SFML can draw next frame.
    void draw();
    // After the font atlas changed (UI scale): upload it again. Never between new_frame/render.
    void rebuild_font_texture();

    ImGuiIO& io() { return ImGui::GetIO(); }

  private:
    static const char* clipboard_get(void* user_data);
    static void clipboard_set(void* user_data, const char* text);
    void update_cursor();

    sf::RenderWindow& window_;
    ImGuiContext* context_ = nullptr;
    SfmlInputState input_;
    std::string clipboard_;
    ImGuiMouseCursor shown_cursor_ = ImGuiMouseCursor_Arrow;
};

} // namespace hr::client
