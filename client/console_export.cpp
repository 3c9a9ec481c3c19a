#include "console_export.hpp"

#include "debrief/export_bundle.hpp"
#include "debrief/game_replay.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <cstring>
#include <imgui.h>

namespace hr::client {

namespace {

bool refuses_export(const std::optional<proto::Error>& error) {
    return error && error->about == static_cast<std::uint16_t>(proto::MessageType::ExportRequest);
}

} // namespace

ConsoleExport::ConsoleExport() {
    const std::string dir = default_export_dir().string();
    std::strncpy(dir_.data(), dir.c_str(), dir_.size() - 1);
}

void ConsoleExport::request(SessionActions& session, const std::filesystem::path& dir) {
    const SessionModel& model = session.model();
    waiting_ = Waiting{dir, model.room_records, model.last_error};
    outcome_.reset();
    session.send(proto::ExportRequest{});
}

void ConsoleExport::poll(const SessionModel& model, const Translations& tr) {
    if (!waiting_) {
        return;
    }
    if (refuses_export(model.last_error) &&
        (!refuses_export(waiting_->error_before) ||
         model.last_error->text != waiting_->error_before->text)) {
        outcome_ = ExportOutcome{{}, {}, model.last_error->text};
        waiting_.reset();
        return;
    }
    if (model.room_records == waiting_->records_before || !model.room_record) {
        return;
    }
    const proto::RoomRecord& record = *model.room_record;
    const Waiting asked = *waiting_;
    waiting_.reset();
    if (!model.scenario || model.scenario->id != record.settings.scenario) {
        outcome_ = ExportOutcome{
            {}, {}, "the scenario " + record.settings.scenario + " is not installed here"};
        return;
    }
    const debrief::GameRecord game =
        debrief::replay_game(debrief::game_log(record, model.scenario));
    const auto what_if = what_if_of(model.what_if);
    outcome_ =
        write_export(debrief::export_bundle(game, report_texts(tr), what_if ? &*what_if : nullptr),
                     asked.dir, record.code);
    if (outcome_->problem.empty() && !game.problems.empty()) {
        // Written, with the disagreement inside; the console says it too.
        outcome_->problem = game.problems.front();
    }
}

void ConsoleExport::draw_button(ScreenContext& ctx, SessionActions& session, ImVec2 size) {
    const Translations& tr = ctx.tr();
    poll(session.model(), tr);
    ImGui::BeginDisabled(waiting());
    if (ImGui::Button(tr(waiting() ? "facilitator.room_export_waiting" : "debrief.export"), size)) {
        open_ = true;
    }
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        widgets::tooltip(tr("facilitator.room_export_hint"));
    }
    draw_popup(ctx, session);
}

void ConsoleExport::draw_outcome(ScreenContext& ctx) {
    if (!outcome_) {
        return;
    }
    const Translations& tr = ctx.tr();
    if (!outcome_->files.empty()) {
        std::string files;
        for (const auto& f : outcome_->files) {
            files += (files.empty() ? "" : ", ") + f.filename().string();
        }
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored(
            theme::to_imvec4(theme::kAccentActive), "%s",
            tr.format("debrief.exported", {{"folder", outcome_->folder.string()}, {"files", files}})
                .c_str());
        ImGui::PopTextWrapPos();
    }
    if (!outcome_->problem.empty()) {
        widgets::error_wrapped(
            tr.format("debrief.export_failed", {{"reason", outcome_->problem}}).c_str());
    }
}

void ConsoleExport::draw_popup(ScreenContext& ctx, SessionActions& session) {
    const Translations& tr = ctx.tr();
    if (open_) {
        ImGui::OpenPopup("###console_export");
        open_ = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(560 * ctx.ui_scale(), 0));
    if (!ImGui::BeginPopupModal((tr.text("debrief.export_title") + "###console_export").c_str(),
                                nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
        return;
    }
    widgets::muted_wrapped(tr("debrief.export_intro"));
    widgets::muted_wrapped(tr("facilitator.room_export_hint"));
    ImGui::Spacing();
    widgets::field_label(ctx.fonts(), tr("debrief.export_folder"));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##folder", dir_.data(), dir_.size());
    ImGui::Spacing();
    if (widgets::primary_button(tr("debrief.export_go"), ImVec2(0, 0), dir_[0] != '\0')) {
        request(session, std::filesystem::path(dir_.data()));
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("debrief.export_cancel"))) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

} // namespace hr::client
