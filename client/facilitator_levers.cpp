// What the facilitator changes during the game: the policy levers (paid from the public budget),
// the scenario's events to inject, and announcements to the room.
#include "concept_term.hpp"
#include "core/scenario.hpp"
#include "facilitator_screen.hpp"
#include "room_widgets.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <imgui_stdlib.h>

namespace hr::client {

namespace {

constexpr Money kLeverStep = 1000; // sliders move in thousands of dollars

std::string dollars(Money m) {
    std::string digits = std::to_string(m < 0 ? -m : m);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return (m < 0 ? "-$" : "$") + digits;
}

// A money lever as a slider in whole thousands, with its concept word and an explanation.
bool money_lever(const Translations& tr, const char* concept_key, const char* label_key,
                 const char* id, Money& value, Money max) {
    concept_term(tr, concept_key);
    ImGui::SameLine();
    widgets::muted_wrapped(tr(label_key));
    int thousands = static_cast<int>(value / kLeverStep);
    const std::string format = "$%d,000";
    ImGui::SetNextItemWidth(-1.0f);
    const bool changed =
        ImGui::SliderInt(id, &thousands, 0, static_cast<int>(max / kLeverStep),
                         thousands == 0 ? tr("facilitator.lever_off") : format.c_str(),
                         ImGuiSliderFlags_AlwaysClamp);
    if (changed) {
        value = static_cast<Money>(thousands) * kLeverStep;
    }
    return changed;
}

} // namespace

void FacilitatorScreen::load_policy() {
    const SessionModel& m = session_.model();
    if (m.snapshot && (!policy_loaded_ || !policy_edited_)) {
        policy_ = m.snapshot->policy;
        policy_loaded_ = true;
        policy_edited_ = false;
    }
}

void FacilitatorScreen::draw_policy(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    load_policy();
    if (!m.snapshot || !m.scenario) {
        widgets::muted_wrapped(tr("facilitator.no_numbers"));
        return;
    }
    const auto& snap = *m.snapshot;
    const PolicyBudget& budget = m.scenario->policy;
    const Money left = std::max<Money>(0, snap.public_budget - snap.public_spent);

    ImGui::BeginChild("##policy_scroll", ImVec2(0, 0), false);
    // The public budget: what is spent and what is left for the rest of the game.
    concept_term(tr, "glossary.group_support", fonts.bold);
    ImGui::SameLine();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(tr("facilitator.budget"));
    ImGui::PopFont();
    const std::string budget_line =
        tr.format("facilitator.budget_line", {{"spent", dollars(snap.public_spent)},
                                              {"total", dollars(snap.public_budget)},
                                              {"left", dollars(left)}});
    ImGui::TextUnformatted(budget_line.c_str());
    const float used = snap.public_budget > 0 ? static_cast<float>(snap.public_spent) /
                                                    static_cast<float>(snap.public_budget)
                                              : 0.0f;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::to_imvec4(theme::kHighlight));
    ImGui::ProgressBar(std::clamp(used, 0.0f, 1.0f), ImVec2(-1.0f, 10.0f * s), "");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();

    bool changed = false;
    // Group support: co-financing of joint actions, in percent of their cost.
    concept_term(tr, "glossary.co_financing");
    ImGui::SameLine();
    widgets::muted_wrapped(tr("facilitator.cofinancing_hint"));
    int percent = static_cast<int>(policy_.cofinancing_share * 100.0 + 0.5);
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderInt("##cofinancing", &percent, 0,
                         static_cast<int>(budget.max_cofinancing * 100.0 + 0.5), "%d %%",
                         ImGuiSliderFlags_AlwaysClamp)) {
        policy_.cofinancing_share = percent / 100.0;
        changed = true;
    }
    ImGui::Spacing();
    // Individual support: a grant to every firm each round.
    const Money per_round_cap = std::max<Money>(kLeverStep * 10, snap.public_budget / 4);
    const std::size_t firms = std::max<std::size_t>(1, snap.firms.size());
    changed |=
        money_lever(tr, "glossary.individual_support", "facilitator.grant_hint", "##grant",
                    policy_.grant_per_firm,
                    std::max<Money>(kLeverStep * 5, per_round_cap / static_cast<Money>(firms)));
    ImGui::Spacing();
    concept_term(tr, "glossary.service_centre");
    ImGui::SameLine();
    const std::string centre_hint = tr.format("facilitator.service_centre_hint",
                                              {{"cost", dollars(budget.service_centre_cost)}});
    widgets::muted_wrapped(centre_hint.c_str());
    if (ImGui::Checkbox(tr("facilitator.service_centre_on"), &policy_.service_centre)) {
        changed = true;
    }
    ImGui::Spacing();
    changed |= money_lever(tr, "glossary.skill_pool", "facilitator.training_hint", "##training",
                           policy_.training_programme, per_round_cap);
    ImGui::Spacing();
    changed |= money_lever(tr, "glossary.trade_fair", "facilitator.export_hint", "##export",
                           policy_.export_promotion, per_round_cap);
    policy_edited_ |= changed;

    // What the levers cost a round at most, before co-financing (which depends on joint actions).
    Money estimate = policy_.grant_per_firm * static_cast<Money>(firms) +
                     policy_.training_programme + policy_.export_promotion;
    if (policy_.service_centre) {
        estimate += budget.service_centre_cost;
    }
    ImGui::Spacing();
    const std::string estimate_line =
        tr.format("facilitator.estimate", {{"cost", dollars(estimate)}});
    ImGui::PushFont(fonts.bold);
    ImGui::TextWrapped("%s", estimate_line.c_str());
    ImGui::PopFont();
    if (estimate > 0 && left > 0) {
        const std::string rounds =
            tr.format("facilitator.estimate_rounds", {{"rounds", std::to_string(left / estimate)}});
        widgets::muted_wrapped(rounds.c_str());
    }
    ImGui::Spacing();
    const bool same = policy_ == snap.policy;
    if (widgets::primary_button(tr("facilitator.apply_policy"), ImVec2(0, 0), !same)) {
        session_.send(proto::SetPolicy{policy_});
        policy_edited_ = false;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(same);
    if (ImGui::Button(tr("facilitator.undo_policy"))) {
        policy_edited_ = false;
        load_policy();
    }
    ImGui::EndDisabled();
    if (m.facilitator && m.facilitator->pending_policy) {
        widgets::muted_wrapped(tr("facilitator.policy_pending"));
    }
    if (m.last_error && m.last_error->code == proto::ErrorCode::InvalidPolicy) {
        widgets::error_wrapped(m.last_error->text.c_str());
    }
    ImGui::EndChild();
}

