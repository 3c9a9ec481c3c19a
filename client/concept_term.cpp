#include "concept_term.hpp"

#include "theme.hpp"

#include <algorithm>
#include <cfloat>
#include <string>

namespace hr::client {

namespace {

std::string sub_key(std::string_view glossary_key, std::string_view leaf) {
    std::string key(glossary_key);
    key += '.';
    key += leaf;
    return key;
}

void dotted_underline(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 colour) {
    float dot = std::max(1.0f, ImGui::GetFontSize() / 10.0f);
    float y = max.y - dot * 0.5f;
    for (float x = min.x; x + dot <= max.x; x += dot * 2.5f) {
        draw->AddRectFilled(ImVec2(x, y - dot * 0.5f), ImVec2(x + dot, y + dot * 0.5f), colour);
    }
}

bool draw_term(const Translations& tr, std::string_view glossary_key, ImFont* font) {
    if (font != nullptr) {
        ImGui::PushFont(font);
    }
    const char* term = tr(sub_key(glossary_key, "term"));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kHighlight));
    ImGui::TextUnformatted(term);
    ImGui::PopStyleColor();
    bool hovered = ImGui::IsItemHovered();
    auto min = ImGui::GetItemRectMin();
    auto max = ImGui::GetItemRectMax();
    max.y += std::max(2.0f, ImGui::GetFontSize() / 8.0f);
    dotted_underline(ImGui::GetWindowDrawList(), min, max,
                     theme::to_imu32(theme::kHighlight, hovered ? 1.0f : 0.7f));
    if (font != nullptr) {
        ImGui::PopFont();
    }
    if (hovered) {
        concept_tooltip(tr, glossary_key);
    }
    return hovered;
}

} // namespace

bool concept_term(const Translations& tr, std::string_view glossary_key, ImFont* font) {
    return draw_term(tr, glossary_key, font);
}

bool concept_term_at(const Translations& tr, std::string_view glossary_key, ImVec2 pos,
                     ImFont* font, bool centred) {
    if (centred) {
        ImFont* measure = font != nullptr ? font : ImGui::GetFont();
        auto size = measure->CalcTextSizeA(measure->FontSize, FLT_MAX, 0.0f,
                                           tr(sub_key(glossary_key, "term")));
        pos.x -= size.x * 0.5f;
        pos.y -= size.y * 0.5f;
    }
    ImGui::SetCursorScreenPos(pos);
    return draw_term(tr, glossary_key, font);
}

void concept_tooltip(const Translations& tr, std::string_view glossary_key) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kHighlight));
    ImGui::TextUnformatted(tr(sub_key(glossary_key, "term")));
    ImGui::PopStyleColor();
    ImGui::Separator();
    ImGui::TextUnformatted(tr(sub_key(glossary_key, "tip")));
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace hr::client
