#include "imgui_sfml_glue.hpp"

#include <SFML/Window/Clipboard.hpp>
#include <SFML/Window/Cursor.hpp>
#include <algorithm>
#include <backends/imgui_impl_opengl3.h>
#include <cfloat>
#include <map>
#include <memory>
#include <stdexcept>

namespace hr::client {

namespace {

int mouse_index(sf::Mouse::Button button) {
    switch (button) {
    case sf::Mouse::Left:
        return 0;
    case sf::Mouse::Right:
        return 1;
    case sf::Mouse::Middle:
        return 2;
    case sf::Mouse::XButton1:
        return 3;
    case sf::Mouse::XButton2:
        return 4;
    default:
        return -1;
    }
}

bool valid_key(sf::Keyboard::Key key) {
    return key >= 0 && key < sf::Keyboard::KeyCount;
}

void set_modifiers(ImGuiIO& io, const sf::Event::KeyEvent& key) {
    io.KeyCtrl = key.control;
    io.KeyShift = key.shift;
    io.KeyAlt = key.alt;
    io.KeySuper = key.system;
}

sf::Cursor::Type sfml_cursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
    case ImGuiMouseCursor_TextInput:
        return sf::Cursor::Text;
    case ImGuiMouseCursor_ResizeAll:
        return sf::Cursor::SizeAll;
    case ImGuiMouseCursor_ResizeNS:
        return sf::Cursor::SizeVertical;
    case ImGuiMouseCursor_ResizeEW:
        return sf::Cursor::SizeHorizontal;
    case ImGuiMouseCursor_ResizeNESW:
        return sf::Cursor::SizeBottomLeftTopRight;
    case ImGuiMouseCursor_ResizeNWSE:
        return sf::Cursor::SizeTopLeftBottomRight;
    case ImGuiMouseCursor_Hand:
        return sf::Cursor::Hand;
    case ImGuiMouseCursor_NotAllowed:
        return sf::Cursor::NotAllowed;
    default:
        return sf::Cursor::Arrow;
    }
}

// SFML re-applies a window's last cursor when the window closes, so a cursor must outlive every
// window it was given to: system cursors are loaded once and kept for the whole program.
const sf::Cursor* system_cursor(sf::Cursor::Type type) {
    static std::map<sf::Cursor::Type, std::unique_ptr<sf::Cursor>> loaded;
    auto& cursor = loaded[type];
    if (!cursor) {
        cursor = std::make_unique<sf::Cursor>();
        if (!cursor->loadFromSystem(type)) {
            cursor.reset();
        }
    }
    return cursor.get();
}

} // namespace

void SfmlInputState::install_key_map(ImGuiIO& io) const {
    io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
    io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
    io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
    io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
    io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
    io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
    io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
    io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
    io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
    io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
    io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
    io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
    io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
    io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Enter;
    io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
    // SFML 2.5 reports the keypad's Enter as the main Enter key.
    io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Enter;
    io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
    io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
    io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
    io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
    io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
    io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;
}

void SfmlInputState::process_event(ImGuiIO& io, const sf::Event& event) {
    switch (event.type) {
    case sf::Event::MouseMoved:
        io.MousePos =
            ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
        break;
    case sf::Event::MouseLeft:
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        break;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased: {
        int index = mouse_index(event.mouseButton.button);
        if (index < 0) {
            break;
        }
        io.MousePos = ImVec2(static_cast<float>(event.mouseButton.x),
                             static_cast<float>(event.mouseButton.y));
        bool pressed = event.type == sf::Event::MouseButtonPressed;
        mouse_down_[index] = pressed;
        if (pressed) {
            mouse_tapped_[index] = true;
        }
        io.MouseDown[index] = mouse_down_[index] || mouse_tapped_[index];
        break;
    }
    case sf::Event::MouseWheelScrolled:
        if (event.mouseWheelScroll.wheel == sf::Mouse::HorizontalWheel) {
            io.MouseWheelH += event.mouseWheelScroll.delta;
        } else {
            io.MouseWheel += event.mouseWheelScroll.delta;
        }
        break;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased: {
        set_modifiers(io, event.key);
        if (!valid_key(event.key.code)) {
            break;
        }
        auto code = static_cast<std::size_t>(event.key.code);
        bool pressed = event.type == sf::Event::KeyPressed;
        key_down_[code] = pressed;
        if (pressed) {
            key_tapped_[code] = true;
        }
        io.KeysDown[code] = key_down_[code] || key_tapped_[code];
        break;
    }
    case sf::Event::TextEntered:
        // Control characters (backspace, enter, tab, delete) reach ImGui as keys instead.
        if (event.text.unicode >= 0x20 && event.text.unicode != 0x7F) {
            io.AddInputCharacter(event.text.unicode);
        }
        break;
    case sf::Event::GainedFocus:
        io.AddFocusEvent(true);
        break;
    case sf::Event::LostFocus:
        release_all(io);
        io.AddFocusEvent(false);
        break;
    default:
        break;
    }
}

