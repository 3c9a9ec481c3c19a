#include "home_screen.hpp"

#include "concept_term.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <string>

namespace hr::client {

namespace {

constexpr ImGuiWindowFlags kOverlayFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
    ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoBringToFrontOnFocus;

// The title with a soft shadow, its last word ("Road") in the sunrise gold.
void draw_title(const FontSet& fonts, const std::string& title, float scale) {
    ImGui::PushFont(fonts.display);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    auto split = title.rfind(' ');
    std::string head = split == std::string::npos ? std::string() : title.substr(0, split + 1);
    std::string tail = split == std::string::npos ? title : title.substr(split + 1);
    const char* first = head.c_str();
    const char* second = tail.c_str();
    float shadow = 3.0f * scale;
    ImVec2 first_size = ImGui::CalcTextSize(first);
    ImU32 shadow_colour = theme::to_imu32(theme::kBackground, 0.8f);
    draw->AddText(ImVec2(pos.x + shadow, pos.y + shadow), shadow_colour, first);
    draw->AddText(ImVec2(pos.x + first_size.x + shadow, pos.y + shadow), shadow_colour, second);
    draw->AddText(pos, theme::to_imu32(theme::kText), first);
    draw->AddText(ImVec2(pos.x + first_size.x, pos.y), theme::to_imu32(theme::kHighlight), second);
    ImVec2 second_size = ImGui::CalcTextSize(second);
    ImGui::Dummy(ImVec2(first_size.x + second_size.x, first_size.y));
    ImGui::PopFont();
}

} // namespace

void HomeScreen::update(ScreenContext&, sf::Time dt) {
    backdrop_.update(dt);
}

void HomeScreen::draw_backdrop(ScreenContext&, sf::RenderTarget& target) {
    window_size_ = target.getSize();
    backdrop_.draw(target);
}

void HomeScreen::draw_ui(ScreenContext& ctx) {
    draw_road_labels(ctx);
    draw_footer(ctx);
    draw_menu(ctx);
}

void HomeScreen::draw_menu(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    float s = ctx.ui_scale();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    float margin = 44.0f * s;
    float width = 440.0f * s;
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + margin, viewport->WorkPos.y + margin));
    ImGui::SetNextWindowSize(ImVec2(width, viewport->WorkSize.y - 2 * margin));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::to_imvec4(theme::kPanel, 0.86f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(34.0f * s, 30.0f * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 22.0f * s);
    // A scroll bar appears only if a very small window cannot hold the menu.
    ImGui::Begin("##home_menu", nullptr,
                 ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();

    draw_title(fonts, tr.text("app.title"), s);
    ImGui::PushFont(fonts.bold);
    widgets::muted_wrapped(tr("app.tagline"));
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 18.0f * s));

    // The buttons take what the hint and the language row below them leave, up to their full
    // height, so that long translations never push the panel into scrolling.
    const ImGuiStyle& style = ImGui::GetStyle();
    float hint_height = ImGui::CalcTextSize(tr("home.concept_hint"), nullptr, false,
                                            ImGui::GetContentRegionAvail().x)
                            .y;
    float below = 10.0f * s + hint_height + ImGui::GetFrameHeight() + style.ItemSpacing.y * 4;
    float share = (ImGui::GetContentRegionAvail().y - below) / 5.0f - style.ItemSpacing.y;
    ImVec2 button(-1.0f, std::clamp(share, ImGui::GetFrameHeight(), 58.0f * s));

    SessionLauncher* sessions = ctx.sessions();
    const char* needs_server = tr("common.needs_server");
    auto hint = [&](const char* key) {
        if (ImGui::IsItemHovered()) {
            widgets::tooltip(tr(key));
        }
    };
    if (widgets::menu_button(fonts, tr("home.solo"), button, true, sessions != nullptr,
                             needs_server)) {
        SoloRequest request;
        request.player_name = ctx.settings().player_name;
        sessions->start_solo(request);
    }
    hint("home.solo_hint");
    if (widgets::menu_button(fonts, tr("home.join"), button)) {
        ctx.push(ScreenId::Join);
    }
    hint("home.join_hint");
    if (widgets::menu_button(fonts, tr("home.host"), button)) {
        ctx.push(ScreenId::Host);
    }
    hint("home.host_hint");
    if (widgets::menu_button(fonts, tr("home.settings"), button)) {
        ctx.push(ScreenId::Settings);
    }
    if (widgets::menu_button(fonts, tr("home.glossary"), button)) {
        ctx.open_glossary();
    }

    ImGui::Dummy(ImVec2(0, 10.0f * s));
    widgets::muted_wrapped(tr("home.concept_hint"));

    // Language and quit sit at the bottom of the panel when there is room for them.
    float footer = ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y;
    float room = ImGui::GetContentRegionAvail().y - footer;
    ImGui::Dummy(ImVec2(0, room > 0 ? room : 0));
    ImGui::Separator();
    for (Language lang : kAllLanguages) {
        bool current = tr.language() == lang;
        std::string label = tr.text("language." + std::string(language_code(lang)));
        if (ImGui::Selectable(label.c_str(), current, 0, ImGui::CalcTextSize(label.c_str())) &&
            !current) {
            Settings changed = ctx.settings();
            changed.language = lang;
            ctx.change_settings(changed);
        }
        ImGui::SameLine(0, 22.0f * s);
    }
    float quit_width =
        ImGui::CalcTextSize(tr("home.quit")).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - quit_width);
    if (ImGui::Button(tr("home.quit"))) {
        ctx.quit();
    }
    ImGui::End();
}

void HomeScreen::draw_road_labels(ScreenContext& ctx) {
    if (window_size_.x == 0) {
        return; // the backdrop has not been drawn yet: no geometry to label
    }
    const FontSet& fonts = ctx.fonts();
    auto place = [&](const char* id, sf::Vector2f at, const char* key) {
        ImGui::SetNextWindowPos(ImVec2(at.x, at.y), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::Begin(id, nullptr, kOverlayFlags);
        concept_term(ctx.tr(), key, fonts.heading);
        ImGui::End();
    };
    place("##high_road_label", RoadForkBackdrop::high_road_label(window_size_),
          "glossary.high_road");
    place("##low_road_label", RoadForkBackdrop::low_road_label(window_size_), "glossary.low_road");
}

void HomeScreen::draw_footer(ScreenContext& ctx) {
    float s = ctx.ui_scale();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImVec2 corner(viewport->WorkPos.x + viewport->WorkSize.x - 16.0f * s,
                  viewport->WorkPos.y + 12.0f * s);
    ImGui::SetNextWindowPos(corner, ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::Begin("##home_version", nullptr, kOverlayFlags);
    std::string version = ctx.tr().format("app.version", {{"version", HIGHROAD_VERSION}});
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kTextMuted));
    ImGui::TextUnformatted(version.c_str());
    ImGui::PopStyleColor();
    ImGui::End();
}
} // namespace hr::client