void FacilitatorScreen::draw_events(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    if (!m.scenario || !m.snapshot) {
        widgets::muted_wrapped(tr("facilitator.no_numbers"));
        return;
    }
    const std::string lang(language_code(tr.language()));
    const bool in_game = m.snapshot->phase == proto::RoomPhase::Running ||
                         m.snapshot->phase == proto::RoomPhase::Paused;
    ImGui::BeginChild("##events_scroll", ImVec2(0, 0), false);
    widgets::muted_wrapped(tr("facilitator.events_hint"));
    ImGui::Spacing();
    for (const EventSpec& event : m.scenario->events) {
        if (!event.injectable) {
            continue;
        }
        ImGui::PushID(event.id.c_str());
        const bool pending =
            m.facilitator &&
            std::find(m.facilitator->pending_events.begin(), m.facilitator->pending_events.end(),
                      event.id) != m.facilitator->pending_events.end();
        ImGui::PushFont(fonts.bold);
        ImGui::TextWrapped("%s", event.title.in(lang).c_str());
        ImGui::PopFont();
        widgets::muted_wrapped(event.description.in(lang).c_str());
        if (event.scheduled_round > 0) {
            const std::string when = tr.format("facilitator.event_scheduled",
                                               {{"round", std::to_string(event.scheduled_round)}});
            widgets::muted_wrapped(when.c_str());
        }
        if (pending) {
            room::pill(tr("facilitator.event_pending"), theme::kHighlight, theme::kBackground);
        } else if (widgets::primary_button(tr("facilitator.inject"), ImVec2(0, 0), in_game,
                                           tr("facilitator.inject_when"))) {
            session_.send(proto::InjectEvent{event.id});
        }
        ImGui::Dummy(ImVec2(0, 2.0f * s));
        ImGui::Separator();
        ImGui::Dummy(ImVec2(0, 2.0f * s));
        ImGui::PopID();
    }
    // What already happened, round by round.
    if (!m.snapshot->events.empty()) {
        ImGui::Separator();
        ImGui::PushFont(fonts.bold);
        ImGui::TextUnformatted(tr("facilitator.events_so_far"));
        ImGui::PopFont();
        for (const proto::RoomEvent& e : m.snapshot->events) {
            const EventSpec* spec = m.scenario->event(e.id);
            const std::string line =
                tr.format(e.injected ? "facilitator.event_line_injected" : "facilitator.event_line",
                          {{"round", std::to_string(e.round)},
                           {"title", spec != nullptr ? spec->title.in(lang) : e.id}});
            ImGui::BulletText("%s", line.c_str());
        }
    }
    ImGui::EndChild();
}

void FacilitatorScreen::draw_messages(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const SessionModel& m = session_.model();
    widgets::muted_wrapped(tr("facilitator.announce_hint"));
    const char* send_label = tr("facilitator.announce");
    const float send_width =
        ImGui::CalcTextSize(send_label).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - send_width -
                            ImGui::GetStyle().ItemSpacing.x);
    const bool enter =
        ImGui::InputTextWithHint("##announcement", tr("facilitator.announce_placeholder"),
                                 &announcement_, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    const bool has_text = announcement_.find_first_not_of(' ') != std::string::npos &&
                          announcement_.size() <= proto::kMaxChatBytes;
    if ((widgets::primary_button(send_label, ImVec2(0, 0), has_text) || enter) && has_text) {
        session_.send(proto::Announce{announcement_});
        announcement_.clear();
    }
    ImGui::Spacing();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(tr("facilitator.chat"));
    ImGui::PopFont();
    ImGui::BeginChild("##chat_log", ImVec2(0, 0), false);
    if (m.chat.empty()) {
        widgets::muted_wrapped(tr("facilitator.chat_empty"));
    }
    for (const proto::ChatLine& line : m.chat) {
        if (line.announcement) {
            ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kHighlight));
        }
        const std::string who = line.from.empty() ? tr.text("facilitator.title") : line.from;
        ImGui::TextWrapped("%s: %s", who.c_str(), line.text.c_str());
        if (line.announcement) {
            ImGui::PopStyleColor();
        }
    }
    if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY()) {
        ImGui::SetScrollHereY(1.0f);
    }
    ImGui::EndChild();
}

} // namespace hr::client
