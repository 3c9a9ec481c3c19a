#include "facilitator_screen.hpp"

#include "concept_term.hpp"
#include "room_widgets.hpp"
#include "theme.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <chrono>

namespace hr::client {

namespace {

constexpr std::uint32_t kShortExtend = 60;
constexpr std::uint32_t kLongExtend = 300;

// Whether the seat's decision for the open round is in, from the freshest source.
bool submitted(const SessionModel& m, FirmId firm) {
    if (m.submissions && firm < m.submissions->submitted.size()) {
        return m.submissions->submitted[firm];
    }
    if (m.facilitator && firm < m.facilitator->seats.size()) {
        return m.facilitator->seats[firm].submitted;
    }
    return false;
}

proto::RoomPhase phase_of(const SessionModel& m) {
    if (m.snapshot) {
        return m.snapshot->phase;
    }
    return m.roster ? m.roster->phase : proto::RoomPhase::Lobby;
}

} // namespace

void FacilitatorScreen::on_enter(ScreenContext&) {
    policy_loaded_ = false;
}

void FacilitatorScreen::draw_ui(ScreenContext& ctx) {
    if (show_code_) {
        draw_join_code_overlay(ctx);
        return;
    }
    const float s = ctx.ui_scale();
    room::begin_screen("##facilitator", 20.0f * s);
    draw_header(ctx);
    draw_pacing(ctx);
    ImGui::Spacing();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float left = std::max(420.0f * s, avail.x * 0.40f);
    draw_seats(ctx, ImVec2(left, avail.y));
    ImGui::SameLine(0, 16.0f * s);
    room::begin_card("##console_tabs", ImVec2(0, avail.y));
    const Translations& tr = ctx.tr();
    ImGui::PushFont(ctx.fonts().bold);
    if (ImGui::BeginTabBar("##console")) {
        ImGui::PopFont();
        if (ImGui::BeginTabItem(tr("facilitator.tab_firms"))) {
            draw_firms(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tr("facilitator.tab_policy"))) {
            draw_policy(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tr("facilitator.tab_events"))) {
            draw_events(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tr("facilitator.tab_messages"))) {
            draw_messages(ctx);
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    } else {
        ImGui::PopFont();
    }
    room::end_card();
    room::end_screen();
}

void FacilitatorScreen::draw_header(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    const proto::RoomPhase phase = phase_of(m);

    ImGui::BeginGroup();
    ImGui::PushFont(fonts.bold);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kHighlight));
    ImGui::TextUnformatted(tr("facilitator.title"));
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushFont(fonts.heading);
    const std::string title =
        room::scenario_title(tr, m.scenario.get(), m.joined ? m.joined->scenario : std::string());
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopFont();
    if (m.snapshot) {
        const std::string line =
            phase == proto::RoomPhase::Lobby
                ? std::string(room::phase_text(tr, phase))
                : tr.format("facilitator.round_of",
                            {{"round", std::to_string(m.snapshot->round)},
                             {"total", std::to_string(m.snapshot->total_rounds)}}) +
                      "  ·  " + room::phase_text(tr, phase);
        widgets::muted_wrapped(line.c_str());
    }
    ImGui::EndGroup();

