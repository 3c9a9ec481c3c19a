#include "debrief_screen.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "debrief/export_bundle.hpp"
#include "debrief_tables.hpp"
#include "figures.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <cstring>
#include <imgui.h>

namespace hr::client {

namespace {

constexpr std::array<std::string_view, 5> kTabKeys{"debrief.tab.roads", "debrief.tab.scores",
                                                   "debrief.tab.cluster", "debrief.tab.questions",
                                                   "debrief.tab.what_if"};
constexpr std::array<const char*, 5> kTabIds{"###roads", "###scores", "###cluster", "###questions",
                                             "###what_if"};

std::string scenario_title(const SessionModel& model, Language lang) {
    if (model.scenario) {
        return model.scenario->title.in(language_code(lang));
    }
    if (model.snapshot) {
        return model.snapshot->scenario;
    }
    return model.joined ? model.joined->scenario : std::string();
}

} // namespace

DebriefScreen::DebriefScreen(SessionActions& session) : session_(session), what_if_(session) {
    const std::string dir = default_export_dir().string();
    std::strncpy(export_dir_.data(), dir.c_str(), export_dir_.size() - 1);
}

std::optional<FirmId> DebriefScreen::own_firm() const {
    const SessionModel& model = session_.model();
    if (model.joined && (model.joined->roles & proto::kRolePlayer) != 0) {
        return model.joined->firm;
    }
    return std::nullopt;
}

void DebriefScreen::rebuild() {
    const SessionModel& model = session_.model();
    if (!model.game_over) {
        record_.reset();
        built_hash_.reset();
        return;
    }
    if (built_hash_ == model.game_over->state_hash && built_results_ == model.results.size()) {
        return;
    }
    built_hash_ = model.game_over->state_hash;
    built_results_ = model.results.size();
    const Money budget = model.snapshot ? model.snapshot->public_budget
                                        : (model.scenario ? model.scenario->policy.budget : 0);
    debrief::GameRecord record = debrief::record_from_messages(
        model.joined ? model.joined->code : std::string(),
        model.snapshot ? model.snapshot->scenario
                       : (model.joined ? model.joined->scenario : std::string()),
        model.scenario, *model.game_over, model.results, budget);
    answers_ = debrief::answer_research_questions(record.input);

    std::vector<proto::PublicFirm> firms;
    if (model.snapshot) {
        firms = model.snapshot->firms;
    } else if (!model.results.empty()) {
        firms = model.results.back().firms;
    }
    road_data_ = road_map_data(record.game_over, own_firm(), firms);

    std::vector<std::vector<FirmRecord>> histories;
    std::vector<FirmRecord> own_history;
    std::string own_name;
    for (const auto& s : record.game_over.scores) {
        histories.push_back(s.history);
        if (own_firm() == s.firm) {
            own_history = s.history;
            own_name = s.name;
        }
    }
    chart_data_ = round_charts_data(own_history, own_name, record.game_over.cluster_history,
                                    histories, record.game_over.rounds_played);
    record_ = std::move(record);
}

const ExportOutcome& DebriefScreen::export_to(const std::filesystem::path& dir,
                                              const Translations& tr) {
    if (record_) {
        // A what-if the class asked for goes beside the game in the report.
        const auto what_if = what_if_of(session_.model().what_if);
        exported_ = write_export(
            debrief::export_bundle(*record_, report_texts(tr), what_if ? &*what_if : nullptr), dir,
            record_->room_code);
    } else {
        exported_ = ExportOutcome{{}, {}, "the game is not over"};
    }
    return *exported_;
}

void DebriefScreen::draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) {
    if (!record_) {
        return;
    }
    const Translations& tr = ctx.tr();
    // The pictures change with the game, the language, the scale and the mouse only.
    PictureKey key;
    key.add(built_hash_.value_or(0))
        .add(static_cast<std::uint64_t>(built_results_))
        .add(static_cast<double>(scale_))
        .add(language_code(tr.language()));
    if (tab_ == Tab::Roads) {
        key.add(static_cast<std::uint64_t>(road_hover_.has_value()));
        if (road_hover_) {
            key.add(static_cast<std::uint64_t>(road_hover_->firm.value_or(0xFFFF)))
                .add(static_cast<std::uint64_t>(road_hover_->round));
        }
        road_panel_.render(
            target,
            [&](sf::RenderTarget& t, sf::FloatRect area) {
                road_map_.draw(t, road_data_, area, scale_, tr, road_hover_);
            },
            key.value());
    } else if (tab_ == Tab::Cluster) {
        key.add(static_cast<std::uint64_t>(chart_hover_.has_value()));
        if (chart_hover_) {
            key.add(static_cast<std::uint64_t>(chart_hover_->metric))
                .add(static_cast<std::uint64_t>(chart_hover_->round));
        }
        chart_panel_.render(
            target,
            [&](sf::RenderTarget& t, sf::FloatRect area) {
                charts_.draw(t, chart_data_, area, scale_, tr,
                             {kAllChartMetrics.begin(), kAllChartMetrics.end()}, chart_hover_);
            },
            key.value());
    } else if (tab_ == Tab::WhatIf) {
        what_if_.render(target, tr, scale_);
    }
}

