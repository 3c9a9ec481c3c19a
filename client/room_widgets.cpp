#include "room_widgets.hpp"

#include "core/scenario.hpp"

#include <algorithm>

namespace hr::client::room {

void begin_screen(const char* id, float margin) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + margin, viewport->WorkPos.y + margin));
    ImGui::SetNextWindowSize(
        ImVec2(viewport->WorkSize.x - 2 * margin, viewport->WorkSize.y - 2 * margin));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar(2);
}

void end_screen() {
    ImGui::End();
}

void begin_card(const char* id, ImVec2 size) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::to_imvec4(theme::kPanel, 0.94f));
    ImGui::PushStyleColor(ImGuiCol_Border, theme::to_imvec4(theme::kBorder));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, style.WindowRounding);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, style.WindowPadding);
    ImGui::BeginChild(id, size, true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor(2);
}

void end_card() {
    ImGui::EndChild();
}

void pill(const char* text, theme::Rgb background, theme::Rgb text_colour) {
    const ImVec2 size = ImGui::CalcTextSize(text);
    const float pad_x = ImGui::GetFontSize() * 0.55f;
    const float pad_y = ImGui::GetFontSize() * 0.12f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 end(pos.x + size.x + 2 * pad_x, pos.y + size.y + 2 * pad_y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, end, theme::to_imu32(background), (end.y - pos.y) * 0.5f);
    draw->AddText(ImVec2(pos.x + pad_x, pos.y + pad_y), theme::to_imu32(text_colour), text);
    ImGui::Dummy(ImVec2(end.x - pos.x, end.y - pos.y));
}

std::string bot_name(const Translations& tr, Archetype archetype, Difficulty difficulty) {
    return tr.format("room.bot_name", {{"archetype", tr.text(info(archetype).name_key)},
                                       {"difficulty", tr.text(name_key(difficulty))}});
}

const char* bot_description(const Translations& tr, Archetype archetype) {
    return tr(info(archetype).description_key);
}

std::string clock_text(std::uint32_t ms) {
    const std::uint32_t seconds = (ms + 999) / 1000;
    const std::uint32_t s = seconds % 60;
    return std::to_string(seconds / 60) + (s < 10 ? ":0" : ":") + std::to_string(s);
}

const char* phase_text(const Translations& tr, proto::RoomPhase phase) {
    switch (phase) {
    case proto::RoomPhase::Lobby:
        return tr("room.phase.lobby");
    case proto::RoomPhase::Running:
        return tr("room.phase.running");
    case proto::RoomPhase::Paused:
        return tr("room.phase.paused");
    case proto::RoomPhase::Finished:
        return tr("room.phase.finished");
    }
    return "";
}

std::string scenario_title(const Translations& tr, const Scenario* scenario,
                           const std::string& id) {
    if (scenario == nullptr) {
        return id;
    }
    return scenario->title.in(language_code(tr.language()));
}

void join_code_panel(const Translations& tr, const FontSet& fonts, float scale,
                     const std::vector<std::string>& addresses, std::uint16_t port,
                     const std::string& code, bool compact) {
    const std::string port_text = std::to_string(port);
    ImGui::PushFont(fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kTextMuted));
    ImGui::TextUnformatted(tr("room.join_steps"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::Spacing();

    // The address: the first (a LAN address) large, any others smaller below it.
    ImGui::TextUnformatted(tr("room.address"));
    ImGui::PushFont(compact ? fonts.heading : fonts.display);
    ImGui::SetWindowFontScale(compact ? 1.0f : 0.62f);
    const std::string first =
        (addresses.empty() ? std::string("127.0.0.1") : addresses.front()) + ":" + port_text;
    ImGui::TextUnformatted(first.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    for (std::size_t i = 1; i < addresses.size() && i < 3; ++i) {
        const std::string other =
            tr.format("room.address_also", {{"address", addresses[i] + ":" + port_text}});
        ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kTextMuted));
        ImGui::TextUnformatted(other.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, 6.0f * scale));

    ImGui::TextUnformatted(tr("room.join_code"));
    ImGui::PushFont(fonts.display);
    if (compact) {
        ImGui::SetWindowFontScale(0.72f);
    }
    // Letter by letter, with air between them, so the back row reads every character.
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float x = start.x;
    float height = 0;
    const float gap = ImGui::GetFontSize() * 0.14f;
    for (char c : code) {
        const char letter[2] = {c, '\0'};
        const ImVec2 size = ImGui::CalcTextSize(letter);
        draw->AddText(ImVec2(x + 3.0f * scale, start.y + 3.0f * scale),
                      theme::to_imu32(theme::kBackground, 0.8f), letter);
        draw->AddText(ImVec2(x, start.y), theme::to_imu32(theme::kHighlight), letter);
        x += size.x + gap;
        height = std::max(height, size.y);
    }
    ImGui::Dummy(ImVec2(x - start.x, height));
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
}

} // namespace hr::client::room
