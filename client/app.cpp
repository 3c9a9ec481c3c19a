#include "app.hpp"

#include "home_screen.hpp"
#include "host_screen.hpp"
#include "join_screen.hpp"
#include "settings_screen.hpp"
#include "theme.hpp"

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/System/Sleep.hpp>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace hr::client {

namespace {

constexpr std::string_view kScreenNames[] = {"home",  "settings", "join",    "host",       "lobby",
                                             "round", "results",  "debrief", "facilitator"};

} // namespace

std::string_view screen_name(ScreenId id) {
    return kScreenNames[static_cast<std::size_t>(id)];
}

std::optional<ScreenId> screen_from_name(std::string_view name) {
    for (std::size_t i = 0; i < std::size(kScreenNames); ++i) {
        if (kScreenNames[i] == name) {
            return static_cast<ScreenId>(i);
        }
    }
    return std::nullopt;
}

bool save_screenshot(const sf::RenderWindow& window, const std::filesystem::path& path,
                     std::string* problem) {
    auto size = window.getSize();
    sf::Texture texture;
    if (!texture.create(size.x, size.y)) {
        if (problem != nullptr) {
            *problem = "cannot create a texture for the screenshot";
        }
        return false;
    }
    texture.update(window);
    sf::Image image = texture.copyToImage();
    // Blending leaves partial alpha in the back buffer; a PNG must be opaque to look right.
    const sf::Uint8* source = image.getPixelsPtr();
    std::vector<sf::Uint8> pixels(source, source + static_cast<std::size_t>(size.x) * size.y * 4);
    for (std::size_t i = 3; i < pixels.size(); i += 4) {
        pixels[i] = 255;
    }
    image.create(size.x, size.y, pixels.data());
    std::error_code ec;
    if (path.has_parent_path()) {
        std::filesystem::create_directories(path.parent_path(), ec);
    }
    if (!image.saveToFile(path.string())) {
        if (problem != nullptr) {
            *problem = "cannot write " + path.string();
        }
        return false;
    }
    return true;
}

App::App(AppOptions options)
    : options_(std::move(options)), translations_(Translations::load(options_.assets_dir / "lang")),
      // No multisampling on the window: with software OpenGL it would slow every frame down;
      // the drawings that need smooth edges are antialiased once, into textures.
      window_(sf::VideoMode(options_.width, options_.height), "High Road") {
    if (options_.settings_path) {
        settings_ = load_settings(*options_.settings_path, &settings_problem_);
    }
    if (options_.language) {
        settings_.language = *options_.language;
    }
    if (options_.ui_scale) {
        settings_.ui_scale = theme::clamp_ui_scale(*options_.ui_scale);
    }
    translations_.set_language(settings_.language);
    window_.setTitle(translations_.text("app.title"));
    glue_ = std::make_unique<ImGuiSfmlGlue>(window_);
    rebuild_fonts();

    register_screen(ScreenId::Home, [] { return std::make_unique<HomeScreen>(); });
    register_screen(ScreenId::Settings, [] { return std::make_unique<SettingsScreen>(); });
    register_screen(ScreenId::Join, [] { return std::make_unique<JoinScreen>(); });
    register_screen(ScreenId::Host, [] { return std::make_unique<HostScreen>(); });
    // Home is always at the bottom, so that "back" from any first screen leads somewhere.
    reset_to(ScreenId::Home);
    if (options_.first_screen != ScreenId::Home) {
        push(options_.first_screen);
    }
    apply_navigation();
}

App::~App() {
    stack_.clear();
    glue_.reset();
}

void App::register_screen(ScreenId id, ScreenFactory factory) {
    factories_[id] = std::move(factory);
}

void App::set_session_launcher(std::unique_ptr<SessionLauncher> launcher) {
    launcher_ = std::move(launcher);
}

std::optional<ScreenId> App::current_screen() const {
    return top() != nullptr ? std::optional(top()->id()) : std::nullopt;
}

bool App::is_open() const {
    return window_.isOpen() && !quit_requested_;
}

int App::run() {
    // The loop keeps its own pace: SFML's frame-rate limit sleeps in display(), which a kept
    // frame never calls.
    const sf::Time period = sf::microseconds(1'000'000 / kFramesPerSecond);
    window_.setFramerateLimit(0);
    frame_clock_.restart();
    sf::Clock pace;
    while (is_open()) {
        frame(frame_clock_.restart(), std::nullopt, nullptr, nullptr);
        sf::sleep(period - pace.getElapsedTime());
        pace.restart();
    }
    return 0;
}

bool App::run_frames(int frames, const std::optional<std::filesystem::path>& screenshot,
                     std::string* problem) {
    window_.setFramerateLimit(0);
    bool saved = !screenshot;
    frame_clock_.restart();
    for (int i = 0; i < frames && is_open(); ++i) {
        bool last = i + 1 == frames;
        frame(frame_clock_.restart(), last ? screenshot : std::nullopt, problem, &saved);
    }
    return saved;
}

void App::frame(sf::Time dt, const std::optional<std::filesystem::path>& screenshot,
                std::string* problem, bool* saved) {
    handle_events();
    apply_settings();
    if (!window_.isOpen() || top() == nullptr) {
        return;
    }
    Screen& screen = *top();
    fit_to_window();
    glue_->new_frame(dt);
    screen.update(*this, dt);
    // A screen drawn where it changed keeps its last frame in the back buffer.
    const bool retained = retained_generation_ == screen_generation_;
    if (!retained) {
        window_.clear(theme::to_sf(theme::kBackground));
    }
    screen.draw_backdrop(*this, window_);
    screen.draw_ui(*this);
    if (frame_hook_) {
        frame_hook_(*this);
    }
    glossary_.draw(translations_, fonts_);
    const ImDrawData& ui = glue_->finish_frame();
    const std::optional<std::uint64_t> key = screen.frame_key();
    std::optional<std::uint64_t> content = key;
    if (content) {
        content = *content ^ hash_draw_data(ui);
    }
    if (screenshot) {
        keeper_.force();
    }
    last_frame_drawn_ = keeper_.must_draw(content, keeper_clock_.getElapsedTime());
    if (!last_frame_drawn_) {
        // The window keeps showing the last frame (and the back buffer holds it, or was only
        // cleared, to be cleared again before it is ever shown).
        apply_navigation();
        return;
    }
    // A screen that knows what it drew is redrawn where its widgets or pictures changed only; the
    // others in full.
    const bool all = redraw_all_ || !retained;
    const bool pictures = key != drawn_key_;
    drawn_key_ = key;
    redraw_all_ = false;
    if (key && draw_retained(all, pictures, screenshot, problem, saved)) {
        retained_generation_ = screen_generation_;
    } else {
        if (retained) {
            window_.clear(theme::to_sf(theme::kBackground));
        }
        retained_generation_ = 0;
        diff_.reset();
        glue_->draw();
        if (screenshot) {
            *saved = save_screenshot(window_, *screenshot, problem);
        }
        window_.display();
    }
    if (!first_frame_) {
        first_frame_ = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - options_.started);
    }
    apply_navigation();
}

