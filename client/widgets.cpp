#include "widgets.hpp"

#include "theme.hpp"

#include <algorithm>
#include <string_view>

namespace hr::client::widgets {

namespace {

bool coloured_button(const char* label, ImVec2 size, bool primary, bool enabled) {
    if (primary) {
        ImGui::PushStyleColor(ImGuiCol_Button, theme::to_imvec4(theme::kAccent));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::to_imvec4(theme::kAccentHover));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::to_imvec4(theme::kAccentActive));
    }
    ImGui::BeginDisabled(!enabled);
    bool pressed = ImGui::Button(label, size);
    ImGui::EndDisabled();
    if (primary) {
        ImGui::PopStyleColor(3);
    }
    return pressed && enabled;
}

// Called after the button's fonts and styles are popped, so the tooltip uses the body font.
void explain_if_disabled(bool enabled, const char* disabled_reason) {
    if (!enabled && disabled_reason != nullptr &&
        ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        tooltip(disabled_reason);
    }
}

} // namespace

void begin_card(const char* id, float width) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImVec2 centre(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                  viewport->WorkPos.y + viewport->WorkSize.y * 0.5f);
    ImGui::SetNextWindowPos(centre, ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0),
                                        ImVec2(width, viewport->WorkSize.y * 0.94f));
    ImGui::PushStyleVar(
        ImGuiStyleVar_WindowPadding,
        ImVec2(ImGui::GetStyle().WindowPadding.x * 1.6f, ImGui::GetStyle().WindowPadding.y * 1.4f));
    // No decoration but the scroll bar, which shows only when a small window cuts the card.
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
}

void end_card() {
    ImGui::End();
}

void heading(const FontSet& fonts, const char* text) {
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void text_wrapped(const char* text) {
    const float width = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    const float space = ImGui::CalcTextSize(" ").x;
    // A group keeps every line's start at the first one's (after a bullet, for instance); the
    // lines are separate items, set as close as those of one wrapped text.
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
    std::string_view rest(text);
    bool line_start = true;
    float used = 0;
    while (!rest.empty()) {
        const std::size_t end = rest.find_first_of(" \n");
        const std::string_view word = rest.substr(0, end);
        const bool newline = end != std::string_view::npos && rest[end] == '\n';
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        if (word.empty() && !newline) {
            continue;
        }
        const float w = ImGui::CalcTextSize(word.data(), word.data() + word.size()).x;
        if (!line_start && used + space + w <= width) {
            ImGui::SameLine(0, space);
            used += space + w;
        } else {
            used = w;
        }
        ImGui::TextUnformatted(word.data(), word.data() + word.size());
        line_start = newline;
    }
    ImGui::PopStyleVar();
    ImGui::EndGroup();
}

void muted_wrapped(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kTextMuted));
    text_wrapped(text);
    ImGui::PopStyleColor();
}

void error_wrapped(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kDanger));
    text_wrapped(text);
    ImGui::PopStyleColor();
}

void field_label(const FontSet& fonts, const char* label, const char* hint) {
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(label);
    ImGui::PopFont();
    if (hint != nullptr) {
        muted_wrapped(hint);
    }
}

bool menu_button(const FontSet& fonts, const char* label, ImVec2 size, bool primary, bool enabled,
                 const char* disabled_reason) {
    ImGui::PushFont(fonts.heading);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, size.y * 0.5f);
    bool pressed = coloured_button(label, size, primary, enabled);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    explain_if_disabled(enabled, disabled_reason);
    return pressed;
}

bool primary_button(const char* label, ImVec2 size, bool enabled, const char* disabled_reason) {
    bool pressed = coloured_button(label, size, true, enabled);
    explain_if_disabled(enabled, disabled_reason);
    return pressed;
}

void tooltip(const char* text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace hr::client::widgets
