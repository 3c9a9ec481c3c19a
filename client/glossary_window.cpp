#include "glossary_window.hpp"

#include "theme.hpp"

#include <imgui_stdlib.h>

namespace hr::client {

namespace {

// Base letters for U+00C0 … U+00FF, lower case ('\0' for the two signs in that block).
constexpr char kLatin1Folded[] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
                                 "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

bool matches(const Translations& tr, std::string_view id, const std::string& folded_query) {
    if (folded_query.empty()) {
        return true;
    }
    std::string key = "glossary." + std::string(id);
    return fold_for_search(tr.text(key + ".term")).find(folded_query) != std::string::npos ||
           fold_for_search(tr.text(key + ".tip")).find(folded_query) != std::string::npos;
}

} // namespace

std::string fold_for_search(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
            continue;
        }
        // U+00C0 … U+00FF are encoded as C3 80 … C3 BF.
        if (byte == 0xC3 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0xBF && kLatin1Folded[next - 0x80] != '\0') {
                out += kLatin1Folded[next - 0x80];
                ++i;
                continue;
            }
        }
        out += static_cast<char>(byte);
    }
    return out;
}

void GlossaryWindow::draw(const Translations& tr, const FontSet& fonts) {
    if (!open_) {
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x * 0.5f, viewport->WorkSize.y * 0.8f),
                             ImGuiCond_Appearing);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y * 0.5f),
                            ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    // The ### suffix keeps the window's identity when the language changes its title.
    std::string title = std::string(tr("glossary_ui.title")) + "###glossary";
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::to_imvec4(theme::kPanel));
    bool visible = ImGui::Begin(title.c_str(), &open_, ImGuiWindowFlags_NoCollapse);
    ImGui::PopStyleColor();
    if (!visible) {
        ImGui::End();
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kTextMuted));
    ImGui::TextWrapped("%s", tr("glossary_ui.intro"));
    ImGui::PopStyleColor();
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextWithHint("##glossary_search", tr("glossary_ui.search"), &query_);
    ImGui::Spacing();

    ImGui::BeginChild("terms", ImVec2(0, 0), false);
    std::string folded = fold_for_search(query_);
    bool any = false;
    for (const auto& group : glossary_groups()) {
        bool heading_drawn = false;
        for (std::string_view id : group.terms) {
            if (!matches(tr, id, folded)) {
                continue;
            }
            if (!heading_drawn) {
                ImGui::PushFont(fonts.heading);
                ImGui::TextUnformatted(tr("glossary_group." + std::string(group.id)));
                ImGui::PopFont();
                ImGui::Separator();
                heading_drawn = true;
            }
            any = true;
            std::string key = "glossary." + std::string(id);
            ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kHighlight));
            ImGui::PushFont(fonts.bold);
            ImGui::TextUnformatted(tr(key + ".term"));
            ImGui::PopFont();
            ImGui::PopStyleColor();
            ImGui::Indent();
            ImGui::TextWrapped("%s", tr(key + ".tip"));
            ImGui::Unindent();
            ImGui::Spacing();
        }
        if (heading_drawn) {
            ImGui::Spacing();
        }
    }
    if (!any) {
        ImGui::TextWrapped("%s", tr.format("glossary_ui.no_match", {{"query", query_}}).c_str());
    }
    ImGui::EndChild();
    ImGui::End();
}

} // namespace hr::client