void DebriefScreen::draw_header(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const SessionModel& model = session_.model();
    const Language lang = tr.language();

    const float button_w = ImGui::CalcTextSize(tr("debrief.export")).x +
                           ImGui::CalcTextSize(tr("debrief.leave")).x +
                           ImGui::GetStyle().FramePadding.x * 4 + ImGui::GetStyle().ItemSpacing.x;
    ImGui::BeginGroup();
    widgets::heading(
        fonts, tr.format("debrief.title", {{"scenario", scenario_title(model, lang)}}).c_str());
    if (record_) {
        const auto& over = record_->game_over;
        ImGui::TextDisabled(
            "%s", tr.format("debrief.summary", {{"rounds", std::to_string(over.rounds_played)},
                                                {"firms", std::to_string(over.scores.size())}})
                      .c_str());
        if (!over.cluster_history.empty()) {
            ImGui::SameLine();
            Road road = over.cluster_history.back().road;
            ImGui::TextColored(theme::to_imvec4(theme::road_colour(road)), "%s",
                               concept_name(tr, road).c_str());
            if (ImGui::IsItemHovered()) {
                concept_tooltip(tr, glossary_key(road));
            }
        }
    }
    ImGui::EndGroup();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - button_w);
    if (widgets::primary_button(tr("debrief.export"), ImVec2(0, 0), record_.has_value())) {
        open_export_ = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("debrief.leave"))) {
        session_.leave();
        ctx.reset_to(ScreenId::Home);
    }
    if (exported_) {
        if (exported_->problem.empty()) {
            std::string files;
            for (const auto& f : exported_->files) {
                files += (files.empty() ? "" : ", ") + f.filename().string();
            }
            const std::string folder = exported_->folder.string();
            ImGui::TextColored(
                theme::to_imvec4(theme::kAccentActive), "%s",
                tr.format("debrief.exported", {{"folder", folder}, {"files", files}}).c_str());
        } else {
            widgets::error_wrapped(
                tr.format("debrief.export_failed", {{"reason", exported_->problem}}).c_str());
        }
    }
    draw_export_popup(ctx);
}

