#include "round_screen.hpp"

#include "concept_term.hpp"
#include "firm_dashboard.hpp"
#include "offers_panel.hpp"
#include "shadow_state.hpp"
#include "widgets.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace hr::client {

namespace {

constexpr float kMargin = 10.0f;
constexpr float kTopBarHeight = 68.0f;
constexpr float kLeftWidth = 318.0f;
constexpr float kRightWidth = 356.0f;
constexpr float kSubmitHeight = 118.0f;
constexpr float kChatHeight = 300.0f;
constexpr float kChainHeight = 118.0f;

bool submitted(const SessionModel& m, int round, FirmId firm) {
    return m.submissions && m.submissions->round == round &&
           firm < m.submissions->submitted.size() && m.submissions->submitted[firm];
}

int last_results_round(const SessionModel& model) {
    return model.results.empty() ? 0 : model.results.back().round;
}

std::string clock_text(std::uint32_t ms) {
    const std::uint32_t seconds = (ms + 999) / 1000;
    const std::uint32_t minutes = seconds / 60;
    const std::uint32_t rest = seconds % 60;
    return std::to_string(minutes) + (rest < 10 ? ":0" : ":") + std::to_string(rest);
}

std::string scenario_title(const Translations& tr, const Scenario& scenario) {
    const std::string& title = scenario.title.in(language_code(tr.language()));
    return title.empty() ? scenario.id : title;
}

std::vector<ClusterRecord> cluster_history(const SessionModel& model) {
    std::vector<ClusterRecord> out;
    for (const proto::RoundResults& r : model.results) {
        out.push_back(r.cluster);
    }
    return out;
}

// A borderless, transparent window over the whole viewport that holds the screen's cards.
void begin_screen_window(float scale) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kMargin * scale, kMargin * scale));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(kMargin * scale, kMargin * scale));
    ImGui::Begin("##round_screen", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollbar);
    ImGui::PopStyleVar(2);
}

} // namespace

void RoundScreen::on_enter(ScreenContext&) {
    results_seen_ = last_results_round(session_.model());
}

void RoundScreen::update(ScreenContext& ctx, sf::Time) {
    const SessionModel& m = session_.model();
    // A round resolved while the player was here: its results come first.
    if (last_results_round(m) > results_seen_ && m.own && m.results.back().own &&
        ctx.can_open(ScreenId::Results)) {
        results_seen_ = last_results_round(m);
        ctx.reset_to(ScreenId::Results);
    }
    shadow_ = shadow_state(m);
    refresh_pictures();
    if (m.revision != painted_revision_) {
        repaint_ = true; // news from the server
    }
}

void RoundScreen::refresh_pictures() {
    const SessionModel& m = session_.model();
    if (!m.snapshot || !m.own) {
        return;
    }
    proto::RoomSnapshot live = *m.snapshot;
    live.joint_actions = board_now(m, m.own->round);
    map_data_ = cluster_map_data(live, m.own->firm.firm, &m.own->firm, m.scenario.get());
    charts_data_ = round_charts_data(m.own_history, m.own->firm.name, cluster_history(m), {},
                                     m.snapshot->total_rounds);
    chain_split_.reset();
    if (!m.results.empty() && m.results.back().own) {
        const ValueChainSplit& split = m.results.back().own->value_chain;
        if (split.final_price > 0) {
            chain_split_ = split;
        }
    }
}

