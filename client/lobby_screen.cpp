#include "lobby_screen.hpp"

#include "concept_term.hpp"
#include "core/scenario.hpp"
#include "room_widgets.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <algorithm>

namespace hr::client {

namespace {

constexpr const char* kKeyIdeas[] = {"glossary.cluster", "glossary.high_road", "glossary.low_road",
                                     "glossary.joint_action", "glossary.global_buyer"};

struct RosterCounts {
    int taken = 0;
    int ready = 0;
};

RosterCounts count(const proto::LobbyRoster& roster) {
    RosterCounts c;
    for (const auto& seat : roster.seats) {
        if (seat.seat != proto::SeatKind::Open) {
            ++c.taken;
        }
        if (seat.seat == proto::SeatKind::Human && seat.ready) {
            ++c.ready;
        }
    }
    return c;
}

} // namespace

void LobbyScreen::update(ScreenContext&, sf::Time dt) {
    backdrop_.update(dt);
}

void LobbyScreen::draw_backdrop(ScreenContext&, sf::RenderTarget& target) {
    backdrop_.draw(target, 0.8f);
}

void LobbyScreen::draw_ui(ScreenContext& ctx) {
    const float s = ctx.ui_scale();
    room::begin_screen("##lobby", 26.0f * s);
    draw_header(ctx);
    ImGui::Spacing();
    const float height = ImGui::GetContentRegionAvail().y;
    draw_roster(ctx, height);
    ImGui::SameLine(0, 18.0f * s);
    ImGui::BeginGroup();
    draw_side(ctx, height);
    ImGui::EndGroup();
    room::end_screen();
}

void LobbyScreen::draw_header(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const SessionModel& m = session_.model();
    const std::string scenario_id = m.joined ? m.joined->scenario : std::string();
    const std::string title = room::scenario_title(tr, m.scenario.get(), scenario_id);

    ImGui::BeginGroup();
    ImGui::PushFont(fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kHighlight));
    ImGui::TextUnformatted(tr("lobby.title"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushFont(fonts.heading);
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextUnformatted(title.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    if (m.roster) {
        const auto& settings = m.roster->settings;
        const std::string line = tr.format(
            "lobby.settings_line", {{"firms", std::to_string(settings.firms)},
                                    {"rounds", std::to_string(settings.rounds)},
                                    {"time", room::clock_text(settings.round_seconds * 1000)}});
        widgets::muted_wrapped(line.c_str());
    }
    ImGui::EndGroup();

    // The room code and the way out, on the right.
    const float s = ctx.ui_scale();
    const std::string code =
        tr.format("lobby.room_code", {{"code", m.joined ? m.joined->code : std::string()}});
    const char* leave = tr("lobby.leave");
    const float leave_width = ImGui::CalcTextSize(leave).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::PushFont(fonts.heading);
    const float code_width = ImGui::CalcTextSize(code.c_str()).x;
    ImGui::PopFont();
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - code_width - leave_width - 30.0f * s);
    ImGui::BeginGroup();
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(code.c_str());
    ImGui::PopFont();
    ImGui::EndGroup();
    ImGui::SameLine(0, 24.0f * s);
    if (ImGui::Button(leave)) {
        session_.leave();
    }
}

void LobbyScreen::draw_roster(ScreenContext& ctx, float height) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    const float width = ImGui::GetContentRegionAvail().x * 0.6f;
    room::begin_card("##roster", ImVec2(width, height));
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(tr("lobby.roster"));
    ImGui::PopFont();
    if (m.roster) {
        const RosterCounts c = count(*m.roster);
        std::string summary =
            tr.format("lobby.summary", {{"taken", std::to_string(c.taken)},
                                        {"total", std::to_string(m.roster->seats.size())},
                                        {"ready", std::to_string(c.ready)}});
        if (m.roster->spectators > 0) {
            summary += "  ·  " + tr.format("lobby.spectators",
                                           {{"count", std::to_string(m.roster->spectators)}});
        }
        widgets::muted_wrapped(summary.c_str());
    }
    ImGui::Spacing();
    if (!m.roster) {
        widgets::muted_wrapped(tr("lobby.waiting_roster"));
        room::end_card();
        return;
    }
    const bool facilitator = m.is_facilitator();
    const int columns = facilitator ? 4 : 3;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_PadOuterX | ImGuiTableFlags_BordersInnerH;
    ImGui::PushStyleColor(ImGuiCol_TableRowBg, theme::to_imvec4(theme::kPanel, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, theme::to_imvec4(theme::kPanelRaised, 0.55f));
    if (ImGui::BeginTable("##seats", columns, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("lobby.col_firm"), ImGuiTableColumnFlags_WidthFixed, 200.0f * s);
        ImGui::TableSetupColumn(tr("lobby.col_player"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr("lobby.col_status"), ImGuiTableColumnFlags_WidthFixed,
                                120.0f * s);
        if (facilitator) {
            ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, 90.0f * s);
        }
        ImGui::PushFont(fonts.bold);
        ImGui::TableHeadersRow();
        ImGui::PopFont();
        for (const proto::RosterSeat& seat : m.roster->seats) {
            draw_seat_row(ctx, seat);
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleColor(2);
    room::end_card();
}

void LobbyScreen::draw_seat_row(ScreenContext& ctx, const proto::RosterSeat& seat) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const SessionModel& m = session_.model();
    const bool mine = m.own_firm() == seat.firm;
    ImGui::PushID(static_cast<int>(seat.firm));
    ImGui::TableNextRow(0, ImGui::GetFrameHeight() * 1.4f);
    if (mine) {
        ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, theme::to_imu32(theme::kAccent, 0.35f));
    }

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(seat.firm_name.c_str());
    ImGui::PopFont();
    if (mine) {
        ImGui::SameLine();
        room::pill(tr("lobby.you"), theme::kHighlight, theme::kBackground);
    }

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (seat.seat == proto::SeatKind::Bot || seat.bot_controlled) {
        const std::string name = room::bot_name(tr, seat.archetype, seat.difficulty);
        if (seat.seat == proto::SeatKind::Human) {
            const std::string line =
                tr.format("lobby.bot_for", {{"player", seat.player}, {"bot", name}});
            ImGui::TextWrapped("%s", line.c_str());
        } else {
            ImGui::TextWrapped("%s", name.c_str());
        }
        // The description right under the name, as one entry.
        ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x,
                                         ImGui::GetItemRectMax().y + 3.0f * ctx.ui_scale()));
        widgets::muted_wrapped(room::bot_description(tr, seat.archetype));
    } else if (seat.seat == proto::SeatKind::Human) {
        ImGui::TextUnformatted(seat.player.c_str());
    } else {
        const bool filled = m.roster && m.roster->settings.fill_with_bots;
        widgets::muted_wrapped(filled ? tr("lobby.open_seat_bots") : tr("lobby.open_seat"));
    }

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (seat.seat == proto::SeatKind::Bot) {
        room::pill(tr("lobby.status_bot"), theme::kField, theme::kHighlight);
    } else if (seat.seat == proto::SeatKind::Human && !seat.connected) {
        room::pill(tr("lobby.status_away"), theme::kDanger, theme::kBackground);
    } else if (seat.seat == proto::SeatKind::Human && seat.ready) {
        room::pill(tr("lobby.status_ready"), theme::kAccentActive, theme::kText);
    } else if (seat.seat == proto::SeatKind::Human) {
        room::pill(tr("lobby.status_not_ready"), theme::kField, theme::kTextMuted);
    } else {
        room::pill(tr("lobby.status_open"), theme::kBackground, theme::kTextMuted);
    }

