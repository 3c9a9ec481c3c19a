#include "settings_screen.hpp"

#include "concept_term.hpp"
#include "join_form.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <cmath>
#include <imgui_stdlib.h>

namespace hr::client {

namespace {

constexpr float kScaleStep = 0.05f;

struct RoadSwatch {
    theme::Rgb colour;
    const char* glossary_key;
};

} // namespace

void SettingsScreen::on_enter(ScreenContext& ctx) {
    scale_edit_ = ctx.settings().ui_scale;
    name_edit_ = ctx.settings().player_name;
    saved_once_ = false;
}

void SettingsScreen::draw_backdrop(ScreenContext&, sf::RenderTarget& target) {
    backdrop_.draw(target, 0.6f);
}

void SettingsScreen::draw_ui(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    float s = ctx.ui_scale();
    widgets::begin_card("##settings", 640.0f * s);
    widgets::heading(fonts, tr("settings.title"));
    ImGui::Separator();
    ImGui::Spacing();

    auto apply = [&](Settings changed) {
        ctx.change_settings(changed);
        saved_once_ = true;
    };

    widgets::field_label(fonts, tr("settings.language"));
    for (Language lang : kAllLanguages) {
        std::string label = tr.text("language." + std::string(language_code(lang)));
        if (ImGui::RadioButton(label.c_str(), ctx.settings().language == lang) &&
            ctx.settings().language != lang) {
            Settings changed = ctx.settings();
            changed.language = lang;
            apply(changed);
        }
        ImGui::SameLine(0, 28.0f * s);
    }
    ImGui::NewLine();
    ImGui::Spacing();

    widgets::field_label(fonts, tr("settings.ui_scale"), tr("settings.ui_scale_hint"));
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::SliderFloat("##ui_scale", &scale_edit_, theme::kMinUiScale, theme::kMaxUiScale, "%.2f×");
    // Rebuilding the fonts on every drag step would stutter: apply once the slider is let go.
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Settings changed = ctx.settings();
        changed.ui_scale = theme::clamp_ui_scale(std::round(scale_edit_ / kScaleStep) * kScaleStep);
        scale_edit_ = changed.ui_scale;
        apply(changed);
    }
    ImGui::Spacing();

    widgets::field_label(fonts, tr("settings.player_name"), tr("settings.player_name_hint"));
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##player_name", &name_edit_);
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        Settings changed = ctx.settings();
        changed.player_name = clean_player_name(name_edit_);
        name_edit_ = changed.player_name;
        apply(changed);
    }
    ImGui::Spacing();

    widgets::field_label(fonts, tr("settings.last_server"));
    const std::string& server = ctx.settings().last_server;
    widgets::muted_wrapped(server.empty() ? tr("settings.last_server_none") : server.c_str());
    ImGui::Spacing();

    draw_road_colours(ctx);
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    if (ImGui::Button(tr("common.back"), ImVec2(160.0f * s, 0))) {
        ctx.pop();
    }
    if (saved_once_) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        if (ctx.settings_problem().empty()) {
            widgets::muted_wrapped(tr("common.saved"));
        } else {
            widgets::error_wrapped(
                tr.format("common.save_failed", {{"reason", ctx.settings_problem()}}).c_str());
        }
    }
    widgets::end_card();
}

void SettingsScreen::draw_road_colours(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    float s = ctx.ui_scale();
    widgets::field_label(ctx.fonts(), tr("settings.road_colours"),
                         tr("settings.road_colours_hint"));
    const RoadSwatch swatches[] = {
        {theme::kRoads.high_road, "glossary.high_road"},
        {theme::kRoads.stagnation, "glossary.stagnation"},
        {theme::kRoads.low_road, "glossary.low_road"},
        {theme::kRoads.downgrading, "glossary.downgrading"},
    };
    if (!ImGui::BeginTable("##roads", 2, ImGuiTableFlags_SizingStretchSame)) {
        return;
    }
    for (const auto& swatch : swatches) {
        ImGui::TableNextColumn();
        ImVec2 size(46.0f * s, ImGui::GetTextLineHeight());
        ImVec2 pos = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                                                  theme::to_imu32(swatch.colour), size.y * 0.5f);
        ImGui::Dummy(size);
        if (ImGui::IsItemHovered()) {
            concept_tooltip(tr, swatch.glossary_key);
        }
        ImGui::SameLine();
        concept_term(tr, swatch.glossary_key);
    }
    ImGui::EndTable();
}

} // namespace hr::client