void RoundScreen::draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) {
    const float s = ctx.ui_scale();
    const Translations& tr = ctx.tr();
    if (tab_ != painted_tab_ || s != painted_scale_ || tr.language() != painted_language_) {
        repaint_ = true;
    }
    if (!repaint_) {
        return; // the textures still show what the pictures would draw
    }
    repaint_ = false;
    painted_tab_ = tab_;
    painted_scale_ = s;
    painted_language_ = tr.language();
    painted_revision_ = session_.model().revision;
    // Only the pictures of the open tab are painted.
    if (tab_ == RoundTab::Cluster) {
        map_panel_.render(target, [&](sf::RenderTarget& t, sf::FloatRect area) {
            map_.draw(t, map_data_, area, s, tr, map_hover_);
        });
    }
    if (tab_ == RoundTab::Charts) {
        if (chain_split_) {
            chain_panel_.render(target, [&](sf::RenderTarget& t, sf::FloatRect area) {
                chain_.draw(t, *chain_split_, area, s, tr, chain_hover_);
            });
        }
        charts_panel_.render(target, [&](sf::RenderTarget& t, sf::FloatRect area) {
            charts_.draw(t, charts_data_, area, s, tr,
                         {kAllChartMetrics.begin(), kAllChartMetrics.end()}, chart_hover_);
        });
    }
}

std::optional<std::uint64_t> RoundScreen::frame_key() const {
    // Nothing is drawn on the window itself: only the pictures' textures change.
    return PictureKey()
        .add(map_panel_.paints())
        .add(chain_panel_.paints())
        .add(charts_panel_.paints())
        .value();
}

void RoundScreen::draw_waiting(ScreenContext& ctx) {
    widgets::begin_card("##round_waiting", 520.0f * ctx.ui_scale());
    widgets::heading(ctx.fonts(), ctx.tr()("round.waiting_title"));
    widgets::muted_wrapped(ctx.tr()("round.waiting"));
    widgets::end_card();
}

void RoundScreen::draw_ui(ScreenContext& ctx) {
    const SessionModel& m = session_.model();
    const auto frame =
        make_round_frame(m, shadow_ ? &*shadow_ : nullptr, ctx.tr(), ctx.fonts(), ctx.ui_scale());
    if (!frame) {
        draw_waiting(ctx);
        return;
    }
    const RoundFrame& f = *frame;
    decision_.prepare(f);
    const float s = f.scale;
    begin_screen_window(s);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = kMargin * s;
    draw_top_bar(ctx, f, ImVec2(avail.x, kTopBarHeight * s));

    const float body = ImGui::GetContentRegionAvail().y;
    const float left = kLeftWidth * s;
    const float right = kRightWidth * s;
    const float centre = avail.x - left - right - 2 * gap;

    ui::begin_card("##dashboard", ImVec2(left, body), s);
    draw_firm_dashboard(f);
    ui::end_card();

    ImGui::SameLine();
    ImGui::BeginGroup();
    draw_work_area(f, ImVec2(centre, body - kSubmitHeight * s - gap));
    ui::begin_card("##submit", ImVec2(centre, kSubmitHeight * s), s, false);
    decision_.draw_submit_bar(f, session_);
    ui::end_card();
    ImGui::EndGroup();

    ImGui::SameLine();
    ImGui::BeginGroup();
    ui::begin_card("##news", ImVec2(right, body - kChatHeight * s - gap), s);
    news_chat_.draw_news(f);
    ui::end_card();
    ui::begin_card("##chat", ImVec2(right, kChatHeight * s), s, false);
    news_chat_.draw_chat(f, session_);
    ui::end_card();
    ImGui::EndGroup();
    ImGui::End();
}

void RoundScreen::draw_top_bar(ScreenContext& ctx, const RoundFrame& f, ImVec2 size) {
    const Translations& tr = f.tr;
    const float s = f.scale;
    ui::begin_card("##top_bar", size, s, false);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(f.px(10), 0));
    ImGui::BeginGroup();
    ImGui::PushFont(f.fonts.heading);
    ImGui::TextUnformatted(f.own().name.c_str());
    ImGui::PopFont();
    const std::string round =
        tr.format("round.round_of", {{"round", std::to_string(f.round)},
                                     {"total", std::to_string(f.model.snapshot->total_rounds)}});
    ui::muted(scenario_title(tr, f.scenario()) + "  \u00B7  " + round);
    ImGui::EndGroup();
    ImGui::PopStyleVar();

    // The timer at the right edge, the room's submissions to its left.
    const float timer_width = 150.0f * s;
    const float glossary_width = 44.0f * s;
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float top = ImGui::GetWindowContentRegionMin().y;
    const float submissions = std::max(230.0f * s, ImGui::CalcTextSize(decided_text(f).c_str()).x);
    ImGui::SameLine(right - timer_width - glossary_width - submissions - 24.0f * s);
    ImGui::SetCursorPosY(top + f.px(2));
    draw_submissions(f);
    ImGui::SameLine(right - timer_width - glossary_width - 10.0f * s);
    ImGui::SetCursorPosY(top);
    draw_timer(f);
    ImGui::SameLine(right - glossary_width);
    ImGui::SetCursorPosY(top + f.px(3));
    if (ImGui::Button("?", ImVec2(glossary_width, 0))) {
        ctx.open_glossary();
    }
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", tr("round.glossary"));
    }
    ui::end_card();
}

