#pragma once
// The client application: one window, the screen stack, fonts, theme, translations and settings.
#include "fonts.hpp"
#include "frame_keeper.hpp"
#include "glossary_window.hpp"
#include "imgui_sfml_glue.hpp"
#include "retained_frame.hpp"
#include "screen.hpp"
#include "settings.hpp"
#include "translations.hpp"

#include <SFML/Graphics/RenderWindow.hpp>
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hr::client {

// The window size the screens are laid out for at UI scale 1.
inline constexpr unsigned kDesignWidth = 1280;
inline constexpr unsigned kDesignHeight = 800;
// The interactive loop's pace; a frame in which nothing changed is kept on screen, not redrawn.
inline constexpr int kFramesPerSecond = 60;

struct AppOptions {
    std::filesystem::path assets_dir = HIGHROAD_ASSETS_DIR;
    std::filesystem::path font_dir = default_font_dir();
    // Where settings are read and saved; nullopt keeps them in memory only (tests).
    std::optional<std::filesystem::path> settings_path = default_settings_path();
    // Command-line overrides for this run; written to the file only if the player then changes
    // a setting.
    std::optional<Language> language;
    std::optional<float> ui_scale;
    ScreenId first_screen = ScreenId::Home;
    // Never redraw only where a frame changed (see RetainedFrame).
    bool full_redraw = false;
    unsigned width = kDesignWidth;
    unsigned height = kDesignHeight;
    // When the process started, for the time-to-first-frame figure.
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
};

class App final : private ScreenContext {
  public:
    // Opens the window and loads translations, settings and fonts. Throws std::runtime_error
    // with a readable reason when something essential is missing.
    explicit App(AppOptions options);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Home, Settings, Join and Host are registered by the constructor; later screens (lobby,
    // round, ...) are added here. Registering an id again replaces its factory.
    void register_screen(ScreenId id, ScreenFactory factory);
    void set_session_launcher(std::unique_ptr<SessionLauncher> launcher);
    // Runs once a frame, after the screen has drawn: the network side polls its connection,
    // follows the room from screen to screen and draws what concerns every screen (a lost
    // connection, a notice).
    using FrameHook = std::function<void(ScreenContext&)>;
    void set_frame_hook(FrameHook hook) { frame_hook_ = std::move(hook); }

    // The interactive loop, until the window is closed or a screen quits. Returns the exit code.
    int run();
    // Renders `frames` frames as fast as possible (no frame-rate limit) and, when `screenshot`
    // is given, saves the last one as a PNG. False with the reason in `problem` on failure.
    bool run_frames(int frames, const std::optional<std::filesystem::path>& screenshot,
                    std::string* problem = nullptr);

    // Whether the last frame was drawn and shown, or the one before it kept on screen because
    // nothing changed (see FrameKeeper). A frame that saves a screenshot is always drawn.
    bool last_frame_drawn() const { return last_frame_drawn_; }

    // From AppOptions::started to the end of the first frame; nullopt before it.
    std::optional<std::chrono::milliseconds> time_to_first_frame() const { return first_frame_; }
    // Feeds an event as if the window had produced it; it is handled at the start of the next
    // frame, before the window's own events. For tests, and for driving the client by script.
    void post_event(const sf::Event& event) { posted_.push_back(event); }

    std::optional<ScreenId> current_screen() const;
    bool is_open() const;
    // What screens see: navigation, settings, translations. For the code that drives the App
    // from outside a screen (the session launcher, tests).
    ScreenContext& context() { return *this; }

  private:
    // ScreenContext
    const Translations& tr() const override { return translations_; }
    const FontSet& fonts() const override { return fonts_; }
    float ui_scale() const override { return applied_scale_ * fit_; }
    std::filesystem::path assets_dir() const override { return options_.assets_dir; }
    const Settings& settings() const override { return settings_; }
    void change_settings(const Settings& settings) override;
    const std::string& settings_problem() const override { return settings_problem_; }
    bool can_open(ScreenId id) const override { return factories_.contains(id); }
    void push(ScreenId id) override;
    void pop() override;
    void reset_to(ScreenId id) override;
    void quit() override { quit_requested_ = true; }
    void open_glossary() override { glossary_.open(); }
    SessionLauncher* sessions() override { return launcher_.get(); }

    struct Navigation {
        enum class Kind { Push, Pop, Reset } kind;
        ScreenId id;
    };

    void frame(sf::Time dt, const std::optional<std::filesystem::path>& screenshot,
               std::string* problem, bool* saved);
    // Draws the finished ImGui frame into the retained frame where it changed (everywhere when
    // `all`, and where it shows pictures when `pictures` changed), saves the screenshot, and shows
    // the change. False when the window system cannot.
    bool draw_retained(bool all, bool pictures,
                       const std::optional<std::filesystem::path>& screenshot, std::string* problem,
                       bool* saved);
    void handle_events();
    void dispatch(const sf::Event& event);
    void apply_settings();
    void apply_navigation();
    void rebuild_fonts();
    void fit_to_window();
    Screen* top() const { return stack_.empty() ? nullptr : stack_.back().get(); }

    AppOptions options_;
    Translations translations_;
    Settings settings_;
    std::string settings_problem_;
    sf::RenderWindow window_;
    std::unique_ptr<ImGuiSfmlGlue> glue_; // after window_: it is torn down first
    FontSet fonts_;
    float applied_scale_ = 0.0f; // the fonts are built at this scale
    float fit_ = 0.0f;           // shrinks the layout to the window: 1 when it fits
    bool settings_dirty_ = false;
    std::map<ScreenId, ScreenFactory> factories_;
    std::vector<std::unique_ptr<Screen>> stack_;
    std::vector<Navigation> pending_;
    std::vector<sf::Event> posted_;
    GlossaryWindow glossary_;
    std::unique_ptr<SessionLauncher> launcher_;
    FrameHook frame_hook_;
    sf::Clock frame_clock_;
    FrameKeeper keeper_;
    sf::Clock keeper_clock_;
    bool last_frame_drawn_ = false;
    RetainedFrame retained_;
    DrawDataDiff diff_;
    std::optional<std::uint64_t> drawn_key_; // the screen's frame_key() when last drawn
    bool redraw_all_ = true;
    // Counts the screens shown; the back buffer holds the last frame of screen number
    // retained_generation_ (0: of none).
    std::uint64_t screen_generation_ = 1;
    std::uint64_t retained_generation_ = 0;
    bool quit_requested_ = false;
    std::optional<std::chrono::milliseconds> first_frame_;
};

// Saves the window's current back buffer as a PNG with opaque pixels. Call before display().
bool save_screenshot(const sf::RenderWindow& window, const std::filesystem::path& path,
                     std::string* problem = nullptr);

} // namespace hr::client
