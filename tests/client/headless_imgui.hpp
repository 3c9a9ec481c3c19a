#pragma once
// An ImGui context of its own with a built font atlas: frames of draw data without a window or a
// renderer, for the tests of what is drawn and of what is done with that data. The context that
// was current before comes back when it goes.
#include "frame_keeper.hpp"

#include <imgui.h>
#include <string>

namespace hr::test {

class HeadlessImGui {
  public:
    explicit HeadlessImGui(ImVec2 display = ImVec2(1280, 800))
        : previous_(ImGui::GetCurrentContext()), context_(ImGui::CreateContext()) {
        ImGui::SetCurrentContext(context_);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = display;
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    }
    ~HeadlessImGui() {
        ImGui::DestroyContext(context_);
        ImGui::SetCurrentContext(previous_);
    }
    HeadlessImGui(const HeadlessImGui&) = delete;
    HeadlessImGui& operator=(const HeadlessImGui&) = delete;

    // One frame of what `draw` puts up: how many vertices ImGui would draw.
    template <class Draw> int frame(Draw&& draw) {
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        return ImGui::GetDrawData()->TotalVtxCount;
    }

    // One frame with a window holding `text` and a button, the mouse at `mouse`.
    const ImDrawData& panel(const std::string& text, ImVec2 mouse = ImVec2(-1, -1)) {
        ImGui::GetIO().MousePos = mouse;
        frame([&] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(300, 200));
            ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration);
            ImGui::TextUnformatted(text.c_str());
            ImGui::Button("Submit", ImVec2(120, 40));
            ImGui::End();
        });
        return *ImGui::GetDrawData();
    }
    std::uint64_t hash(const std::string& text, ImVec2 mouse = ImVec2(-1, -1)) {
        return client::hash_draw_data(panel(text, mouse));
    }

  private:
    ImGuiContext* previous_;
    ImGuiContext* context_;
};

} // namespace hr::test