std::string RoundScreen::decided_text(const RoundFrame& f) const {
    const SessionModel& m = f.model;
    int decided = 0;
    int playing = 0;
    for (const proto::PublicFirm& firm : m.snapshot->firms) {
        if (firm.bankrupt) {
            continue;
        }
        ++playing;
        decided += submitted(m, f.round, firm.firm) ? 1 : 0;
    }
    return f.tr.format("round.decided",
                       {{"count", std::to_string(decided)}, {"total", std::to_string(playing)}});
}

void RoundScreen::draw_submissions(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const SessionModel& m = f.model;
    ImGui::BeginGroup();
    std::vector<std::pair<FirmId, bool>> dots;
    for (const proto::PublicFirm& firm : m.snapshot->firms) {
        if (!firm.bankrupt) {
            dots.emplace_back(firm.firm, submitted(m, f.round, firm.firm));
        }
    }
    const int playing = static_cast<int>(dots.size());
    ui::muted(decided_text(f));
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float r = f.px(5.5f);
    const float step = std::min(f.px(15), f.px(230) / static_cast<float>(std::max(1, playing)));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < dots.size(); ++i) {
        const ImVec2 c(pos.x + r + static_cast<float>(i) * step, pos.y + r + 1);
        const bool own = dots[i].first == f.firm;
        if (dots[i].second) {
            draw->AddCircleFilled(c, r, theme::to_imu32(theme::kRoads.high_road));
        } else {
            draw->AddCircle(c, r - 1, theme::to_imu32(theme::kTextMuted), 0, 1.5f);
        }
        if (own) {
            draw->AddCircle(c, r + f.px(2.5f), theme::to_imu32(theme::kHighlight), 0, 2.0f);
        }
    }
    ImGui::Dummy(ImVec2(step * static_cast<float>(dots.size()), 2 * r + 2));
    ImGui::EndGroup();
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", tr("round.decided_tip"));
    }
}

void RoundScreen::draw_timer(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const SessionModel& m = f.model;
    const bool paused = m.snapshot->phase == proto::RoomPhase::Paused;
    const std::uint32_t ms = m.remaining_ms(std::chrono::steady_clock::now());
    const theme::Rgb colour = paused        ? theme::kTextMuted
                              : ms <= 15000 ? theme::kDanger
                              : ms <= 60000 ? theme::kHighlight
                                            : theme::kText;
    const float width = 150.0f * f.scale;
    const float height = f.px(44);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height),
                        theme::to_imu32(theme::kBackground), f.px(10));
    draw->AddRect(pos, ImVec2(pos.x + width, pos.y + height), theme::to_imu32(colour, 0.8f),
                  f.px(10), 0, 2.0f);
    ImGui::PushFont(f.fonts.heading);
    const std::string text = paused ? tr.text("round.paused") : clock_text(ms);
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw->AddText(ImVec2(pos.x + (width - size.x) * 0.5f, pos.y + (height - size.y) * 0.5f),
                  theme::to_imu32(colour), text.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(width, height));
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", tr("round.timer_tip"));
    }
}