bool App::draw_retained(bool all, bool pictures,
                        const std::optional<std::filesystem::path>& screenshot,
                        std::string* problem, bool* saved) {
    if (options_.full_redraw || !window_.setActive(true) || !retained_.available()) {
        return false;
    }
    const sf::Vector2u size = window_.getSize();
    ImDrawData& data = *ImGui::GetDrawData();
    const PixelRect whole{0, 0, static_cast<int>(size.x), static_cast<int>(size.y)};
    std::optional<PixelRect> damage = diff_.update(data, whole);
    if (all) {
        damage = whole;
    } else if (pictures) {
        if (const auto area = picture_area(data, ImGui::GetIO().Fonts->TexID)) {
            damage = damage ? bounding(*damage, *area) : *area;
        }
    }
    if (damage) {
        const sf::Color background = theme::to_sf(theme::kBackground);
        retained_.clear(*damage, size, static_cast<float>(background.r) / 255.0f,
                        static_cast<float>(background.g) / 255.0f,
                        static_cast<float>(background.b) / 255.0f);
        clip_draw_data(data, *damage);
        glue_->draw();
        (void)window_.setActive(true);
    }
    if (screenshot) {
        *saved = save_screenshot(window_, *screenshot, problem);
    }
    // Nothing changed but the frame is due (the safety refresh, a screenshot): show it all again.
    retained_.present(damage.value_or(whole), size);
    return true;
}

void App::handle_events() {
    std::vector<sf::Event> posted;
    posted.swap(posted_);
    for (const sf::Event& event : posted) {
        dispatch(event);
    }
    sf::Event event;
    while (window_.isOpen() && window_.pollEvent(event)) {
        dispatch(event);
    }
}