    // The clock in the middle, large enough to read from the back of the room.
    const float full = ImGui::GetWindowContentRegionMax().x;
    const std::string clock = room::clock_text(m.remaining_ms(std::chrono::steady_clock::now()));
    ImGui::PushFont(fonts.display);
    ImGui::SetWindowFontScale(0.62f);
    const float clock_width = ImGui::CalcTextSize(clock.c_str()).x;
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::SameLine(full * 0.5f - clock_width * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushFont(fonts.display);
    ImGui::SetWindowFontScale(0.62f);
    const bool running = phase == proto::RoomPhase::Running;
    ImGui::PushStyleColor(ImGuiCol_Text,
                          theme::to_imvec4(running ? theme::kText : theme::kTextMuted));
    ImGui::TextUnformatted(phase == proto::RoomPhase::Lobby || phase == proto::RoomPhase::Finished
                               ? "--:--"
                               : clock.c_str());
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::EndGroup();

    // The join code and the way out on the right.
    const std::string code =
        tr.format("facilitator.code", {{"code", m.joined ? m.joined->code : std::string()}});
    const char* show = tr("facilitator.show_code");
    const char* leave = tr("facilitator.leave");
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushFont(fonts.heading);
    const float code_width = ImGui::CalcTextSize(code.c_str()).x;
    ImGui::PopFont();
    const float buttons = ImGui::CalcTextSize(show).x + ImGui::CalcTextSize(leave).x +
                          style.FramePadding.x * 4 + style.ItemSpacing.x;
    ImGui::SameLine(full - std::max(code_width, buttons));
    ImGui::BeginGroup();
    ImGui::PushFont(fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kHighlight));
    ImGui::TextUnformatted(code.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (ImGui::Button(show)) {
        show_code_ = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(leave)) {
        session_.leave();
    }
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, 4.0f * s));
}

void FacilitatorScreen::draw_pacing(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    const proto::RoomPhase phase = phase_of(m);
    const bool in_game = phase == proto::RoomPhase::Running || phase == proto::RoomPhase::Paused;

    room::begin_card("##pacing", ImVec2(0, ImGui::GetFrameHeight() * 1.5f +
                                               ImGui::GetStyle().WindowPadding.y * 2));
    ImGui::PushFont(fonts.bold);
    const ImVec2 button(0, ImGui::GetFrameHeight() * 1.5f - 2.0f * s);
    if (phase == proto::RoomPhase::Lobby) {
        if (widgets::primary_button(tr("facilitator.start"), ImVec2(260.0f * s, button.y))) {
            session_.send(proto::Start{});
        }
    } else if (phase == proto::RoomPhase::Running) {
        if (ImGui::Button(tr("facilitator.pause"), button)) {
            session_.send(proto::Pause{});
        }
    } else if (phase == proto::RoomPhase::Paused) {
        if (widgets::primary_button(tr("facilitator.resume"), button)) {
            session_.send(proto::Resume{});
        }
    }
    if (in_game) {
        ImGui::SameLine();
        if (ImGui::Button(tr("facilitator.extend_short"), button)) {
            session_.send(proto::Extend{kShortExtend});
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("facilitator.extend_long"), button)) {
            session_.send(proto::Extend{kLongExtend});
        }
        ImGui::SameLine();
        if (ImGui::Button(tr("facilitator.close_round"), button)) {
            session_.send(proto::CloseRound{});
        }
        if (ImGui::IsItemHovered()) {
            widgets::tooltip(tr("facilitator.close_round_hint"));
        }
    }
    if (phase != proto::RoomPhase::Finished) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kDanger));
        if (ImGui::Button(tr("facilitator.end_game"), button)) {
            ImGui::OpenPopup("##end_game");
        }
        ImGui::PopStyleColor();
    } else {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr("facilitator.game_over"));
        ImGui::SameLine();
        if (widgets::primary_button(tr("facilitator.open_debrief"), button)) {
            ctx.reset_to(ScreenId::Debrief);
        }
    }
    ImGui::PopFont();

    // How many decisions are in, on the right of the bar.
    if (in_game && m.roster) {
        int waiting = 0;
        int in = 0;
        for (const auto& seat : m.roster->seats) {
            if (seat.seat == proto::SeatKind::Human && !seat.bot_controlled) {
                ++waiting;
                in += submitted(m, seat.firm) ? 1 : 0;
            }
        }
        const std::string text =
            tr.format("facilitator.decisions_in",
                      {{"in", std::to_string(in)}, {"total", std::to_string(waiting)}});
        const float width = 300.0f * s;
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - width);
        ImGui::BeginGroup();
        ImGui::TextUnformatted(text.c_str());
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::to_imvec4(theme::kAccentActive));
        ImGui::ProgressBar(waiting > 0 ? static_cast<float>(in) / static_cast<float>(waiting)
                                       : 1.0f,
                           ImVec2(width, 8.0f * s), "");
        ImGui::PopStyleColor();
        ImGui::EndGroup();
    }

    if (ImGui::BeginPopupModal("##end_game", nullptr,
                               ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoTitleBar)) {
        widgets::heading(fonts, tr("facilitator.end_game_title"));
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
        widgets::muted_wrapped(tr("facilitator.end_game_text"));
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Button, theme::to_imvec4(theme::kDanger));
        ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(theme::kBackground));
        if (ImGui::Button(tr("facilitator.end_game_confirm"))) {
            session_.send(proto::EndGame{});
            ImGui::CloseCurrentPopup();
        }
        ImGui::PopStyleColor(2);
        ImGui::SameLine();
        if (ImGui::Button(tr("common.back"))) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    room::end_card();
}

