#include "join_screen.hpp"

#include "theme.hpp"
#include "widgets.hpp"

#include <imgui_stdlib.h>
#include <string>

namespace hr::client {

namespace {

std::string problem_text(const Translations& tr, JoinProblem problem) {
    switch (problem) {
    case JoinProblem::MissingAddress:
        return tr.text("join.missing_address");
    case JoinProblem::BadAddress:
        return tr.text("join.bad_address");
    case JoinProblem::BadCode:
        return tr.format("join.bad_code", {{"min", std::to_string(kMinJoinCode)},
                                           {"max", std::to_string(kMaxJoinCode)}});
    case JoinProblem::MissingName:
        return tr.text("join.missing_name");
    case JoinProblem::None:
        break;
    }
    return {};
}

// Join codes are shown in capitals; typing them that way avoids look-alike confusion.
int code_filter(ImGuiInputTextCallbackData* data) {
    ImWchar c = data->EventChar;
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    bool digit = c >= '0' && c <= '9';
    if (!letter && !digit) {
        return 1;
    }
    if (c >= 'a' && c <= 'z') {
        data->EventChar = static_cast<ImWchar>(c - 'a' + 'A');
    }
    return 0;
}

} // namespace

void JoinScreen::on_enter(ScreenContext& ctx) {
    if (form_.address.empty()) {
        form_.address = ctx.settings().last_server;
    }
    if (form_.name.empty()) {
        form_.name = ctx.settings().player_name;
    }
}

void JoinScreen::draw_backdrop(ScreenContext&, sf::RenderTarget& target) {
    backdrop_.draw(target, 0.6f);
}

void JoinScreen::draw_ui(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    float s = ctx.ui_scale();
    widgets::begin_card("##join", 600.0f * s);
    widgets::heading(fonts, tr("join.title"));
    widgets::muted_wrapped(tr("join.intro"));
    ImGui::Separator();
    ImGui::Spacing();

    widgets::field_label(fonts, tr("join.address"));
    ImGui::SetNextItemWidth(-1.0f);
    std::string address_hint =
        tr.format("join.address_hint", {{"port", std::to_string(kDefaultServerPort)}});
    touched_ |= ImGui::InputTextWithHint("##address", address_hint.c_str(), &form_.address);
    ImGui::Spacing();

    widgets::field_label(fonts, tr("join.code"));
    ImGui::PushFont(fonts.heading);
    ImGui::SetNextItemWidth(-1.0f);
    touched_ |= ImGui::InputTextWithHint("##code", "", &form_.code,
                                         ImGuiInputTextFlags_CallbackCharFilter, code_filter);
    ImGui::PopFont();
    widgets::muted_wrapped(tr("join.code_hint"));
    ImGui::Spacing();

    widgets::field_label(fonts, tr("join.name"));
    ImGui::SetNextItemWidth(-1.0f);
    touched_ |= ImGui::InputTextWithHint("##name", tr("join.name_hint"), &form_.name);
    ImGui::Spacing();

    JoinProblem problem = check_join_form(form_);
    if (touched_ && problem != JoinProblem::None) {
        widgets::error_wrapped(problem_text(tr, problem).c_str());
    }
    ImGui::Separator();
    ImGui::Spacing();

    if (ImGui::Button(tr("common.back"), ImVec2(160.0f * s, 0))) {
        ctx.pop();
    }
    ImGui::SameLine();
    float width = ImGui::GetContentRegionAvail().x;
    bool ready = problem == JoinProblem::None && ctx.sessions() != nullptr;
    const char* reason = ctx.sessions() == nullptr ? tr("common.needs_server") : nullptr;
    bool enter = ready && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), false);
    if (widgets::primary_button(tr("join.submit"), ImVec2(width, 0), ready, reason) || enter) {
        submit(ctx);
    }
    widgets::end_card();
}

void JoinScreen::submit(ScreenContext& ctx) {
    auto address = parse_server_address(form_.address);
    if (!address || ctx.sessions() == nullptr) {
        return;
    }
    Settings remembered = ctx.settings();
    remembered.last_server = format_server_address(*address);
    remembered.player_name = clean_player_name(form_.name);
    ctx.change_settings(remembered);

    JoinRequest request;
    request.host = address->host;
    request.port = address->port;
    request.code = normalise_join_code(form_.code);
    request.player_name = remembered.player_name;
    ctx.sessions()->join(request);
}

} // namespace hr::client
