#include "news_chat_panel.hpp"

#include "concept_names.hpp"
#include "concept_term.hpp"
#include "figures.hpp"

#include <algorithm>
#include <cctype>

namespace hr::client {

namespace {

// The numbers in a text, in order ("3 members needed, 1 willing" -> 3, 1).
std::vector<std::string> numbers_in(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    for (const char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
            current += c;
        } else if (!current.empty()) {
            out.push_back(current);
            current.clear();
        }
    }
    if (!current.empty()) {
        out.push_back(current);
    }
    return out;
}

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

std::string param(const NewsItem& item, std::size_t i) {
    return i < item.params.size() ? item.params[i] : std::string();
}

// A bullet line: a coloured mark, then wrapped text.
void bullet(theme::Rgb mark, std::string_view text) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float r = ImGui::GetFontSize() * 0.2f;
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(pos.x + r, pos.y + ImGui::GetTextLineHeight() * 0.5f), r, theme::to_imu32(mark));
    ImGui::Indent(r * 4);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::Unindent(r * 4);
}

void announcement(const FontSet& fonts, const Translations& tr, const proto::ChatLine& line) {
    ui::Box box(ImGui::GetFontSize() / kBodyPixels);
    ImGui::PushFont(fonts.bold);
    ui::coloured(theme::kHighlight, tr.format("chat.announcement", {{"from", line.from}}));
    ImGui::PopFont();
    ImGui::TextUnformatted(line.text.c_str());
    box.end(theme::kPanelRaised, theme::kHighlight);
}

} // namespace

std::string event_title(const Translations& tr, const Scenario& scenario, const std::string& id) {
    if (const EventSpec* e = scenario.event(id)) {
        const std::string& title = e->title.in(language_code(tr.language()));
        if (!title.empty()) {
            return title;
        }
    }
    return id;
}

std::string event_description(const Translations& tr, const Scenario& scenario,
                              const std::string& id) {
    if (const EventSpec* e = scenario.event(id)) {
        return e->description.in(language_code(tr.language()));
    }
    return {};
}

std::string news_text(const Translations& tr, const Scenario& scenario, const NewsItem& item) {
    if (item.key == "news.event") {
        return event_title(tr, scenario, param(item, 0));
    }
    if (item.key == "news.bankrupt") {
        return tr.format("news.bankrupt", {{"firm", param(item, 0)}});
    }
    if (item.key == "news.acquired" || item.key == "news.label_vetoed" ||
        item.key == "news.relocation") {
        return tr.format(item.key, {{"firm", param(item, 0)},
                                    {"buyer", buyer_name(tr, scenario, param(item, 1))}});
    }
    std::string joined;
    for (const std::string& p : item.params) {
        joined += (joined.empty() ? "" : ", ") + p;
    }
    return tr.format("news.other", {{"text", item.key + (joined.empty() ? "" : ": " + joined)}});
}

std::string joint_outcome_text(const Translations& tr, const JointActionOutcome& outcome) {
    const std::string name = concept_name(tr, outcome.type);
    if (outcome.active) {
        return tr.format("news.joint_active",
                         {{"action", name},
                          {"members", std::to_string(outcome.members.size())},
                          {"share", money_text(tr, outcome.share_per_member)}});
    }
    const std::string& why = outcome.why_not;
    std::string reason;
    if (starts_with(why, "no members yet")) {
        reason = tr.text("news.why.no_members");
    } else if (starts_with(why, "vetoed by the lead firm")) {
        reason = tr.text("news.why.vetoed");
    } else if (starts_with(why, "needs public co-funding")) {
        reason = tr.text("news.why.needs_policy");
    } else if (starts_with(why, "the public budget cannot fund")) {
        reason = tr.text("news.why.budget");
    } else if (const auto n = numbers_in(why);
               n.size() >= 2 && why.find("members needed") != std::string::npos) {
        reason = tr.format("news.why.members", {{"needed", n[0]}, {"willing", n[1]}});
    } else {
        reason = why;
    }
    return tr.format("news.joint_idle", {{"action", name}, {"reason", reason}});
}