void FacilitatorScreen::draw_seats(ScreenContext& ctx, ImVec2 size) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    const proto::RoomPhase phase = phase_of(m);
    const bool in_game = phase == proto::RoomPhase::Running || phase == proto::RoomPhase::Paused;
    room::begin_card("##seats_card", size);
    ImGui::PushFont(fonts.heading);
    ImGui::TextUnformatted(tr("facilitator.seats"));
    ImGui::PopFont();
    if (!m.roster) {
        widgets::muted_wrapped(tr("lobby.waiting_roster"));
        room::end_card();
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    ImGui::PushStyleColor(ImGuiCol_TableRowBg, theme::to_imvec4(theme::kPanel, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, theme::to_imvec4(theme::kPanelRaised, 0.55f));
    if (ImGui::BeginTable("##seat_table", 4, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(tr("facilitator.col_seat"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(tr("facilitator.col_link"), ImGuiTableColumnFlags_WidthFixed,
                                86.0f * s);
        ImGui::TableSetupColumn(tr("facilitator.col_decision"), ImGuiTableColumnFlags_WidthFixed,
                                96.0f * s);
        ImGui::TableSetupColumn("##manage", ImGuiTableColumnFlags_WidthFixed, 34.0f * s);
        ImGui::PushFont(fonts.bold);
        ImGui::TableHeadersRow();
        ImGui::PopFont();
        for (const proto::RosterSeat& seat : m.roster->seats) {
            ImGui::PushID(static_cast<int>(seat.firm));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushFont(fonts.bold);
            ImGui::TextUnformatted(seat.firm_name.c_str());
            ImGui::PopFont();
            std::string who;
            if (seat.seat == proto::SeatKind::Bot) {
                who = room::bot_name(tr, seat.archetype, seat.difficulty);
            } else if (seat.seat == proto::SeatKind::Human && seat.bot_controlled) {
                who = tr.format("lobby.bot_for",
                                {{"player", seat.player},
                                 {"bot", room::bot_name(tr, seat.archetype, seat.difficulty)}});
            } else if (seat.seat == proto::SeatKind::Human) {
                who = seat.player;
            } else {
                who = tr.text("lobby.open_seat");
            }
            widgets::muted_wrapped(who.c_str());
            if (seat.seat == proto::SeatKind::Bot && ImGui::IsItemHovered()) {
                widgets::tooltip(room::bot_description(tr, seat.archetype));
            }

            ImGui::TableNextColumn();
            if (seat.seat == proto::SeatKind::Human) {
                if (seat.connected) {
                    room::pill(tr("facilitator.online"), theme::kAccent, theme::kText);
                } else {
                    room::pill(tr("facilitator.away"), theme::kDanger, theme::kBackground);
                }
            } else if (seat.seat == proto::SeatKind::Bot) {
                room::pill(tr("lobby.status_bot"), theme::kPanelRaised, theme::kHighlight);
            }

            ImGui::TableNextColumn();
            if (in_game && seat.seat != proto::SeatKind::Open) {
                if (submitted(m, seat.firm)) {
                    room::pill(tr("facilitator.decided"), theme::kRoads.high_road,
                               theme::kBackground);
                } else {
                    room::pill(tr("facilitator.deciding"), theme::kField, theme::kTextMuted);
                }
            } else if (seat.seat == proto::SeatKind::Human && phase == proto::RoomPhase::Lobby) {
                room::pill(seat.ready ? tr("lobby.status_ready") : tr("lobby.status_not_ready"),
                           seat.ready ? theme::kAccentActive : theme::kField,
                           seat.ready ? theme::kText : theme::kTextMuted);
            }

            ImGui::TableNextColumn();
            draw_seat_menu(ctx, seat);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleColor(2);
    room::end_card();
}

void FacilitatorScreen::draw_seat_menu(ScreenContext& ctx, const proto::RosterSeat& seat) {
    const Translations& tr = ctx.tr();
    const SessionModel& m = session_.model();
    const proto::RoomPhase phase = phase_of(m);
    const bool lobby = phase == proto::RoomPhase::Lobby;
    const bool finished = phase == proto::RoomPhase::Finished;
    const bool has_actions = !finished && (seat.seat == proto::SeatKind::Human ||
                                           (seat.seat == proto::SeatKind::Bot && lobby));
    if (!has_actions) {
        return;
    }
    if (ImGui::SmallButton("...")) {
        ImGui::OpenPopup("##seat_menu");
    }
    if (ImGui::IsItemHovered()) {
        widgets::tooltip(tr("facilitator.manage_seat"));
    }
    if (!ImGui::BeginPopup("##seat_menu")) {
        return;
    }
    ImGui::PushFont(ctx.fonts().bold);
    ImGui::TextUnformatted(seat.firm_name.c_str());
    ImGui::PopFont();
    ImGui::Separator();
    if (seat.seat == proto::SeatKind::Human && !seat.bot_controlled) {
        if (ImGui::BeginMenu(tr("facilitator.to_bot"))) {
            for (Archetype a : kAllArchetypes) {
                if (ImGui::MenuItem(tr(info(a).name_key))) {
                    session_.send(proto::SeatToBot{seat.firm, a, Difficulty::Normal});
                }
                if (ImGui::IsItemHovered()) {
                    widgets::tooltip(room::bot_description(tr, a));
                }
            }
            ImGui::EndMenu();
        }
    }
    if (seat.seat == proto::SeatKind::Human && seat.bot_controlled) {
        const std::string back = tr.format("facilitator.to_human", {{"player", seat.player}});
        if (ImGui::MenuItem(back.c_str())) {
            session_.send(proto::SeatToHuman{seat.firm});
        }
    }
    if (seat.seat == proto::SeatKind::Human && ImGui::MenuItem(tr("lobby.kick"))) {
        session_.send(proto::Kick{seat.firm});
    }
    if (seat.seat == proto::SeatKind::Bot && lobby && ImGui::MenuItem(tr("lobby.remove_bot"))) {
        session_.send(proto::RemoveBot{seat.firm});
    }
    ImGui::EndPopup();
}

void FacilitatorScreen::draw_join_code_overlay(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    room::begin_screen("##join_code_screen", 60.0f * s);
    ImGui::PushFont(fonts.heading);
    ImGui::SetWindowFontScale(1.3f);
    const std::string title =
        room::scenario_title(tr, m.scenario.get(), m.joined ? m.joined->scenario : std::string());
    ImGui::TextUnformatted(title.c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 20.0f * s));
    if (hosting_.active() && m.joined) {
        room::join_code_panel(tr, fonts, s, hosting_.addresses, hosting_.port, m.joined->code,
                              false);
    } else if (m.joined) {
        room::join_code_panel(tr, fonts, s, {}, 0, m.joined->code, false);
    }
    ImGui::Dummy(ImVec2(0, 30.0f * s));
    if (widgets::menu_button(fonts, tr("facilitator.hide_code"), ImVec2(360.0f * s, 54.0f * s),
                             true)) {
        show_code_ = false;
    }
    room::end_screen();
}

} // namespace hr::client
