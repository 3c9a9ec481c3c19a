#include "frame_keeper.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace hr::client;

namespace {

// An ImGui context of its own, with a built font atlas, so that frames can be made without a
// window or a renderer.
struct HeadlessImGui {
    HeadlessImGui() : previous(ImGui::GetCurrentContext()), context(ImGui::CreateContext()) {
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(640, 480);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~HeadlessImGui() {
        ImGui::DestroyContext(context);
        ImGui::SetCurrentContext(previous);
    }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    // One frame with a window holding `text` and a button, the mouse at `mouse`.
    std::uint64_t frame(const std::string& text, ImVec2 mouse = ImVec2(-1, -1)) {
        ImGui::GetIO().MousePos = mouse;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(300, 200));
        ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::TextUnformatted(text.c_str());
        ImGui::Button("Submit", ImVec2(120, 40));
        ImGui::End();
        ImGui::Render();
        return hash_draw_data(*ImGui::GetDrawData());
    }

    ImGuiContext* previous;
    ImGuiContext* context;
};

} // namespace

TEST_CASE("the same widgets hash alike and any visible change hashes differently",
          "[client][frame]") {
    HeadlessImGui imgui;
    const std::string text = GENERATE(as<std::string>{}, "1:59", "Wages", "Round 4 of 10");
    const std::uint64_t first = imgui.frame(text);
    CHECK(imgui.frame(text) == first);
    CHECK(imgui.frame(text + "!") != first);
    CHECK(imgui.frame(text.substr(1)) != first);
    // The pointer over the button (below the line of text) lights it up; over empty space it
    // changes nothing.
    CHECK(imgui.frame(text, ImVec2(400, 400)) == first);
    const std::uint64_t hovered = imgui.frame(text, ImVec2(60, 45));
    CHECK(hovered != first);
    CHECK(imgui.frame(text, ImVec2(61, 46)) == hovered);
}

TEST_CASE("an unchanged frame is kept on screen until the refresh is due", "[client][frame]") {
    FrameKeeper keeper;
    const auto at = [](int ms) { return sf::milliseconds(ms); };
    CHECK(keeper.must_draw(7, at(0))); // the first frame is always drawn
    CHECK_FALSE(keeper.must_draw(7, at(16)));
    CHECK_FALSE(keeper.must_draw(7, at(499)));
    CHECK(keeper.must_draw(7, at(500))); // the safety refresh
    CHECK_FALSE(keeper.must_draw(7, at(516)));
    CHECK(keeper.must_draw(8, at(532))); // new content
    CHECK_FALSE(keeper.must_draw(8, at(548)));
    keeper.force();
    CHECK(keeper.must_draw(8, at(564)));
    CHECK_FALSE(keeper.must_draw(8, at(580)));
}

TEST_CASE("a frame of unknown content is always drawn", "[client][frame]") {
    FrameKeeper keeper;
    const int frames = GENERATE(1, 2, 10);
    for (int i = 0; i < frames; ++i) {
        CHECK(keeper.must_draw(std::nullopt, sf::milliseconds(16 * i)));
    }
    // Known content after unknown is new content.
    CHECK(keeper.must_draw(3, sf::milliseconds(16 * frames)));
    CHECK_FALSE(keeper.must_draw(3, sf::milliseconds(16 * frames + 16)));
}