    if (m.is_facilitator()) {
        ImGui::TableNextColumn();
        ImGui::AlignTextToFramePadding();
        if (seat.seat != proto::SeatKind::Open && ImGui::SmallButton(tr("lobby.remove_bot"))) {
            if (seat.seat == proto::SeatKind::Human) {
                session_.send(proto::Kick{seat.firm});
            } else {
                session_.send(proto::RemoveBot{seat.firm});
            }
        }
        if (seat.seat != proto::SeatKind::Open && ImGui::IsItemHovered()) {
            widgets::tooltip(tr("lobby.remove_hint"));
        }
    }
    ImGui::PopID();
}

void LobbyScreen::draw_side(ScreenContext& ctx, float height) {
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImGuiStyle& style = ImGui::GetStyle();
    float actions = 0;
    if (m.is_facilitator()) {
        actions = ImGui::GetFrameHeightWithSpacing() * 4 +
                  ImGui::GetTextLineHeightWithSpacing() * 3 + style.WindowPadding.y * 2;
    } else if (m.is_player()) {
        actions = ImGui::GetFrameHeightWithSpacing() * 1.6f +
                  ImGui::GetTextLineHeightWithSpacing() * 2 + style.WindowPadding.y * 2;
    }
    if (m.is_facilitator() && m.joined) {
        // The facilitator knows the briefing; the room needs to know how to join.
        const float code_height = height - actions - style.ItemSpacing.y;
        room::begin_card("##join_code", ImVec2(width, code_height));
        room::join_code_panel(ctx.tr(), ctx.fonts(), s, join_addresses(hosting_, m),
                              join_port(hosting_, m), m.joined->code, true);
        room::end_card();
    } else {
        draw_briefing(ctx, height - actions - (actions > 0 ? style.ItemSpacing.y : 0));
    }
    if (actions <= 0) {
        return;
    }
    room::begin_card("##lobby_actions", ImVec2(width, actions));
    if (m.is_facilitator()) {
        draw_facilitator_actions(ctx);
    } else {
        draw_player_actions(ctx);
    }
    room::end_card();
}