void RoundScreen::draw_work_area(const RoundFrame& f, ImVec2 size) {
    const Translations& tr = f.tr;
    ui::begin_card("##work", size, f.scale, false);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(f.px(10), f.px(6)));
    const bool tabs = ImGui::BeginTabBar("##work_tabs");
    ImGui::PopStyleVar();
    if (tabs) {
        const auto tab = [&](RoundTab which, const std::string& label) {
            const ImGuiTabItemFlags flags =
                requested_tab_ == which ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
            if (!ImGui::BeginTabItem(label.c_str(), nullptr, flags)) {
                return false;
            }
            tab_ = which;
            return true;
        };
        // Denser widgets inside the tabs than on the menus: the round holds many levers.
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(f.px(10), f.px(5)));
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(f.px(10), f.px(7)));
        if (tab(RoundTab::Decide, tr.text("round.tab.decide") + "###decide")) {
            ImGui::BeginChild("##decide_scroll");
            decision_.draw_levers(f);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        const std::size_t offers = f.own().offers.size();
        if (tab(RoundTab::Offers,
                tr.format("round.tab.offers", {{"count", std::to_string(offers)}}) + "###offers")) {
            ImGui::BeginChild("##offers_scroll");
            draw_offers(f, decision_.draft(), decision_.issues());
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        const std::size_t actions = JointActionPanel::count(f.model, f.round);
        if (tab(RoundTab::JointActions,
                tr.format("round.tab.joint", {{"count", std::to_string(actions)}}) + "###joint")) {
            ImGui::BeginChild("##joint_scroll");
            joint_.draw(f, session_);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
        if (tab(RoundTab::Cluster, tr.text("round.tab.cluster") + "###cluster")) {
            draw_cluster(f);
            ImGui::EndTabItem();
        }
        if (tab(RoundTab::Charts, tr.text("round.tab.charts") + "###charts")) {
            draw_charts(f);
            ImGui::EndTabItem();
        }
        ImGui::PopStyleVar(2);
        ImGui::EndTabBar();
        requested_tab_.reset();
    }
    ui::end_card();
}

void RoundScreen::draw_cluster(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const auto mouse = map_panel_.show(ImVec2(avail.x, std::max(avail.y, 160.0f * f.scale)));
    const auto hover = mouse ? map_.hit_test(*mouse) : std::nullopt;
    // A panel shown for the first time has its size now: paint it on the next frame.
    repaint_ = repaint_ || hover != map_hover_ || map_panel_.texture() == nullptr;
    map_hover_ = hover;
    if (map_hover_) {
        cluster_map_tooltip(tr, map_data_, *map_hover_);
    }
}

void RoundScreen::draw_charts(const RoundFrame& f) {
    const Translations& tr = f.tr;
    const float s = f.scale;
    const float width = ImGui::GetContentRegionAvail().x;
    ui::section(f.fonts, tr("round.chain_title"), tr, "glossary.global_value_chain");
    if (!chain_split_) {
        ui::muted(tr("round.chain_after_first"));
    } else {
        const auto mouse = chain_panel_.show(ImVec2(width, kChainHeight * s));
        const auto hover = mouse ? chain_.hit_test(*mouse) : std::nullopt;
        repaint_ = repaint_ || hover != chain_hover_ || chain_panel_.texture() == nullptr;
        chain_hover_ = hover;
        if (chain_hover_) {
            value_chain_tooltip(tr, *chain_split_, *chain_hover_);
        }
    }
    ui::section(f.fonts, tr("round.charts_title"));
    const ImVec2 rest = ImGui::GetContentRegionAvail();
    const auto mouse = charts_panel_.show(ImVec2(rest.x, std::max(rest.y, 120.0f * s)));
    const auto hover = mouse ? charts_.hit_test(*mouse) : std::nullopt;
    repaint_ = repaint_ || hover != chart_hover_ || charts_panel_.texture() == nullptr;
    chart_hover_ = hover;
    if (chart_hover_) {
        round_charts_tooltip(tr, charts_data_, *chart_hover_);
    }
}

} // namespace hr::client
