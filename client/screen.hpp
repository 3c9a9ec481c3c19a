#pragma once
// A screen is one full-window state of the client (home, lobby, round, ...). The App keeps a
// stack of them: the top one gets events and draws; navigation requests take effect after the
// frame, so a screen is never destroyed while it draws.
#include "fonts.hpp"
#include "session_requests.hpp"
#include "settings.hpp"
#include "translations.hpp"

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/System/Time.hpp>
#include <SFML/Window/Event.hpp>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace hr::client {

enum class ScreenId { Home, Settings, Join, Host, Lobby, Round, Results, Debrief, Facilitator };

std::string_view screen_name(ScreenId id); // "home", "settings", ...
std::optional<ScreenId> screen_from_name(std::string_view name);

// What a screen may use and ask of the App.
class ScreenContext {
  public:
    virtual const Translations& tr() const = 0;
    virtual const FontSet& fonts() const = 0;
    // The scale to multiply pixel sizes by: the player's UI scale, reduced when the window is
    // too small to hold the layout at that scale.
    virtual float ui_scale() const = 0;
    virtual std::filesystem::path assets_dir() const = 0;

    virtual const Settings& settings() const = 0;
    // Applies a new language or UI scale before the next frame, and saves the file.
    virtual void change_settings(const Settings& settings) = 0;
    // The reason the last save failed, empty when it worked.
    virtual const std::string& settings_problem() const = 0;

    virtual bool can_open(ScreenId id) const = 0; // a factory is registered for it
    virtual void push(ScreenId id) = 0;           // open on top of the current screen
    virtual void pop() = 0;                       // back to the screen below
    virtual void reset_to(ScreenId id) = 0;       // replace the whole stack
    virtual void quit() = 0;

    virtual void open_glossary() = 0;
    // The network side; nullptr while none is installed.
    virtual SessionLauncher* sessions() = 0;

  protected:
    ~ScreenContext() = default;
};

class Screen {
  public:
    virtual ~Screen() = default;
    virtual ScreenId id() const = 0;
    // The screen became the top of the stack (first opened, or uncovered by pop()).
    virtual void on_enter(ScreenContext&) {}
    // Events that ImGui did not claim (io.WantCaptureMouse / WantCaptureKeyboard).
    virtual void handle_event(ScreenContext&, const sf::Event&) {}
    virtual void update(ScreenContext&, sf::Time) {}
    // SFML drawing below the UI, in window pixels.
    virtual void draw_backdrop(ScreenContext&, sf::RenderTarget&) {}
    // The ImGui widgets, once a frame.
    virtual void draw_ui(ScreenContext& ctx) = 0;
    // After draw_ui: a key for what draw_backdrop put on screen this frame, directly or in the
    // textures the widgets show. While it and ImGui's draw data stay the same, the App keeps the
    // last frame on screen. nullopt (the default) means "not known": every frame is drawn.
    virtual std::optional<std::uint64_t> frame_key() const { return std::nullopt; }
};

using ScreenFactory = std::function<std::unique_ptr<Screen>()>;

} // namespace hr::client