void App::dispatch(const sf::Event& event) {
    glue_->process_event(event);
    const ImGuiIO& io = ImGui::GetIO();
    switch (event.type) {
    case sf::Event::Closed:
        window_.close();
        return;
    case sf::Event::GainedFocus:
        keeper_.force(); // the window may have been covered
        break;
    case sf::Event::Resized:
        keeper_.force();
        redraw_all_ = true;
        window_.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(event.size.width),
                                               static_cast<float>(event.size.height))));
        break;
    case sf::Event::KeyPressed:
        if (event.key.code == sf::Keyboard::F1) {
            glossary_.toggle();
            return;
        }
        // Escape means "back" unless ImGui needs it: to leave a text field or close a popup.
        // (Keyboard navigation makes WantCaptureKeyboard true whenever a window has focus, so
        // it cannot decide this.)
        if (event.key.code == sf::Keyboard::Escape && !ImGui::IsAnyItemActive() &&
            !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) && stack_.size() > 1) {
            pop();
            return;
        }
        break;
    default:
        break;
    }
    bool mouse = event.type == sf::Event::MouseButtonPressed ||
                 event.type == sf::Event::MouseButtonReleased ||
                 event.type == sf::Event::MouseMoved || event.type == sf::Event::MouseWheelScrolled;
    bool keyboard = event.type == sf::Event::KeyPressed || event.type == sf::Event::KeyReleased ||
                    event.type == sf::Event::TextEntered;
    if ((mouse && io.WantCaptureMouse) || (keyboard && io.WantCaptureKeyboard)) {
        return;
    }
    if (Screen* screen = top()) {
        screen->handle_event(*this, event);
    }
}

void App::change_settings(const Settings& settings) {
    settings_ = settings;
    settings_.ui_scale = theme::clamp_ui_scale(settings_.ui_scale);
    settings_dirty_ = true;
}

void App::apply_settings() {
    if (!settings_dirty_) {
        return;
    }
    settings_dirty_ = false;
    translations_.set_language(settings_.language);
    window_.setTitle(translations_.text("app.title"));
    if (settings_.ui_scale != applied_scale_) {
        rebuild_fonts();
    }
    settings_problem_.clear();
    if (options_.settings_path) {
        save_settings(settings_, *options_.settings_path, &settings_problem_);
    }
}

void App::rebuild_fonts() {
    applied_scale_ = theme::clamp_ui_scale(settings_.ui_scale);
    fonts_ = build_fonts(*ImGui::GetIO().Fonts, options_.font_dir, applied_scale_);
    glue_->rebuild_font_texture();
    // The font texture may come back under the same name with new glyphs.
    keeper_.force();
    redraw_all_ = true;
    fit_ = 0.0f; // restyle on the next frame
}

void App::fit_to_window() {
    // A large UI scale in a small window would push the menus off screen. The fonts keep their
    // size (sharp when the window grows again); ImGui scales them down, and the style follows.
    auto size = window_.getSize();
    float fit = std::min({1.0f, static_cast<float>(size.x) / (kDesignWidth * applied_scale_),
                          static_cast<float>(size.y) / (kDesignHeight * applied_scale_)});
    fit = std::max(fit, theme::kMinLayoutScale / applied_scale_);
    fit = std::round(fit * 64.0f) / 64.0f; // no restyling for every pixel of a window drag
    if (fit == fit_) {
        return;
    }
    fit_ = fit;
    ImGui::GetStyle() = theme::make_style(applied_scale_ * fit_);
    ImGui::GetIO().FontGlobalScale = fit_;
}

void App::push(ScreenId id) {
    pending_.push_back({Navigation::Kind::Push, id});
}

void App::pop() {
    pending_.push_back({Navigation::Kind::Pop, ScreenId::Home});
}

void App::reset_to(ScreenId id) {
    pending_.push_back({Navigation::Kind::Reset, id});
}

void App::apply_navigation() {
    if (pending_.empty()) {
        return;
    }
    bool changed = false;
    for (const Navigation& step : pending_) {
        switch (step.kind) {
        case Navigation::Kind::Push:
        case Navigation::Kind::Reset: {
            auto factory = factories_.find(step.id);
            if (factory == factories_.end()) {
                break; // a screen this build does not have: stay where we are
            }
            if (step.kind == Navigation::Kind::Reset) {
                stack_.clear();
            }
            stack_.push_back(factory->second());
            changed = true;
            break;
        }
        case Navigation::Kind::Pop:
            if (stack_.size() > 1) {
                stack_.pop_back();
                changed = true;
            }
            break;
        }
    }
    pending_.clear();
    if (changed) {
        ++screen_generation_;
    }
    if (changed && top() != nullptr) {
        top()->on_enter(*this);
    }
}

} // namespace hr::client
