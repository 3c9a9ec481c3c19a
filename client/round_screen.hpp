#pragma once
// The round (DESIGN §6): the screen a player spends the game on. A top bar with the firm, the
// round, the room's submissions and the timer; the firm's dashboard on the left; in the middle
// the decision (levers, offers, joint actions, the cluster map with the value chain, the charts,
// in tabs) over the submit bar with the live cost preview; on the right the news over the chat.
// When the round resolves, the results screen takes over.
#include "canvas_panel.hpp"
#include "cluster_map.hpp"
#include "decision_panel.hpp"
#include "joint_action_panel.hpp"
#include "news_chat_panel.hpp"
#include "round_charts.hpp"
#include "screen.hpp"
#include "session_model.hpp"
#include "value_chain_bar.hpp"

#include <optional>

namespace hr::client {

// The tabs of the work area in the middle of the screen.
enum class RoundTab { Decide, Offers, JointActions, Cluster, Charts };

class RoundScreen final : public Screen {
  public:
    explicit RoundScreen(SessionActions& session) : session_(session) {}

    // Brings a tab to the front on the next frame.
    void open_tab(RoundTab tab) { requested_tab_ = tab; }

    ScreenId id() const override { return ScreenId::Round; }
    void on_enter(ScreenContext& ctx) override;
    void update(ScreenContext& ctx, sf::Time dt) override;
    void draw_backdrop(ScreenContext& ctx, sf::RenderTarget& target) override;
    void draw_ui(ScreenContext& ctx) override;
    std::optional<std::uint64_t> frame_key() const override;

  private:
    void refresh_pictures();
    void draw_waiting(ScreenContext& ctx);
    void draw_top_bar(ScreenContext& ctx, const RoundFrame& f, ImVec2 size);
    void draw_submissions(const RoundFrame& f);
    std::string decided_text(const RoundFrame& f) const;
    void draw_timer(const RoundFrame& f);
    void draw_work_area(const RoundFrame& f, ImVec2 size);
    void draw_cluster(const RoundFrame& f);
    void draw_charts(const RoundFrame& f);

    SessionActions& session_;
    std::optional<GameState> shadow_;
    DecisionPanel decision_;
    JointActionPanel joint_;
    NewsChatPanel news_chat_;
    RoundTab tab_ = RoundTab::Decide;
    std::optional<RoundTab> requested_tab_;
    int results_seen_ = 0; // the last round whose results the player has been shown

    // The pictures: painted in draw_backdrop into textures that the widgets show, from data
    // rebuilt when they are painted. Painting is costly in software OpenGL, so it happens when
    // what they show may have changed: their tab opens, the hovered element changes, news comes
    // from the server, the scale or the language changes.
    bool repaint_ = true;
    RoundTab painted_tab_ = RoundTab::Decide;
    std::uint64_t painted_revision_ = 0;
    float painted_scale_ = 0.0f;
    Language painted_language_ = Language::English;
    ClusterMap map_;
    ClusterMapData map_data_;
    CanvasPanel map_panel_;
    std::optional<ClusterMapHit> map_hover_;
    ValueChainBar chain_;
    std::optional<ValueChainSplit> chain_split_;
    CanvasPanel chain_panel_;
    std::optional<ChainStage> chain_hover_;
    RoundCharts charts_;
    RoundChartsData charts_data_;
    CanvasPanel charts_panel_;
    std::optional<ChartHit> chart_hover_;
};

} // namespace hr::client