void LobbyScreen::draw_briefing(ScreenContext& ctx, float height) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const SessionModel& m = session_.model();
    room::begin_card("##briefing", ImVec2(ImGui::GetContentRegionAvail().x, height));
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(tr("lobby.briefing"));
    ImGui::PopFont();
    ImGui::Spacing();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(tr("lobby.key_ideas"));
    ImGui::PopFont();
    // The concept words flow like a sentence, wrapping at the card's edge.
    const float right = ImGui::GetWindowContentRegionMax().x + ImGui::GetWindowPos().x;
    bool first = true;
    for (const char* key : kKeyIdeas) {
        const std::string term_key = std::string(key) + ".term";
        const float width = ImGui::CalcTextSize(tr(term_key)).x;
        if (!first) {
            ImGui::SameLine(0, 0);
            const float x = ImGui::GetCursorScreenPos().x;
            if (x + width + ImGui::GetFontSize() * 1.5f > right) {
                ImGui::NewLine();
            } else {
                ImGui::TextUnformatted("  ·  ");
                ImGui::SameLine(0, 0);
            }
        }
        concept_term(tr, key);
        first = false;
    }
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    if (m.scenario) {
        const std::string& text = m.scenario->briefing.in(language_code(tr.language()));
        ImGui::TextWrapped("%s", text.c_str());
    } else {
        const std::string missing =
            tr.format("lobby.no_scenario", {{"id", m.joined ? m.joined->scenario : std::string()}});
        widgets::muted_wrapped(missing.c_str());
    }
    room::end_card();
}

void LobbyScreen::draw_player_actions(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    bool ready = false;
    if (m.roster && m.own_firm() && *m.own_firm() < m.roster->seats.size()) {
        ready = m.roster->seats[*m.own_firm()].ready;
    }
    const ImVec2 size(-1.0f, ImGui::GetFrameHeight() * 1.5f);
    if (ready) {
        ImGui::PushFont(fonts.heading);
        if (ImGui::Button(tr("lobby.unready"), size)) {
            session_.send(proto::Ready{false});
        }
        ImGui::PopFont();
    } else if (widgets::menu_button(fonts, tr("lobby.ready"), size, true)) {
        session_.send(proto::Ready{true});
    }
    ImGui::Dummy(ImVec2(0, 2.0f * s));
    widgets::muted_wrapped(ready ? tr("lobby.waiting_start") : tr("lobby.ready_hint"));
}

void LobbyScreen::draw_facilitator_actions(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    ImGui::PushFont(fonts.bold);
    ImGui::TextUnformatted(tr("lobby.add_bot"));
    ImGui::PopFont();
    const float third =
        (ImGui::GetContentRegionAvail().x - 2 * ImGui::GetStyle().ItemSpacing.x) / 3;
    ImGui::SetNextItemWidth(third * 1.25f);
    const auto archetype = static_cast<Archetype>(bot_archetype_);
    if (ImGui::BeginCombo("##archetype", tr(info(archetype).name_key))) {
        for (Archetype a : kAllArchetypes) {
            if (ImGui::Selectable(tr(info(a).name_key), a == archetype)) {
                bot_archetype_ = static_cast<int>(a);
            }
            if (ImGui::IsItemHovered()) {
                widgets::tooltip(room::bot_description(tr, a));
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(third * 0.85f);
    const auto difficulty = static_cast<Difficulty>(bot_difficulty_);
    if (ImGui::BeginCombo("##difficulty", tr(name_key(difficulty)))) {
        for (Difficulty d : kAllDifficulties) {
            if (ImGui::Selectable(tr(name_key(d)), d == difficulty)) {
                bot_difficulty_ = static_cast<int>(d);
            }
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    const bool open_seat = m.roster && std::any_of(m.roster->seats.begin(), m.roster->seats.end(),
                                                   [](const auto& seat) {
                                                       return seat.seat == proto::SeatKind::Open;
                                                   });
    ImGui::BeginDisabled(!open_seat);
    if (ImGui::Button(tr("lobby.add_bot_button"), ImVec2(-1.0f, 0))) {
        session_.send(proto::AddBot{archetype, difficulty});
    }
    ImGui::EndDisabled();
    widgets::muted_wrapped(room::bot_description(tr, archetype));
    ImGui::Dummy(ImVec2(0, 4.0f * s));
    if (widgets::menu_button(fonts, tr("lobby.start"),
                             ImVec2(-1.0f, ImGui::GetFrameHeight() * 1.5f), true)) {
        session_.send(proto::Start{});
    }
    if (m.roster && m.roster->settings.fill_with_bots) {
        widgets::muted_wrapped(tr("lobby.start_hint"));
    }
}

} // namespace hr::client
