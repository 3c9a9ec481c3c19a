#include "room_widgets.hpp"

#include "core/scenario.hpp"
#include "widgets.hpp"

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
    // The text is an ordinary item, so that it sits on the line like any text (also after
    // AlignTextToFramePadding); its background is drawn behind it on a second channel.
    const float pad_x = ImGui::GetFontSize() * 0.55f;
    const float pad_y = ImGui::GetFontSize() * 0.16f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImDrawListSplitter layers;
    layers.Split(draw, 2);
    layers.SetCurrentChannel(draw, 1);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, ImGui::GetStyle().ItemSpacing.y));
    ImGui::Dummy(ImVec2(pad_x, 0));
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(text_colour));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImGui::SameLine();
    ImGui::Dummy(ImVec2(pad_x, 0));
    ImGui::PopStyleVar();
    layers.SetCurrentChannel(draw, 0);
    const ImVec2 from(min.x - pad_x, min.y - pad_y);
    const ImVec2 to(max.x + pad_x, max.y + pad_y);
    draw->AddRectFilled(from, to, theme::to_imu32(background), (to.y - from.y) * 0.5f);
    layers.Merge(draw);
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

namespace {

// Moves the cursor so that an item `width` wide is centred in the window's content region.
void centre(float width, bool centred) {
    if (centred) {
        const float avail = ImGui::GetContentRegionAvail().x;
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - width) * 0.5f));
    }
}

void line(const char* text, theme::Rgb colour, bool centred) {
    centre(ImGui::CalcTextSize(text).x, centred);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(colour));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
}

// The code letter by letter, with air between them, so that the back row reads every
// character; a soft shadow lifts it off the panel.
void code_letters(const std::string& code, float scale, bool centred) {
    const float gap = ImGui::GetFontSize() * 0.14f;
    float width = 0;
    float height = 0;
    for (char c : code) {
        const char letter[2] = {c, '\0'};
        const ImVec2 size = ImGui::CalcTextSize(letter);
        width += size.x + gap;
        height = std::max(height, size.y);
    }
    width -= code.empty() ? 0 : gap;
    centre(width, centred);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float x = start.x;
    for (char c : code) {
        const char letter[2] = {c, '\0'};
        draw->AddText(ImVec2(x + 3.0f * scale, start.y + 3.0f * scale),
                      theme::to_imu32(theme::kBackground, 0.8f), letter);
        draw->AddText(ImVec2(x, start.y), theme::to_imu32(theme::kHighlight), letter);
        x += ImGui::CalcTextSize(letter).x + gap;
    }
    ImGui::Dummy(ImVec2(width, height));
}

} // namespace

void join_code_panel(const Translations& tr, const FontSet& fonts, float scale,
                     const std::vector<std::string>& addresses, std::uint16_t port,
                     const std::string& code, bool compact) {
    const bool centred = !compact;
    const std::string port_text = std::to_string(port);
    ImGui::PushFont(fonts.bold);
    if (compact) {
        widgets::muted_wrapped(tr("room.join_steps"));
    } else {
        line(tr("room.join_steps"), theme::kTextMuted, centred);
    }
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, (compact ? 2.0f : 10.0f) * scale));

    // The address: the first (a LAN address) large, any others smaller below it.
    line(tr("room.address"), theme::kText, centred);
    ImGui::PushFont(compact ? fonts.heading : fonts.display);
    ImGui::SetWindowFontScale(compact ? 1.0f : 0.8f);
    const std::string first =
        (addresses.empty() ? std::string("127.0.0.1") : addresses.front()) + ":" + port_text;
    line(first.c_str(), theme::kText, centred);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    for (std::size_t i = 1; i < addresses.size() && i < 3; ++i) {
        const std::string other =
            tr.format("room.address_also", {{"address", addresses[i] + ":" + port_text}});
        line(other.c_str(), theme::kTextMuted, centred);
    }
    ImGui::Dummy(ImVec2(0, (compact ? 4.0f : 16.0f) * scale));

    line(tr("room.join_code"), theme::kText, centred);
    ImGui::PushFont(fonts.display);
    ImGui::SetWindowFontScale(compact ? 0.72f : 1.0f);
    code_letters(code, scale, centred);
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
}

} // namespace hr::client::room
