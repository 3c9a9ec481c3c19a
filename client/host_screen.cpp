#include "host_screen.hpp"

#include "join_form.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <string>
#include <system_error>

namespace hr::client {

namespace {

// The scenario's name in the current language, or its id when the tables do not know it.
std::string scenario_label(const Translations& tr, const std::string& id) {
    std::string key = "scenario." + id + ".name";
    return tr.has(Language::English, key) ? tr.text(key) : id;
}

} // namespace

std::vector<std::string> scenario_ids(const std::filesystem::path& dir) {
    std::vector<std::string> ids;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.is_regular_file(ec) && entry.path().filename().string().front() != '.') {
            ids.push_back(entry.path().stem().string());
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void HostScreen::on_enter(ScreenContext& ctx) {
    scenarios_ = scenario_ids(ctx.assets_dir() / "scenarios");
    scenario_index_ =
        std::clamp(scenario_index_, 0, std::max(0, static_cast<int>(scenarios_.size()) - 1));
    if (port_edit_ == 0) {
        port_edit_ = kDefaultServerPort;
    }
}

void HostScreen::draw_backdrop(ScreenContext&, sf::RenderTarget& target) {
    backdrop_.draw(target, 0.6f);
}

void HostScreen::draw_scenario_choice(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    widgets::field_label(ctx.fonts(), tr("host.scenario"));
    if (scenarios_.empty()) {
        std::string dir = (ctx.assets_dir() / "scenarios").string();
        widgets::error_wrapped(tr.format("host.no_scenarios", {{"dir", dir}}).c_str());
        return;
    }
    const std::string& current = scenarios_[static_cast<std::size_t>(scenario_index_)];
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::BeginCombo("##scenario", scenario_label(tr, current).c_str())) {
        for (std::size_t i = 0; i < scenarios_.size(); ++i) {
            bool selected = static_cast<int>(i) == scenario_index_;
            if (ImGui::Selectable(scenario_label(tr, scenarios_[i]).c_str(), selected)) {
                scenario_index_ = static_cast<int>(i);
            }
        }
        ImGui::EndCombo();
    }
    std::string summary = "scenario." + current + ".summary";
    if (tr.has(Language::English, summary)) {
        widgets::muted_wrapped(tr(summary));
    }
}

void HostScreen::draw_ui(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    float s = ctx.ui_scale();
    widgets::begin_card("##host", 700.0f * s);
    widgets::heading(fonts, tr("host.title"));
    widgets::muted_wrapped(tr("host.intro"));
    ImGui::Separator();
    ImGui::Spacing();

    draw_scenario_choice(ctx);
    ImGui::Spacing();

    // Two columns keep the whole form, and its buttons, on one screen at 1280x800. Each label
    // is aligned to frame padding because a table row aligns its cells' text to the tallest
    // widget in the row, which would put the right-hand labels lower than the left-hand ones.
    if (ImGui::BeginTable("##host_numbers", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        widgets::field_label(fonts, tr("host.firms"),
                             tr.format("host.firms_hint", {{"min", std::to_string(kMinFirms)},
                                                           {"max", std::to_string(kMaxFirms)}})
                                 .c_str());
        ImGui::SetNextItemWidth(-1.0f);
        ImGui::SliderInt("##firms", &request_.firms, kMinFirms, kMaxFirms, "%d",
                         ImGuiSliderFlags_AlwaysClamp);

        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        widgets::field_label(fonts, tr("host.rounds"), tr("host.rounds_hint"));
        ImGui::SetNextItemWidth(-1.0f);
        ImGui::SliderInt("##rounds", &request_.rounds, kMinRounds, kMaxRounds, "%d",
                         ImGuiSliderFlags_AlwaysClamp);

        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        widgets::field_label(fonts, tr("host.round_length"));
        ImGui::SetNextItemWidth(-1.0f);
        ImGui::SliderInt("##round_seconds", &request_.round_seconds, kMinRoundSeconds,
                         kMaxRoundSeconds, tr("host.round_length_format"),
                         ImGuiSliderFlags_AlwaysClamp);

        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        widgets::field_label(fonts, tr("host.port"));
        ImGui::SetNextItemWidth(-1.0f);
        ImGui::InputInt("##port", &port_edit_, 0);
        port_edit_ = std::clamp(port_edit_, 1, 65535);
        if (ImGui::IsItemHovered()) {
            widgets::tooltip(
                tr.format("host.port_hint", {{"port", std::to_string(kDefaultServerPort)}})
                    .c_str());
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();

    ImGui::Checkbox(tr("host.bots"), &request_.fill_with_bots);
    widgets::muted_wrapped(tr("host.bots_hint"));
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    if (ImGui::Button(tr("common.back"), ImVec2(160.0f * s, 0))) {
        ctx.pop();
    }
    ImGui::SameLine();
    bool ready = !scenarios_.empty() && ctx.sessions() != nullptr;
    const char* reason = ctx.sessions() == nullptr ? tr("common.needs_server") : nullptr;
    if (widgets::primary_button(tr("host.submit"), ImVec2(ImGui::GetContentRegionAvail().x, 0),
                                ready, reason)) {
        request_.scenario = scenarios_[static_cast<std::size_t>(scenario_index_)];
        request_.port = static_cast<std::uint16_t>(port_edit_);
        ctx.sessions()->host(request_);
    }
    widgets::end_card();
}

} // namespace hr::client
