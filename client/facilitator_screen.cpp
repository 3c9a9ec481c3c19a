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

void centred_text(const char* text, theme::Rgb colour) {
    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         std::max(0.0f, (avail - ImGui::CalcTextSize(text).x) * 0.5f));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::to_imvec4(colour));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
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
    // A classroom that is still gathering sees how to join first, in large type.
    const SessionModel& m = session_.model();
    show_code_ = hosting_.active() && m.in_room() && phase_of(m) == proto::RoomPhase::Lobby;
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
    export_.draw_outcome(ctx);
    ImGui::Spacing();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float left = std::max(360.0f * s, avail.x * 0.30f);
    draw_seats(ctx, ImVec2(left, avail.y));
    ImGui::SameLine(0, 16.0f * s);
    ImGui::BeginGroup();
    float tabs_height = avail.y;
    // Before the game, while students arrive, how to join stays in view.
    const SessionModel& m = session_.model();
    if (phase_of(m) == proto::RoomPhase::Lobby && m.joined) {
        const float code_height = 270.0f * s;
        room::begin_card("##console_code", ImVec2(0, code_height));
        room::join_code_panel(ctx.tr(), ctx.fonts(), s, join_addresses(hosting_, m),
                              join_port(hosting_, m), m.joined->code, true);
        room::end_card();
        tabs_height -= code_height + ImGui::GetStyle().ItemSpacing.y;
    }
    room::begin_card("##console_tabs", ImVec2(0, tabs_height));
    const Translations& tr = ctx.tr();
    ImGui::PushFont(ctx.fonts().bold);
    if (ImGui::BeginTabBar("##console")) {
        ImGui::PopFont();
        const auto flags = [&](Tab tab) {
            return requested_ == tab ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
        };
        if (ImGui::BeginTabItem(tr("facilitator.tab_firms"), nullptr, flags(Tab::Firms))) {
            draw_firms(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tr("facilitator.tab_policy"), nullptr, flags(Tab::Policy))) {
            draw_policy(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tr("facilitator.tab_events"), nullptr, flags(Tab::Events))) {
            draw_events(ctx);
            ImGui::EndTabItem();
        }
        if (ImGui::BeginTabItem(tr("facilitator.tab_messages"), nullptr, flags(Tab::Messages))) {
            draw_messages(ctx);
            ImGui::EndTabItem();
        }
        requested_.reset();
        ImGui::EndTabBar();
    } else {
        ImGui::PopFont();
    }
    room::end_card();
    ImGui::EndGroup();
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

    const float title_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;

    // The join code and the way out on the right, measured first so the clock keeps clear.
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
    const float right_width = std::max(code_width, buttons);

    // The clock in the middle, large enough to read from the back of the room.
    const float full = ImGui::GetWindowContentRegionMax().x;
    const std::string clock = room::clock_text(m.remaining_ms(std::chrono::steady_clock::now()));
    ImGui::PushFont(fonts.display);
    ImGui::SetWindowFontScale(0.62f);
    const float clock_width = ImGui::CalcTextSize(clock.c_str()).x;
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    const float clock_x =
        std::min(std::max(full * 0.5f - clock_width * 0.5f, title_end + 30.0f * s),
                 full - right_width - clock_width - 30.0f * s);
    ImGui::SameLine(clock_x);
    ImGui::BeginGroup();
    ImGui::PushFont(fonts.display);
    ImGui::SetWindowFontScale(0.62f);
    // Before the game the clock shows a round's length, dimmed; after it, nothing.
    const bool running = phase == proto::RoomPhase::Running;
    const std::string shown = phase == proto::RoomPhase::Lobby && m.roster
                                  ? room::clock_text(m.roster->settings.round_seconds * 1000)
                                  : clock;
    ImGui::PushStyleColor(ImGuiCol_Text,
                          theme::to_imvec4(running ? theme::kText : theme::kTextMuted));
    if (phase != proto::RoomPhase::Finished) {
        ImGui::TextUnformatted(shown.c_str());
    }
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::EndGroup();

    ImGui::SameLine(full - right_width);
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
    if (phase != proto::RoomPhase::Lobby) {
        ImGui::SameLine();
        export_.draw_button(ctx, session_, button);
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
    if (ImGui::BeginTable("##seat_table", 2, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) {
        ImGui::TableSetupColumn("##seat", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("##manage", ImGuiTableColumnFlags_WidthFixed, 30.0f * s);
        for (const proto::RosterSeat& seat : m.roster->seats) {
            ImGui::PushID(static_cast<int>(seat.firm));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            // The firm on the first line; who plays it and how it stands on the second.
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
            const bool person = seat.seat == proto::SeatKind::Human && !seat.bot_controlled;
            ImGui::PushStyleColor(ImGuiCol_Text,
                                  theme::to_imvec4(person ? theme::kText : theme::kTextMuted));
            ImGui::TextUnformatted(who.c_str());
            ImGui::PopStyleColor();
            if (seat.bot_controlled && ImGui::IsItemHovered()) {
                widgets::tooltip(room::bot_description(tr, seat.archetype));
            }

            std::vector<std::pair<const char*, std::pair<theme::Rgb, theme::Rgb>>> pills;
            if (seat.seat == proto::SeatKind::Human) {
                pills.push_back(seat.connected
                                    ? std::pair(tr("facilitator.online"),
                                                std::pair(theme::kAccent, theme::kText))
                                    : std::pair(tr("facilitator.away"),
                                                std::pair(theme::kDanger, theme::kBackground)));
            }
            if (in_game && seat.seat != proto::SeatKind::Open) {
                pills.push_back(
                    submitted(m, seat.firm)
                        ? std::pair(tr("facilitator.decided"),
                                    std::pair(theme::kRoads.high_road, theme::kBackground))
                        : std::pair(tr("facilitator.deciding"),
                                    std::pair(theme::kField, theme::kTextMuted)));
            } else if (seat.seat == proto::SeatKind::Human && phase == proto::RoomPhase::Lobby) {
                pills.push_back(seat.ready
                                    ? std::pair(tr("lobby.status_ready"),
                                                std::pair(theme::kAccentActive, theme::kText))
                                    : std::pair(tr("lobby.status_not_ready"),
                                                std::pair(theme::kField, theme::kTextMuted)));
            }
            // At the right end of that line when they fit, else on the next.
            const float who_end = ImGui::GetItemRectMax().x;
            const float cell_right =
                ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
            float width = 0;
            for (const auto& p : pills) {
                width += ImGui::CalcTextSize(p.first).x + ImGui::GetFontSize() * 1.1f + 6.0f * s;
            }
            if (!pills.empty() && who_end + ImGui::GetStyle().ItemSpacing.x + width <= cell_right) {
                ImGui::SameLine();
                ImGui::SetCursorScreenPos(
                    ImVec2(cell_right - width + 6.0f * s, ImGui::GetCursorScreenPos().y));
            }
            for (std::size_t i = 0; i < pills.size(); ++i) {
                if (i > 0) {
                    ImGui::SameLine(0, 6.0f * s);
                }
                room::pill(pills[i].first, pills[i].second.first, pills[i].second.second);
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

void FacilitatorScreen::draw_backdrop(ScreenContext&, sf::RenderTarget& target) {
    if (show_code_) {
        backdrop_.draw(target, 0.72f);
    }
}

void FacilitatorScreen::update(ScreenContext&, sf::Time dt) {
    if (show_code_) {
        backdrop_.update(dt);
    }
}

void FacilitatorScreen::draw_join_code_overlay(ScreenContext& ctx) {
    const Translations& tr = ctx.tr();
    const FontSet& fonts = ctx.fonts();
    const float s = ctx.ui_scale();
    const SessionModel& m = session_.model();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->WorkSize.x - 80.0f * s, 1100.0f * s);
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::to_imvec4(theme::kPanel, 0.9f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(48.0f * s, 36.0f * s));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 22.0f * s);
    ImGui::Begin("##join_code_screen", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();

    const std::string title =
        room::scenario_title(tr, m.scenario.get(), m.joined ? m.joined->scenario : std::string());
    ImGui::PushFont(fonts.bold);
    centred_text(tr("facilitator.join_title"), theme::kHighlight);
    ImGui::PopFont();
    ImGui::PushFont(fonts.heading);
    centred_text(title.c_str(), theme::kText);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 14.0f * s));
    if (m.joined) {
        room::join_code_panel(tr, fonts, s, join_addresses(hosting_, m), join_port(hosting_, m),
                              m.joined->code, false);
    }
    ImGui::Dummy(ImVec2(0, 18.0f * s));

    // Who is in already, so that the teacher sees the class arrive.
    if (m.roster) {
        std::vector<const proto::RosterSeat*> players;
        for (const auto& seat : m.roster->seats) {
            if (seat.seat == proto::SeatKind::Human) {
                players.push_back(&seat);
            }
        }
        const std::string joined = tr.format("facilitator.joined_count",
                                             {{"count", std::to_string(players.size())},
                                              {"seats", std::to_string(m.roster->seats.size())}});
        ImGui::PushFont(fonts.bold);
        centred_text(joined.c_str(), theme::kText);
        ImGui::PopFont();
        // The names as pills, in centred rows.
        const float avail = ImGui::GetContentRegionAvail().x;
        const float gap = 8.0f * s;
        const float pad = ImGui::GetFontSize() * 1.1f;
        std::size_t next = 0;
        while (next < players.size()) {
            float width = 0;
            std::size_t end = next;
            while (end < players.size()) {
                const float w = ImGui::CalcTextSize(players[end]->player.c_str()).x + pad;
                if (end > next && width + gap + w > avail) {
                    break;
                }
                width += (end > next ? gap : 0) + w;
                ++end;
            }
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail - width) * 0.5f));
            for (std::size_t i = next; i < end; ++i) {
                if (i > next) {
                    ImGui::SameLine(0, gap);
                }
                room::pill(players[i]->player.c_str(),
                           players[i]->ready ? theme::kAccentActive : theme::kField, theme::kText);
            }
            next = end;
        }
    }
    ImGui::Dummy(ImVec2(0, 22.0f * s));
    const ImVec2 button(300.0f * s, 54.0f * s);
    const bool lobby = phase_of(m) == proto::RoomPhase::Lobby;
    const float buttons =
        button.x * (lobby ? 2.0f : 1.0f) + (lobby ? ImGui::GetStyle().ItemSpacing.x : 0);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         std::max(0.0f, (ImGui::GetContentRegionAvail().x - buttons) * 0.5f));
    if (widgets::menu_button(fonts, tr("facilitator.hide_code"), button, false)) {
        show_code_ = false;
    }
    if (lobby) {
        ImGui::SameLine();
        if (widgets::menu_button(fonts, tr("facilitator.start"), button, true)) {
            session_.send(proto::Start{});
            show_code_ = false;
        }
    }
    ImGui::End();
}

} // namespace hr::client
