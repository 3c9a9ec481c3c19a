#include "headless_imgui.hpp"
#include "retained_frame.hpp"

#include <catch2/catch.hpp>

using namespace hr;
using client::DrawDataDiff;
using client::PixelRect;

namespace {

const PixelRect kWindow{0, 0, 640, 480};

bool inside(const PixelRect& inner, const PixelRect& outer) {
    return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 &&
           inner.y1 <= outer.y1;
}

} // namespace

TEST_CASE("the first frame is damaged everywhere and an unchanged one nowhere", "[client][frame]") {
    test::HeadlessImGui imgui(ImVec2(640, 480));
    DrawDataDiff diff;
    const auto first = diff.update(imgui.panel("Wages"), kWindow);
    REQUIRE(first);
    CHECK((first->x0 == 0 && first->y0 == 0 && first->x1 == 640 && first->y1 == 480));
    CHECK_FALSE(diff.update(imgui.panel("Wages"), kWindow));
    diff.reset();
    CHECK(diff.update(imgui.panel("Wages"), kWindow));
}

TEST_CASE("a hovered button damages the button's area only", "[client][frame]") {
    test::HeadlessImGui imgui(ImVec2(640, 480));
    DrawDataDiff diff;
    (void)diff.update(imgui.panel("Wages"), kWindow);
    // The button is below the line of text, 120 by 40 pixels from the window's padding.
    const auto hovered = diff.update(imgui.panel("Wages", ImVec2(60, 45)), kWindow);
    REQUIRE(hovered);
    CHECK(inside(*hovered, PixelRect{0, 15, 140, 75}));
    CHECK(hovered->x1 - hovered->x0 >= 120);
    CHECK_FALSE(diff.update(imgui.panel("Wages", ImVec2(61, 46)), kWindow));
}

TEST_CASE("changed text damages where the text is, within the window", "[client][frame]") {
    test::HeadlessImGui imgui(ImVec2(640, 480));
    DrawDataDiff diff;
    const std::string text = GENERATE(as<std::string>{}, "1:59", "Round 4 of 10", "x");
    (void)diff.update(imgui.panel(text), kWindow);
    const auto changed = diff.update(imgui.panel(text + "0"), kWindow);
    REQUIRE(changed);
    CHECK(changed->y0 < 25);
    CHECK(inside(*changed, kWindow));
}

TEST_CASE("clipping draw data to a rectangle keeps every command inside it", "[client][frame]") {
    test::HeadlessImGui imgui(ImVec2(640, 480));
    ImDrawData& data = *const_cast<ImDrawData*>(&imgui.panel("Wages"));
    const PixelRect rect{10, 20, 50, 60};
    client::clip_draw_data(data, rect);
    for (int n = 0; n < data.CmdListsCount; ++n) {
        for (const ImDrawCmd& cmd : data.CmdLists[n]->CmdBuffer) {
            CHECK(cmd.ClipRect.x >= 10.0f);
            CHECK(cmd.ClipRect.y >= 20.0f);
            CHECK(cmd.ClipRect.z <= 50.0f);
            CHECK(cmd.ClipRect.w <= 60.0f);
        }
    }
}

TEST_CASE("the picture area is where images are shown, and nowhere without one",
          "[client][frame]") {
    test::HeadlessImGui imgui(ImVec2(640, 480));
    const ImTextureID font = ImGui::GetIO().Fonts->TexID;
    CHECK_FALSE(client::picture_area(imgui.panel("Wages"), font));
    const float width = GENERATE(40.0f, 200.0f);
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(300, 200));
    ImGui::Begin("pictures", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::SetCursorScreenPos(ImVec2(50, 60));
    int texture = 0; // any other texture than the font's
    ImGui::Image(&texture, ImVec2(width, 30));
    ImGui::End();
    ImGui::Render();
    const auto area = client::picture_area(*ImGui::GetDrawData(), font);
    REQUIRE(area);
    CHECK(area->x0 >= 48);
    CHECK(area->x0 <= 50);
    CHECK(area->y0 >= 58);
    CHECK(area->x1 >= 50 + static_cast<int>(width));
    CHECK(area->x1 <= 52 + static_cast<int>(width));
    CHECK(area->y1 <= 92);
}
