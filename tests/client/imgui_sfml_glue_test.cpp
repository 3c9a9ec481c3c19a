#include "imgui_sfml_glue.hpp"

#include <catch2/catch.hpp>
#include <cfloat>

using namespace hr::client;

namespace {

struct Context {
    Context() { ImGui::CreateContext(); }
    ~Context() { ImGui::DestroyContext(); }
};

sf::Event mouse_button(sf::Event::EventType type, sf::Mouse::Button button, int x, int y) {
    sf::Event e;
    e.type = type;
    e.mouseButton.button = button;
    e.mouseButton.x = x;
    e.mouseButton.y = y;
    return e;
}

sf::Event key(sf::Event::EventType type, sf::Keyboard::Key code, bool control = false) {
    sf::Event e;
    e.type = type;
    e.key.code = code;
    e.key.control = control;
    e.key.alt = false;
    e.key.shift = false;
    e.key.system = false;
    return e;
}

} // namespace

TEST_CASE("a click inside one frame is held down for exactly one frame", "[client][glue]") {
    Context context;
    ImGuiIO& io = ImGui::GetIO();
    SfmlInputState input;
    auto button = GENERATE(sf::Mouse::Left, sf::Mouse::Right, sf::Mouse::Middle);
    int index = button == sf::Mouse::Left ? 0 : button == sf::Mouse::Right ? 1 : 2;
    input.process_event(io, mouse_button(sf::Event::MouseButtonPressed, button, 10, 20));
    input.process_event(io, mouse_button(sf::Event::MouseButtonReleased, button, 10, 20));
    input.begin_frame(io);
    CHECK(io.MouseDown[index]);
    CHECK(io.MousePos.x == 10.0f);
    CHECK(io.MousePos.y == 20.0f);
    input.begin_frame(io);
    CHECK_FALSE(io.MouseDown[index]);
}

TEST_CASE("a held button stays down until it is released", "[client][glue]") {
    Context context;
    ImGuiIO& io = ImGui::GetIO();
    SfmlInputState input;
    input.process_event(io, mouse_button(sf::Event::MouseButtonPressed, sf::Mouse::Left, 1, 1));
    for (int frame = 0; frame < 3; ++frame) {
        input.begin_frame(io);
        CHECK(io.MouseDown[0]);
    }
    input.process_event(io, mouse_button(sf::Event::MouseButtonReleased, sf::Mouse::Left, 1, 1));
    input.begin_frame(io);
    CHECK_FALSE(io.MouseDown[0]);
}

TEST_CASE("a key tapped inside one frame is seen for one frame", "[client][glue]") {
    Context context;
    ImGuiIO& io = ImGui::GetIO();
    SfmlInputState input;
    input.install_key_map(io);
    input.process_event(io, key(sf::Event::KeyPressed, sf::Keyboard::Enter));
    input.process_event(io, key(sf::Event::KeyReleased, sf::Keyboard::Enter));
    input.begin_frame(io);
    CHECK(io.KeysDown[io.KeyMap[ImGuiKey_Enter]]);
    input.begin_frame(io);
    CHECK_FALSE(io.KeysDown[io.KeyMap[ImGuiKey_Enter]]);
}

TEST_CASE("the key map points at SFML's key codes", "[client][glue]") {
    Context context;
    ImGuiIO& io = ImGui::GetIO();
    SfmlInputState input;
    input.install_key_map(io);
    CHECK(io.KeyMap[ImGuiKey_Tab] == sf::Keyboard::Tab);
    CHECK(io.KeyMap[ImGuiKey_Backspace] == sf::Keyboard::Backspace);
    CHECK(io.KeyMap[ImGuiKey_A] == sf::Keyboard::A);
    for (int k = 0; k < ImGuiKey_COUNT; ++k) {
        INFO("ImGuiKey " << k);
        CHECK(io.KeyMap[k] >= 0);
        CHECK(io.KeyMap[k] < sf::Keyboard::KeyCount);
    }
}

TEST_CASE("modifier state follows key events", "[client][glue]") {
    Context context;
    ImGuiIO& io = ImGui::GetIO();
    SfmlInputState input;
    input.process_event(io, key(sf::Event::KeyPressed, sf::Keyboard::C, true));
    CHECK(io.KeyCtrl);
    input.process_event(io, key(sf::Event::KeyReleased, sf::Keyboard::C, false));
    CHECK_FALSE(io.KeyCtrl);
    input.process_event(io, key(sf::Event::KeyPressed, sf::Keyboard::Unknown, true));
    CHECK(io.KeyCtrl); // an unknown key still carries the modifiers
}

TEST_CASE("typed text reaches ImGui, control characters do not", "[client][glue]") {
    Context context;
    ImGuiIO& io = ImGui::GetIO();
    SfmlInputState input;
    for (sf::Uint32 c : {sf::Uint32('a'), sf::Uint32(0xE7), sf::Uint32(0x08), sf::Uint32(0x0D),
                         sf::Uint32(0x7F), sf::Uint32(0x20AC)}) {
        sf::Event e;
        e.type = sf::Event::TextEntered;
        e.text.unicode = c;
        input.process_event(io, e);
    }
    REQUIRE(io.InputQueueCharacters.Size == 3);
    CHECK(io.InputQueueCharacters[0] == 'a');
    CHECK(io.InputQueueCharacters[1] == 0xE7);
    CHECK(io.InputQueueCharacters[2] == 0x20AC);
}

TEST_CASE("wheels, pointer moves and leaving the window", "[client][glue]") {
    Context context;
    ImGuiIO& io = ImGui::GetIO();
    SfmlInputState input;
    sf::Event e;
    e.type = sf::Event::MouseWheelScrolled;
    e.mouseWheelScroll.wheel = sf::Mouse::VerticalWheel;
    e.mouseWheelScroll.delta = 1.5f;
    input.process_event(io, e);
    e.mouseWheelScroll.delta = -0.5f;
    input.process_event(io, e);
    e.mouseWheelScroll.wheel = sf::Mouse::HorizontalWheel;
    e.mouseWheelScroll.delta = 2.0f;
    input.process_event(io, e);
    CHECK(io.MouseWheel == 1.0f);
    CHECK(io.MouseWheelH == 2.0f);

    e.type = sf::Event::MouseMoved;
    e.mouseMove.x = 300;
    e.mouseMove.y = 200;
    input.process_event(io, e);
    CHECK(io.MousePos.x == 300.0f);
    e.type = sf::Event::MouseLeft;
    input.process_event(io, e);
    CHECK(io.MousePos.x == -FLT_MAX);
}

TEST_CASE("losing focus releases everything held", "[client][glue]") {
    Context context;
    ImGuiIO& io = ImGui::GetIO();
    SfmlInputState input;
    input.process_event(io, mouse_button(sf::Event::MouseButtonPressed, sf::Mouse::Left, 5, 5));
    input.process_event(io, key(sf::Event::KeyPressed, sf::Keyboard::Space, true));
    sf::Event lost;
    lost.type = sf::Event::LostFocus;
    input.process_event(io, lost);
    CHECK_FALSE(io.KeyCtrl);
    input.begin_frame(io);
    CHECK_FALSE(io.MouseDown[0]);
    CHECK_FALSE(io.KeysDown[sf::Keyboard::Space]);
}