void DebriefScreen::draw_export_popup(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    if (open_export_) {
        ImGui::OpenPopup("###export");
        open_export_ = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(560 * scale_, 0));
    if (!ImGui::BeginPopupModal((tr.text("debrief.export_title") + "###export").c_str(), nullptr,
                                ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
        return;
    }
    widgets::muted_wrapped(tr("debrief.export_intro"));
    ImGui::Spacing();
    widgets::field_label(ctx.fonts(), tr("debrief.export_folder"));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputText("##folder", export_dir_.data(), export_dir_.size());
    ImGui::Spacing();
    if (widgets::primary_button(tr("debrief.export_go"), ImVec2(0, 0), export_dir_[0] != '\0')) {
        export_to(std::filesystem::path(export_dir_.data()), ctx.tr());
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("debrief.export_cancel"))) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void DebriefScreen::draw_roads(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const float caption = ImGui::GetTextLineHeightWithSpacing() * 2.2f;
    ImVec2 size = ImGui::GetContentRegionAvail();
    size.y = std::max(100.0f, size.y - caption);
    road_hover_.reset();
    if (auto mouse = road_panel_.show(size)) {
        road_hover_ = road_map_.hit_test(*mouse);
        if (road_hover_) {
            road_map_tooltip(tr, road_data_, *road_hover_);
        }
    }
    widgets::muted_wrapped(tr("debrief.roads_caption"));
}

void DebriefScreen::draw_cluster(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const Language lang = tr.language();
    const SessionModel& model = session_.model();
    if (!model.results.empty()) {
        const RoadVerdict& v = model.results.back().cluster_road;
        ImGui::TextUnformatted(
            tr.format("debrief.cluster_verdict",
                      {{"exports", signed_percent(v.export_change, 0, lang)},
                       {"wages", signed_percent(v.wage_change, 0, lang)},
                       {"unit_value", signed_percent(v.unit_value_change, 0, lang)},
                       {"capability", capability_points(v.capability_change, lang)}})
                .c_str());
    }
    chart_hover_.reset();
    if (auto mouse = chart_panel_.show(ImGui::GetContentRegionAvail())) {
        chart_hover_ = charts_.hit_test(*mouse);
        if (chart_hover_) {
            round_charts_tooltip(tr, chart_data_, *chart_hover_);
        }
    }
}

void DebriefScreen::draw_questions(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    // The three questions on the left, one answer at a time on the right: the class discusses
    // them in turn.
    const float list_w = ImGui::GetContentRegionAvail().x * 0.27f;
    const ImVec2 pad = ImGui::GetStyle().FramePadding;
    ImGui::BeginChild("##question_list", ImVec2(list_w, 0));
    for (int q = 0; q < kResearchQuestions; ++q) {
        const bool selected = question_ == q;
        const char* title = tr(research_question_key(q));
        const float wrap = list_w - 2 * pad.x;
        ImGui::PushFont(fonts.bold);
        const ImVec2 size = ImGui::CalcTextSize(title, nullptr, false, wrap);
        ImGui::PopFont();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushStyleColor(ImGuiCol_Header, theme::to_imvec4(theme::kAccent));
        ImGui::PushStyleColor(
            ImGuiCol_HeaderHovered,
            theme::to_imvec4(selected ? theme::kAccentHover : theme::kFieldHover));
        ImGui::PushStyleColor(ImGuiCol_HeaderActive, theme::to_imvec4(theme::kAccentActive));
        ImGui::PushID(q);
        if (ImGui::Selectable("##question", selected, ImGuiSelectableFlags_None,
                              ImVec2(list_w, size.y + 2 * pad.y))) {
            question_ = q;
        }
        ImGui::PopID();
        ImGui::PopStyleColor(3);
        ImGui::GetWindowDrawList()->AddText(
            fonts.bold, fonts.bold->FontSize, ImVec2(at.x + pad.x, at.y + pad.y),
            theme::to_imu32(selected ? theme::kText : theme::kTextMuted), title, nullptr, wrap);
        ImGui::Spacing();
    }
    ImGui::EndChild();
    ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 2);
    ImGui::BeginChild("##answer");
    draw_research_answer(tr, fonts, answers_, question_);
    ImGui::EndChild();
}

void DebriefScreen::draw_ui(ScreenContext& ctx) {
    rebuild();
    scale_ = ctx.ui_scale();
    const Translations& tr = ctx.tr();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("###debrief", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    draw_header(ctx);
    if (!record_) {
        ImGui::Spacing();
        widgets::muted_wrapped(tr("debrief.not_over"));
        ImGui::End();
        return;
    }
    ImGui::Spacing();
    if (ImGui::BeginTabBar("##debrief_tabs")) {
        for (std::size_t i = 0; i < kTabKeys.size(); ++i) {
            const auto tab = static_cast<Tab>(i);
            ImGuiTabItemFlags flags =
                requested_ == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
            const std::string label = tr.text(kTabKeys[i]) + kTabIds[i];
            if (!ImGui::BeginTabItem(label.c_str(), nullptr, flags)) {
                continue;
            }
            tab_ = tab;
            ImGui::Spacing();
            switch (tab) {
            case Tab::Roads:
                draw_roads(ctx);
                break;
            case Tab::Scores: {
                ImGui::BeginChild("##scores");
                const ScoreWeights weights =
                    session_.model().scenario ? session_.model().scenario->score : ScoreWeights{};
                draw_final_scores(tr, ctx.fonts(), record_->game_over, own_firm(), weights);
                ImGui::EndChild();
                break;
            }
            case Tab::Cluster:
                draw_cluster(ctx);
                break;
            case Tab::Questions:
                draw_questions(ctx);
                break;
            case Tab::WhatIf:
                what_if_.draw(ctx, record_->game_over, own_firm());
                break;
            }
            ImGui::EndTabItem();
        }
        requested_.reset();
        ImGui::EndTabBar();
    }
    ImGui::End();
}

} // namespace hr::client