void SfmlInputState::begin_frame(ImGuiIO& io) {
    for (std::size_t i = 0; i < mouse_down_.size(); ++i) {
        io.MouseDown[i] = mouse_down_[i] || mouse_tapped_[i];
        mouse_tapped_[i] = false;
    }
    for (std::size_t i = 0; i < key_down_.size(); ++i) {
        io.KeysDown[i] = key_down_[i] || key_tapped_[i];
        key_tapped_[i] = false;
    }
}

void SfmlInputState::release_all(ImGuiIO& io) {
    mouse_down_.fill(false);
    mouse_tapped_.fill(false);
    key_down_.fill(false);
    key_tapped_.fill(false);
    std::fill(std::begin(io.MouseDown), std::end(io.MouseDown), false);
    std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
    io.KeyCtrl = io.KeyShift = io.KeyAlt = io.KeySuper = false;
}

ImGuiSfmlGlue::ImGuiSfmlGlue(sf::RenderWindow& window) : window_(window) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // layout comes from code; never drop imgui.ini in the working dir
    io.BackendPlatformName = "highroad_sfml";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ClipboardUserData = this;
    io.GetClipboardTextFn = &ImGuiSfmlGlue::clipboard_get;
    io.SetClipboardTextFn = &ImGuiSfmlGlue::clipboard_set;
    input_.install_key_map(io);
    // GLSL 1.30 works under SFML's default (compatibility) context, including Mesa's llvmpipe.
    if (!window_.setActive(true) || !ImGui_ImplOpenGL3_Init("#version 130")) {
        ImGui::DestroyContext(context_);
        throw std::runtime_error("the OpenGL3 renderer for ImGui could not start");
    }
}

ImGuiSfmlGlue::~ImGuiSfmlGlue() {
    ImGui::SetCurrentContext(context_);
    if (window_.setActive(true)) {
        ImGui_ImplOpenGL3_Shutdown();
    }
    ImGui::DestroyContext(context_);
}

void ImGuiSfmlGlue::process_event(const sf::Event& event) {
    input_.process_event(io(), event);
}

void ImGuiSfmlGlue::new_frame(sf::Time dt) {
    ImGuiIO& io = ImGui::GetIO();
    auto size = window_.getSize();
    io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
    // SFML 2.5 has no high-DPI backing store: one window pixel is one framebuffer pixel.
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    io.DeltaTime = std::max(dt.asSeconds(), 1.0f / 1000.0f);
    input_.begin_frame(io);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
}

const ImDrawData& ImGuiSfmlGlue::finish_frame() {
    update_cursor();
    ImGui::Render();
    return *ImGui::GetDrawData();
}

void ImGuiSfmlGlue::draw() {
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    window_.resetGLStates();
}

void ImGuiSfmlGlue::rebuild_font_texture() {
    // The next new_frame() recreates the device objects, font texture included, from the atlas.
    ImGui_ImplOpenGL3_DestroyDeviceObjects();
}

const char* ImGuiSfmlGlue::clipboard_get(void* user_data) {
    auto* self = static_cast<ImGuiSfmlGlue*>(user_data);
    auto utf8 = sf::Clipboard::getString().toUtf8();
    self->clipboard_.assign(utf8.begin(), utf8.end());
    return self->clipboard_.c_str();
}

void ImGuiSfmlGlue::clipboard_set(void*, const char* text) {
    sf::Clipboard::setString(
        sf::String::fromUtf8(text, text + std::char_traits<char>::length(text)));
}

void ImGuiSfmlGlue::update_cursor() {
    ImGuiMouseCursor wanted = ImGui::GetMouseCursor();
    if (wanted == shown_cursor_) {
        return;
    }
    shown_cursor_ = wanted;
    if (wanted == ImGuiMouseCursor_None || io().MouseDrawCursor) {
        window_.setMouseCursorVisible(false);
        return;
    }
    window_.setMouseCursorVisible(true);
    const sf::Cursor* cursor = system_cursor(sfml_cursor(wanted));
    if (cursor == nullptr) {
        cursor = system_cursor(sf::Cursor::Arrow);
    }
    if (cursor != nullptr) {
        window_.setMouseCursor(*cursor);
    }
}

} // namespace hr::client