void draw_round_news(const RoundFrame& f, const proto::RoundResults& results) {
    const Translations& tr = f.tr;
    const Scenario& sc = f.scenario();
    for (const AppliedEvent& e : results.events) {
        ImGui::PushFont(f.fonts.bold);
        bullet(theme::kRoads.low_road, event_title(tr, sc, e.id));
        ImGui::PopFont();
        const std::string about = event_description(tr, sc, e.id);
        if (!about.empty()) {
            ImGui::Indent(ImGui::GetFontSize() * 0.8f);
            ui::muted(about);
            ImGui::Unindent(ImGui::GetFontSize() * 0.8f);
        }
    }
    for (const NewsItem& item : results.news) {
        if (item.key != "news.event") {
            bullet(theme::kHighlight, news_text(tr, sc, item));
        }
    }
    for (const JointActionOutcome& o : results.joint_actions) {
        const bool ours = std::find(o.members.begin(), o.members.end(), f.firm) != o.members.end();
        // The actions that ran, and those of the firm's that did not (with the reason).
        if (o.active || ours) {
            bullet(o.active ? theme::kRoads.high_road : theme::kRoads.stagnation,
                   joint_outcome_text(tr, o));
        }
    }
}

void NewsChatPanel::draw_news(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const SessionModel& m = f.model;
    // The facilitator's latest announcement stays on top of the news.
    for (auto it = m.chat.rbegin(); it != m.chat.rend(); ++it) {
        if (it->announcement) {
            announcement(f.fonts, tr, *it);
            break;
        }
    }
    bool announced = false;
    for (const proto::RoomEvent& e : m.snapshot->events) {
        if (e.round != f.round) {
            continue;
        }
        if (!announced) {
            ui::section(f.fonts, tr("news.this_round"));
            announced = true;
        }
        ImGui::PushFont(f.fonts.bold);
        bullet(theme::kRoads.low_road, event_title(tr, f.scenario(), e.id));
        ImGui::PopFont();
        ui::muted(event_description(tr, f.scenario(), e.id));
    }
    if (m.results.empty()) {
        ui::section(f.fonts, tr("news.title"));
        ui::muted(tr("news.first_round"));
        return;
    }
    const proto::RoundResults& last = m.results.back();
    if (last.own && last.own->forecast.available) {
        const MarketForecast& fc = last.own->forecast;
        ui::section(f.fonts, tr("news.forecast"), tr, "glossary.market_research");
        bullet(
            theme::kAccentHover,
            tr.format("news.forecast_prices",
                      {{"price", price_text(tr, fc.p_comp_next)},
                       {"demand", signed_percent(fc.demand_low_factor_next - 1.0, 0, f.lang())}}));
        for (const std::string& id : fc.scheduled_events) {
            bullet(theme::kAccentHover, tr.format("news.forecast_event",
                                                  {{"event", event_title(tr, f.scenario(), id)}}));
        }
    }
    ui::section(f.fonts,
                tr.format("news.round_title", {{"round", std::to_string(last.round)}}).c_str());
    draw_round_news(f, last);
    if (last.events.empty() && last.news.empty()) {
        ui::muted(tr("news.quiet"));
    }
}

void NewsChatPanel::draw_chat(const RoundFrame& f, SessionActions& session) {
    const Translations& tr = f.tr;
    ui::section(f.fonts, tr("chat.title"));
    const float input_height = ImGui::GetFrameHeightWithSpacing() + f.px(4);
    ImGui::BeginChild("##chat_lines", ImVec2(0, -input_height), false);
    if (f.model.chat.empty()) {
        ui::muted(tr("chat.empty"));
    }
    for (const proto::ChatLine& line : f.model.chat) {
        if (line.announcement) {
            announcement(f.fonts, tr, line);
            continue;
        }
        const bool mine = line.firm && *line.firm == f.firm;
        ImGui::PushFont(f.fonts.bold);
        ui::coloured(mine ? theme::kAccentActive : theme::kRoads.high_road, line.from);
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(line.text.c_str());
        ImGui::PopTextWrapPos();
    }
    // New lines scroll into view unless the player scrolled up to read older ones.
    if (f.model.chat.size() != lines_shown_ &&
        (lines_shown_ == 0 || ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - f.px(30))) {
        ImGui::SetScrollHereY(1.0f);
    }
    lines_shown_ = f.model.chat.size();
    ImGui::EndChild();
    const float button = 90.0f * f.scale;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button - f.px(8));
    const bool entered =
        ImGui::InputTextWithHint("##chat_input", tr("chat.hint"), input_.data(), input_.size(),
                                 ImGuiInputTextFlags_EnterReturnsTrue);
    if (entered) {
        ImGui::SetKeyboardFocusHere(-1); // keep typing after Enter
    }
    ImGui::SameLine();
    const bool has_text = input_[0] != '\0';
    if ((ui::action_button(tr("chat.send"), button, true, has_text) || entered) && has_text) {
        session.send(proto::Chat{std::string(input_.data())});
        input_.fill('\0');
    }
}

} // namespace hr::client
