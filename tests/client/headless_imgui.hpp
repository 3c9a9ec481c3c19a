#pragma once
// An ImGui context of its own with a built font atlas: frames of draw data without a window or a
// renderer, for the tests of what is done with that data.
#include "frame_keeper.hpp"

#include <imgui.h>
#include <string>

namespace hr::test {

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
    const ImDrawData& frame(const std::string& text, ImVec2 mouse = ImVec2(-1, -1)) {
        ImGui::GetIO().MousePos = mouse;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(300, 200));
        ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::TextUnformatted(text.c_str());
        ImGui::Button("Submit", ImVec2(120, 40));
        ImGui::End();
        ImGui::Render();
        return *ImGui::GetDrawData();
    }
    std::uint64_t hash(const std::string& text, ImVec2 mouse = ImVec2(-1, -1)) {
        return client::hash_draw_data(frame(text, mouse));
    }

    ImGuiContext* previous;
    ImGuiContext* context;
};

} // namespace hr::test
